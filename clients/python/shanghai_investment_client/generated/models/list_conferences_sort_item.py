from enum import StrEnum


class ListConferencesSortItem(StrEnum):
    DATE = "date"
    DATE_DESC = "-date"
    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    YEAR = "year"
    YEAR_DESC = "-year"

    def __str__(self) -> str:
        return str(self.value)
