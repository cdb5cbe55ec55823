from enum import StrEnum


class GroupProjectsProjectGroupBy(StrEnum):
    CONFERENCE = "conference"
    INDUSTRY = "industry"
    ORGANIZATION = "organization"
    PARK = "park"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
