from marshmallow import Schema, fields

from . import base

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

    amount = base.money("Amount invested, in the currency reported.")
    amount_usd = base.money("The US$ amount exactly as printed (never converted).", currency="USD")
    period = base.text("When, as printed (e.g. `last year`, `recently`).")
    location = base.text("Where the investment was made.")
    reported_by_id = base.ref("organizations", description="Who reported the figure.")
    sources = base.sources()


class OrganizationSchema(base.RecordSchema):
    """A company, association, firm or government body named by the source."""

    name = base.text("Name as printed: in English where a source prints one, otherwise as printed in Chinese.")
    name_zh = base.text("Chinese name as printed.", nullable=True)
    kind = base.text(
        "Kind, where a cited source says it or the name or the source's wording shows it (see `kind_basis`).",
        nullable=True,
        choices=ORGANIZATION_KINDS,
    )
    kind_basis = base.basis("kind")
    parent_id = base.ref("organizations", expand="parent", description="Parent organization.")
    roles = fields.List(
        base.text("Role.", choices=ORGANIZATION_ROLES),
        required=True,
        metadata={"description": "What the organization is in the sources' story, in any edition."},
    )
    inferred_roles = fields.List(
        base.text("Role.", choices=ORGANIZATION_ROLES),
        required=True,
        metadata={
            "description": "The roles of `roles` that are our reading of the sources rather than stated by them "
            "(the others are reported)."
        },
    )
    description = base.text("What the source says the organization does.", nullable=True)
    investments = base.nested_list(InvestmentSchema, "Investments the source reports.")


class OrganizationQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(OrganizationSchema)
    expand = base.expand_param(OrganizationSchema)
    sort = base.sort_param("name", "id")
    kind = base.any_of(
        "Only organizations of these kinds.", column="kind", item=base.choice(ORGANIZATION_KINDS), example=["company"]
    )
    role = base.any_of(
        "Only organizations with any of these roles.",
        link="roles",
        item=base.choice(ORGANIZATION_ROLES),
        example=["investor"],
    )
    parent = base.any_of(
        "Only organizations under these parents.",
        column="parent_id",
        example=["shanghai-commission-of-economy-and-informatization"],
    )


OrganizationPageSchema = base.page_of(OrganizationSchema, "Organization")
OrganizationDetailQueryArgsSchema = base.detail_args_of(OrganizationSchema, "Organization")
