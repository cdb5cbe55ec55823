from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PersonLinks")


@_attrs_define
class PersonLinks:
    """
    Attributes:
        conferences (str): /v1/conferences?official=<id>: the conferences whose `official_ids` names this person (a
            list, possibly empty).
        documents (str): /v1/documents?author=<id>: the documents whose `author_ids` names this person (a list, possibly
            empty).
        organization (None | str): The record of `organization_id` in /v1/organizations; null when `organization_id` is.
        partners (str): /v1/partners?person=<id>: the partners whose `person_id` names this person (a list, possibly
            empty).
        self_ (str): This record.
        statements (str): /v1/statements?speaker=<id>: the statements whose `speaker_ids` names this person (a list,
            possibly empty).
    """

    conferences: str
    documents: str
    organization: None | str
    partners: str
    self_: str
    statements: str

    def to_dict(self) -> dict[str, Any]:
        conferences = self.conferences

        documents = self.documents

        organization: None | str
        organization = self.organization

        partners = self.partners

        self_ = self.self_

        statements = self.statements

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "conferences": conferences,
                "documents": documents,
                "organization": organization,
                "partners": partners,
                "self": self_,
                "statements": statements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conferences = d.pop("conferences")

        documents = d.pop("documents")

        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization"))

        partners = d.pop("partners")

        self_ = d.pop("self")

        statements = d.pop("statements")

        person_links = cls(
            conferences=conferences,
            documents=documents,
            organization=organization,
            partners=partners,
            self_=self_,
            statements=statements,
        )

        return person_links
