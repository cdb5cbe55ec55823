from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.document_links import DocumentLinks
    from ..models.person import Person


T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """
    Attributes:
        accessed_on (datetime.date | None): When the page at `url` was read. Null for a document whose text is stored
            here.
        author_ids (list[str]): The bylined authors' ids in /v1/people (possibly none).
        bylines (list[str]): Authors as printed.
        citation (Citation):
        id (str): Stable identifier (slug).
        language (str): ISO 639-1 language code.
        links (DocumentLinks):
        original_document_id (None | str): The document this one republishes (same text, earlier publication), when
            known. Null otherwise.
        publication (str): Publication (publisher) as printed.
        publication_note (None | str): Further publication details: where the copy read was published, why a field is
            null, or why the document is cited. Null when the source does not report it.
        published_on (datetime.date | None): Publication date. Null when not printed.
        text_url (None | str): URL path of the verbatim text served by this API. Null for outside publications.
        title (None | str): Headline as printed. Null when the source does not report it.
        url (None | str): Public URL. Null when not known.
        authors (list[Person] | Unset): Present only with `expand=authors`: the records of `author_ids`, inlined in the
            same order. Inlined records are not expanded further.
        original_document (Document | None | Unset): Present only with `expand=original_document`: the record
            `original_document_id` names, inlined; null when `original_document_id` is null. Inlined records are not
            expanded further.
    """

    accessed_on: datetime.date | None
    author_ids: list[str]
    bylines: list[str]
    citation: Citation
    id: str
    language: str
    links: DocumentLinks
    original_document_id: None | str
    publication: str
    publication_note: None | str
    published_on: datetime.date | None
    text_url: None | str
    title: None | str
    url: None | str
    authors: list[Person] | Unset = UNSET
    original_document: Document | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accessed_on: None | str
        if isinstance(self.accessed_on, datetime.date):
            accessed_on = self.accessed_on.isoformat()
        else:
            accessed_on = self.accessed_on

        author_ids = self.author_ids

        bylines = self.bylines

        citation = self.citation.to_dict()

        id = self.id

        language = self.language

        links = self.links.to_dict()

        original_document_id: None | str
        original_document_id = self.original_document_id

        publication = self.publication

        publication_note: None | str
        publication_note = self.publication_note

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        text_url: None | str
        text_url = self.text_url

        title: None | str
        title = self.title

        url: None | str
        url = self.url

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        original_document: dict[str, Any] | None | Unset
        if isinstance(self.original_document, Unset):
            original_document = UNSET
        elif isinstance(self.original_document, Document):
            original_document = self.original_document.to_dict()
        else:
            original_document = self.original_document

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accessed_on": accessed_on,
                "author_ids": author_ids,
                "bylines": bylines,
                "citation": citation,
                "id": id,
                "language": language,
                "links": links,
                "original_document_id": original_document_id,
                "publication": publication,
                "publication_note": publication_note,
                "published_on": published_on,
                "text_url": text_url,
                "title": title,
                "url": url,
            }
        )
        if authors is not UNSET:
            field_dict["authors"] = authors
        if original_document is not UNSET:
            field_dict["original_document"] = original_document

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.citation import Citation
        from ..models.document_links import DocumentLinks
        from ..models.person import Person

        d = dict(src_dict)

        def _parse_accessed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessed_on_type_0 = datetime.date.fromisoformat(data)

                return accessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        accessed_on = _parse_accessed_on(d.pop("accessed_on"))

        author_ids = cast(list[str], d.pop("author_ids"))

        bylines = cast(list[str], d.pop("bylines"))

        citation = Citation.from_dict(d.pop("citation"))

        id = d.pop("id")

        language = d.pop("language")

        links = DocumentLinks.from_dict(d.pop("links"))

        def _parse_original_document_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        original_document_id = _parse_original_document_id(d.pop("original_document_id"))

        publication = d.pop("publication")

        def _parse_publication_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publication_note = _parse_publication_note(d.pop("publication_note"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        def _parse_text_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text_url = _parse_text_url(d.pop("text_url"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        _authors = d.pop("authors", UNSET)
        authors: list[Person] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = Person.from_dict(authors_item_data)

                authors.append(authors_item)

        def _parse_original_document(data: object) -> Document | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_document_type_0 = Document.from_dict(data)

                return original_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Document | None | Unset, data)

        original_document = _parse_original_document(d.pop("original_document", UNSET))

        document = cls(
            accessed_on=accessed_on,
            author_ids=author_ids,
            bylines=bylines,
            citation=citation,
            id=id,
            language=language,
            links=links,
            original_document_id=original_document_id,
            publication=publication,
            publication_note=publication_note,
            published_on=published_on,
            text_url=text_url,
            title=title,
            url=url,
            authors=authors,
            original_document=original_document,
        )

        return document
