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


T = TypeVar("T", bound="StatementSparse")


@_attrs_define
class StatementSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        conference (Conference | None | Unset): Present only with `expand=conference`: the record `conference_id` names,
            inlined; null when `conference_id` is null. Inlined records are not expanded further.
        conference_id (None | str | Unset): Conference the source places the statement at (null for background or a
            remark with no venue). Id in /v1/conferences; null when not reported.
        credited_to (StatementCreditedTo | Unset):
        industries (list[Industry] | Unset): Present only with `expand=industries`: the records of `industry_ids`,
            inlined in the same order. Inlined records are not expanded further.
        industry_ids (list[str] | Unset): Industries and sectors the statement covers. Ids in /v1/industries.
        links (StatementLinks | Unset):
        organization_ids (list[str] | Unset): Organizations the statement is about or from. Ids in /v1/organizations.
        organizations (list[Organization] | Unset): Present only with `expand=organizations`: the records of
            `organization_ids`, inlined in the same order. Inlined records are not expanded further.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        speaker_ids (list[str] | Unset): People who made the statement. Ids in /v1/people.
        speakers (list[Person] | Unset): Present only with `expand=speakers`: the records of `speaker_ids`, inlined in
            the same order. Inlined records are not expanded further.
        text (str | Unset): The statement, verbatim.
        topic (StatementTopic | Unset):
        year (int | None | Unset): Year of that conference. Null when the source does not report it.
    """

    id: str
    conference: Conference | None | Unset = UNSET
    conference_id: None | str | Unset = UNSET
    credited_to: StatementCreditedTo | Unset = UNSET
    industries: list[Industry] | Unset = UNSET
    industry_ids: list[str] | Unset = UNSET
    links: StatementLinks | Unset = UNSET
    organization_ids: list[str] | Unset = UNSET
    organizations: list[Organization] | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    speaker_ids: list[str] | Unset = UNSET
    speakers: list[Person] | Unset = UNSET
    text: str | Unset = UNSET
    topic: StatementTopic | Unset = UNSET
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conference import Conference

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

        credited_to: str | Unset = UNSET
        if not isinstance(self.credited_to, Unset):
            credited_to = self.credited_to.value

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

        organization_ids: list[str] | Unset = UNSET
        if not isinstance(self.organization_ids, Unset):
            organization_ids = self.organization_ids

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        speaker_ids: list[str] | Unset = UNSET
        if not isinstance(self.speaker_ids, Unset):
            speaker_ids = self.speaker_ids

        speakers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.speakers, Unset):
            speakers = []
            for speakers_item_data in self.speakers:
                speakers_item = speakers_item_data.to_dict()
                speakers.append(speakers_item)

        text = self.text

        topic: str | Unset = UNSET
        if not isinstance(self.topic, Unset):
            topic = self.topic.value

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
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
        if credited_to is not UNSET:
            field_dict["credited_to"] = credited_to
        if industries is not UNSET:
            field_dict["industries"] = industries
        if industry_ids is not UNSET:
            field_dict["industry_ids"] = industry_ids
        if links is not UNSET:
            field_dict["links"] = links
        if organization_ids is not UNSET:
            field_dict["organization_ids"] = organization_ids
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
        if sources is not UNSET:
            field_dict["sources"] = sources
        if speaker_ids is not UNSET:
            field_dict["speaker_ids"] = speaker_ids
        if speakers is not UNSET:
            field_dict["speakers"] = speakers
        if text is not UNSET:
            field_dict["text"] = text
        if topic is not UNSET:
            field_dict["topic"] = topic
        if year is not UNSET:
            field_dict["year"] = year

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

        _credited_to = d.pop("credited_to", UNSET)
        credited_to: StatementCreditedTo | Unset
        if isinstance(_credited_to, Unset):
            credited_to = UNSET
        else:
            credited_to = StatementCreditedTo(_credited_to)

        _industries = d.pop("industries", UNSET)
        industries: list[Industry] | Unset = UNSET
        if _industries is not UNSET:
            industries = []
            for industries_item_data in _industries:
                industries_item = Industry.from_dict(industries_item_data)

                industries.append(industries_item)

        industry_ids = cast(list[str], d.pop("industry_ids", UNSET))

        _links = d.pop("links", UNSET)
        links: StatementLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = StatementLinks.from_dict(_links)

        organization_ids = cast(list[str], d.pop("organization_ids", UNSET))

        _organizations = d.pop("organizations", UNSET)
        organizations: list[Organization] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = Organization.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        speaker_ids = cast(list[str], d.pop("speaker_ids", UNSET))

        _speakers = d.pop("speakers", UNSET)
        speakers: list[Person] | Unset = UNSET
        if _speakers is not UNSET:
            speakers = []
            for speakers_item_data in _speakers:
                speakers_item = Person.from_dict(speakers_item_data)

                speakers.append(speakers_item)

        text = d.pop("text", UNSET)

        _topic = d.pop("topic", UNSET)
        topic: StatementTopic | Unset
        if isinstance(_topic, Unset):
            topic = UNSET
        else:
            topic = StatementTopic(_topic)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        statement_sparse = cls(
            id=id,
            conference=conference,
            conference_id=conference_id,
            credited_to=credited_to,
            industries=industries,
            industry_ids=industry_ids,
            links=links,
            organization_ids=organization_ids,
            organizations=organizations,
            sources=sources,
            speaker_ids=speaker_ids,
            speakers=speakers,
            text=text,
            topic=topic,
            year=year,
        )

        statement_sparse.additional_properties = d
        return statement_sparse

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
