from enum import StrEnum


class CityStrategyField(StrEnum):
    CITY = "city"
    CONFERENCE_ID = "conference_id"
    FOCUS = "focus"
    ID = "id"
    INDUSTRY_IDS = "industry_ids"
    LINKS = "links"
    NAME = "name"
    PLATFORMS = "platforms"
    POSITIONING = "positioning"
    SOURCES = "sources"

    def __str__(self) -> str:
        return str(self.value)
