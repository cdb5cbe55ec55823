from marshmallow import Schema, fields

from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    detail_args_of,
    expand_param,
    fields_param,
    page_of,
    ref,
    refs,
    sort_param,
    text,
)


class PlatformSchema(Schema):
    name = text("Platform name as printed.")
    park_id = ref("parks", description="The park this platform is.")
    organization_id = ref("organizations", description="The organization behind the platform.")


class CityStrategySchema(RecordSchema):
    """One of the "five new cities" and the brand it will build."""

    name = text("Strategy name.")
    city = text("New city.")
    positioning = text("What the city is positioned or aiming to become.", nullable=True)
    focus = text("What the city will focus on.")
    conference_id = ref("conferences", expand="conference", description="Conference where the strategy was presented.")
    industry_ids = refs("industries", expand="industries", description="Focus industries.")
    platforms = fields.List(
        fields.Nested(PlatformSchema),
        required=True,
        metadata={"description": "Named platforms the city will build up."},
    )


class CityStrategyQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(CityStrategySchema)
    expand = expand_param(CityStrategySchema)
    sort = sort_param("city", "id")
    industry = any_of(
        "Only strategies focusing on any of these industries.", link="industry_ids", example=["digital-economy"]
    )
    conference = any_of(
        "Only strategies presented at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


CityStrategyPageSchema = page_of(CityStrategySchema, "CityStrategy")
CityStrategyDetailQueryArgsSchema = detail_args_of(CityStrategySchema, "CityStrategy")
