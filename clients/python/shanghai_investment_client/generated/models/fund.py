from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="Fund")


@_attrs_define
class Fund:
    """
    Attributes:
        amount (Money | None): Amount announced, in the currency reported. Null when the source does not report it.
        name (str): Fund, credit line or policy package, as the source describes it.
        note (str): What the sources report about it, in our own words.
    """

    amount: Money | None
    name: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        amount: dict[str, Any] | None
        if isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        name = self.name

        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "name": name,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)

        def _parse_amount(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_type_0 = Money.from_dict(data)

                return amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        amount = _parse_amount(d.pop("amount"))

        name = d.pop("name")

        note = d.pop("note")

        fund = cls(
            amount=amount,
            name=name,
            note=note,
        )

        return fund
