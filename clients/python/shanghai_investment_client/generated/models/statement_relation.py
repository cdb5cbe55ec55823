from enum import StrEnum


class StatementRelation(StrEnum):
    CONFERENCE = "conference"
    INDUSTRIES = "industries"
    ORGANIZATIONS = "organizations"
    SPEAKERS = "speakers"

    def __str__(self) -> str:
        return str(self.value)
