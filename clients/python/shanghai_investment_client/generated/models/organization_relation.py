from enum import StrEnum


class OrganizationRelation(StrEnum):
    PARENT = "parent"

    def __str__(self) -> str:
        return str(self.value)
