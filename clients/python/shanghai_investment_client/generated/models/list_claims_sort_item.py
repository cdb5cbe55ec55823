from enum import StrEnum


class ListClaimsSortItem(StrEnum):
    COLLECTION = "collection"
    COLLECTION_DESC = "-collection"
    DOCUMENT = "document"
    DOCUMENT_DESC = "-document"
    ID = "id"
    ID_DESC = "-id"

    def __str__(self) -> str:
        return str(self.value)
