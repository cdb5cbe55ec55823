from enum import StrEnum


class ProjectRelation(StrEnum):
    CONFERENCE = "conference"
    INDUSTRIES = "industries"
    ORGANIZATIONS = "organizations"
    PARK = "park"

    def __str__(self) -> str:
        return str(self.value)
