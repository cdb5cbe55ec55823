from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="OrganizationLinks")


@_attrs_define
class OrganizationLinks:
    """
    Attributes:
        organizations (str): /v1/organizations?parent=<id>: the organizations whose `parent_id` names this organization
            (a list, possibly empty).
        parent (None | str): The record of `parent_id` in /v1/organizations; null when `parent_id` is.
        partners (str): /v1/partners?organization=<id>: the partners whose `organization_id` names this organization (a
            list, possibly empty).
        people (str): /v1/people?organization=<id>: the people whose `organization_id` names this organization (a list,
            possibly empty).
        projects (str): /v1/projects?organization=<id>: the projects whose `organization_ids` names this organization (a
            list, possibly empty).
        self_ (str): This record.
        statements (str): /v1/statements?organization=<id>: the statements whose `organization_ids` names this
            organization (a list, possibly empty).
    """

    organizations: str
    parent: None | str
    partners: str
    people: str
    projects: str
    self_: str
    statements: str

    def to_dict(self) -> dict[str, Any]:
        organizations = self.organizations

        parent: None | str
        parent = self.parent

        partners = self.partners

        people = self.people

        projects = self.projects

        self_ = self.self_

        statements = self.statements

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organizations": organizations,
                "parent": parent,
                "partners": partners,
                "people": people,
                "projects": projects,
                "self": self_,
                "statements": statements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        organizations = d.pop("organizations")

        def _parse_parent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent = _parse_parent(d.pop("parent"))

        partners = d.pop("partners")

        people = d.pop("people")

        projects = d.pop("projects")

        self_ = d.pop("self")

        statements = d.pop("statements")

        organization_links = cls(
            organizations=organizations,
            parent=parent,
            partners=partners,
            people=people,
            projects=projects,
            self_=self_,
            statements=statements,
        )

        return organization_links
