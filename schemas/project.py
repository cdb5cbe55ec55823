from . import base


class ProjectSchema(base.RecordSchema):
    """A signed investment project a source names (the sources name a few of each edition's projects)."""

    name = base.text("Project name as described by the source.")
    conference_id = base.ref("conferences", expand="conference", description="Conference where it was signed.")
    year = base.integer("Year of the conference where it was signed.")
    organization_ids = base.refs(
        "organizations", expand="organizations", description="Organizations behind the project."
    )
    industry_ids = base.refs("industries", expand="industries", description="Industries of the project.")
    industry_basis = base.basis("industries")
    district = base.text("District or park where the project is located, as reported.", nullable=True)
    park_id = base.ref("parks", expand="park", description="The park this project is.")
    value = base.money("Investment value in the currency reported.")
    value_usd = base.money("The US$ value exactly as printed (never converted).", currency="USD")
    possibly_same_as_ids = base.refs(
        "projects",
        expand="possibly_same_as",
        description="Other records that may describe this same project, as different sources name it: always our "
        "reading (no source says they are one), so that counting projects can leave them out.",
        symmetric=True,
    )


class ProjectQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(ProjectSchema)
    expand = base.expand_param(ProjectSchema)
    sort = base.sort_param("name", "id")
    conference = base.any_of(
        "Only projects signed at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )
    year = base.any_of("Only projects signed in these years.", column="year", item=base.whole_number(), example=[2022])
    industry = base.any_of(
        "Only projects in any of these industries.",
        link="industry_ids",
        example=["integrated-circuits", "bio-medicine"],
    )
    organization = base.any_of(
        "Only projects of any of these organizations.", link="organization_ids", example=["bilibili"]
    )
    park = base.any_of("Only projects that are these parks.", column="park_id", example=["electronics-materials-park"])
    possibly_same_as = base.any_of(
        "Only projects that may be the same as any of these.",
        link="possibly_same_as_ids",
        example=["cansino-covid-19-vaccine-project"],
    )


ProjectPageSchema = base.page_of(ProjectSchema, "Project")
ProjectDetailQueryArgsSchema = base.detail_args_of(ProjectSchema, "Project")
