from enum import StrEnum


class PartnerRelation(StrEnum):
    CONFERENCE = "conference"
    INDUSTRIES = "industries"
    ORGANIZATION = "organization"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
