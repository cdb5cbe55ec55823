from marshmallow import Schema, fields, validate

from .base import (
    CURRENCIES,
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    basis,
    bound,
    choice,
    detail_args_of,
    expand_param,
    fields_param,
    integer,
    money,
    page_of,
    refs,
    slug,
    sort_param,
    sources,
    text,
    whole_number,
)

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
    name = text("Programme name.")
    summary = text(
        "What the sources say about the programme: verbatim for the stored article, in our own words otherwise."
    )


class OfficialSchema(Schema):
    person_id = slug(
        required=True, metadata={"description": "The official's id in /v1/people.", "references": "people"}
    )
    role = text("Role at the time of the conference, as the source gives it.")
    basis = basis("role")


class FundSchema(Schema):
    name = text("Fund, credit line or policy package, as the source describes it.")
    amount = money("Amount announced, in the currency reported.")
    note = text("What the sources report about it, in our own words.")


class ReportedFigureSchema(Schema):
    """One value a source reports for a headline figure."""

    field = text("The headline field this value is reported for.", choices=FIGURE_FIELDS)
    amount = fields.Integer(
        strict=True,
        required=True,
        validate=validate.Range(min=0),
        metadata={"description": "The value as reported: a count, or whole units of `currency`."},
    )
    currency = text("ISO 4217 code of a money value; null for a count.", nullable=True, choices=CURRENCIES)
    headline = fields.Boolean(
        required=True, metadata={"description": "True for the one value the headline field shows."}
    )
    headline_reason = text("Why the headline field shows this value; null when it does not.", nullable=True)
    sources = sources()


class ConferenceSchema(RecordSchema):
    """An edition of the Shanghai Global Investment Promotion Conference."""

    name = text("Conference name.")
    name_zh = text("Chinese name as printed.", nullable=True)
    city = text("Host city.")
    year = integer("Year held.")
    edition = integer("Edition number (1 for the first time it was held).")
    date = fields.Date(required=True, metadata={"description": "Day held, or the first day (ISO 8601)."})
    end_date = fields.Date(
        required=True,
        allow_none=True,
        metadata={"description": "Last day, when it ran over several days. Null for one day or when not reported."},
    )
    reporting = text(
        "`after-the-event` when a source reports the edition as held; `in-advance-only` when the sources "
        "only announce it (agenda, venue, expectations).",
        choices=REPORTING,
    )
    venue = text("Venue, by its English name.", nullable=True)
    venue_zh = text("Venue as printed in Chinese.", nullable=True)
    theme = text("Theme as printed in English.", nullable=True)
    theme_zh = text("Theme as printed in Chinese.", nullable=True)
    organizer_ids = refs("organizations", expand=None, description="Organisers a source names as such.")
    signed_projects_count = integer("Number of investment projects signed.", nullable=True)
    signed_value = money("Total value of the signed projects, in the currency reported.", currency="CNY")
    signed_value_usd = money(
        "The US$ figure for the signed value exactly as printed (never converted).", currency="USD"
    )
    projects_started_count = integer("Number of projects starting construction at the conference.", nullable=True)
    projects_started_value = money("Total value of the projects starting construction.", currency="CNY")
    policies_count = integer("Number of policy measures announced.", nullable=True)
    new_industrial_parks_count = integer("Number of new industrial parks announced.", nullable=True)
    funds = fields.List(
        fields.Nested(FundSchema),
        required=True,
        metadata={"description": "Funds, credit lines and policy packages announced, with their amounts."},
    )
    reported_figures = fields.List(
        fields.Nested(ReportedFigureSchema),
        required=True,
        metadata={
            "description": "Every value the sources report for a headline figure, with its source; where they "
            "disagree, `headline` marks the value the headline field shows and `headline_reason` says why."
        },
    )
    strategic_industry_ids = refs(
        "industries", expand="strategic_industries", description="Strategic industries the signed projects cover."
    )
    industry_tracks_count = integer("Number of key industry chains or tracks announced.", nullable=True)
    industry_track_ids = refs(
        "industries",
        expand="industry_tracks",
        description="Key industry chains or tracks announced, as far as the sources name them.",
    )
    official_ids = refs(
        "people", expand="officials", description="Officials reported present (the people of `official_roles`)."
    )
    official_roles = fields.List(
        fields.Nested(OfficialSchema),
        required=True,
        metadata={"description": "Officials reported present, with their roles at the time."},
    )
    programmes = fields.List(
        fields.Nested(ProgrammeSchema),
        required=True,
        metadata={"description": "Programmes, platforms and plans launched or leveraged at the conference."},
    )


class ConferenceQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(ConferenceSchema)
    expand = expand_param(ConferenceSchema)
    sort = sort_param("date", "year", "name", "id", default="-date")
    year = any_of("Only conferences held in these years.", column="year", item=whole_number(), example=[2021])
    year__gte = bound("year", ">=", "year")
    year__lte = bound("year", "<=", "year")
    date__gte = bound("date", ">=", "date", fields.Date)
    date__lte = bound("date", "<=", "date", fields.Date)
    signed_projects_count__gte = bound("signed_projects_count", ">=", "signed project count")
    signed_projects_count__lte = bound("signed_projects_count", "<=", "signed project count")
    reporting = any_of(
        "Only conferences reported this way.", column="reporting", item=choice(REPORTING), example=["after-the-event"]
    )
    industry = any_of(
        "Only conferences whose strategic industries include these.",
        link="strategic_industry_ids",
        example=["integrated-circuits"],
    )
    official = any_of("Only conferences with these officials present.", link="official_ids", example=["gong-zheng"])


ConferencePageSchema = page_of(ConferenceSchema, "Conference")
ConferenceDetailQueryArgsSchema = detail_args_of(ConferenceSchema, "Conference")
