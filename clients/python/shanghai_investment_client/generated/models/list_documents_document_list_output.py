from enum import StrEnum


class ListDocumentsDocumentListOutput(StrEnum):
    BIBTEX = "bibtex"
    CSV = "csv"
    JSON = "json"
    NDJSON = "ndjson"

    def __str__(self) -> str:
        return str(self.value)
