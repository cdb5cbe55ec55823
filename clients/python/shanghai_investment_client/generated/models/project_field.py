from enum import StrEnum


class ProjectField(StrEnum):
    CONFERENCE_ID = "conference_id"
    DISTRICT = "district"
    ID = "id"
    INDUSTRY_BASIS = "industry_basis"
    INDUSTRY_IDS = "industry_ids"
    LINKS = "links"
    NAME = "name"
    ORGANIZATION_IDS = "organization_ids"
    PARK_ID = "park_id"
    POSSIBLY_SAME_AS_IDS = "possibly_same_as_ids"
    SOURCES = "sources"
    VALUE = "value"
    VALUE_USD = "value_usd"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
