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

PARK_KINDS = ("new-park-batch", "park")
PARK_STATUSES = ("to-open", "signed-project")


class ParkSchema(RecordSchema):
    """An industrial park, or the announced batch of new parks the source reports as a group."""

    name = text("Park name, or a label for a batch of parks the source does not name individually.")
    kind = text("`park` for a named park, `new-park-batch` for a group announced together.", choices=PARK_KINDS)
    park_count = integer("Number of parks the record stands for (1 for a named park).")
    city_total_park_count = integer("Parks the city will have in total once the batch opens.", nullable=True)
    status = text(
        "`to-open` (announced) or `signed-project` (signed at the conference).", nullable=True, choices=PARK_STATUSES
    )
    conference_id = ref(
        "conferences", expand="conference", description="Conference where the park was announced or signed."
    )
    year = integer("Year of that conference.")
    industry_ids = refs("industries", expand="industries", description="Industries the park covers.")
    project_id = ref("projects", expand="project", description="The signed project that is this park.")
    city_strategy_id = ref(
        "city-strategies", expand="city_strategy", description="The new-city strategy naming this park."
    )


class ParkQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(ParkSchema)
    expand = expand_param(ParkSchema)
    sort = sort_param("name", "park_count", "id")
    kind = any_of("Only parks of these kinds.", column="kind", item=choice(PARK_KINDS), example=["park"])
    status = any_of("Only parks with these statuses.", column="status", item=choice(PARK_STATUSES), example=["to-open"])
    industry = any_of("Only parks covering any of these industries.", link="industry_ids", example=["chip-design"])
    conference = any_of(
        "Only parks announced at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )
    year = any_of("Only parks announced in these years.", column="year", item=whole_number(), example=[2021])
    city_strategy = any_of(
        "Only parks named by these new-city strategies.", column="city_strategy_id", example=["qingpu"]
    )
    park_count__gte = bound("park_count", ">=", "park count")
    park_count__lte = bound("park_count", "<=", "park count")


ParkPageSchema = page_of(ParkSchema, "Park")
ParkDetailQueryArgsSchema = detail_args_of(ParkSchema, "Park")
