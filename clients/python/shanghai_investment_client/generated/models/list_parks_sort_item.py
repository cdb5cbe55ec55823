from enum import StrEnum


class ListParksSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    PARK_COUNT = "park_count"
    PARK_COUNT_DESC = "-park_count"

    def __str__(self) -> str:
        return str(self.value)
