from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PartnerLinks")


@_attrs_define
class PartnerLinks:
    """
    Attributes:
        conference (None | str): The record of `conference_id` in /v1/conferences; null when `conference_id` is.
        industries (list[str]): The records of `industry_ids` in /v1/industries, in order (possibly none).
        organization (None | str): The record of `organization_id` in /v1/organizations; null when `organization_id` is.
        person (None | str): The record of `person_id` in /v1/people; null when `person_id` is.
        self_ (str): This record.
    """

    conference: None | str
    industries: list[str]
    organization: None | str
    person: None | str
    self_: str

    def to_dict(self) -> dict[str, Any]:
        conference: None | str
        conference = self.conference

        industries = self.industries

        organization: None | str
        organization = self.organization

        person: None | str
        person = self.person

        self_ = self.self_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conference": conference,
                "industries": industries,
                "organization": organization,
                "person": person,
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

        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization"))

        def _parse_person(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person = _parse_person(d.pop("person"))

        self_ = d.pop("self")

        partner_links = cls(
            conference=conference,
            industries=industries,
            organization=organization,
            person=person,
            self_=self_,
        )

        return partner_links
