from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConferenceLinks")


@_attrs_define
class ConferenceLinks:
    """
    Attributes:
        city_strategies (str): /v1/city-strategies?conference=<id>: the city-strategies whose `conference_id` names this
            conference (a list, possibly empty).
        industry_tracks (list[str]): The records of `industry_track_ids` in /v1/industries, in order (possibly none).
        officials (list[str]): The records of `official_ids` in /v1/people, in order (possibly none).
        parks (str): /v1/parks?conference=<id>: the parks whose `conference_id` names this conference (a list, possibly
            empty).
        partners (str): /v1/partners?conference=<id>: the partners whose `conference_id` names this conference (a list,
            possibly empty).
        projects (str): /v1/projects?conference=<id>: the projects whose `conference_id` names this conference (a list,
            possibly empty).
        self_ (str): This record.
        statements (str): /v1/statements?conference=<id>: the statements whose `conference_id` names this conference (a
            list, possibly empty).
        strategic_industries (list[str]): The records of `strategic_industry_ids` in /v1/industries, in order (possibly
            none).
    """

    city_strategies: str
    industry_tracks: list[str]
    officials: list[str]
    parks: str
    partners: str
    projects: str
    self_: str
    statements: str
    strategic_industries: list[str]

    def to_dict(self) -> dict[str, Any]:
        city_strategies = self.city_strategies

        industry_tracks = self.industry_tracks

        officials = self.officials

        parks = self.parks

        partners = self.partners

        projects = self.projects

        self_ = self.self_

        statements = self.statements

        strategic_industries = self.strategic_industries

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_strategies": city_strategies,
                "industry_tracks": industry_tracks,
                "officials": officials,
                "parks": parks,
                "partners": partners,
                "projects": projects,
                "self": self_,
                "statements": statements,
                "strategic_industries": strategic_industries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city_strategies = d.pop("city_strategies")

        industry_tracks = cast(list[str], d.pop("industry_tracks"))

        officials = cast(list[str], d.pop("officials"))

        parks = d.pop("parks")

        partners = d.pop("partners")

        projects = d.pop("projects")

        self_ = d.pop("self")

        statements = d.pop("statements")

        strategic_industries = cast(list[str], d.pop("strategic_industries"))

        conference_links = cls(
            city_strategies=city_strategies,
            industry_tracks=industry_tracks,
            officials=officials,
            parks=parks,
            partners=partners,
            projects=projects,
            self_=self_,
            statements=statements,
            strategic_industries=strategic_industries,
        )

        return conference_links
