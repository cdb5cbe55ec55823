from marshmallow import fields, validate

from .base import (
    ListQueryArgsSchema,
    RecordSchema,
    any_of,
    basis,
    detail_args_of,
    expand_param,
    fields_param,
    page_of,
    ref,
    sort_param,
    text,
)


class PersonSchema(RecordSchema):
    """A person named by the source."""

    name = text(
        "Name as printed in English (family name first for Chinese names, as the sources write them); "
        "for a name printed only in Chinese, its pinyin (`name_zh` holds it as printed)."
    )
    name_zh = text("Chinese name as printed.", nullable=True)
    role = text("Role or title as the sources give it (the latest reported; roles per edition are in conferences).")
    place = text("Where the role is held.", nullable=True)
    place_basis = basis("place")
    organization_id = ref("organizations", expand="organization", description="Organization the person belongs to.")


class PersonQueryArgsSchema(ListQueryArgsSchema):
    fields_ = fields_param(PersonSchema)
    expand = expand_param(PersonSchema)
    sort = sort_param("name", "role", "id")
    organization = any_of("Only people of these organizations.", column="organization_id", example=["allianz-se"])
    role = any_of(
        "Only people with these roles (exact, as listed).",
        column="role",
        # A comma separates values, so no role may contain one (the seed has none).
        item=fields.String(validate=validate.Regexp(r"^[^,]+$")),
        example=["Mayor"],
    )


PersonPageSchema = page_of(PersonSchema, "Person")
PersonDetailQueryArgsSchema = detail_args_of(PersonSchema, "Person")
