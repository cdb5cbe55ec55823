from enum import StrEnum


class ProjectIndustryBasis(StrEnum):
    INFERRED = "inferred"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
