from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.reported_figure_currency import ReportedFigureCurrency
from ..models.reported_figure_field import ReportedFigureField

if TYPE_CHECKING:
    from ..models.source import Source


T = TypeVar("T", bound="ReportedFigure")


@_attrs_define
class ReportedFigure:
    """
    Attributes:
        amount (int): The value as reported: a count, or whole units of `currency`.
        currency (None | ReportedFigureCurrency): ISO 4217 code of a money value; null for a count. Null when the source
            does not report it.
        field (ReportedFigureField):
        headline (bool): True for the one value the headline field shows.
        headline_reason (None | str): Why the headline field shows this value; null when it does not. Null when the
            source does not report it.
        sources (list[Source]): Quotes of the source documents supporting this record.
    """

    amount: int
    currency: None | ReportedFigureCurrency
    field: ReportedFigureField
    headline: bool
    headline_reason: None | str
    sources: list[Source]

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency: None | str
        if isinstance(self.currency, ReportedFigureCurrency):
            currency = self.currency.value
        else:
            currency = self.currency

        field = self.field.value

        headline = self.headline

        headline_reason: None | str
        headline_reason = self.headline_reason

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "field": field,
                "headline": headline,
                "headline_reason": headline_reason,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.source import Source

        d = dict(src_dict)
        amount = d.pop("amount")

        def _parse_currency(data: object) -> None | ReportedFigureCurrency:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                currency_type_0 = ReportedFigureCurrency(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportedFigureCurrency, data)

        currency = _parse_currency(d.pop("currency"))

        field = ReportedFigureField(d.pop("field"))

        headline = d.pop("headline")

        def _parse_headline_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        headline_reason = _parse_headline_reason(d.pop("headline_reason"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        reported_figure = cls(
            amount=amount,
            currency=currency,
            field=field,
            headline=headline,
            headline_reason=headline_reason,
            sources=sources,
        )

        return reported_figure
