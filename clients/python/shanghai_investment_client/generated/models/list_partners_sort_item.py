from enum import StrEnum


class ListPartnersSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    KIND = "kind"
    KIND_DESC = "-kind"
    NAME = "name"
    NAME_DESC = "-name"
    YEAR = "year"
    YEAR_DESC = "-year"

    def __str__(self) -> str:
        return str(self.value)
