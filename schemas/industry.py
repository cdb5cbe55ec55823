from marshmallow import fields

from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    basis,
    boolean,
    detail_args_of,
    expand_param,
    fields_param,
    page_of,
    ref,
    sort_param,
    text,
)


class IndustrySchema(RecordSchema):
    """An industry in the dataset's shared taxonomy."""

    name = text("Industry name.")
    parent_id = ref("industries", expand="parent", description="Broader industry.")
    parent_basis = basis("parent")
    strategic = fields.Boolean(
        required=True,
        metadata={"description": "True for the three strategic industries the signed projects cover."},
    )


class IndustryQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(IndustrySchema)
    expand = expand_param(IndustrySchema)
    sort = sort_param("name", "id")
    parent = any_of("Only industries under these parents.", column="parent_id", example=["digital-economy"])
    strategic = boolean("strategic", "Only strategic (true) or other (false) industries.")


IndustryPageSchema = page_of(IndustrySchema, "Industry")
IndustryDetailQueryArgsSchema = detail_args_of(IndustrySchema, "Industry")
