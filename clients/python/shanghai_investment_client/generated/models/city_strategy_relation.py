from enum import StrEnum


class CityStrategyRelation(StrEnum):
    CONFERENCE = "conference"
    INDUSTRIES = "industries"

    def __str__(self) -> str:
        return str(self.value)
