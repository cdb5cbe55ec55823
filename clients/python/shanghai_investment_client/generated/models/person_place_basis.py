from enum import StrEnum


class PersonPlaceBasis(StrEnum):
    INFERRED = "inferred"
    REPORTED = "reported"

    def __str__(self) -> str:
        return str(self.value)
