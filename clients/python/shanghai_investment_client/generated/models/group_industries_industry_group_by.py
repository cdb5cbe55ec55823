from enum import StrEnum


class GroupIndustriesIndustryGroupBy(StrEnum):
    PARENT = "parent"
    STRATEGIC = "strategic"

    def __str__(self) -> str:
        return str(self.value)
