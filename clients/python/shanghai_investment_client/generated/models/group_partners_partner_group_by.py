from enum import StrEnum


class GroupPartnersPartnerGroupBy(StrEnum):
    CONFERENCE = "conference"
    INDUSTRY = "industry"
    KIND = "kind"
    ORGANIZATION = "organization"
    PERSON = "person"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
