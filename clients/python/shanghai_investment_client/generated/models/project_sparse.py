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
    from ..models.project import Project
    from ..models.project_links import ProjectLinks
    from ..models.source import Source


T = TypeVar("T", bound="ProjectSparse")


@_attrs_define
class ProjectSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        conference_id (None | str | Unset): Conference where it was signed. Id in /v1/conferences; null when not
            reported.
        district (None | str | Unset): District or park where the project is located, as reported. Null when the source
            does not report it.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        industry_basis (None | ProjectIndustryBasis | Unset): `reported` when a cited source states the industries,
            `inferred` when it is our reading of the sources. Null exactly when the industries is null or empty.
        industry_ids (list[str] | Unset): Industries of the project. Ids in /v1/industries.
        links (ProjectLinks | Unset):
        name (str | Unset): Project name as described by the source.
        organization_ids (list[str] | Unset): Organizations behind the project. Ids in /v1/organizations.
        organizations (list[Organization] | Unset): Present only with `expand=organizations`: the records of
            `organization_ids`, inlined in the same order. Inlined records are not expanded further.
        park (None | Park | Unset): Present only with `expand=park`: the record `park_id` names, inlined; null when
            `park_id` is null. Inlined records are not expanded further.
        park_id (None | str | Unset): The park this project is. Id in /v1/parks; null when not reported.
        possibly_same_as (list[Project] | Unset): Present only with `expand=possibly_same_as`: the records of
            `possibly_same_as_ids`, inlined in the same order. Inlined records are not expanded further.
        possibly_same_as_ids (list[str] | Unset): Other records that may describe this same project, as different
            sources name it: always our reading (no source says they are one), so that counting projects can leave them out.
            Ids in /v1/projects.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        value (Money | None | Unset): Investment value in the currency reported. Null when the source does not report
            it.
        value_usd (Money | None | Unset): The US$ value exactly as printed (never converted). Null when the source does
            not report it.
        year (int | Unset): Year of the conference where it was signed.
    """

    id: str
    conference: Conference | None | Unset = UNSET
    conference_id: None | str | Unset = UNSET
    district: None | str | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    industry_basis: None | ProjectIndustryBasis | Unset = UNSET
    industry_ids: list[str] | Unset = UNSET
    links: ProjectLinks | Unset = UNSET
    name: str | Unset = UNSET
    organization_ids: list[str] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    park: None | Park | Unset = UNSET
    park_id: None | str | Unset = UNSET
    possibly_same_as: list[Project] | Unset = UNSET
    possibly_same_as_ids: list[str] | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    value: Money | None | Unset = UNSET
    value_usd: Money | None | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference
        from ..models.money import Money
        from ..models.park import Park

        id = self.id

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

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = []
            for industries_item_data in self.industries:
                industries_item = industries_item_data.to_dict()
                industries.append(industries_item)

        industry_basis: None | str | Unset
        if isinstance(self.industry_basis, Unset):
            industry_basis = UNSET
        elif isinstance(self.industry_basis, ProjectIndustryBasis):
            industry_basis = self.industry_basis.value
        else:
            industry_basis = self.industry_basis

        industry_ids: list[str] | Unset = UNSET
        if not isinstance(self.industry_ids, Unset):
            industry_ids = self.industry_ids

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        organization_ids: list[str] | Unset = UNSET
        if not isinstance(self.organization_ids, Unset):
            organization_ids = self.organization_ids

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

        park_id: None | str | Unset
        if isinstance(self.park_id, Unset):
            park_id = UNSET
        else:
            park_id = self.park_id

        possibly_same_as: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.possibly_same_as, Unset):
            possibly_same_as = []
            for possibly_same_as_item_data in self.possibly_same_as:
                possibly_same_as_item = possibly_same_as_item_data.to_dict()
                possibly_same_as.append(possibly_same_as_item)

        possibly_same_as_ids: list[str] | Unset = UNSET
        if not isinstance(self.possibly_same_as_ids, Unset):
            possibly_same_as_ids = self.possibly_same_as_ids

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        value: dict[str, Any] | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, Money):
            value = self.value.to_dict()
        else:
            value = self.value

        value_usd: dict[str, Any] | None | Unset
        if isinstance(self.value_usd, Unset):
            value_usd = UNSET
        elif isinstance(self.value_usd, Money):
            value_usd = self.value_usd.to_dict()
        else:
            value_usd = self.value_usd

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if conference is not UNSET:
            field_dict["conference"] = conference
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if district is not UNSET:
            field_dict["district"] = district
        if industries is not UNSET:
            field_dict["industries"] = industries
        if industry_basis is not UNSET:
            field_dict["industry_basis"] = industry_basis
        if industry_ids is not UNSET:
            field_dict["industry_ids"] = industry_ids
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if organization_ids is not UNSET:
            field_dict["organization_ids"] = organization_ids
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if park is not UNSET:
            field_dict["park"] = park
        if park_id is not UNSET:
            field_dict["park_id"] = park_id
        if possibly_same_as is not UNSET:
            field_dict["possibly_same_as"] = possibly_same_as
        if possibly_same_as_ids is not UNSET:
            field_dict["possibly_same_as_ids"] = possibly_same_as_ids
        if sources is not UNSET:
            field_dict["sources"] = sources
        if value is not UNSET:
            field_dict["value"] = value
        if value_usd is not UNSET:
            field_dict["value_usd"] = value_usd
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.money import Money
        from ..models.organization import Organization
        from ..models.park import Park
        from ..models.project import Project
        from ..models.project_links import ProjectLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

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

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        def _parse_industry_basis(data: object) -> None | ProjectIndustryBasis | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                industry_basis_type_0 = ProjectIndustryBasis(data)

                return industry_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectIndustryBasis | Unset, data)

        industry_basis = _parse_industry_basis(d.pop("industry_basis", UNSET))

        industry_ids = cast(list[str], d.pop("industry_ids", UNSET))

        _links = d.pop("links", UNSET)
        links: ProjectLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ProjectLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        organization_ids = cast(list[str], d.pop("organization_ids", UNSET))

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

        def _parse_park_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        park_id = _parse_park_id(d.pop("park_id", UNSET))

        _possibly_same_as = d.pop("possibly_same_as", UNSET)
        possibly_same_as: list[Project] | Unset = UNSET
        if _possibly_same_as is not UNSET:
            possibly_same_as = []
            for possibly_same_as_item_data in _possibly_same_as:
                possibly_same_as_item = Project.from_dict(possibly_same_as_item_data)

                possibly_same_as.append(possibly_same_as_item)

        possibly_same_as_ids = cast(list[str], d.pop("possibly_same_as_ids", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        def _parse_value(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_0 = Money.from_dict(data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_value_usd(data: object) -> Money | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_usd_type_0 = Money.from_dict(data)

                return value_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None | Unset, data)

        value_usd = _parse_value_usd(d.pop("value_usd", UNSET))

        year = d.pop("year", UNSET)

        project_sparse = cls(
            id=id,
            conference=conference,
            conference_id=conference_id,
            district=district,
            industries=industries,
            industry_basis=industry_basis,
            industry_ids=industry_ids,
            links=links,
            name=name,
            organization_ids=organization_ids,
            organizations=organizations,
            park=park,
            park_id=park_id,
            possibly_same_as=possibly_same_as,
            possibly_same_as_ids=possibly_same_as_ids,
            sources=sources,
            value=value,
            value_usd=value_usd,
            year=year,
        )

        project_sparse.additional_properties = d
        return project_sparse

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
