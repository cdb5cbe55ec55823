from enum import StrEnum


class ParkKind(StrEnum):
    NEW_PARK_BATCH = "new-park-batch"
    PARK = "park"

    def __str__(self) -> str:
        return str(self.value)
