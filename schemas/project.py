from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    detail_args_of,
    expand_param,
    fields_param,
    money,
    page_of,
    ref,
    refs,
    sort_param,
    text,
)


class ProjectSchema(RecordSchema):
    """A signed investment project named by the source (the source names 5 of the 216)."""

    name = text("Project name as described by the source.")
    conference_id = ref("conferences", expand="conference", description="Conference where it was signed.")
    organization_ids = refs("organizations", expand="organizations", description="Organizations behind the project.")
    industry_ids = refs("industries", expand="industries", description="Industries of the project.")
    park_id = ref("parks", expand="park", description="The park this project is.")
    value = money("Investment value in the currency reported.")
    value_usd = money("The US$ value exactly as printed (never converted).", currency="USD")


class ProjectQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(ProjectSchema)
    expand = expand_param(ProjectSchema)
    sort = sort_param("name", "id")
    conference = any_of(
        "Only projects signed at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )
    industry = any_of(
        "Only projects in any of these industries.",
        link="industry_ids",
        example=["integrated-circuits", "bio-medicine"],
    )
    organization = any_of("Only projects of any of these organizations.", link="organization_ids", example=["bilibili"])
    park = any_of("Only projects that are these parks.", column="park_id", example=["electronics-materials-park"])


ProjectPageSchema = page_of(ProjectSchema, "Project")
ProjectDetailQueryArgsSchema = detail_args_of(ProjectSchema, "Project")
