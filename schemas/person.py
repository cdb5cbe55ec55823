from marshmallow import fields, validate

from . import base


class PersonSchema(base.RecordSchema):
    """A person named by the source."""

    name = base.text(
        "Name as printed in English (family name first for Chinese names, as the sources write them); "
        "for a name printed only in Chinese, its pinyin (`name_zh` holds it as printed)."
    )
    name_zh = base.text("Chinese name as printed.", nullable=True)
    role = base.text(
        "Role or title as the sources give it (the latest reported; roles per edition are in conferences)."
    )
    place = base.text("Where the role is held.", nullable=True)
    place_basis = base.basis("place")
    organization_id = base.ref(
        "organizations", expand="organization", description="Organization the person belongs to."
    )


class PersonQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(PersonSchema)
    expand = base.expand_param(PersonSchema)
    sort = base.sort_param("name", "role", "id")
    organization = base.any_of("Only people of these organizations.", column="organization_id", example=["allianz-se"])
    role = base.any_of(
        "Only people with these roles (exact, as listed).",
        column="role",
        # A comma separates values, so no role may contain one (the seed has none).
        item=fields.String(validate=validate.Regexp(r"^[^,]+$")),
        example=["Mayor"],
    )


PersonPageSchema = base.page_of(PersonSchema, "Person")
PersonDetailQueryArgsSchema = base.detail_args_of(PersonSchema, "Person")
