from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProblemError")


@_attrs_define
class ProblemError:
    """
    Attributes:
        detail (str): What is wrong with it.
        location (str): Where the input was: `query`, `path` or `header`.
        parameter (str): The parameter's name as sent.
    """

    detail: str
    location: str
    parameter: str

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        location = self.location

        parameter = self.parameter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "detail": detail,
                "location": location,
                "parameter": parameter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        detail = d.pop("detail")

        location = d.pop("location")

        parameter = d.pop("parameter")

        problem_error = cls(
            detail=detail,
            location=location,
            parameter=parameter,
        )

        return problem_error
