from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.partner_kind import PartnerKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference import Conference
    from ..models.industry import Industry
    from ..models.organization import Organization
    from ..models.partner_links import PartnerLinks
    from ..models.person import Person
    from ..models.source import Source


T = TypeVar("T", bound="PartnerSparse")


@_attrs_define
class PartnerSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        cohort (None | str | Unset): The partner class as the source names it (e.g. `First batch`). Null when the source
            does not report it.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        conference_id (None | str | Unset): Conference where partners were announced. Id in /v1/conferences; null when
            not reported.
        description (None | str | Unset): What the source says the partner does. Null when the source does not report
            it.
        focus (None | str | Unset): Field the entity partners in. Null when the source does not report it.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        industry_ids (list[str] | Unset): Industries the partner works in. Ids in /v1/industries.
        kind (PartnerKind | Unset):
        links (PartnerLinks | Unset):
        name (str | Unset): Display name: the executive and organization, or the entity.
        organization (None | Organization | Unset): Present only with `expand=organization`: the record
            `organization_id` names, inlined; null when `organization_id` is null. Inlined records are not expanded further.
        organization_id (None | str | Unset): The partner organization. Id in /v1/organizations; null when not reported.
        person (None | Person | Unset): Present only with `expand=person`: the record `person_id` names, inlined; null
            when `person_id` is null. Inlined records are not expanded further.
        person_id (None | str | Unset): The executive, for corporate-executive partners. Id in /v1/people; null when not
            reported.
        programme (str | Unset): Programme the partner belongs to.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        title (None | str | Unset): The title the source gives the partner (the 2021 article gives it to the corporate
            executives). Null when the source does not report it.
        year (int | Unset): Partner class year.
    """

    id: str
    cohort: None | str | Unset = UNSET
    conference: Conference | None | Unset = UNSET
    conference_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    focus: None | str | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    industry_ids: list[str] | Unset = UNSET
    kind: PartnerKind | Unset = UNSET
    links: PartnerLinks | Unset = UNSET
    name: str | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    person: None | Person | Unset = UNSET
    person_id: None | str | Unset = UNSET
    programme: str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    title: None | str | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference
        from ..models.organization import Organization
        from ..models.person import Person

        id = self.id

        cohort: None | str | Unset
        if isinstance(self.cohort, Unset):
            cohort = UNSET
        else:
            cohort = self.cohort

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        focus: None | str | Unset
        if isinstance(self.focus, Unset):
            focus = UNSET
        else:
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

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        person_id: None | str | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        programme = self.programme

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if cohort is not UNSET:
            field_dict["cohort"] = cohort
        if conference is not UNSET:
            field_dict["conference"] = conference
        if conference_id is not UNSET:
            field_dict["conference_id"] = conference_id
        if description is not UNSET:
            field_dict["description"] = description
        if focus is not UNSET:
            field_dict["focus"] = focus
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
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if person is not UNSET:
            field_dict["person"] = person
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if programme is not UNSET:
            field_dict["programme"] = programme
        if sources is not UNSET:
            field_dict["sources"] = sources
        if title is not UNSET:
            field_dict["title"] = title
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.organization import Organization
        from ..models.partner_links import PartnerLinks
        from ..models.person import Person
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_cohort(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cohort = _parse_cohort(d.pop("cohort", UNSET))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_focus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        focus = _parse_focus(d.pop("focus", UNSET))

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        industry_ids = cast(list[str], d.pop("industry_ids", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: PartnerKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PartnerKind(_kind)

        _links = d.pop("links", UNSET)
        links: PartnerLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PartnerLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        def _parse_organization(data: object) -> None | Organization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Organization.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_person(data: object) -> None | Person | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = Person.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person | Unset, data)

        person = _parse_person(d.pop("person", UNSET))

        def _parse_person_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        programme = d.pop("programme", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        year = d.pop("year", UNSET)

        partner_sparse = cls(
            id=id,
            cohort=cohort,
            conference=conference,
            conference_id=conference_id,
            description=description,
            focus=focus,
            industries=industries,
            industry_ids=industry_ids,
            kind=kind,
            links=links,
            name=name,
            organization=organization,
            organization_id=organization_id,
            person=person,
            person_id=person_id,
            programme=programme,
            sources=sources,
            title=title,
            year=year,
        )

        partner_sparse.additional_properties = d
        return partner_sparse

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
