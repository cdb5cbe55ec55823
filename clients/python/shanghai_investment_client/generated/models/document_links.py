from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DocumentLinks")


@_attrs_define
class DocumentLinks:
    """
    Attributes:
        authors (list[str]): The records of `author_ids` in /v1/people, in order (possibly none).
        claims (str): /v1/claims?document=<id>: the claims whose `document` names this document (a list, possibly
            empty).
        documents (str): /v1/documents?original_document=<id>: the documents whose `original_document_id` names this
            document (a list, possibly empty).
        original_document (None | str): The record of `original_document_id` in /v1/documents; null when
            `original_document_id` is.
        self_ (str): This record.
        text (None | str): The verbatim text served by this API (`text_url`); null for an outside page.
    """

    authors: list[str]
    claims: str
    documents: str
    original_document: None | str
    self_: str
    text: None | str

    def to_dict(self) -> dict[str, Any]:
        authors = self.authors

        claims = self.claims

        documents = self.documents

        original_document: None | str
        original_document = self.original_document

        self_ = self.self_

        text: None | str
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "authors": authors,
                "claims": claims,
                "documents": documents,
                "original_document": original_document,
                "self": self_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        authors = cast(list[str], d.pop("authors"))

        claims = d.pop("claims")

        documents = d.pop("documents")

        def _parse_original_document(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        original_document = _parse_original_document(d.pop("original_document"))

        self_ = d.pop("self")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        document_links = cls(
            authors=authors,
            claims=claims,
            documents=documents,
            original_document=original_document,
            self_=self_,
            text=text,
        )

        return document_links
