from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectValueTotals")


@_attrs_define
class ProjectValueTotals:
    """
    Attributes:
        cny (int | None): Sum of the CNY amounts; null when no record reports one.
        usd (int | None): Sum of the USD amounts; null when no record reports one.
    """

    cny: int | None
    usd: int | None

    def to_dict(self) -> dict[str, Any]:
        cny: int | None
        cny = self.cny

        usd: int | None
        usd = self.usd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "CNY": cny,
                "USD": usd,
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

        def _parse_usd(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        usd = _parse_usd(d.pop("USD"))

        project_value_totals = cls(
            cny=cny,
            usd=usd,
        )

        return project_value_totals
