from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CslName")


@_attrs_define
class CslName:
    """
    Attributes:
        literal (str): The name as printed.
    """

    literal: str

    def to_dict(self) -> dict[str, Any]:
        literal = self.literal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "literal": literal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        literal = d.pop("literal")

        csl_name = cls(
            literal=literal,
        )

        return csl_name
