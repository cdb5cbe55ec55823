from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.source import Source


T = TypeVar("T", bound="Investment")


@_attrs_define
class Investment:
    """
    Attributes:
        amount (Money | None): Amount invested, in the currency reported. Null when the source does not report it.
        amount_usd (Money | None): The US$ amount exactly as printed (never converted). Null when the source does not
            report it.
        location (str): Where the investment was made.
        period (str): When, as printed (e.g. `last year`, `recently`).
        reported_by_id (None | str): Who reported the figure. Id in /v1/organizations; null when not reported.
        sources (list[Source]): Quotes of the source documents supporting this record.
    """

    amount: Money | None
    amount_usd: Money | None
    location: str
    period: str
    reported_by_id: None | str
    sources: list[Source]

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        amount: dict[str, Any] | None
        if isinstance(self.amount, Money):
            amount = self.amount.to_dict()
        else:
            amount = self.amount

        amount_usd: dict[str, Any] | None
        if isinstance(self.amount_usd, Money):
            amount_usd = self.amount_usd.to_dict()
        else:
            amount_usd = self.amount_usd

        location = self.location

        period = self.period

        reported_by_id: None | str
        reported_by_id = self.reported_by_id

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "amount_usd": amount_usd,
                "location": location,
                "period": period,
                "reported_by_id": reported_by_id,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money
        from ..models.source import Source

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

        def _parse_amount_usd(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                amount_usd_type_0 = Money.from_dict(data)

                return amount_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        amount_usd = _parse_amount_usd(d.pop("amount_usd"))

        location = d.pop("location")

        period = d.pop("period")

        def _parse_reported_by_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reported_by_id = _parse_reported_by_id(d.pop("reported_by_id"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        investment = cls(
            amount=amount,
            amount_usd=amount_usd,
            location=location,
            period=period,
            reported_by_id=reported_by_id,
            sources=sources,
        )

        return investment
