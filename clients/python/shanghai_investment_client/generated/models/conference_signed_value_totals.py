from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConferenceSignedValueTotals")


@_attrs_define
class ConferenceSignedValueTotals:
    """
    Attributes:
        cny (int | None): Sum of the CNY amounts; null when no record reports one.
    """

    cny: int | None

    def to_dict(self) -> dict[str, Any]:
        cny: int | None
        cny = self.cny

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "CNY": cny,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cny(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cny = _parse_cny(d.pop("CNY"))

        conference_signed_value_totals = cls(
            cny=cny,
        )

        return conference_signed_value_totals
