from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.park_kind import ParkKind
from ..models.park_status import ParkStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.city_strategy import CityStrategy
    from ..models.conference import Conference
    from ..models.industry import Industry
    from ..models.park_links import ParkLinks
    from ..models.project import Project
    from ..models.source import Source


T = TypeVar("T", bound="ParkSparse")


@_attrs_define
class ParkSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        city_strategy (CityStrategy | None | Unset): Present only with `expand=city_strategy`: the record
            `city_strategy_id` names, inlined; null when `city_strategy_id` is null. Inlined records are not expanded
            further.
        city_strategy_id (None | str | Unset): The new-city strategy naming this park. Id in /v1/city-strategies; null
            when not reported.
        city_total_park_count (int | None | Unset): Parks the city will have in total once the batch opens. Null when
            the source does not report it.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        conference_id (None | str | Unset): Conference where the park was announced or signed. Id in /v1/conferences;
            null when not reported.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        industry_ids (list[str] | Unset): Industries the park covers. Ids in /v1/industries.
        kind (ParkKind | Unset):
        links (ParkLinks | Unset):
        name (str | Unset): Park name, or a label for a batch of parks the source does not name individually.
        park_count (int | Unset): Number of parks the record stands for (1 for a named park).
        project (None | Project | Unset): Present only with `expand=project`: the record `project_id` names, inlined;
            null when `project_id` is null. Inlined records are not expanded further.
        project_id (None | str | Unset): The signed project that is this park. Id in /v1/projects; null when not
            reported.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        status (None | ParkStatus | Unset): `to-open` (announced) or `signed-project` (signed at the conference). Null
            when the source does not report it.
        year (int | Unset): Year of that conference.
    """

    id: str
    city_strategy: CityStrategy | None | Unset = UNSET
    city_strategy_id: None | str | Unset = UNSET
    city_total_park_count: int | None | Unset = UNSET
    conference: Conference | None | Unset = UNSET
    conference_id: None | str | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    industry_ids: list[str] | Unset = UNSET
    kind: ParkKind | Unset = UNSET
    links: ParkLinks | Unset = UNSET
    name: str | Unset = UNSET
    park_count: int | Unset = UNSET
    project: None | Project | Unset = UNSET
    project_id: None | str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    status: None | ParkStatus | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.city_strategy import CityStrategy
        from ..models.conference import Conference
        from ..models.project import Project

        id = self.id

        city_strategy: dict[str, Any] | None | Unset
        if isinstance(self.city_strategy, Unset):
            city_strategy = UNSET
        elif isinstance(self.city_strategy, CityStrategy):
            city_strategy = self.city_strategy.to_dict()
        else:
            city_strategy = self.city_strategy

        city_strategy_id: None | str | Unset
        if isinstance(self.city_strategy_id, Unset):
            city_strategy_id = UNSET
        else:
            city_strategy_id = self.city_strategy_id

        city_total_park_count: int | None | Unset
        if isinstance(self.city_total_park_count, Unset):
            city_total_park_count = UNSET
        else:
            city_total_park_count = self.city_total_park_count

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

        industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = []
            for industries_item_data in self.industries:
                industries_item = industries_item_data.to_dict()
                industries.append(industries_item)

        industry_ids: list[str] | Unset = UNSET
        if not isinstance(self.industry_ids, Unset):
            industry_ids = self.industry_ids

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        park_count = self.park_count

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, Project):
            project = self.project.to_dict()
        else:
            project = self.project

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ParkStatus):
            status = self.status.value
        else:
            status = self.status

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if city_strategy is not UNSET:
            field_dict["city_strategy"] = city_strategy
        if city_strategy_id is not UNSET:
            field_dict["city_strategy_id"] = city_strategy_id
        if city_total_park_count is not UNSET:
            field_dict["city_total_park_count"] = city_total_park_count
        if conference is not UNSET:
            field_dict["conference"] = conference
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if industries is not UNSET:
            field_dict["industries"] = industries
        if industry_ids is not UNSET:
            field_dict["industry_ids"] = industry_ids
        if kind is not UNSET:
            field_dict["kind"] = kind
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if park_count is not UNSET:
            field_dict["park_count"] = park_count
        if project is not UNSET:
            field_dict["project"] = project
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if sources is not UNSET:
            field_dict["sources"] = sources
        if status is not UNSET:
            field_dict["status"] = status
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.city_strategy import CityStrategy
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.park_links import ParkLinks
        from ..models.project import Project
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_city_strategy(data: object) -> CityStrategy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                city_strategy_type_0 = CityStrategy.from_dict(data)

                return city_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CityStrategy | None | Unset, data)

        city_strategy = _parse_city_strategy(d.pop("city_strategy", UNSET))

        def _parse_city_strategy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city_strategy_id = _parse_city_strategy_id(d.pop("city_strategy_id", UNSET))

        def _parse_city_total_park_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        city_total_park_count = _parse_city_total_park_count(d.pop("city_total_park_count", UNSET))

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

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        industry_ids = cast(list[str], d.pop("industry_ids", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: ParkKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ParkKind(_kind)

        _links = d.pop("links", UNSET)
        links: ParkLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ParkLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        park_count = d.pop("park_count", UNSET)

        def _parse_project(data: object) -> None | Project | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                project_type_0 = Project.from_dict(data)

                return project_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Project | Unset, data)

        project = _parse_project(d.pop("project", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        def _parse_status(data: object) -> None | ParkStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ParkStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ParkStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        year = d.pop("year", UNSET)

        park_sparse = cls(
            id=id,
            city_strategy=city_strategy,
            city_strategy_id=city_strategy_id,
            city_total_park_count=city_total_park_count,
            conference=conference,
            conference_id=conference_id,
            industries=industries,
            industry_ids=industry_ids,
            kind=kind,
            links=links,
            name=name,
            park_count=park_count,
            project=project,
            project_id=project_id,
            sources=sources,
            status=status,
            year=year,
        )

        park_sparse.additional_properties = d
        return park_sparse

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
