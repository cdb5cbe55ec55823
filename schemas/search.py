from marshmallow import Schema, fields, validate
from webargs.fields import DelimitedList

from .base import PageLinksSchema, PageMetaSchema, any_of, choice, cursor_param, limit_param, search_text, string, text
from .collections import COLLECTIONS

# What a hit can be: a record of any of the collections.
KINDS = tuple(collection.name for collection in COLLECTIONS)
# Hits come best first, the one order a search has (and ``meta.sort`` reports).
SEARCH_SORTS = ("-score",)


class SearchQueryArgsSchema(Schema):
    q = search_text("What to find.", required=True)
    kind = any_of("Only hits of these kinds (collection names).", item=choice(KINDS))
    sort = DelimitedList(
        fields.String(validate=validate.OneOf(SEARCH_SORTS)),
        validate=validate.Length(min=1, max=1),
        metadata={"description": "`-score` (the default): best hits first, the order `meta.sort` reports."},
    )
    limit = limit_param()
    cursor = cursor_param()


class SearchHitSchema(Schema):
    kind = text("Collection of the record.", choices=KINDS)
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
