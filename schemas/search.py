from marshmallow import Schema, fields

from .base import PageLinksSchema, PageMetaSchema, any_of, choice, cursor_param, limit_param, search_text
from .collections import COLLECTIONS


class SearchQueryArgsSchema(Schema):
    q = search_text(
        'Words to find (ANDed). `"a phrase"` matches words in order; `prefix*` matches word starts. '
        "Other syntax is searched as plain text.",
        required=True,
    )
    kind = any_of("Only hits of these kinds (collection names).", item=choice(tuple(c.name for c in COLLECTIONS)))
    limit = limit_param()
    cursor = cursor_param()


class SearchHitSchema(Schema):
    kind = fields.String(required=True, metadata={"description": "Collection of the record."})
    id = fields.String(required=True, metadata={"description": "Record id."})
    title = fields.String(required=True, metadata={"description": "Record name or text."})
    link = fields.String(required=True, metadata={"description": "URL path of the record."})
    snippet = fields.String(
        required=True,
        metadata={
            "description": "Best matching excerpt as an HTML fragment: the record's text HTML-escaped "
            "(`&`, `<`, `>`), matches wrapped in `<mark>`…`</mark>`."
        },
    )
    score = fields.Float(required=True, metadata={"description": "Relevance (BM25; higher is better)."})


class SearchPageSchema(Schema):
    """A page of search hits, best first."""

    data = fields.List(fields.Nested(SearchHitSchema), required=True)
    links = fields.Nested(PageLinksSchema, required=True)
    meta = fields.Nested(PageMetaSchema, required=True)
