from enum import StrEnum


class PersonRelation(StrEnum):
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return str(self.value)
