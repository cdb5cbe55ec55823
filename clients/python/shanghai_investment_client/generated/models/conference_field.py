from enum import StrEnum


class ConferenceField(StrEnum):
    CITY = "city"
    DATE = "date"
    EDITION = "edition"
    END_DATE = "end_date"
    FUNDS = "funds"
    ID = "id"
    INDUSTRY_TRACKS_COUNT = "industry_tracks_count"
    INDUSTRY_TRACK_IDS = "industry_track_ids"
    LINKS = "links"
    NAME = "name"
    NAME_ZH = "name_zh"
    NEW_INDUSTRIAL_PARKS_COUNT = "new_industrial_parks_count"
    OFFICIAL_IDS = "official_ids"
    OFFICIAL_ROLES = "official_roles"
    ORGANIZER_IDS = "organizer_ids"
    POLICIES_COUNT = "policies_count"
    PROGRAMMES = "programmes"
    PROJECTS_STARTED_COUNT = "projects_started_count"
    PROJECTS_STARTED_VALUE = "projects_started_value"
    REPORTED_FIGURES = "reported_figures"
    REPORTING = "reporting"
    SIGNED_PROJECTS_COUNT = "signed_projects_count"
    SIGNED_VALUE = "signed_value"
    SIGNED_VALUE_USD = "signed_value_usd"
    SOURCES = "sources"
    STRATEGIC_INDUSTRY_IDS = "strategic_industry_ids"
    THEME = "theme"
    THEME_ZH = "theme_zh"
    VENUE = "venue"
    VENUE_ZH = "venue_zh"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
