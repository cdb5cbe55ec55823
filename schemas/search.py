from marshmallow import Schema, fields, validate
from webargs.fields import DelimitedList

from .base import PageLinksSchema, PageMetaSchema, any_of, choice, cursor_param, limit_param, search_text, string
from .collections import COLLECTIONS

# Hits come best first, the one order a search has (and ``meta.sort`` reports).
SEARCH_SORTS = ("-score",)


class SearchQueryArgsSchema(Schema):
    q = search_text("What to find.", required=True)
    kind = any_of("Only hits of these kinds (collection names).", item=choice(tuple(c.name for c in COLLECTIONS)))
    sort = DelimitedList(
        fields.String(validate=validate.OneOf(SEARCH_SORTS)),
        validate=validate.Length(min=1, max=1),
        metadata={"description": "`-score` (the default): best hits first, the order `meta.sort` reports."},
    )
    limit = limit_param()
    cursor = cursor_param()


class SearchHitSchema(Schema):
    # A string, not an enum: a collection added within v1 must not break a client's parsing.
    kind = string("Collection of the record (one of the `kind` parameter's values).")
    id = string("Record id.")
    title = string("Record name or text.")
    link = string("URL path of the record.")
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
