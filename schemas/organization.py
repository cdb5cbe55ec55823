from marshmallow import Schema, fields

from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    basis,
    choice,
    detail_args_of,
    expand_param,
    fields_param,
    money,
    page_of,
    ref,
    sort_param,
    sources,
    text,
)

ORGANIZATION_KINDS = ("company", "association", "government-body")
ORGANIZATION_ROLES = (
    "global-investment-partner",
    "investor",
    "project-owner",
    "digital-economy-company",
    "regional-headquarters",
    "platform-operator",
)


class InvestmentSchema(Schema):
    """An investment the source reports an organization made."""

    amount = money("Amount invested, in the currency reported.")
    amount_usd = money("The US$ amount exactly as printed (never converted).", currency="USD")
    period = text("When, as printed (e.g. `last year`, `recently`).")
    location = text("Where the investment was made.")
    reported_by_id = ref("organizations", description="Who reported the figure.")
    sources = sources()


class OrganizationSchema(RecordSchema):
    """A company, association, firm or government body named by the source."""

    name = text("Name as printed: in English where a source prints one, otherwise as printed in Chinese.")
    name_zh = text("Chinese name as printed.", nullable=True)
    kind = text(
        "Kind, where a cited source says it or the name or the source's wording shows it (see `kind_basis`).",
        nullable=True,
        choices=ORGANIZATION_KINDS,
    )
    kind_basis = basis("kind")
    parent_id = ref("organizations", expand="parent", description="Parent organization.")
    roles = fields.List(
        text("Role.", choices=ORGANIZATION_ROLES),
        required=True,
        metadata={"description": "What the organization is in the sources' story, in any edition."},
    )
    inferred_roles = fields.List(
        text("Role.", choices=ORGANIZATION_ROLES),
        required=True,
        metadata={
            "description": "The roles of `roles` that are our reading of the sources rather than stated by them "
            "(the others are reported)."
        },
    )
    description = text("What the source says the organization does.", nullable=True)
    investments = fields.List(
        fields.Nested(InvestmentSchema),
        required=True,
        metadata={"description": "Investments the source reports."},
    )


class OrganizationQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(OrganizationSchema)
    expand = expand_param(OrganizationSchema)
    sort = sort_param("name", "id")
    kind = any_of(
        "Only organizations of these kinds.", column="kind", item=choice(ORGANIZATION_KINDS), example=["company"]
    )
    role = any_of(
        "Only organizations with any of these roles.",
        link="roles",
        item=choice(ORGANIZATION_ROLES),
        example=["investor"],
    )
    parent = any_of(
        "Only organizations under these parents.",
        column="parent_id",
        example=["shanghai-commission-of-economy-and-informatization"],
    )


OrganizationPageSchema = page_of(OrganizationSchema, "Organization")
OrganizationDetailQueryArgsSchema = detail_args_of(OrganizationSchema, "Organization")
