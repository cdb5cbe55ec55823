from marshmallow import Schema, fields

from .base import PageLinksSchema, PageMetaSchema, any_of, choice, cursor_param, limit_param, search_text
from .collections import BY_NAME

# A hit's relevance in SQL: BM25 over the FTS index with names weighing ten
# times the rest of a record's text, negated so that higher is better, rounded
# so that equal scores compare equal in cursors. The build ranks frequent
# words' first pages with it and the API every other search: one expression,
# so both give the same scores, order and cursors.
SCORE_SQL = 'round(-bm25("search_fts", 10.0, 1.0), 6)'
# A hit's best matching excerpt, matches wrapped in <mark>: likewise shared.
SNIPPET_SQL = """snippet("search_fts", -1, '<mark>', '</mark>', '…', 16)"""
# Hits of a match, everywhere or in one collection's run of rowids (the
# "search_ranges" table): the build's frequent-word totals and the API's counts.
COUNT_SQL = 'SELECT count(*) FROM "search_fts" WHERE "search_fts" MATCH ?'
COUNT_IN_RANGE_SQL = COUNT_SQL + ' AND "rowid" BETWEEN ? AND ?'


class SearchQueryArgsSchema(Schema):
    q = search_text(
        'Words to find (ANDed). `"a phrase"` matches words in order; `prefix*` matches word starts. '
        "Other syntax is searched as plain text.",
        required=True,
    )
    kind = any_of("Only hits of these kinds (collection names).", item=choice(tuple(BY_NAME)))
    limit = limit_param()
    cursor = cursor_param()


class SearchHitSchema(Schema):
    kind = fields.String(required=True, metadata={"description": "Collection of the record."})
    id = fields.String(required=True, metadata={"description": "Record id."})
    title = fields.String(required=True, metadata={"description": "Record name or text."})
    link = fields.String(required=True, metadata={"description": "URL path of the record."})
    snippet = fields.String(
        required=True, metadata={"description": "Best matching excerpt, matches wrapped in `<mark>`…`</mark>`."}
    )
    score = fields.Float(required=True, metadata={"description": "Relevance (BM25; higher is better)."})


class SearchPageSchema(Schema):
    """A page of search hits, best first."""

    data = fields.List(fields.Nested(SearchHitSchema), required=True)
    links = fields.Nested(PageLinksSchema, required=True)
    meta = fields.Nested(PageMetaSchema, required=True)
