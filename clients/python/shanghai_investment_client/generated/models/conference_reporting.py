from enum import StrEnum


class ConferenceReporting(StrEnum):
    AFTER_THE_EVENT = "after-the-event"
    IN_ADVANCE_ONLY = "in-advance-only"

    def __str__(self) -> str:
        return str(self.value)
