from enum import StrEnum


class PartnerKind(StrEnum):
    CORPORATE_EXECUTIVE = "corporate-executive"
    INDUSTRIAL_ENTITY = "industrial-entity"
    ORGANIZATION = "organization"

    def __str__(self) -> str:
        return str(self.value)
