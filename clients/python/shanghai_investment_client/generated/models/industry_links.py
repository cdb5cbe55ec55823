from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="IndustryLinks")


@_attrs_define
class IndustryLinks:
    """
    Attributes:
        city_strategies (str): /v1/city-strategies?industry=<id>: the city-strategies whose `industry_ids` names this
            industry (a list, possibly empty).
        conferences (str): /v1/conferences?industry=<id>: the conferences whose `strategic_industry_ids` names this
            industry (a list, possibly empty).
        industries (str): /v1/industries?parent=<id>: the industries whose `parent_id` names this industry (a list,
            possibly empty).
        parent (None | str): The record of `parent_id` in /v1/industries; null when `parent_id` is.
        parks (str): /v1/parks?industry=<id>: the parks whose `industry_ids` names this industry (a list, possibly
            empty).
        partners (str): /v1/partners?industry=<id>: the partners whose `industry_ids` names this industry (a list,
            possibly empty).
        projects (str): /v1/projects?industry=<id>: the projects whose `industry_ids` names this industry (a list,
            possibly empty).
        self_ (str): This record.
        statements (str): /v1/statements?industry=<id>: the statements whose `industry_ids` names this industry (a list,
            possibly empty).
    """

    city_strategies: str
    conferences: str
    industries: str
    parent: None | str
    parks: str
    partners: str
    projects: str
    self_: str
    statements: str

    def to_dict(self) -> dict[str, Any]:
        city_strategies = self.city_strategies

        conferences = self.conferences

        industries = self.industries

        parent: None | str
        parent = self.parent

        parks = self.parks

        partners = self.partners

        projects = self.projects

        self_ = self.self_

        statements = self.statements

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city_strategies": city_strategies,
                "conferences": conferences,
                "industries": industries,
                "parent": parent,
                "parks": parks,
                "partners": partners,
                "projects": projects,
                "self": self_,
                "statements": statements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city_strategies = d.pop("city_strategies")

        conferences = d.pop("conferences")

        industries = d.pop("industries")

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        parks = d.pop("parks")

        partners = d.pop("partners")

        projects = d.pop("projects")

        self_ = d.pop("self")

        statements = d.pop("statements")

        industry_links = cls(
            city_strategies=city_strategies,
            conferences=conferences,
            industries=industries,
            parent=parent,
            parks=parks,
            partners=partners,
            projects=projects,
            self_=self_,
            statements=statements,
        )

        return industry_links
