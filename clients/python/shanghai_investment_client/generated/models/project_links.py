from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectLinks")


@_attrs_define
class ProjectLinks:
    """
    Attributes:
        conference (None | str): The record of `conference_id` in /v1/conferences; null when `conference_id` is.
        industries (list[str]): The records of `industry_ids` in /v1/industries, in order (possibly none).
        organizations (list[str]): The records of `organization_ids` in /v1/organizations, in order (possibly none).
        park (None | str): The record of `park_id` in /v1/parks; null when `park_id` is.
        possibly_same_as (list[str]): The records of `possibly_same_as_ids` in /v1/projects, in order (possibly none).
        self_ (str): This record.
    """

    conference: None | str
    industries: list[str]
    organizations: list[str]
    park: None | str
    possibly_same_as: list[str]
    self_: str

    def to_dict(self) -> dict[str, Any]:
        conference: None | str
        conference = self.conference

        industries = self.industries

        organizations = self.organizations

        park: None | str
        park = self.park

        possibly_same_as = self.possibly_same_as

        self_ = self.self_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conference": conference,
                "industries": industries,
                "organizations": organizations,
                "park": park,
                "possibly_same_as": possibly_same_as,
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

        organizations = cast(list[str], d.pop("organizations"))

        def _parse_park(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        park = _parse_park(d.pop("park"))

        possibly_same_as = cast(list[str], d.pop("possibly_same_as"))

        self_ = d.pop("self")

        project_links = cls(
            conference=conference,
            industries=industries,
            organizations=organizations,
            park=park,
            possibly_same_as=possibly_same_as,
            self_=self_,
        )

        return project_links
