from enum import StrEnum


class OrganizationField(StrEnum):
    DESCRIPTION = "description"
    ID = "id"
    INFERRED_ROLES = "inferred_roles"
    INVESTMENTS = "investments"
    KIND = "kind"
    KIND_BASIS = "kind_basis"
    LINKS = "links"
    NAME = "name"
    NAME_ZH = "name_zh"
    PARENT_ID = "parent_id"
    ROLES = "roles"
    SOURCES = "sources"

    def __str__(self) -> str:
        return str(self.value)
