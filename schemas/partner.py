from . import base

PARTNER_KINDS = ("corporate-executive", "industrial-entity", "organization")


class PartnerSchema(base.RecordSchema):
    """A Shanghai Global Investment Partner: a corporate executive, an industrial entity (the 2021 article's
    terms), or an organization a later source lists without either term."""

    name = base.text("Display name: the executive and organization, or the entity.")
    kind = base.text("Partner kind.", choices=PARTNER_KINDS)
    year = base.integer("Partner class year.")
    cohort = base.text("The partner class as the source names it (e.g. `First batch`).", nullable=True)
    title = base.text(
        "The title the source gives the partner (the 2021 article gives it to the corporate executives).",
        nullable=True,
    )
    programme = base.text("Programme the partner belongs to.")
    conference_id = base.ref(
        "conferences", expand="conference", description="Conference where partners were announced."
    )
    person_id = base.ref("people", expand="person", description="The executive, for corporate-executive partners.")
    organization_id = base.ref("organizations", expand="organization", description="The partner organization.")
    focus = base.text("Field the entity partners in.", nullable=True)
    industry_ids = base.refs("industries", expand="industries", description="Industries the partner works in.")
    description = base.text("What the source says the partner does.", nullable=True)


class PartnerQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(PartnerSchema)
    expand = base.expand_param(PartnerSchema)
    sort = base.sort_param("name", "kind", "year", "id")
    kind = base.any_of(
        "Only partners of these kinds.", column="kind", item=base.choice(PARTNER_KINDS), example=["corporate-executive"]
    )
    year = base.any_of("Only partners of these class years.", column="year", item=base.whole_number(), example=[2021])
    year__gte = base.bound("year", ">=", "class year")
    year__lte = base.bound("year", "<=", "class year")
    organization = base.any_of(
        "Only partners from these organizations.", column="organization_id", example=["sequoia-capital"]
    )
    person = base.any_of("Only partners who are these people.", column="person_id", example=["shen-nanpeng"])
    industry = base.any_of("Only partners in any of these industries.", link="industry_ids", example=["semiconductors"])
    conference = base.any_of(
        "Only partners announced at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


PartnerPageSchema = base.page_of(PartnerSchema, "Partner")
PartnerDetailQueryArgsSchema = base.detail_args_of(PartnerSchema, "Partner")
