from enum import StrEnum


class ListOrganizationsSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    NAME = "name"
    NAME_DESC = "-name"

    def __str__(self) -> str:
        return str(self.value)
