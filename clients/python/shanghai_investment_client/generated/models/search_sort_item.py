from enum import StrEnum


class SearchSortItem(StrEnum):
    SCORE_DESC = "-score"

    def __str__(self) -> str:
        return str(self.value)
