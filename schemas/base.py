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

import copy
import functools
import re

from marshmallow import EXCLUDE, Schema, ValidationError, fields, validate
from marshmallow.schema import SchemaMeta
from webargs.fields import DelimitedList

from . import query_language

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
MAX_INTEGER = 2**31 - 1  # SQLite takes 64-bit integers; no count or year here comes near
# At least one character that is not ASCII space or punctuation: a word to search for.
EXPORT_FORMATS = ("json", "csv", "ndjson")
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG_RULE = "lowercase letters, digits and hyphens, a hyphen only between two of the others (e.g. `5g-valley`)"
NOT_REPORTED = "Null when the source does not report it."

# Currencies the source reports; a new one is added here deliberately.
CURRENCIES = ("CNY", "USD")
# Whether a value is what a cited source says (`reported`) or our reading of it (`inferred`).
BASES = ("reported", "inferred")


def slug(**kwargs):
    """A stable, readable identifier: lowercase words joined by hyphens."""
    return fields.String(
        validate=[validate.Length(max=120), validate.Regexp(SLUG_PATTERN, error=f"Must be {SLUG_RULE}.")],
        **kwargs,
    )


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


def refs(collection, *, expand, description, symmetric=False):
    """Ids of related records of ``collection`` (possibly none). A
    ``symmetric`` relation (of a collection's records to each other) holds
    both ways: the build refuses a link not returned, and it has no reverse
    relation of its own (that would list the same records)."""
    return fields.List(
        slug(),
        required=True,
        metadata={
            "description": f"{description} Ids in /v1/{collection}.",
            "references": collection,
            "expand": expand,
            "symmetric": symmetric,
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


def string(description, **kwargs):
    """A required string, constrained by nothing but its type."""
    return fields.String(required=True, metadata={"description": description}, **kwargs)


def basis(of):
    """Beside a value that may be our reading rather than a source's statement."""
    return fields.String(
        required=True,
        allow_none=True,
        validate=validate.OneOf(BASES),
        metadata={
            "description": f"`reported` when a cited source states the {of}, `inferred` when it is our reading "
            f"of the sources. Null exactly when the {of} is null or empty."
        },
    )


def choice(choices):
    """One of ``choices``, as an item of an ``any_of`` filter."""
    return fields.String(validate=validate.OneOf(choices))


def integer(description, *, nullable=False):
    if nullable:
        description = f"{description} {NOT_REPORTED}"
    return fields.Integer(strict=True, required=True, allow_none=nullable, metadata={"description": description})


def nested_list(schema, description):
    """A required list of nested objects (``[]`` when the sources report none)."""
    return fields.List(fields.Nested(schema), required=True, metadata={"description": description})


def links_field(description, **kwargs):
    """A record's ``links``: URL paths by relation name, made by the build."""
    return fields.Dict(
        keys=fields.String(), values=fields.Raw(), dump_only=True, metadata={"description": description}, **kwargs
    )


def offset(description, **kwargs):
    """A quote's place in its document's stored text (computed by the build)."""
    return fields.Integer(
        allow_none=True, metadata={"description": f"{description} Null for an outside publication."}, **kwargs
    )


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
            "description": "Verbatim span of the document supporting the record, for a document whose text "
            "this dataset stores. Null for an outside publication cited by URL, whose text is not part of it."
        },
    )
    note = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(min=1),
        metadata={
            "description": "What the document reports, in this dataset's own words: always given for an "
            "outside publication (whose text is never copied), optional beside a quote."
        },
    )
    occurrence = fields.Integer(
        strict=True,
        load_only=True,
        allow_none=True,
        validate=validate.Range(min=1),
        metadata={
            "description": "Which occurrence of the quote in the document's text is meant (1 is the first): "
            "required when the quote occurs more than once."
        },
    )
    start = offset(
        "Where the quote starts in the document's stored text, in Unicode code points from 0: "
        "`text[start:end]` is the quote.",
        dump_only=True,
    )
    end = offset("Where the quote ends (exclusive), in code points.", dump_only=True)


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
        metadata={"description": f"{description} {NOT_REPORTED}", "currency": currency},
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
    links = links_field(
        "URL paths of this record (`self`) and of every related record, keyed by relation "
        "name (snake_case); every record of a kind has the same keys (its `<Kind>Links` component).",
        required=True,
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


class QueryInteger(fields.Integer):
    """An integer of a query string, written in ASCII digits and nothing else:
    Python's ``int`` also reads other scripts' digits (``٢٠٢٣``, ``２``),
    spaces, a plus sign, underscores (``1_0``) and leading zeros, none of
    which a client means, and each would be echoed back in links as sent.
    (A minus sign is read, for the range check to name the bound.)"""

    DIGITS = re.compile(r"-?(0|[1-9][0-9]*)")

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not self.DIGITS.fullmatch(value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


def whole_number():
    """An integer a filter compares with a column (bounded, so it always fits SQLite)."""
    return QueryInteger(validate=validate.Range(min=0, max=MAX_INTEGER))


def search_text(description, **kwargs):
    """A ``q`` parameter in the search query language (``query_language``):
    one error for whatever is wrong with it."""
    limits = (
        f" At most {query_language.MAX_LENGTH} characters and {query_language.MAX_TERMS} distinct terms "
        f"(alternatives and exclusions included), of which {query_language.MAX_PREFIX_TERMS} prefix terms "
        f"of at least {query_language.MIN_PREFIX_LENGTH} characters."
    )
    return fields.String(
        validate=query_language.check,
        metadata={
            "description": f"{description} {query_language.SYNTAX}{limits}",
            "minLength": 1,
            "maxLength": query_language.MAX_LENGTH,
            "pattern": query_language.WORD_CHARACTER,
        },
        **kwargs,
    )


def bound(column, operator, description, field_class=QueryInteger, **kwargs):
    """An inclusive bound (``__gte`` / ``__lte``) on a number or date column."""
    word = {">=": "at least", "<=": "at most"}[operator]
    if field_class is QueryInteger:
        kwargs.setdefault("validate", validate.Range(min=0, max=MAX_INTEGER))
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


@functools.cache
def schema_fields(schema_class):
    """A schema class's fields by attribute name (the public ``fields`` of an
    instance; schemas are immutable, so one instance per class serves)."""
    return schema_class().fields


def fields_param(record_schema):
    """The ``fields`` parameter (sparse fieldset) over a record schema's fields."""
    names = list(schema_fields(record_schema))
    component = record_schema.__name__.removesuffix("Schema")
    return DelimitedList(
        fields.String(validate=validate.OneOf(names), metadata={"title": f"{component}Field"}),
        data_key="fields",
        validate=validate.Length(min=1, max=50),
        metadata={
            "description": "Comma-separated fields to return (sparse fieldset); `id` is always included. "
            "A sparse record leaves out the other fields.",
            # Which fields may be null: the query schema's `__isnull` filters (see `FilterSchemaMeta`).
            "record_schema": record_schema,
        },
    )


def expand_param(record_schema):
    """The ``expand`` parameter over a record schema's relations."""
    names = list(expansions(record_schema))
    component = record_schema.__name__.removesuffix("Schema")
    return DelimitedList(
        fields.String(validate=validate.OneOf(names), metadata={"title": f"{component}Relation"}),
        validate=validate.Length(min=1, max=10),
        metadata={"description": "Comma-separated relations to inline, one level deep."},
    )


class DetailQueryArgsSchema(Schema):
    """Parameters shaping one record's representation; see ``detail_args_of``."""


def sort_param(*sortable, default=None):
    """The ``sort`` parameter over ``sortable`` columns; the default is the
    first, ascending, unless ``default`` names one (``-date``: newest first)."""
    choices = [prefix + name for name in sortable for prefix in ("", "-")]
    default = default or sortable[0]
    if default not in choices:
        raise ValueError(f"default sort {default!r} is not one of {choices}")
    return DelimitedList(
        fields.String(validate=validate.OneOf(choices)),
        validate=validate.Length(
            min=1,
            max=len(sortable),
            error=f"Give 1 to {len(sortable)} comma-separated sort fields among: {', '.join(choices)}.",
        ),
        metadata={
            "description": f"Comma-separated sort fields, `-` prefix for descending (default `{default}`). "
            "Text sorts ignore case; the id is always the final tie-breaker. A field named again is ignored "
            "(its first mention sets its direction); `meta.sort` reports the order applied.",
            "sortable": sortable,
            "default_sort": default,
        },
    )


def limit_param():
    return QueryInteger(
        validate=validate.Range(min=1, max=MAX_LIMIT),
        metadata={
            "description": "Page size (1-100, default 25). In a CSV or NDJSON export, caps the rows.",
            "default": DEFAULT_LIMIT,
        },
    )


def cursor_param():
    return fields.String(
        validate=validate.Length(max=1000),
        metadata={
            "description": "Opaque position from `links.next` or `links.prev` of a previous page. "
            "Only valid with the same filters and sort, for the same dataset version."
        },
    )


def negated_filter(name, field):
    """``<name>__not``: the opposite of an any-of filter."""
    spec = field.metadata["filter"]
    if spec.get("link"):
        meaning = "only records having none of these values (records with none at all included)"
    else:
        meaning = "only records whose value is none of these (records without a value included)"
    metadata = {
        "description": f"The opposite of `{name}`: {meaning}. Comma-separated values.",
        "filter": {**spec, "variant": "not"},
    }
    if "example" in field.metadata:
        metadata["example"] = field.metadata["example"]
    return DelimitedList(copy.deepcopy(field.inner), validate=validate.Length(min=1, max=50), metadata=metadata)


def null_filter(name, spec):
    """``<name>__isnull``: whether a nullable column is null, or a list field empty."""
    if spec.get("link"):
        description = f"`true`: only records with no `{name}` at all; `false`: only records with at least one."
    else:
        description = f"`true`: only records whose `{name}` is not reported (null); `false`: only those where it is."
    return fields.Boolean(
        metadata={
            "description": description,
            "filter": {"column": spec.get("column"), "link": spec.get("link"), "variant": "isnull"},
            "example": True,
        }
    )


def derived_filters(declared):
    """Every declared filter followed by the filters derived from it: ``__not``
    for an any-of filter, ``__isnull`` for a list field or a nullable column
    (one per field, whatever bounds or lists filter it)."""
    record_schema = declared["fields_"].metadata["record_schema"] if "fields_" in declared else None
    nullable = (
        {name for name, field in schema_fields(record_schema).items() if field.allow_none} if record_schema else set()
    )
    result = {}
    for name, field in declared.items():
        result[name] = field
        spec = field.metadata.get("filter")
        if not spec or spec.get("variant"):
            continue
        if isinstance(field, DelimitedList):
            result[f"{name}__not"] = negated_filter(name, field)
        base = name.removesuffix("__gte").removesuffix("__lte")
        if spec.get("link") or spec.get("column") in nullable:
            result.setdefault(f"{base}__isnull", null_filter(base, spec))
    return result


class FilterSchemaMeta(SchemaMeta):
    """The class of list query schemas: every filter a schema declares brings
    its ``__not`` and ``__isnull`` variants, through the hook marshmallow
    offers for computed fields."""

    @classmethod
    def get_declared_fields(mcs, klass, cls_fields, inherited_fields, dict_cls=dict):
        return dict_cls(derived_filters(super().get_declared_fields(klass, cls_fields, inherited_fields, dict_cls)))


class ListQueryArgsSchema(Schema, metaclass=FilterSchemaMeta):
    """Parameters every collection accepts. Subclasses add ``sort =
    sort_param(...)``, ``fields_ = fields_param(...)``, ``expand =
    expand_param(...)`` and their filters."""

    limit = limit_param()
    cursor = cursor_param()
    format = fields.String(
        validate=validate.OneOf(EXPORT_FORMATS),
        metadata={
            "description": "Response format: `json` (paginated), or `csv` / `ndjson` (every matching record, "
            "streamed). Overrides `Accept`; without either, JSON."
        },
    )
    q = search_text("Full-text search within this collection.")


def expansions(record_schema):
    """Relation names ``expand=`` accepts for a record schema, with their fields."""
    return {
        field.metadata["expand"]: (name, field)
        for name, field in schema_fields(record_schema).items()
        if field.metadata.get("expand")
    }


# ---------------------------------------------------------------------------
# List envelopes
# ---------------------------------------------------------------------------


class PageLinksSchema(Schema):
    """Navigation links of a page (also sent in the `Link` header)."""

    self = string("This page.")
    next = fields.String(metadata={"description": "The next page; absent on the last page."})
    prev = fields.String(metadata={"description": "The previous page; absent on the first page."})


class PageMetaSchema(Schema):
    """About the whole result, not just this page."""

    total = fields.Integer(required=True, metadata={"description": "Records matching the filters, across all pages."})
    limit = fields.Integer(required=True, metadata={"description": "Page size used."})
    sort = fields.List(
        fields.String(), required=True, metadata={"description": "Sort applied, id tie-breaker included."}
    )
    dataset_version = string("Version of the dataset served.")


def full_or_sparse(name):
    """A record as served: complete, or sparse when ``fields=`` chose some of
    its fields (the ``<name>Sparse`` component; see ``sparse_of``)."""
    return {"anyOf": [{"$ref": f"#/components/schemas/{name}"}, {"$ref": f"#/components/schemas/{name}Sparse"}]}


def sparse_of(record_schema, name):
    """The record schema with only ``id`` required: what ``fields=`` returns."""
    attrs = {}
    for field_name, field in schema_fields(record_schema).items():
        clone = copy.deepcopy(field)  # a shallow copy (marshmallow's): the metadata would be shared
        clone.metadata = copy.deepcopy(field.metadata)
        clone.required = field_name == "id"
        attrs[field_name] = clone
    attrs["__doc__"] = f"A sparse {name}: `id` and the fields chosen with `fields=` (plus any `expand=`)."
    attrs["Meta"] = type("Meta", (), {"unknown": EXCLUDE})
    return type(f"{name}SparseSchema", (Schema,), attrs)


def expanded_of(record_schema, name, component_of):
    """The record schema as served: ``record_schema`` plus, for each relation
    ``expand=`` inlines, an optional field under the relation's name typed as
    the related record (a list of them for a list of ids), absent unless
    expanded. ``component_of`` names the component of a collection's records.
    Only the OpenAPI document uses it: the store and the seed keep the record
    schema, so stored records and unexpanded responses are unchanged."""
    attrs = {"__doc__": record_schema.__doc__}
    own = schema_fields(record_schema)
    for relation, (field_name, field) in expansions(record_schema).items():
        if relation in own:
            raise ValueError(f"{name}: the relation {relation!r} would hide the field of that name")
        record = {"$ref": f"#/components/schemas/{component_of(field.metadata['references'])}"}
        present = f"Present only with `expand={relation}`"
        if isinstance(field, fields.List):
            shape = {"type": "array", "items": record}
            description = f"{present}: the records of `{field_name}`, inlined in the same order."
        else:
            shape = {"anyOf": [record, {"type": "null"}]}
            description = f"{present}: the record `{field_name}` names, inlined; null when `{field_name}` is null."
        attrs[relation] = fields.Raw(
            dump_only=True,
            metadata={**shape, "description": f"{description} Inlined records are not expanded further."},
        )
    return type(f"{name}ExpandedSchema", (record_schema,), attrs)


def page_of(record_schema, name):
    """The list envelope schema for a record schema, named ``<name>PageSchema``."""
    return type(
        f"{name}PageSchema",
        (Schema,),
        {
            "__doc__": f"A page of {name} records.",
            "data": fields.List(
                fields.Raw(metadata=full_or_sparse(name)), required=True, metadata={"description": "The records."}
            ),
            "links": fields.Nested(PageLinksSchema, required=True),
            "meta": fields.Nested(PageMetaSchema, required=True),
        },
    )


def detail_args_of(record_schema, name):
    """The query-string schema of a single record, named ``<name>DetailQueryArgsSchema``."""
    return type(
        f"{name}DetailQueryArgsSchema",
        (DetailQueryArgsSchema,),
        {"fields_": fields_param(record_schema), "expand": expand_param(record_schema)},
    )


def sortable_fields(query_schema):
    """Sortable columns of a collection's query schema, the default first."""
    return schema_fields(query_schema)["sort"].metadata["sortable"]


def default_sort(query_schema):
    """The sort applied when none is requested, e.g. ``"-date"``."""
    return schema_fields(query_schema)["sort"].metadata["default_sort"]


@functools.cache
def text_sort_fields(record_schema, query_schema):
    """The sortable text fields, which sort ignoring ASCII case (SQLite's
    ``NOCASE``: "eSports" between "Digital economy" and "Finance"), the id
    breaking ties."""
    record = schema_fields(record_schema)
    return frozenset(
        name for name in sortable_fields(query_schema) if name != "id" and isinstance(record[name], fields.String)
    )
