from enum import StrEnum


class PersonField(StrEnum):
    ID = "id"
    LINKS = "links"
    NAME = "name"
    NAME_ZH = "name_zh"
    ORGANIZATION_ID = "organization_id"
    PLACE = "place"
    PLACE_BASIS = "place_basis"
    ROLE = "role"
    SOURCES = "sources"

    def __str__(self) -> str:
        return str(self.value)
