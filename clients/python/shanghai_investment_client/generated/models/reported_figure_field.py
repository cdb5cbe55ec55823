from enum import StrEnum


class ReportedFigureField(StrEnum):
    NEW_INDUSTRIAL_PARKS_COUNT = "new_industrial_parks_count"
    POLICIES_COUNT = "policies_count"
    PROJECTS_STARTED_COUNT = "projects_started_count"
    PROJECTS_STARTED_VALUE = "projects_started_value"
    SIGNED_PROJECTS_COUNT = "signed_projects_count"
    SIGNED_VALUE = "signed_value"
    SIGNED_VALUE_USD = "signed_value_usd"

    def __str__(self) -> str:
        return str(self.value)
