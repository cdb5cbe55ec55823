from enum import StrEnum


class ListPeopleSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"
    ROLE = "role"
    ROLE_DESC = "-role"

    def __str__(self) -> str:
        return str(self.value)
