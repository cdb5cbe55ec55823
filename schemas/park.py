from . import base

PARK_KINDS = ("new-park-batch", "park")
PARK_STATUSES = ("to-open", "signed-project")


class ParkSchema(base.RecordSchema):
    """An industrial park, or the announced batch of new parks the source reports as a group."""

    name = base.text("Park name, or a label for a batch of parks the source does not name individually.")
    kind = base.text("`park` for a named park, `new-park-batch` for a group announced together.", choices=PARK_KINDS)
    park_count = base.integer("Number of parks the record stands for (1 for a named park).")
    city_total_park_count = base.integer("Parks the city will have in total once the batch opens.", nullable=True)
    status = base.text(
        "`to-open` (announced) or `signed-project` (signed at the conference).", nullable=True, choices=PARK_STATUSES
    )
    conference_id = base.ref(
        "conferences", expand="conference", description="Conference where the park was announced or signed."
    )
    year = base.integer("Year of that conference.")
    industry_ids = base.refs("industries", expand="industries", description="Industries the park covers.")
    project_id = base.ref("projects", expand="project", description="The signed project that is this park.")
    city_strategy_id = base.ref(
        "city-strategies", expand="city_strategy", description="The new-city strategy naming this park."
    )


class ParkQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(ParkSchema)
    expand = base.expand_param(ParkSchema)
    sort = base.sort_param("name", "park_count", "id")
    kind = base.any_of("Only parks of these kinds.", column="kind", item=base.choice(PARK_KINDS), example=["park"])
    status = base.any_of(
        "Only parks with these statuses.", column="status", item=base.choice(PARK_STATUSES), example=["to-open"]
    )
    industry = base.any_of("Only parks covering any of these industries.", link="industry_ids", example=["chip-design"])
    conference = base.any_of(
        "Only parks announced at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )
    year = base.any_of("Only parks announced in these years.", column="year", item=base.whole_number(), example=[2021])
    city_strategy = base.any_of(
        "Only parks named by these new-city strategies.", column="city_strategy_id", example=["qingpu"]
    )
    park_count__gte = base.bound("park_count", ">=", "park count")
    park_count__lte = base.bound("park_count", "<=", "park count")


ParkPageSchema = base.page_of(ParkSchema, "Park")
ParkDetailQueryArgsSchema = base.detail_args_of(ParkSchema, "Park")
