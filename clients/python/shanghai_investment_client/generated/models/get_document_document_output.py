from enum import StrEnum


class GetDocumentDocumentOutput(StrEnum):
    BIBTEX = "bibtex"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
