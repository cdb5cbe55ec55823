import orjson
from flask.views import MethodView

from schemas.base import DEFAULT_LIMIT
from schemas.collections import BY_NAME
from schemas.search import SearchPageSchema, SearchQueryArgsSchema

from ..http import json_response
from ..query import count, fts_query, page_body, placeholders, select_page
from .base import Blueprint

blp = Blueprint(
    "search",
    __name__,
    url_prefix="/v1/search",
    description="Full-text search across every collection, ranked by relevance (SQLite FTS5, BM25).",
)

# Names weigh ten times the rest of a record's text.
RANKED_HITS = """(
    SELECT s."rowid" AS "rowid", s."collection" AS "collection", s."id" AS "id", s."title" AS "title",
           round(-bm25("search_fts", 10.0, 1.0), 6) AS "score",
           snippet("search_fts", -1, '<mark>', '</mark>', '…', 16) AS "snippet"
    FROM "search_fts" JOIN "search" AS s ON s."rowid" = "search_fts"."rowid"
    WHERE "search_fts" MATCH ? {kinds}
)"""


@blp.route("")
class Search(MethodView):
    @blp.doc(operationId="search")
    @blp.arguments(SearchQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, SearchPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """Search every collection"""
        kinds = args.get("kind") or []
        table = RANKED_HITS.format(kinds=f'AND s."collection" IN ({placeholders(kinds)})' if kinds else "")
        table_params = [fts_query(args["q"]), *kinds]
        keys = [("score", True), ("rowid", False)]
        limit = args.get("limit", DEFAULT_LIMIT)
        rows, next_cursor, prev_cursor = select_page(
            table,
            [],
            [],
            keys,
            limit,
            args.get("cursor"),
            ', "collection", "id", "title", "snippet"',
            table_params,
        )
        hits = [
            {
                "kind": kind,
                "id": record_id,
                "title": title,
                "link": f"{BY_NAME[kind].path}/{record_id}",
                "snippet": snippet,
                "score": score,
            }
            for score, _, kind, record_id, title, snippet in rows
        ]
        body, link = page_body(
            orjson.dumps(hits), count(table, [], [], table_params), limit, ["-score"], next_cursor, prev_cursor
        )
        return json_response(body, link=link)
