from enum import StrEnum


class OrganizationKindBasis(StrEnum):
    INFERRED = "inferred"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
