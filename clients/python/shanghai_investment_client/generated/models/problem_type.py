from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProblemType")


@_attrs_define
class ProblemType:
    """
    Attributes:
        description (str): When it happens and what to do.
        status (int): HTTP status it comes with.
        title (str): Short summary.
        type_ (str): The problem type URI.
    """

    description: str
    status: int
    title: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        status = self.status

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "description": description,
                "status": status,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        problem_type = cls(
            description=description,
            status=status,
            title=title,
            type_=type_,
        )

        return problem_type
