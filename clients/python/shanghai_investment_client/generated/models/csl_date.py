from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CslDate")


@_attrs_define
class CslDate:
    """
    Attributes:
        date_parts (list[list[int]]): `[[year, month, day]]`.
    """

    date_parts: list[list[int]]

    def to_dict(self) -> dict[str, Any]:
        date_parts = []
        for date_parts_item_data in self.date_parts:
            date_parts_item = date_parts_item_data

            date_parts.append(date_parts_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date-parts": date_parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_parts = []
        _date_parts = d.pop("date-parts")
        for date_parts_item_data in _date_parts:
            date_parts_item = cast(list[int], date_parts_item_data)

            date_parts.append(date_parts_item)

        csl_date = cls(
            date_parts=date_parts,
        )

        return csl_date
