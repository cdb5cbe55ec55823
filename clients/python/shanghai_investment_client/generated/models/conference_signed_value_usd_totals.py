from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConferenceSignedValueUsdTotals")


@_attrs_define
class ConferenceSignedValueUsdTotals:
    """
    Attributes:
        usd (int | None): Sum of the USD amounts; null when no record reports one.
    """

    usd: int | None

    def to_dict(self) -> dict[str, Any]:
        usd: int | None
        usd = self.usd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "USD": usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_usd(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        usd = _parse_usd(d.pop("USD"))

        conference_signed_value_usd_totals = cls(
            usd=usd,
        )

        return conference_signed_value_usd_totals
