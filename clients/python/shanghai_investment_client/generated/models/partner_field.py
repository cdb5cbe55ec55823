from enum import StrEnum


class PartnerField(StrEnum):
    COHORT = "cohort"
    CONFERENCE_ID = "conference_id"
    DESCRIPTION = "description"
    FOCUS = "focus"
    ID = "id"
    INDUSTRY_IDS = "industry_ids"
    KIND = "kind"
    LINKS = "links"
    NAME = "name"
    ORGANIZATION_ID = "organization_id"
    PERSON_ID = "person_id"
    PROGRAMME = "programme"
    SOURCES = "sources"
    TITLE = "title"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
