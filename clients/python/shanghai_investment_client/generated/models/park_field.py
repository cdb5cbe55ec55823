from enum import StrEnum


class ParkField(StrEnum):
    CITY_STRATEGY_ID = "city_strategy_id"
    CITY_TOTAL_PARK_COUNT = "city_total_park_count"
    CONFERENCE_ID = "conference_id"
    ID = "id"
    INDUSTRY_IDS = "industry_ids"
    KIND = "kind"
    LINKS = "links"
    NAME = "name"
    PARK_COUNT = "park_count"
    PROJECT_ID = "project_id"
    SOURCES = "sources"
    STATUS = "status"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
