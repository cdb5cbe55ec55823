import orjson
from flask.views import MethodView

from schemas.base import DEFAULT_LIMIT
from schemas.collections import BY_NAME
from schemas.search import (
    COUNT_IN_RANGE_SQL,
    COUNT_SQL,
    SCORE_SQL,
    SNIPPET_SQL,
    SearchPageSchema,
    SearchQueryArgsSchema,
)

from ..db import get_db
from ..http import json_response
from ..query import count, frequent_total, fts_query, page_body, placeholders, plain_word, select_page
from .base import Blueprint

blp = Blueprint(
    "search",
    __name__,
    url_prefix="/v1/search",
    description="Full-text search across every collection, ranked by relevance (SQLite FTS5, BM25).",
)

# Ranking reads the FTS index alone (no row of "search" per hit); a kind is a
# range of rowids (seed.build.record_search_ranges), which the index seeks.
# The page's rows and snippets are fetched afterwards, for the page only.
RANKED = f"""(
    SELECT "search_fts"."rowid" AS "rowid", {SCORE_SQL} AS "score"
    FROM "search_fts" WHERE "search_fts" MATCH ?
)"""  # nosec B608: SCORE_SQL is a constant expression; values are bound
RANKED_IN_RANGE = f"""
    SELECT "search_fts"."rowid" AS "rowid", {SCORE_SQL} AS "score"
    FROM "search_fts" WHERE "search_fts" MATCH ? AND "search_fts"."rowid" BETWEEN ? AND ?
"""  # nosec B608: SCORE_SQL is a constant expression; values are bound
# The first page of a frequent word, ranked at build time (seed.build.rank_frequent_words).
RANKED_AT_BUILD = """(
    SELECT "search_rowid" AS "rowid", "score" FROM "search_frequent_hits" WHERE "word" = ?
)"""
RANGES = 'SELECT "first_rowid", "last_rowid" FROM "search_ranges" WHERE "collection" IN ({}) ORDER BY "first_rowid"'
SNIPPETS = f"""
    SELECT s."rowid", s."collection", s."id", s."title", {SNIPPET_SQL}
    FROM "search_fts" JOIN "search" AS s ON s."rowid" = "search_fts"."rowid"
    WHERE "search_fts" MATCH ? AND "search_fts"."rowid" IN ({{}})
"""  # nosec B608: SNIPPET_SQL is a constant expression; values are bound
SNIPPETS_AT_BUILD = """
    SELECT s."rowid", s."collection", s."id", s."title", h."snippet"
    FROM "search_frequent_hits" AS h JOIN "search" AS s ON s."rowid" = h."search_rowid"
    WHERE h."word" = ? AND h."search_rowid" IN ({})
"""


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
        # A frequent word's total is the build's; its first page too, unless kinds narrow it.
        total = frequent_total(args["q"], kinds)
        if total is not None and not kinds and cursor is None:
            word = plain_word(args["q"])
            table, table_params, count_sql = RANKED_AT_BUILD, [word], None
            snippets, snippet_params = SNIPPETS_AT_BUILD, [word]
        else:
            table, table_params, count_sql = live_ranking(match, kinds)
            snippets, snippet_params = SNIPPETS, [match]
        rows, next_cursor, prev_cursor = select_page(table, [], [], keys, limit, cursor, "", table_params)
        rowids = [rowid for _, rowid in rows]
        found = (
            {
                row[0]: row[1:]
                for row in get_db().execute(snippets.format(placeholders(rowids)), [*snippet_params, *rowids])
            }
            if rowids
            else {}
        )
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
            total = count(None, [], [], table_params, sql=count_sql)
        body, link = page_body(orjson.dumps(hits), total, limit, ["-score"], next_cursor, prev_cursor)
        return json_response(body, link=link)


def live_ranking(match, kinds):
    """The hits of ``match`` ranked per request, in ``kinds`` (all when empty):
    ``(subquery, its parameters, SQL counting them with the same parameters)``."""
    if not kinds:
        return RANKED, [match], COUNT_SQL
    ranges = get_db().execute(RANGES.format(placeholders(kinds)), kinds).fetchall()
    if not ranges:  # kinds without records
        return '(SELECT NULL AS "rowid", NULL AS "score" WHERE 0)', [], "SELECT 0"
    params = [value for first, last in ranges for value in (match, first, last)]
    table = "(" + " UNION ALL ".join([RANKED_IN_RANGE] * len(ranges)) + ")"
    total = "SELECT " + " + ".join([f"({COUNT_IN_RANGE_SQL})"] * len(ranges))  # nosec B608: constant SQL, values bound
    return table, params, total
