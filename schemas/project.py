from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    basis,
    detail_args_of,
    expand_param,
    fields_param,
    integer,
    money,
    page_of,
    ref,
    refs,
    sort_param,
    text,
    whole_number,
)


class ProjectSchema(RecordSchema):
    """A signed investment project a source names (the sources name a few of each edition's projects)."""

    name = text("Project name as described by the source.")
    conference_id = ref("conferences", expand="conference", description="Conference where it was signed.")
    year = integer("Year of the conference where it was signed.")
    organization_ids = refs("organizations", expand="organizations", description="Organizations behind the project.")
    industry_ids = refs("industries", expand="industries", description="Industries of the project.")
    industry_basis = basis("industries")
    district = text("District or park where the project is located, as reported.", nullable=True)
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
    year = any_of("Only projects signed in these years.", column="year", item=whole_number(), example=[2022])
    industry = any_of(
        "Only projects in any of these industries.",
        link="industry_ids",
        example=["integrated-circuits", "bio-medicine"],
    )
    organization = any_of("Only projects of any of these organizations.", link="organization_ids", example=["bilibili"])
    park = any_of("Only projects that are these parks.", column="park_id", example=["electronics-materials-park"])


ProjectPageSchema = page_of(ProjectSchema, "Project")
ProjectDetailQueryArgsSchema = detail_args_of(ProjectSchema, "Project")
