from enum import StrEnum


class ListCityStrategiesSortItem(StrEnum):
    CITY = "city"
    CITY_DESC = "-city"
    ID = "id"
    ID_DESC = "-id"

    def __str__(self) -> str:
        return str(self.value)
