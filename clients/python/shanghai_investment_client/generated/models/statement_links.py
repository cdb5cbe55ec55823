from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StatementLinks")


@_attrs_define
class StatementLinks:
    """
    Attributes:
        conference (None | str): The record of `conference_id` in /v1/conferences; null when `conference_id` is.
        industries (list[str]): The records of `industry_ids` in /v1/industries, in order (possibly none).
        organizations (list[str]): The records of `organization_ids` in /v1/organizations, in order (possibly none).
        self_ (str): This record.
        speakers (list[str]): The records of `speaker_ids` in /v1/people, in order (possibly none).
    """

    conference: None | str
    industries: list[str]
    organizations: list[str]
    self_: str
    speakers: list[str]

    def to_dict(self) -> dict[str, Any]:
        conference: None | str
        conference = self.conference

        industries = self.industries

        organizations = self.organizations

        self_ = self.self_

        speakers = self.speakers

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conference": conference,
                "industries": industries,
                "organizations": organizations,
                "self": self_,
                "speakers": speakers,
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

        organizations = cast(list[str], d.pop("organizations"))

        self_ = d.pop("self")

        speakers = cast(list[str], d.pop("speakers"))

        statement_links = cls(
            conference=conference,
            industries=industries,
            organizations=organizations,
            self_=self_,
            speakers=speakers,
        )

        return statement_links
