from . import base

STATEMENT_TOPICS = ("investment-promotion", "partnership-program", "digital-economy", "five-new-cities")
CREDITS = ("speakers", "unnamed-officials", "organization", "reporter")
described = base.text  # the record's own `text` field shadows the helper inside the class


class StatementSchema(base.RecordSchema):
    """A statement the source reports: policy, commitments, facts about the digital economy."""

    topic = base.text("Topic.", choices=STATEMENT_TOPICS)
    text = base.text("The statement, verbatim.")
    conference_id = base.ref(
        "conferences",
        expand="conference",
        description="Conference the source places the statement at (null for background or a remark with no venue).",
    )
    year = base.integer("Year of that conference.", nullable=True)
    credited_to = described(
        "Who the source credits: `speakers` (named in `speaker_ids`), `unnamed-officials`, `organization` "
        "(one of `organization_ids`) or `reporter` (the source's own account).",
        choices=CREDITS,
    )
    speaker_ids = base.refs("people", expand="speakers", description="People who made the statement.")
    organization_ids = base.refs(
        "organizations", expand="organizations", description="Organizations the statement is about or from."
    )
    industry_ids = base.refs(
        "industries", expand="industries", description="Industries and sectors the statement covers."
    )


class StatementQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(StatementSchema)
    expand = base.expand_param(StatementSchema)
    sort = base.sort_param("topic", "id")
    topic = base.any_of(
        "Only statements on these topics.",
        column="topic",
        item=base.choice(STATEMENT_TOPICS),
        example=["digital-economy"],
    )
    speaker = base.any_of("Only statements by any of these people.", link="speaker_ids", example=["qiu-wei"])
    organization = base.any_of(
        "Only statements about any of these organizations.", link="organization_ids", example=["huawei"]
    )
    industry = base.any_of(
        "Only statements covering any of these industries.", link="industry_ids", example=["education"]
    )
    year = base.any_of(
        "Only statements of conferences in these years.", column="year", item=base.whole_number(), example=[2021]
    )
    credited_to = base.any_of(
        "Only statements credited this way.", column="credited_to", item=base.choice(CREDITS), example=["speakers"]
    )
    conference = base.any_of(
        "Only statements made at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


StatementPageSchema = base.page_of(StatementSchema, "Statement")
StatementDetailQueryArgsSchema = base.detail_args_of(StatementSchema, "Statement")
