from enum import StrEnum


class ParkStatus(StrEnum):
    SIGNED_PROJECT = "signed-project"
    TO_OPEN = "to-open"

    def __str__(self) -> str:
        return str(self.value)
