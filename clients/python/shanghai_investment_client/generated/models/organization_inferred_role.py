from enum import StrEnum


class OrganizationInferredRole(StrEnum):
    DIGITAL_ECONOMY_COMPANY = "digital-economy-company"
    GLOBAL_INVESTMENT_PARTNER = "global-investment-partner"
    INVESTOR = "investor"
    PLATFORM_OPERATOR = "platform-operator"
    PROJECT_OWNER = "project-owner"
    REGIONAL_HEADQUARTERS = "regional-headquarters"

    def __str__(self) -> str:
        return str(self.value)
