from marshmallow import fields

from . import base


class IndustrySchema(base.RecordSchema):
    """An industry in the dataset's shared taxonomy."""

    name = base.text("Industry name.")
    parent_id = base.ref("industries", expand="parent", description="Broader industry.")
    parent_basis = base.basis("parent")
    strategic = fields.Boolean(
        required=True,
        metadata={"description": "True for the three strategic industries the signed projects cover."},
    )


class IndustryQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(IndustrySchema)
    expand = base.expand_param(IndustrySchema)
    sort = base.sort_param("name", "id")
    parent = base.any_of("Only industries under these parents.", column="parent_id", example=["digital-economy"])
    strategic = base.boolean("strategic", "Only strategic (true) or other (false) industries.")


IndustryPageSchema = base.page_of(IndustrySchema, "Industry")
IndustryDetailQueryArgsSchema = base.detail_args_of(IndustrySchema, "Industry")
