from enum import StrEnum


class ListDocumentsFormat(StrEnum):
    BIBTEX = "bibtex"
    CSV = "csv"
    JSON = "json"
    NDJSON = "ndjson"

    def __str__(self) -> str:
        return str(self.value)
