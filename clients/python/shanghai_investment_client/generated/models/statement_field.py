from enum import StrEnum


class StatementField(StrEnum):
    CONFERENCE_ID = "conference_id"
    CREDITED_TO = "credited_to"
    ID = "id"
    INDUSTRY_IDS = "industry_ids"
    LINKS = "links"
    ORGANIZATION_IDS = "organization_ids"
    SOURCES = "sources"
    SPEAKER_IDS = "speaker_ids"
    TEXT = "text"
    TOPIC = "topic"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
