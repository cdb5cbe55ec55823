from marshmallow import Schema

from . import base


class PlatformSchema(Schema):
    name = base.text("Platform name as printed.")
    park_id = base.ref("parks", description="The park this platform is.")
    organization_id = base.ref("organizations", description="The organization behind the platform.")


class CityStrategySchema(base.RecordSchema):
    """One of the "five new cities" and the brand it will build."""

    name = base.text("Strategy name.")
    city = base.text("New city.")
    positioning = base.text("What the city is positioned or aiming to become.", nullable=True)
    focus = base.text("What the city will focus on.")
    conference_id = base.ref(
        "conferences", expand="conference", description="Conference where the strategy was presented."
    )
    industry_ids = base.refs("industries", expand="industries", description="Focus industries.")
    platforms = base.nested_list(PlatformSchema, "Named platforms the city will build up.")


class CityStrategyQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(CityStrategySchema)
    expand = base.expand_param(CityStrategySchema)
    sort = base.sort_param("city", "id")
    industry = base.any_of(
        "Only strategies focusing on any of these industries.", link="industry_ids", example=["digital-economy"]
    )
    conference = base.any_of(
        "Only strategies presented at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


CityStrategyPageSchema = base.page_of(CityStrategySchema, "CityStrategy")
CityStrategyDetailQueryArgsSchema = base.detail_args_of(CityStrategySchema, "CityStrategy")
