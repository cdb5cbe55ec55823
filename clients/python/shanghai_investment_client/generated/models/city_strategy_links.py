from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CityStrategyLinks")


@_attrs_define
class CityStrategyLinks:
    """
    Attributes:
        conference (None | str): The record of `conference_id` in /v1/conferences; null when `conference_id` is.
        industries (list[str]): The records of `industry_ids` in /v1/industries, in order (possibly none).
        parks (str): /v1/parks?city_strategy=<id>: the parks whose `city_strategy_id` names this city strategy (a list,
            possibly empty).
        self_ (str): This record.
    """

    conference: None | str
    industries: list[str]
    parks: str
    self_: str

    def to_dict(self) -> dict[str, Any]:
        conference: None | str
        conference = self.conference

        industries = self.industries

        parks = self.parks

        self_ = self.self_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conference": conference,
                "industries": industries,
                "parks": parks,
                "self": self_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_conference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference = _parse_conference(d.pop("conference"))

        industries = cast(list[str], d.pop("industries"))

        parks = d.pop("parks")

        self_ = d.pop("self")

        city_strategy_links = cls(
            conference=conference,
            industries=industries,
            parks=parks,
            self_=self_,
        )

        return city_strategy_links
