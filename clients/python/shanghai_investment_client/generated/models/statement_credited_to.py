from enum import StrEnum


class StatementCreditedTo(StrEnum):
    ORGANIZATION = "organization"
    REPORTER = "reporter"
    SPEAKERS = "speakers"
    UNNAMED_OFFICIALS = "unnamed-officials"

    def __str__(self) -> str:
        return str(self.value)
