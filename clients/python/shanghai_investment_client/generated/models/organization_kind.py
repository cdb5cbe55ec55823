from enum import StrEnum


class OrganizationKind(StrEnum):
    ASSOCIATION = "association"
    COMPANY = "company"
    GOVERNMENT_BODY = "government-body"

    def __str__(self) -> str:
        return str(self.value)
