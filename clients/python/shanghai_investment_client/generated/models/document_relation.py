from enum import StrEnum


class DocumentRelation(StrEnum):
    AUTHORS = "authors"
    ORIGINAL_DOCUMENT = "original_document"

    def __str__(self) -> str:
        return str(self.value)
