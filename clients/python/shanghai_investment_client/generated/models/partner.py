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


T = TypeVar("T", bound="Partner")


@_attrs_define
class Partner:
    """
    Attributes:
        cohort (None | str): The partner class as the source names it (e.g. `First batch`). Null when the source does
            not report it.
        conference_id (None | str): Conference where partners were announced. Id in /v1/conferences; null when not
            reported.
        description (None | str): What the source says the partner does. Null when the source does not report it.
        focus (None | str): Field the entity partners in. Null when the source does not report it.
        id (str): Stable identifier (slug).
        industry_ids (list[str]): Industries the partner works in. Ids in /v1/industries.
        kind (PartnerKind):
        links (PartnerLinks):
        name (str): Display name: the executive and organization, or the entity.
        organization_id (None | str): The partner organization. Id in /v1/organizations; null when not reported.
        person_id (None | str): The executive, for corporate-executive partners. Id in /v1/people; null when not
            reported.
        programme (str): Programme the partner belongs to.
        sources (list[Source]): Quotes of the source documents supporting this record.
        title (None | str): The title the source gives the partner (the 2021 article gives it to the corporate
            executives). Null when the source does not report it.
        year (int): Partner class year.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        organization (None | Organization | Unset): Present only with `expand=organization`: the record
            `organization_id` names, inlined; null when `organization_id` is null. Inlined records are not expanded further.
        person (None | Person | Unset): Present only with `expand=person`: the record `person_id` names, inlined; null
            when `person_id` is null. Inlined records are not expanded further.
    """

    cohort: None | str
    conference_id: None | str
    description: None | str
    focus: None | str
    id: str
    industry_ids: list[str]
    kind: PartnerKind
    links: PartnerLinks
    name: str
    organization_id: None | str
    person_id: None | str
    programme: str
    sources: list[Source]
    title: None | str
    year: int
    conference: Conference | None | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    person: None | Person | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference
        from ..models.organization import Organization
        from ..models.person import Person

        cohort: None | str
        cohort = self.cohort

        conference_id: None | str
        conference_id = self.conference_id

        description: None | str
        description = self.description

        focus: None | str
        focus = self.focus

        id = self.id

        industry_ids = self.industry_ids

        kind = self.kind.value

        links = self.links.to_dict()

        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        person_id: None | str
        person_id = self.person_id

        programme = self.programme

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        title: None | str
        title = self.title

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

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        person: dict[str, Any] | None | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, Person):
            person = self.person.to_dict()
        else:
            person = self.person

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohort": cohort,
                "conference_id": conference_id,
                "description": description,
                "focus": focus,
                "id": id,
                "industry_ids": industry_ids,
                "kind": kind,
                "links": links,
                "name": name,
                "organization_id": organization_id,
                "person_id": person_id,
                "programme": programme,
                "sources": sources,
                "title": title,
                "year": year,
            }
        )
        if conference is not UNSET:
            field_dict["conference"] = conference
        if industries is not UNSET:
            field_dict["industries"] = industries
        if organization is not UNSET:
            field_dict["organization"] = organization
        if person is not UNSET:
            field_dict["person"] = person

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

        def _parse_cohort(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cohort = _parse_cohort(d.pop("cohort"))

        def _parse_conference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference_id = _parse_conference_id(d.pop("conference_id"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_focus(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        focus = _parse_focus(d.pop("focus"))

        id = d.pop("id")

        industry_ids = cast(list[str], d.pop("industry_ids"))

        kind = PartnerKind(d.pop("kind"))

        links = PartnerLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_person_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person_id = _parse_person_id(d.pop("person_id"))

        programme = d.pop("programme")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

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

        partner = cls(
            cohort=cohort,
            conference_id=conference_id,
            description=description,
            focus=focus,
            id=id,
            industry_ids=industry_ids,
            kind=kind,
            links=links,
            name=name,
            organization_id=organization_id,
            person_id=person_id,
            programme=programme,
            sources=sources,
            title=title,
            year=year,
            conference=conference,
            industries=industries,
            organization=organization,
            person=person,
        )

        partner.additional_properties = d
        return partner

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
