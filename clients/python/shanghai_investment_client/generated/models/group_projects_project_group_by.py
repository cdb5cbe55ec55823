from enum import StrEnum


class GroupProjectsProjectGroupBy(StrEnum):
    CONFERENCE = "conference"
    INDUSTRY = "industry"
    ORGANIZATION = "organization"
    PARK = "park"
    POSSIBLY_SAME_AS = "possibly_same_as"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
