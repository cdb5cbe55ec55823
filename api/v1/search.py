import orjson
from flask import request
from flask.views import MethodView

from schemas.base import DEFAULT_LIMIT
from schemas.collections import BY_NAME
from schemas.search import SEARCH_SORTS, SearchPageSchema, SearchQueryArgsSchema

from ..http import json_response
from ..query import RequestUrl, count, fingerprint_of, page_body, select_page
from ..search_sql import (
    RANKED_AT_BUILD,
    SNIPPETS,
    SNIPPETS_AT_BUILD,
    frequent_total,
    fts_query,
    hit_details,
    live_ranking,
    plain_word,
)
from .base import Blueprint

blp = Blueprint(
    "search",
    __name__,
    url_prefix="/v1/search",
    description="Full-text search across every collection, ranked by relevance (SQLite FTS5, BM25).",
)


@blp.route("")
class Search(MethodView):
    @blp.doc(operationId="search")
    @blp.arguments(SearchQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, SearchPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """Search every collection"""
        kinds = args.get("kind") or []
        match = fts_query(args["q"])
        keys = [("score", True), ("rowid", False)]
        limit = args.get("limit", DEFAULT_LIMIT)
        cursor = args.get("cursor")
        url = RequestUrl(request.path, request.args)
        query = fingerprint_of(url)
        # A frequent word's total is the build's; its first page too, unless kinds narrow it.
        total = frequent_total(args["q"], kinds)
        if total is not None and not kinds and cursor is None:
            word = plain_word(args["q"])
            table, table_params, count_sql = RANKED_AT_BUILD, [word], None
            snippets, snippet_params = SNIPPETS_AT_BUILD, [word]
        else:
            table, table_params, count_sql = live_ranking(match, kinds)
            snippets, snippet_params = SNIPPETS, [match]
        rows, next_cursor, prev_cursor = select_page(table, [], table_params, keys, limit, cursor, "", query)
        found = hit_details(snippets, snippet_params, [rowid for _, rowid in rows])
        hits = []
        for score, rowid in rows:
            kind, record_id, title, snippet = found[rowid]
            hits.append(
                {
                    "kind": kind,
                    "id": record_id,
                    "title": title,
                    "link": f"{BY_NAME[kind].path}/{record_id}",
                    "snippet": snippet,
                    "score": score,
                }
            )
        if total is None:
            total = count(query, count_sql, table_params)
        body, link = page_body(orjson.dumps(hits), total, limit, list(SEARCH_SORTS), next_cursor, prev_cursor, url)
        return json_response(body, link=link)
