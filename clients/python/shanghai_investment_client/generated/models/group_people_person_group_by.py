from enum import StrEnum


class GroupPeoplePersonGroupBy(StrEnum):
    ORGANIZATION = "organization"
    ROLE = "role"

    def __str__(self) -> str:
        return str(self.value)
