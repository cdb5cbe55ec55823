from enum import StrEnum


class GroupConferencesSort(StrEnum):
    KEY = "key"
    VALUE_0 = "-count"

    def __str__(self) -> str:
        return str(self.value)
