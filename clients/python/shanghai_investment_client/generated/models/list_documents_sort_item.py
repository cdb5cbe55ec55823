from enum import StrEnum


class ListDocumentsSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    PUBLICATION = "publication"
    PUBLICATION_DESC = "-publication"

    def __str__(self) -> str:
        return str(self.value)
