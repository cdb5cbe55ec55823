from enum import StrEnum


class GroupCityStrategiesSort(StrEnum):
    KEY = "key"
    VALUE_0 = "-count"

    def __str__(self) -> str:
        return str(self.value)
