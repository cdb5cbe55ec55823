from enum import StrEnum


class GroupConferencesConferenceGroupBy(StrEnum):
    INDUSTRY = "industry"
    OFFICIAL = "official"
    REPORTING = "reporting"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
