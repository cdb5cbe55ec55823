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


T = TypeVar("T", bound="CityStrategySparse")


@_attrs_define
class CityStrategySparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        city (str | Unset): New city.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        conference_id (None | str | Unset): Conference where the strategy was presented. Id in /v1/conferences; null
            when not reported.
        focus (str | Unset): What the city will focus on.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        industry_ids (list[str] | Unset): Focus industries. Ids in /v1/industries.
        links (CityStrategyLinks | Unset):
        name (str | Unset): Strategy name.
        platforms (list[Platform] | Unset): Named platforms the city will build up.
        positioning (None | str | Unset): What the city is positioned or aiming to become. Null when the source does not
            report it.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
    """

    id: str
    city: str | Unset = UNSET
    conference: Conference | None | Unset = UNSET
    conference_id: None | str | Unset = UNSET
    focus: str | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    industry_ids: list[str] | Unset = UNSET
    links: CityStrategyLinks | Unset = UNSET
    name: str | Unset = UNSET
    platforms: list[Platform] | Unset = UNSET
    positioning: None | str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference

        id = self.id

        city = self.city

        conference: dict[str, Any] | None | Unset
        if isinstance(self.conference, Unset):
            conference = UNSET
        elif isinstance(self.conference, Conference):
            conference = self.conference.to_dict()
        else:
            conference = self.conference

        conference_id: None | str | Unset
        if isinstance(self.conference_id, Unset):
            conference_id = UNSET
        else:
            conference_id = self.conference_id

        focus = self.focus

        industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = []
            for industries_item_data in self.industries:
                industries_item = industries_item_data.to_dict()
                industries.append(industries_item)

        industry_ids: list[str] | Unset = UNSET
        if not isinstance(self.industry_ids, Unset):
            industry_ids = self.industry_ids

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        platforms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.to_dict()
                platforms.append(platforms_item)

        positioning: None | str | Unset
        if isinstance(self.positioning, Unset):
            positioning = UNSET
        else:
            positioning = self.positioning

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if city is not UNSET:
            field_dict["city"] = city
        if conference is not UNSET:
            field_dict["conference"] = conference
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if focus is not UNSET:
            field_dict["focus"] = focus
        if industries is not UNSET:
            field_dict["industries"] = industries
        if industry_ids is not UNSET:
            field_dict["industry_ids"] = industry_ids
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if positioning is not UNSET:
            field_dict["positioning"] = positioning
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.city_strategy_links import CityStrategyLinks
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.platform import Platform
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        city = d.pop("city", UNSET)

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

        def _parse_conference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conference_id = _parse_conference_id(d.pop("conference_id", UNSET))

        focus = d.pop("focus", UNSET)

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        industry_ids = cast(list[str], d.pop("industry_ids", UNSET))

        _links = d.pop("links", UNSET)
        links: CityStrategyLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = CityStrategyLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: list[Platform] | Unset = UNSET
        if _platforms is not UNSET:
            platforms = []
            for platforms_item_data in _platforms:
                platforms_item = Platform.from_dict(platforms_item_data)

                platforms.append(platforms_item)

        def _parse_positioning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        positioning = _parse_positioning(d.pop("positioning", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        city_strategy_sparse = cls(
            id=id,
            city=city,
            conference=conference,
            conference_id=conference_id,
            focus=focus,
            industries=industries,
            industry_ids=industry_ids,
            links=links,
            name=name,
            platforms=platforms,
            positioning=positioning,
            sources=sources,
        )

        city_strategy_sparse.additional_properties = d
        return city_strategy_sparse

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
