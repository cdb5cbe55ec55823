from enum import StrEnum


class ProjectRelation(StrEnum):
    CONFERENCE = "conference"
    INDUSTRIES = "industries"
    ORGANIZATIONS = "organizations"
    PARK = "park"
    POSSIBLY_SAME_AS = "possibly_same_as"

    def __str__(self) -> str:
        return str(self.value)
