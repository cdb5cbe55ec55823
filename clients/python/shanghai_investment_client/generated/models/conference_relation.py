from enum import StrEnum


class ConferenceRelation(StrEnum):
    INDUSTRY_TRACKS = "industry_tracks"
    OFFICIALS = "officials"
    STRATEGIC_INDUSTRIES = "strategic_industries"

    def __str__(self) -> str:
        return str(self.value)
