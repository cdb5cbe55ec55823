from enum import StrEnum


class ClaimField(StrEnum):
    COLLECTION = "collection"
    DOCUMENT = "document"
    END = "end"
    FIELD = "field"
    ID = "id"
    LINKS = "links"
    NOTE = "note"
    QUOTE = "quote"
    RECORD_ID = "record_id"
    START = "start"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
