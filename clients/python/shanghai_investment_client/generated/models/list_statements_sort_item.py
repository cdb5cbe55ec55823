from enum import StrEnum


class ListStatementsSortItem(StrEnum):
    ID = "id"
    ID_DESC = "-id"
    TOPIC = "topic"
    TOPIC_DESC = "-topic"

    def __str__(self) -> str:
        return str(self.value)
