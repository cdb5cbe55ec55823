from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ParkLinks")


@_attrs_define
class ParkLinks:
    """
    Attributes:
        city_strategy (None | str): The record of `city_strategy_id` in /v1/city-strategies; null when
            `city_strategy_id` is.
        conference (None | str): The record of `conference_id` in /v1/conferences; null when `conference_id` is.
        industries (list[str]): The records of `industry_ids` in /v1/industries, in order (possibly none).
        project (None | str): The record of `project_id` in /v1/projects; null when `project_id` is.
        projects (str): /v1/projects?park=<id>: the projects whose `park_id` names this park (a list, possibly empty).
        self_ (str): This record.
    """

    city_strategy: None | str
    conference: None | str
    industries: list[str]
    project: None | str
    projects: str
    self_: str

    def to_dict(self) -> dict[str, Any]:
        city_strategy: None | str
        city_strategy = self.city_strategy

        conference: None | str
        conference = self.conference

        industries = self.industries

        project: None | str
        project = self.project

        projects = self.projects

        self_ = self.self_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_strategy": city_strategy,
                "conference": conference,
                "industries": industries,
                "project": project,
                "projects": projects,
                "self": self_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_city_strategy(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city_strategy = _parse_city_strategy(d.pop("city_strategy"))

        def _parse_conference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        conference = _parse_conference(d.pop("conference"))

        industries = cast(list[str], d.pop("industries"))

        def _parse_project(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project = _parse_project(d.pop("project"))

        projects = d.pop("projects")

        self_ = d.pop("self")

        park_links = cls(
            city_strategy=city_strategy,
            conference=conference,
            industries=industries,
            project=project,
            projects=projects,
            self_=self_,
        )

        return park_links
