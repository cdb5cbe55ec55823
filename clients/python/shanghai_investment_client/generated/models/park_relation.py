from enum import StrEnum


class ParkRelation(StrEnum):
    CITY_STRATEGY = "city_strategy"
    CONFERENCE = "conference"
    INDUSTRIES = "industries"
    PROJECT = "project"

    def __str__(self) -> str:
        return str(self.value)
