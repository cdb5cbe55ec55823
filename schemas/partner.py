from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    bound,
    choice,
    detail_args_of,
    expand_param,
    fields_param,
    integer,
    page_of,
    ref,
    refs,
    sort_param,
    text,
    whole_number,
)

PARTNER_KINDS = ("corporate-executive", "industrial-entity", "organization")


class PartnerSchema(RecordSchema):
    """A Shanghai Global Investment Partner: a corporate executive, an industrial entity (the 2021 article's
    terms), or an organization a later source lists without either term."""

    name = text("Display name: the executive and organization, or the entity.")
    kind = text("Partner kind.", choices=PARTNER_KINDS)
    year = integer("Partner class year.")
    cohort = text("The partner class as the source names it (e.g. `First batch`).", nullable=True)
    title = text(
        "The title the source gives the partner (the 2021 article gives it to the corporate executives).",
        nullable=True,
    )
    programme = text("Programme the partner belongs to.")
    conference_id = ref("conferences", expand="conference", description="Conference where partners were announced.")
    person_id = ref("people", expand="person", description="The executive, for corporate-executive partners.")
    organization_id = ref("organizations", expand="organization", description="The partner organization.")
    focus = text("Field the entity partners in.", nullable=True)
    industry_ids = refs("industries", expand="industries", description="Industries the partner works in.")
    description = text("What the source says the partner does.", nullable=True)


class PartnerQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(PartnerSchema)
    expand = expand_param(PartnerSchema)
    sort = sort_param("name", "kind", "year", "id")
    kind = any_of(
        "Only partners of these kinds.", column="kind", item=choice(PARTNER_KINDS), example=["corporate-executive"]
    )
    year = any_of("Only partners of these class years.", column="year", item=whole_number(), example=[2021])
    year__gte = bound("year", ">=", "class year")
    year__lte = bound("year", "<=", "class year")
    organization = any_of(
        "Only partners from these organizations.", column="organization_id", example=["sequoia-capital"]
    )
    person = any_of("Only partners who are these people.", column="person_id", example=["shen-nanpeng"])
    industry = any_of("Only partners in any of these industries.", link="industry_ids", example=["semiconductors"])
    conference = any_of(
        "Only partners announced at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


PartnerPageSchema = page_of(PartnerSchema, "Partner")
PartnerDetailQueryArgsSchema = detail_args_of(PartnerSchema, "Partner")
