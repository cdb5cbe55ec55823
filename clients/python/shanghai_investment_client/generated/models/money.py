from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.money_currency import MoneyCurrency

T = TypeVar("T", bound="Money")


@_attrs_define
class Money:
    """
    Attributes:
        amount (int): Whole units of the currency (e.g. 490 billion yuan is 490000000000).
        currency (MoneyCurrency):
    """

    amount: int
    currency: MoneyCurrency

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = MoneyCurrency(d.pop("currency"))

        money = cls(
            amount=amount,
            currency=currency,
        )

        return money
