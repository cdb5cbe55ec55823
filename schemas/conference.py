from marshmallow import Schema, fields

from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    bound,
    detail_args_of,
    expand_param,
    fields_param,
    integer,
    money,
    page_of,
    refs,
    sort_param,
    text,
    whole_number,
)


class ProgrammeSchema(Schema):
    name = text("Programme name.")
    summary = text("What the source says about the programme.")


class ConferenceSchema(RecordSchema):
    """An edition of the Shanghai Global Investment Promotion Conference."""

    name = text("Conference name.")
    city = text("Host city.")
    year = integer("Year held.")
    edition = integer("Edition number (1 for the first time it was held).")
    date = fields.Date(required=True, metadata={"description": "Day held (ISO 8601)."})
    signed_projects_count = integer("Number of investment projects signed.", nullable=True)
    signed_value = money("Total value of the signed projects, in the currency reported.", currency="CNY")
    signed_value_usd = money(
        "The US$ figure for the signed value exactly as printed (never converted).", currency="USD"
    )
    new_industrial_parks_count = integer("Number of new industrial parks announced.", nullable=True)
    strategic_industry_ids = refs(
        "industries", expand="strategic_industries", description="Strategic industries the signed projects cover."
    )
    official_ids = refs("people", expand="officials", description="City leaders named at the conference.")
    programmes = fields.List(
        fields.Nested(ProgrammeSchema),
        required=True,
        metadata={"description": "Programmes launched or leveraged at the conference."},
    )


class ConferenceQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(ConferenceSchema)
    expand = expand_param(ConferenceSchema)
    sort = sort_param("date", "year", "name", "id")
    year = any_of("Only conferences held in these years.", column="year", item=whole_number(), example=[2021])
    year__gte = bound("year", ">=", "year")
    year__lte = bound("year", "<=", "year")
    date__gte = bound("date", ">=", "date", fields.Date)
    date__lte = bound("date", "<=", "date", fields.Date)
    signed_projects_count__gte = bound("signed_projects_count", ">=", "signed project count")
    signed_projects_count__lte = bound("signed_projects_count", "<=", "signed project count")
    industry = any_of(
        "Only conferences whose strategic industries include these.",
        link="strategic_industry_ids",
        example=["integrated-circuits"],
    )
    official = any_of("Only conferences with these officials present.", link="official_ids", example=["gong-zheng"])


ConferencePageSchema = page_of(ConferenceSchema, "Conference")
ConferenceDetailQueryArgsSchema = detail_args_of(ConferenceSchema, "Conference")
