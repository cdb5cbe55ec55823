from enum import StrEnum


class GroupStatementsStatementGroupBy(StrEnum):
    CONFERENCE = "conference"
    CREDITED_TO = "credited_to"
    INDUSTRY = "industry"
    ORGANIZATION = "organization"
    SPEAKER = "speaker"
    TOPIC = "topic"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
