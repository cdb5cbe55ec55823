from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.city_strategy_links import CityStrategyLinks
    from ..models.conference import Conference
    from ..models.industry import Industry
    from ..models.platform import Platform
    from ..models.source import Source


T = TypeVar("T", bound="CityStrategy")


@_attrs_define
class CityStrategy:
    """
    Attributes:
        city (str): New city.
        conference_id (None | str): Conference where the strategy was presented. Id in /v1/conferences; null when not
            reported.
        focus (str): What the city will focus on.
        id (str): Stable identifier (slug).
        industry_ids (list[str]): Focus industries. Ids in /v1/industries.
        links (CityStrategyLinks):
        name (str): Strategy name.
        platforms (list[Platform]): Named platforms the city will build up.
        positioning (None | str): What the city is positioned or aiming to become. Null when the source does not report
            it.
        sources (list[Source]): Quotes of the source documents supporting this record.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
    """

    city: str
    conference_id: None | str
    focus: str
    id: str
    industry_ids: list[str]
    links: CityStrategyLinks
    name: str
    platforms: list[Platform]
    positioning: None | str
    sources: list[Source]
    conference: Conference | None | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference

        city = self.city

        conference_id: None | str
        conference_id = self.conference_id

        focus = self.focus

        id = self.id

        industry_ids = self.industry_ids

        links = self.links.to_dict()

        name = self.name

        platforms = []
        for platforms_item_data in self.platforms:
            platforms_item = platforms_item_data.to_dict()
            platforms.append(platforms_item)

        positioning: None | str
        positioning = self.positioning

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        conference: dict[str, Any] | None | Unset
        if isinstance(self.conference, Unset):
            conference = UNSET
        elif isinstance(self.conference, Conference):
            conference = self.conference.to_dict()
        else:
            conference = self.conference

        industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = []
            for industries_item_data in self.industries:
                industries_item = industries_item_data.to_dict()
                industries.append(industries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "conference_id": conference_id,
                "focus": focus,
                "id": id,
                "industry_ids": industry_ids,
                "links": links,
                "name": name,
                "platforms": platforms,
                "positioning": positioning,
                "sources": sources,
            }
        )
        if conference is not UNSET:
            field_dict["conference"] = conference
        if industries is not UNSET:
            field_dict["industries"] = industries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.city_strategy_links import CityStrategyLinks
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.platform import Platform
        from ..models.source import Source

        d = dict(src_dict)
        city = d.pop("city")

        def _parse_conference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference_id = _parse_conference_id(d.pop("conference_id"))

        focus = d.pop("focus")

        id = d.pop("id")

        industry_ids = cast(list[str], d.pop("industry_ids"))

        links = CityStrategyLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        platforms = []
        _platforms = d.pop("platforms")
        for platforms_item_data in _platforms:
            platforms_item = Platform.from_dict(platforms_item_data)

            platforms.append(platforms_item)

        def _parse_positioning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        positioning = _parse_positioning(d.pop("positioning"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_conference(data: object) -> Conference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conference_type_0 = Conference.from_dict(data)

                return conference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Conference | None | Unset, data)

        conference = _parse_conference(d.pop("conference", UNSET))

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        city_strategy = cls(
            city=city,
            conference_id=conference_id,
            focus=focus,
            id=id,
            industry_ids=industry_ids,
            links=links,
            name=name,
            platforms=platforms,
            positioning=positioning,
            sources=sources,
            conference=conference,
            industries=industries,
        )

        city_strategy.additional_properties = d
        return city_strategy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
