from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.statement_credited_to import StatementCreditedTo
from ..models.statement_topic import StatementTopic
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference import Conference
    from ..models.industry import Industry
    from ..models.organization import Organization
    from ..models.person import Person
    from ..models.source import Source
    from ..models.statement_links import StatementLinks


T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    """
    Attributes:
        conference_id (None | str): Conference the source places the statement at (null for background or a remark with
            no venue). Id in /v1/conferences; null when not reported.
        credited_to (StatementCreditedTo):
        id (str): Stable identifier (slug).
        industry_ids (list[str]): Industries and sectors the statement covers. Ids in /v1/industries.
        links (StatementLinks):
        organization_ids (list[str]): Organizations the statement is about or from. Ids in /v1/organizations.
        sources (list[Source]): Quotes of the source documents supporting this record.
        speaker_ids (list[str]): People who made the statement. Ids in /v1/people.
        text (str): The statement, verbatim.
        topic (StatementTopic):
        year (int | None): Year of that conference. Null when the source does not report it.
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        organizations (list[Organization] | Unset): Present only with `expand=organizations`: the records of
            `organization_ids`, inlined in the same order. Inlined records are not expanded further.
        speakers (list[Person] | Unset): Present only with `expand=speakers`: the records of `speaker_ids`, inlined in
            the same order. Inlined records are not expanded further.
    """

    conference_id: None | str
    credited_to: StatementCreditedTo
    id: str
    industry_ids: list[str]
    links: StatementLinks
    organization_ids: list[str]
    sources: list[Source]
    speaker_ids: list[str]
    text: str
    topic: StatementTopic
    year: int | None
    conference: Conference | None | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    speakers: list[Person] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference

        conference_id: None | str
        conference_id = self.conference_id

        credited_to = self.credited_to.value

        id = self.id

        industry_ids = self.industry_ids

        links = self.links.to_dict()

        organization_ids = self.organization_ids

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        speaker_ids = self.speaker_ids

        text = self.text

        topic = self.topic.value

        year: int | None
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

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conference_id": conference_id,
                "credited_to": credited_to,
                "id": id,
                "industry_ids": industry_ids,
                "links": links,
                "organization_ids": organization_ids,
                "sources": sources,
                "speaker_ids": speaker_ids,
                "text": text,
                "topic": topic,
                "year": year,
            }
        )
        if conference is not UNSET:
            field_dict["conference"] = conference
        if industries is not UNSET:
            field_dict["industries"] = industries
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if speakers is not UNSET:
            field_dict["speakers"] = speakers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference import Conference
        from ..models.industry import Industry
        from ..models.organization import Organization
        from ..models.person import Person
        from ..models.source import Source
        from ..models.statement_links import StatementLinks

        d = dict(src_dict)

        def _parse_conference_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference_id = _parse_conference_id(d.pop("conference_id"))

        credited_to = StatementCreditedTo(d.pop("credited_to"))

        id = d.pop("id")

        industry_ids = cast(list[str], d.pop("industry_ids"))

        links = StatementLinks.from_dict(d.pop("links"))

        organization_ids = cast(list[str], d.pop("organization_ids"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        speaker_ids = cast(list[str], d.pop("speaker_ids"))

        text = d.pop("text")

        topic = StatementTopic(d.pop("topic"))

        def _parse_year(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        year = _parse_year(d.pop("year"))

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

        _speakers = d.pop("speakers", UNSET)
        speakers: list[Person] | Unset = UNSET
        if _speakers is not UNSET:
            speakers = []
            for speakers_item_data in _speakers:
                speakers_item = Person.from_dict(speakers_item_data)

                speakers.append(speakers_item)

        statement = cls(
            conference_id=conference_id,
            credited_to=credited_to,
            id=id,
            industry_ids=industry_ids,
            links=links,
            organization_ids=organization_ids,
            sources=sources,
            speaker_ids=speaker_ids,
            text=text,
            topic=topic,
            year=year,
            conference=conference,
            industries=industries,
            organizations=organizations,
            speakers=speakers,
        )

        statement.additional_properties = d
        return statement

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
