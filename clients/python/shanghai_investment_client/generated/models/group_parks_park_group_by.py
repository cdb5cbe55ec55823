from enum import StrEnum


class GroupParksParkGroupBy(StrEnum):
    CITY_STRATEGY = "city_strategy"
    CONFERENCE = "conference"
    INDUSTRY = "industry"
    KIND = "kind"
    STATUS = "status"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
