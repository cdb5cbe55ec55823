from enum import StrEnum


class IndustryField(StrEnum):
    ID = "id"
    LINKS = "links"
    NAME = "name"
    PARENT_BASIS = "parent_basis"
    PARENT_ID = "parent_id"
    SOURCES = "sources"
    STRATEGIC = "strategic"

    def __str__(self) -> str:
        return str(self.value)
