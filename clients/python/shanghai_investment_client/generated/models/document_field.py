from enum import StrEnum


class DocumentField(StrEnum):
    ACCESSED_ON = "accessed_on"
    AUTHOR_IDS = "author_ids"
    BYLINES = "bylines"
    CITATION = "citation"
    ID = "id"
    LANGUAGE = "language"
    LINKS = "links"
    ORIGINAL_DOCUMENT_ID = "original_document_id"
    PUBLICATION = "publication"
    PUBLICATION_NOTE = "publication_note"
    PUBLISHED_ON = "published_on"
    TEXT_URL = "text_url"
    TITLE = "title"
    URL = "url"

    def __str__(self) -> str:
        return str(self.value)
