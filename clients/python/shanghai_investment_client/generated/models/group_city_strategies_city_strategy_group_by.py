from enum import StrEnum


class GroupCityStrategiesCityStrategyGroupBy(StrEnum):
    CONFERENCE = "conference"
    INDUSTRY = "industry"

    def __str__(self) -> str:
        return str(self.value)
