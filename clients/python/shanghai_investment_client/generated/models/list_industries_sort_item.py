from enum import StrEnum


class ListIndustriesSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"

    def __str__(self) -> str:
        return str(self.value)
