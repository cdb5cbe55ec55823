"""The schemas of ``GET /v1/<collection>/groups`` (see ``api.groups``), one
set per collection, made from its list's query schema and record schema."""

import copy

from marshmallow import Schema, fields, validate

from . import base
from .collections import COLLECTIONS

GROUP_SORTS = ("-count", "key")
# Parameters of the list that shape records, not groups.
RECORD_SHAPING = ("fields_", "expand", "sort", "format", "limit", "cursor")


def groupable_fields(collection):
    """``{by: filter field}``: the list's any-of and boolean filters."""
    return {
        name: field
        for name, field in base.schema_fields(collection.query_schema).items()
        if (spec := field.metadata.get("filter")) and "operator" not in spec and "variant" not in spec
    }


def key_types(collection):
    """JSON types a group key of this collection can have (null added by ``allow_none``)."""
    types = []
    for field in groupable_fields(collection).values():
        spec = field.metadata["filter"]
        record_field = base.schema_fields(collection.record_schema)[spec.get("column") or spec.get("link")]
        if isinstance(record_field, fields.List):
            record_field = record_field.inner
        kind = (
            "boolean"
            if isinstance(record_field, fields.Boolean)
            else "integer"
            if isinstance(record_field, fields.Integer)
            else "string"
        )
        if kind not in types:
            types.append(kind)
    return types


def pascal(name):
    return "".join(part.capitalize() for part in name.replace("-", "_").split("_"))


def money_fields(collection):
    """``{field: currencies}`` of the record's money fields."""
    return {
        name: (field.metadata["currency"],) if field.metadata.get("currency") else base.CURRENCIES
        for name, field in base.schema_fields(collection.record_schema).items()
        if isinstance(field, fields.Nested) and field.nested is base.MoneySchema
    }


def totals_schema(component, name, currencies):
    return type(
        f"{component}{pascal(name)}TotalsSchema",
        (Schema,),
        {
            "__doc__": f"Sum of `{name}` over the group's records, per currency (never converted).",
            **{
                currency: fields.Integer(
                    required=True,
                    allow_none=True,
                    metadata={"description": f"Sum of the {currency} amounts; null when no record reports one."},
                )
                for currency in currencies
            },
        },
    )


def group_schema(collection):
    component = collection.component
    sums = type(
        f"{component}GroupSumsSchema",
        (Schema,),
        {
            "__doc__": f"Sums of the {collection.singular} money fields over the group, per currency"
            + ("." if money_fields(collection) else " (this collection has no money fields)."),
            **{
                name: fields.Nested(totals_schema(component, name, currencies), required=True)
                for name, currencies in money_fields(collection).items()
            },
        },
    )
    return type(
        f"{component}GroupSchema",
        (Schema,),
        {
            "__doc__": f"The {collection.name.replace('-', ' ')} with one value of the `by` field.",
            "key": fields.Raw(
                required=True,
                allow_none=True,
                metadata={
                    "type": key_types(collection),
                    "description": "The value (an id for a relation); null for the records without one.",
                },
            ),
            "label": fields.String(
                required=True,
                metadata={"description": "The related record's name, or the value itself as text."},
            ),
            "count": fields.Integer(required=True, metadata={"description": "Records in the group."}),
            "sums": fields.Nested(sums, required=True),
        },
    )


class GroupsMetaSchema(Schema):
    """About the whole grouping, not just this page."""

    by = base.string("The field grouped by.")
    total_groups = fields.Integer(required=True, metadata={"description": "Groups across all pages."})
    limit = fields.Integer(required=True, metadata={"description": "Page size used."})
    sort = fields.List(fields.String(), required=True, metadata={"description": "Order of the groups."})
    dataset_version = base.string("Version of the dataset served.")


def groups_page_schema(collection):
    component = collection.component
    return type(
        f"{component}GroupsSchema",
        (Schema,),
        {
            "__doc__": f"A page of groups of {collection.name.replace('-', ' ')}.",
            "data": fields.List(fields.Nested(group_schema(collection)), required=True),
            "links": fields.Nested(base.PageLinksSchema, required=True),
            "meta": fields.Nested(GroupsMetaSchema, required=True),
        },
    )


def groups_query_schema(collection):
    """The list's filters and ``q``, with ``by``, the groups' ``sort`` and paging."""
    component = collection.component
    attrs = {
        name: copy.deepcopy(field)
        for name, field in base.schema_fields(collection.query_schema).items()
        if name not in RECORD_SHAPING
    }
    by = list(groupable_fields(collection))
    attrs["by"] = fields.String(
        required=True,
        validate=validate.OneOf(by),
        metadata={
            "title": f"{component}GroupBy",
            "description": "The field to group by: one of the list's filters.",
            "example": by[0],
        },
    )
    attrs["sort"] = fields.String(
        validate=validate.OneOf(GROUP_SORTS),
        metadata={"description": "`-count` (default: largest groups first, ties by key) or `key`; null key last."},
    )
    attrs["limit"] = base.limit_param()
    attrs["cursor"] = base.cursor_param()
    attrs["format"] = fields.String(
        validate=validate.OneOf(base.EXPORT_FORMATS),
        metadata={
            "description": "Response format: `json` (paginated), or `csv` / `ndjson` (every group). "
            "Overrides `Accept`; without either, JSON."
        },
    )
    return type(f"{component}GroupsQueryArgsSchema", (Schema,), attrs)


GROUPS = {
    collection.name: (groups_query_schema(collection), groups_page_schema(collection)) for collection in COLLECTIONS
}
