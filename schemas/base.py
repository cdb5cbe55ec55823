"""Shared schema building blocks.

The same schemas validate the seed files (load) and describe the API's
responses (dump and OpenAPI). Field metadata carries what the store and the
query layer need to know about a field, so that knowledge lives in one place:

- ``references``: the collection a slug (or list of slugs) points to;
- ``expand``: the name under which ``expand=`` inlines the referenced records;
- ``filter``: how a query parameter maps onto the store (column or link table).

Keys without an ``x-`` prefix are not valid JSON Schema keywords, so apispec
leaves them out of the OpenAPI document.
"""

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate, validates_schema
from webargs.fields import DelimitedList

DEFAULT_LIMIT = 25
EXPORT_FORMATS = ("json", "csv", "ndjson")
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
NOT_REPORTED = "Null when the source does not report it."

# Currencies the source reports; a new one is added here deliberately.
CURRENCIES = ("CNY", "USD")


def slug(**kwargs):
    """A stable, readable identifier: lowercase words joined by hyphens."""
    return fields.String(validate=[validate.Length(max=120), validate.Regexp(SLUG_PATTERN)], **kwargs)


def ref(collection, *, expand=None, description, **kwargs):
    """The id of one record of ``collection``, or null."""
    return slug(
        allow_none=True,
        required=True,
        metadata={
            "description": f"{description} Id in /v1/{collection}; null when not reported.",
            "references": collection,
            "expand": expand,
        },
        **kwargs,
    )


def refs(collection, *, expand, description):
    """Ids of related records of ``collection`` (possibly none)."""
    return fields.List(
        slug(),
        required=True,
        metadata={
            "description": f"{description} Ids in /v1/{collection}.",
            "references": collection,
            "expand": expand,
        },
    )


def text(description, *, nullable=False, choices=None):
    """A required string; ``choices`` makes it an enum."""
    if nullable:
        description = f"{description} {NOT_REPORTED}"
    return fields.String(
        required=True,
        allow_none=nullable,
        validate=validate.OneOf(choices) if choices else validate.Length(min=1),
        metadata={"description": description},
    )


def choice(choices):
    """One of ``choices``, as an item of an ``any_of`` filter."""
    return fields.String(validate=validate.OneOf(choices))


def integer(description, *, nullable=False):
    if nullable:
        description = f"{description} {NOT_REPORTED}"
    return fields.Integer(strict=True, required=True, allow_none=nullable, metadata={"description": description})


class SourceSchema(Schema):
    """Where a record's facts come from."""

    document = slug(
        required=True,
        metadata={"description": "Id of the source document (see /v1/meta).", "references": "documents"},
    )
    quote = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "Verbatim span of the document supporting the record. "
            "Null only for an outside publication cited by URL, whose text is not part of the dataset."
        },
    )


class MoneySchema(Schema):
    """An amount of money exactly as the source reports it."""

    amount = fields.Integer(
        strict=True,
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "Whole units of the currency (e.g. 490 billion yuan is 490000000000)."},
    )
    currency = fields.String(
        required=True,
        validate=validate.OneOf(CURRENCIES),
        metadata={"description": "ISO 4217 currency code."},
    )


def money(description, *, currency=None):
    """A nullable money field; ``currency`` pins the code when the field is currency-specific."""

    def in_currency(value):
        if currency and value["currency"] != currency:
            raise ValidationError(f"Must be in {currency}.")

    return fields.Nested(
        MoneySchema,
        required=True,
        allow_none=True,
        validate=in_currency,
        metadata={"description": f"{description} {NOT_REPORTED}"},
    )


def sources():
    return fields.List(
        fields.Nested(SourceSchema),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "Quotes of the source documents supporting this record."},
    )


class RecordSchema(Schema):
    """Fields every record has."""

    class Meta:
        # Responses are open: `expand=` adds the inlined relations. The seed
        # is still loaded strictly (``unknown=RAISE`` in seed.load).
        unknown = EXCLUDE

    id = slug(required=True, metadata={"description": "Stable identifier (slug)."})
    sources = sources()
    links = fields.Dict(
        keys=fields.String(),
        values=fields.Raw(),
        dump_only=True,
        metadata={
            "description": "URL paths of this record (`self`) and of every related record, keyed by relation name.",
        },
    )


# ---------------------------------------------------------------------------
# Query string building blocks
# ---------------------------------------------------------------------------


def any_of(description, *, column=None, link=None, item=None, example=None):
    """A filter matching any of several comma-separated values."""
    metadata = {
        "description": f"{description} Comma-separated values match any of them.",
        "filter": {"column": column, "link": link},
    }
    if example is not None:
        metadata["example"] = example
    return DelimitedList(item or slug(), validate=validate.Length(min=1, max=50), metadata=metadata)


def bound(column, operator, description, field_class=fields.Integer, **kwargs):
    """An inclusive bound (``__gte`` / ``__lte``) on a number or date column."""
    word = {">=": "at least", "<=": "at most"}[operator]
    return field_class(
        metadata={
            "description": f"Only records whose {description} is {word} this value.",
            "filter": {"column": column, "operator": operator},
        },
        **kwargs,
    )


def boolean(column, description):
    return fields.Boolean(
        metadata={"description": description, "filter": {"column": column}},
    )


class DetailQueryArgsSchema(Schema):
    """Parameters shaping one record's representation. Subclasses set
    ``Meta.record_schema``."""

    class Meta:
        record_schema = None

    fields_ = DelimitedList(
        fields.String(validate=validate.Length(max=64)),
        data_key="fields",
        validate=validate.Length(min=1, max=50),
        metadata={
            "description": "Comma-separated fields to return (sparse fieldset); `id` is always included. "
            "A sparse record leaves out the other fields, so it is not a complete record: typed clients "
            "should read such responses as plain JSON."
        },
    )
    expand = DelimitedList(
        fields.String(validate=validate.Length(max=64)),
        validate=validate.Length(min=1, max=10),
        metadata={"description": "Comma-separated relations to inline, one level deep."},
    )

    # Runs even when other parameters failed, so that every bad one is named.
    @validates_schema(skip_on_field_errors=False)
    def check_names(self, data, **kwargs):
        record_schema = self.Meta.record_schema
        errors = {}
        known = record_schema._declared_fields
        bad_fields = [f for f in data.get("fields_", []) if f not in known]
        if bad_fields:
            errors["fields"] = [f"Unknown field(s): {', '.join(bad_fields)}. Known: {', '.join(known)}."]
        expandable = expansions(record_schema)
        bad_expands = [e for e in data.get("expand", []) if e not in expandable]
        if bad_expands:
            errors["expand"] = [
                f"Unknown relation(s): {', '.join(bad_expands)}. Expandable: {', '.join(expandable) or 'none'}."
            ]
        if errors:
            raise ValidationError(errors)


def sort_param(*sortable):
    """The ``sort`` parameter over ``sortable`` columns (the first is the default)."""
    choices = [prefix + name for name in sortable for prefix in ("", "-")]
    return DelimitedList(
        fields.String(validate=validate.OneOf(choices)),
        validate=validate.Length(min=1, max=len(sortable)),
        metadata={
            "description": f"Comma-separated sort fields, `-` prefix for descending (default `{sortable[0]}`). "
            "The id is always the final tie-breaker.",
            "sortable": sortable,
        },
    )


class ListQueryArgsSchema(DetailQueryArgsSchema):
    """Parameters every collection accepts. Subclasses set ``Meta.record_schema``
    and add ``sort = sort_param(...)`` and their filters."""

    limit = fields.Integer(
        validate=validate.Range(min=1, max=100),
        metadata={
            "description": "Page size (1-100, default 25). In a CSV or NDJSON export, caps the rows.",
            "default": DEFAULT_LIMIT,
        },
    )
    cursor = fields.String(
        validate=validate.Length(max=1000),
        metadata={
            "description": "Opaque position from `links.next` or `links.prev` of a previous page. "
            "Only valid with the same filters and sort, for the same dataset version."
        },
    )
    format = fields.String(
        validate=validate.OneOf(EXPORT_FORMATS),
        metadata={
            "description": "Response format: `json` (paginated), or `csv` / `ndjson` (every matching record, "
            "streamed). Overrides `Accept`; without either, JSON."
        },
    )
    q = fields.String(
        validate=validate.Length(min=1, max=200),
        metadata={
            "description": "Full-text search within this collection "
            '(words are ANDed; `"phrase"` and `prefix*` supported).'
        },
    )


def expansions(record_schema):
    """Relation names ``expand=`` accepts for a record schema, with their fields."""
    return {
        field.metadata["expand"]: (name, field)
        for name, field in record_schema._declared_fields.items()
        if field.metadata.get("expand")
    }


def references(record_schema):
    """Every referencing field of a schema: (field name, target collection, is_list)."""
    for name, field in record_schema._declared_fields.items():
        target = field.metadata.get("references")
        if target:
            yield name, target, isinstance(field, fields.List)


# ---------------------------------------------------------------------------
# List envelopes
# ---------------------------------------------------------------------------


class PageLinksSchema(Schema):
    """Navigation links of a page (also sent in the `Link` header)."""

    self = fields.String(required=True, metadata={"description": "This page."})
    next = fields.String(metadata={"description": "The next page; absent on the last page."})
    prev = fields.String(metadata={"description": "The previous page; absent on the first page."})


class PageMetaSchema(Schema):
    """About the whole result, not just this page."""

    total = fields.Integer(required=True, metadata={"description": "Records matching the filters, across all pages."})
    limit = fields.Integer(required=True, metadata={"description": "Page size used."})
    sort = fields.List(
        fields.String(), required=True, metadata={"description": "Sort applied, id tie-breaker included."}
    )
    dataset_version = fields.String(required=True, metadata={"description": "Version of the dataset served."})


def page_of(record_schema, name):
    """The list envelope schema for a record schema, named ``<name>PageSchema``."""
    return type(
        f"{name}PageSchema",
        (Schema,),
        {
            "__doc__": f"A page of {name} records.",
            "data": fields.List(fields.Nested(record_schema), required=True, metadata={"description": "The records."}),
            "links": fields.Nested(PageLinksSchema, required=True),
            "meta": fields.Nested(PageMetaSchema, required=True),
        },
    )


def detail_args_of(record_schema, name):
    """The query-string schema of a single record, named ``<name>DetailQueryArgsSchema``."""
    return type(
        f"{name}DetailQueryArgsSchema",
        (DetailQueryArgsSchema,),
        {"Meta": type("Meta", (), {"record_schema": record_schema})},
    )


def sortable_fields(query_schema):
    """Sortable columns of a collection's query schema, the default first."""
    return query_schema._declared_fields["sort"].metadata["sortable"]
