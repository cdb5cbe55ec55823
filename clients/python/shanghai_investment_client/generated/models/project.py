from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_industry_basis import ProjectIndustryBasis
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference import Conference
    from ..models.industry import Industry
    from ..models.money import Money
    from ..models.organization import Organization
    from ..models.park import Park
    from ..models.project_links import ProjectLinks
    from ..models.source import Source


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        conference_id (None | str): Conference where it was signed. Id in /v1/conferences; null when not reported.
        district (None | str): District or park where the project is located, as reported. Null when the source does not
            report it.
        id (str): Stable identifier (slug).
        industry_basis (None | ProjectIndustryBasis): `reported` when a cited source states the industries, `inferred`
            when it is our reading of the sources. Null exactly when the industries is null or empty.
        industry_ids (list[str]): Industries of the project. Ids in /v1/industries.
        links (ProjectLinks):
        name (str): Project name as described by the source.
        organization_ids (list[str]): Organizations behind the project. Ids in /v1/organizations.
        park_id (None | str): The park this project is. Id in /v1/parks; null when not reported.
        possibly_same_as_ids (list[str]): Other records that may describe this same project, as different sources name
            it: always our reading (no source says they are one), so that counting projects can leave them out. Ids in
            /v1/projects.
        sources (list[Source]): Quotes of the source documents supporting this record.
        value (Money | None): Investment value in the currency reported. Null when the source does not report it.
        value_usd (Money | None): The US$ value exactly as printed (never converted). Null when the source does not
            report it.
        year (int): Year of the conference where it was signed.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        organizations (list[Organization] | Unset): Present only with `expand=organizations`: the records of
            `organization_ids`, inlined in the same order. Inlined records are not expanded further.
        park (None | Park | Unset): Present only with `expand=park`: the record `park_id` names, inlined; null when
            `park_id` is null. Inlined records are not expanded further.
        possibly_same_as (list[Project] | Unset): Present only with `expand=possibly_same_as`: the records of
            `possibly_same_as_ids`, inlined in the same order. Inlined records are not expanded further.
    """

    conference_id: None | str
    district: None | str
    id: str
    industry_basis: None | ProjectIndustryBasis
    industry_ids: list[str]
    links: ProjectLinks
    name: str
    organization_ids: list[str]
    park_id: None | str
    possibly_same_as_ids: list[str]
    sources: list[Source]
    value: Money | None
    value_usd: Money | None
    year: int
    conference: Conference | None | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    park: None | Park | Unset = UNSET
    possibly_same_as: list[Project] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference
        from ..models.money import Money
        from ..models.park import Park

        conference_id: None | str
        conference_id = self.conference_id

        district: None | str
        district = self.district

        id = self.id

        industry_basis: None | str
        if isinstance(self.industry_basis, ProjectIndustryBasis):
            industry_basis = self.industry_basis.value
        else:
            industry_basis = self.industry_basis

        industry_ids = self.industry_ids

        links = self.links.to_dict()

        name = self.name

        organization_ids = self.organization_ids

        park_id: None | str
        park_id = self.park_id

        possibly_same_as_ids = self.possibly_same_as_ids

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        value: dict[str, Any] | None
        if isinstance(self.value, Money):
            value = self.value.to_dict()
        else:
            value = self.value

        value_usd: dict[str, Any] | None
        if isinstance(self.value_usd, Money):
            value_usd = self.value_usd.to_dict()
        else:
            value_usd = self.value_usd

        year = self.year

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

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        park: dict[str, Any] | None | Unset
        if isinstance(self.park, Unset):
            park = UNSET
        elif isinstance(self.park, Park):
            park = self.park.to_dict()
        else:
            park = self.park

        possibly_same_as: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.possibly_same_as, Unset):
            possibly_same_as = []
            for possibly_same_as_item_data in self.possibly_same_as:
                possibly_same_as_item = possibly_same_as_item_data.to_dict()
                possibly_same_as.append(possibly_same_as_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_id": conference_id,
                "district": district,
                "id": id,
                "industry_basis": industry_basis,
                "industry_ids": industry_ids,
                "links": links,
                "name": name,
                "organization_ids": organization_ids,
                "park_id": park_id,
                "possibly_same_as_ids": possibly_same_as_ids,
                "sources": sources,
                "value": value,
                "value_usd": value_usd,
                "year": year,
            }
        )
        if conference is not UNSET:
            field_dict["conference"] = conference
        if industries is not UNSET:
            field_dict["industries"] = industries
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if park is not UNSET:
            field_dict["park"] = park
        if possibly_same_as is not UNSET:
            field_dict["possibly_same_as"] = possibly_same_as

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.money import Money
        from ..models.organization import Organization
        from ..models.park import Park
        from ..models.project_links import ProjectLinks
        from ..models.source import Source

        d = dict(src_dict)

        def _parse_conference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference_id = _parse_conference_id(d.pop("conference_id"))

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        id = d.pop("id")

        def _parse_industry_basis(data: object) -> None | ProjectIndustryBasis:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                industry_basis_type_0 = ProjectIndustryBasis(data)

                return industry_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectIndustryBasis, data)

        industry_basis = _parse_industry_basis(d.pop("industry_basis"))

        industry_ids = cast(list[str], d.pop("industry_ids"))

        links = ProjectLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        organization_ids = cast(list[str], d.pop("organization_ids"))

        def _parse_park_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        park_id = _parse_park_id(d.pop("park_id"))

        possibly_same_as_ids = cast(list[str], d.pop("possibly_same_as_ids"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_value(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = Money.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        value = _parse_value(d.pop("value"))

        def _parse_value_usd(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_usd_type_0 = Money.from_dict(data)

                return value_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        value_usd = _parse_value_usd(d.pop("value_usd"))

        year = d.pop("year")

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

        _organizations = d.pop("organizations", UNSET)
        organizations: list[Organization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = Organization.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        def _parse_park(data: object) -> None | Park | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                park_type_0 = Park.from_dict(data)

                return park_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Park | Unset, data)

        park = _parse_park(d.pop("park", UNSET))

        _possibly_same_as = d.pop("possibly_same_as", UNSET)
        possibly_same_as: list[Project] | Unset = UNSET
        if _possibly_same_as is not UNSET:
            possibly_same_as = []
            for possibly_same_as_item_data in _possibly_same_as:
                possibly_same_as_item = Project.from_dict(possibly_same_as_item_data)

                possibly_same_as.append(possibly_same_as_item)

        project = cls(
            conference_id=conference_id,
            district=district,
            id=id,
            industry_basis=industry_basis,
            industry_ids=industry_ids,
            links=links,
            name=name,
            organization_ids=organization_ids,
            park_id=park_id,
            possibly_same_as_ids=possibly_same_as_ids,
            sources=sources,
            value=value,
            value_usd=value_usd,
            year=year,
            conference=conference,
            industries=industries,
            organizations=organizations,
            park=park,
            possibly_same_as=possibly_same_as,
        )

        project.additional_properties = d
        return project

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
