from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
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

STATEMENT_TOPICS = ("investment-promotion", "partnership-program", "digital-economy", "five-new-cities")
CREDITS = ("speakers", "unnamed-officials", "organization", "reporter")
described = text  # the record's own `text` field shadows the helper inside the class


class StatementSchema(RecordSchema):
    """A statement the source reports: policy, commitments, facts about the digital economy."""

    topic = text("Topic.", choices=STATEMENT_TOPICS)
    text = text("The statement, verbatim.")
    conference_id = ref(
        "conferences",
        expand="conference",
        description="Conference the source places the statement at (null for background or a remark with no venue).",
    )
    year = integer("Year of that conference.", nullable=True)
    credited_to = described(
        "Who the source credits: `speakers` (named in `speaker_ids`), `unnamed-officials`, `organization` "
        "(one of `organization_ids`) or `reporter` (the source's own account).",
        choices=CREDITS,
    )
    speaker_ids = refs("people", expand="speakers", description="People who made the statement.")
    organization_ids = refs(
        "organizations", expand="organizations", description="Organizations the statement is about or from."
    )
    industry_ids = refs("industries", expand="industries", description="Industries and sectors the statement covers.")


class StatementQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(StatementSchema)
    expand = expand_param(StatementSchema)
    sort = sort_param("topic", "id")
    topic = any_of(
        "Only statements on these topics.", column="topic", item=choice(STATEMENT_TOPICS), example=["digital-economy"]
    )
    speaker = any_of("Only statements by any of these people.", link="speaker_ids", example=["qiu-wei"])
    organization = any_of(
        "Only statements about any of these organizations.", link="organization_ids", example=["huawei"]
    )
    industry = any_of("Only statements covering any of these industries.", link="industry_ids", example=["education"])
    year = any_of("Only statements of conferences in these years.", column="year", item=whole_number(), example=[2021])
    credited_to = any_of(
        "Only statements credited this way.", column="credited_to", item=choice(CREDITS), example=["speakers"]
    )
    conference = any_of(
        "Only statements made at these conferences.",
        column="conference_id",
        example=["shanghai-global-investment-promotion-conference-2021"],
    )


StatementPageSchema = page_of(StatementSchema, "Statement")
StatementDetailQueryArgsSchema = detail_args_of(StatementSchema, "Statement")
