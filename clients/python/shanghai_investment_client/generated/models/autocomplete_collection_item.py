from enum import StrEnum


class AutocompleteCollectionItem(StrEnum):
    CITY_STRATEGIES = "city-strategies"
    CONFERENCES = "conferences"
    INDUSTRIES = "industries"
    ORGANIZATIONS = "organizations"
    PARKS = "parks"
    PARTNERS = "partners"
    PEOPLE = "people"
    PROJECTS = "projects"

    def __str__(self) -> str:
        return str(self.value)
