from enum import StrEnum


class IndustryRelation(StrEnum):
    PARENT = "parent"

    def __str__(self) -> str:
        return str(self.value)
