from enum import StrEnum


class SearchKindItem(StrEnum):
    CITY_STRATEGIES = "city-strategies"
    CONFERENCES = "conferences"
    INDUSTRIES = "industries"
    ORGANIZATIONS = "organizations"
    PARKS = "parks"
    PARTNERS = "partners"
    PEOPLE = "people"
    PROJECTS = "projects"
    STATEMENTS = "statements"

    def __str__(self) -> str:
        return str(self.value)
