from enum import StrEnum


class StatementTopic(StrEnum):
    DIGITAL_ECONOMY = "digital-economy"
    FIVE_NEW_CITIES = "five-new-cities"
    INVESTMENT_PROMOTION = "investment-promotion"
    PARTNERSHIP_PROGRAM = "partnership-program"

    def __str__(self) -> str:
        return str(self.value)
