from enum import StrEnum


class GroupOrganizationsOrganizationGroupBy(StrEnum):
    KIND = "kind"
    PARENT = "parent"
    ROLE = "role"

    def __str__(self) -> str:
        return str(self.value)
