from marshmallow import Schema, fields, validate

from . import base

REPORTING = ("after-the-event", "in-advance-only")
# Headline fields of a conference whose every reported value is listed in `reported_figures`.
FIGURE_FIELDS = (
    "signed_projects_count",
    "signed_value",
    "signed_value_usd",
    "projects_started_count",
    "projects_started_value",
    "policies_count",
    "new_industrial_parks_count",
)


class ProgrammeSchema(Schema):
    name = base.text("Programme name.")
    summary = base.text(
        "What the sources say about the programme: verbatim for the stored article, in our own words otherwise."
    )


class OfficialSchema(Schema):
    person_id = base.slug(
        required=True, metadata={"description": "The official's id in /v1/people.", "references": "people"}
    )
    role = base.text("Role at the time of the conference, as the source gives it.")
    basis = base.basis("role")


class FundSchema(Schema):
    name = base.text("Fund, credit line or policy package, as the source describes it.")
    amount = base.money("Amount announced, in the currency reported.")
    note = base.text("What the sources report about it, in our own words.")


class ReportedFigureSchema(Schema):
    """One value a source reports for a headline figure."""

    field = base.text("The headline field this value is reported for.", choices=FIGURE_FIELDS)
    amount = fields.Integer(
        strict=True,
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "The value as reported: a count, or whole units of `currency`."},
    )
    currency = base.text("ISO 4217 code of a money value; null for a count.", nullable=True, choices=base.CURRENCIES)
    headline = fields.Boolean(
        required=True, metadata={"description": "True for the one value the headline field shows."}
    )
    headline_reason = base.text("Why the headline field shows this value; null when it does not.", nullable=True)
    sources = base.sources()


class ConferenceSchema(base.RecordSchema):
    """An edition of the Shanghai Global Investment Promotion Conference."""

    name = base.text("Conference name.")
    name_zh = base.text("Chinese name as printed.", nullable=True)
    city = base.text("Host city.")
    year = base.integer("Year held.")
    edition = base.integer("Edition number (1 for the first time it was held).")
    date = fields.Date(required=True, metadata={"description": "Day held, or the first day (ISO 8601)."})
    end_date = fields.Date(
        required=True,
        allow_none=True,
        metadata={"description": "Last day, when it ran over several days. Null for one day or when not reported."},
    )
    reporting = base.text(
        "`after-the-event` when a source reports the edition as held; `in-advance-only` when the sources "
        "only announce it (agenda, venue, expectations).",
        choices=REPORTING,
    )
    venue = base.text("Venue, by its English name.", nullable=True)
    venue_zh = base.text("Venue as printed in Chinese.", nullable=True)
    theme = base.text("Theme as printed in English.", nullable=True)
    theme_zh = base.text("Theme as printed in Chinese.", nullable=True)
    organizer_ids = base.refs("organizations", expand=None, description="Organisers a source names as such.")
    signed_projects_count = base.integer("Number of investment projects signed.", nullable=True)
    signed_value = base.money("Total value of the signed projects, in the currency reported.", currency="CNY")
    signed_value_usd = base.money(
        "The US$ figure for the signed value exactly as printed (never converted).", currency="USD"
    )
    projects_started_count = base.integer("Number of projects starting construction at the conference.", nullable=True)
    projects_started_value = base.money("Total value of the projects starting construction.", currency="CNY")
    policies_count = base.integer("Number of policy measures announced.", nullable=True)
    new_industrial_parks_count = base.integer("Number of new industrial parks announced.", nullable=True)
    funds = base.nested_list(FundSchema, "Funds, credit lines and policy packages announced, with their amounts.")
    reported_figures = base.nested_list(
        ReportedFigureSchema,
        "Every value the sources report for a headline figure, with its source; where they "
        "disagree, `headline` marks the value the headline field shows and `headline_reason` says why.",
    )
    strategic_industry_ids = base.refs(
        "industries", expand="strategic_industries", description="Strategic industries the signed projects cover."
    )
    industry_tracks_count = base.integer("Number of key industry chains or tracks announced.", nullable=True)
    industry_track_ids = base.refs(
        "industries",
        expand="industry_tracks",
        description="Key industry chains or tracks announced, as far as the sources name them.",
    )
    official_ids = base.refs(
        "people", expand="officials", description="Officials reported present (the people of `official_roles`)."
    )
    official_roles = base.nested_list(OfficialSchema, "Officials reported present, with their roles at the time.")
    programmes = base.nested_list(
        ProgrammeSchema, "Programmes, platforms and plans launched or leveraged at the conference."
    )


class ConferenceQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(ConferenceSchema)
    expand = base.expand_param(ConferenceSchema)
    sort = base.sort_param("date", "year", "name", "id", default="-date")
    year = base.any_of("Only conferences held in these years.", column="year", item=base.whole_number(), example=[2021])
    year__gte = base.bound("year", ">=", "year")
    year__lte = base.bound("year", "<=", "year")
    date__gte = base.bound("date", ">=", "date", fields.Date)
    date__lte = base.bound("date", "<=", "date", fields.Date)
    signed_projects_count__gte = base.bound("signed_projects_count", ">=", "signed project count")
    signed_projects_count__lte = base.bound("signed_projects_count", "<=", "signed project count")
    reporting = base.any_of(
        "Only conferences reported this way.",
        column="reporting",
        item=base.choice(REPORTING),
        example=["after-the-event"],
    )
    industry = base.any_of(
        "Only conferences whose strategic industries include these.",
        link="strategic_industry_ids",
        example=["integrated-circuits"],
    )
    official = base.any_of(
        "Only conferences with these officials present.", link="official_ids", example=["gong-zheng"]
    )


ConferencePageSchema = base.page_of(ConferenceSchema, "Conference")
ConferenceDetailQueryArgsSchema = base.detail_args_of(ConferenceSchema, "Conference")
