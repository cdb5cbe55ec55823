from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.document import Document
    from ..models.document_links import DocumentLinks
    from ..models.person import Person


T = TypeVar("T", bound="DocumentSparse")


@_attrs_define
class DocumentSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        accessed_on (datetime.date | None | Unset): When the page at `url` was read. Null for a document whose text is
            stored here.
        author_ids (list[str] | Unset): The bylined authors' ids in /v1/people (possibly none).
        authors (list[Person] | Unset): Present only with `expand=authors`: the records of `author_ids`, inlined in the
            same order. Inlined records are not expanded further.
        bylines (list[str] | Unset): Authors as printed.
        citation (Citation | Unset):
        language (str | Unset): ISO 639-1 language code.
        links (DocumentLinks | Unset):
        original_document (Document | None | Unset): Present only with `expand=original_document`: the record
            `original_document_id` names, inlined; null when `original_document_id` is null. Inlined records are not
            expanded further.
        original_document_id (None | str | Unset): The document this one republishes (same text, earlier publication),
            when known. Null otherwise.
        publication (str | Unset): Publication (publisher) as printed.
        publication_note (None | str | Unset): Further publication details: where the copy read was published, why a
            field is null, or why the document is cited. Null when the source does not report it.
        published_on (datetime.date | None | Unset): Publication date. Null when not printed.
        text_url (None | str | Unset): URL path of the verbatim text served by this API. Null for outside publications.
        title (None | str | Unset): Headline as printed. Null when the source does not report it.
        url (None | str | Unset): Public URL. Null when not known.
    """

    id: str
    accessed_on: datetime.date | None | Unset = UNSET
    author_ids: list[str] | Unset = UNSET
    authors: list[Person] | Unset = UNSET
    bylines: list[str] | Unset = UNSET
    citation: Citation | Unset = UNSET
    language: str | Unset = UNSET
    links: DocumentLinks | Unset = UNSET
    original_document: Document | None | Unset = UNSET
    original_document_id: None | str | Unset = UNSET
    publication: str | Unset = UNSET
    publication_note: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    text_url: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document

        id = self.id

        accessed_on: None | str | Unset
        if isinstance(self.accessed_on, Unset):
            accessed_on = UNSET
        elif isinstance(self.accessed_on, datetime.date):
            accessed_on = self.accessed_on.isoformat()
        else:
            accessed_on = self.accessed_on

        author_ids: list[str] | Unset = UNSET
        if not isinstance(self.author_ids, Unset):
            author_ids = self.author_ids

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        bylines: list[str] | Unset = UNSET
        if not isinstance(self.bylines, Unset):
            bylines = self.bylines

        citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citation, Unset):
            citation = self.citation.to_dict()

        language = self.language

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        original_document: dict[str, Any] | None | Unset
        if isinstance(self.original_document, Unset):
            original_document = UNSET
        elif isinstance(self.original_document, Document):
            original_document = self.original_document.to_dict()
        else:
            original_document = self.original_document

        original_document_id: None | str | Unset
        if isinstance(self.original_document_id, Unset):
            original_document_id = UNSET
        else:
            original_document_id = self.original_document_id

        publication = self.publication

        publication_note: None | str | Unset
        if isinstance(self.publication_note, Unset):
            publication_note = UNSET
        else:
            publication_note = self.publication_note

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        text_url: None | str | Unset
        if isinstance(self.text_url, Unset):
            text_url = UNSET
        else:
            text_url = self.text_url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if accessed_on is not UNSET:
            field_dict["accessed_on"] = accessed_on
        if author_ids is not UNSET:
            field_dict["author_ids"] = author_ids
        if authors is not UNSET:
            field_dict["authors"] = authors
        if bylines is not UNSET:
            field_dict["bylines"] = bylines
        if citation is not UNSET:
            field_dict["citation"] = citation
        if language is not UNSET:
            field_dict["language"] = language
        if links is not UNSET:
            field_dict["links"] = links
        if original_document is not UNSET:
            field_dict["original_document"] = original_document
        if original_document_id is not UNSET:
            field_dict["original_document_id"] = original_document_id
        if publication is not UNSET:
            field_dict["publication"] = publication
        if publication_note is not UNSET:
            field_dict["publication_note"] = publication_note
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if text_url is not UNSET:
            field_dict["text_url"] = text_url
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.citation import Citation
        from ..models.document import Document
        from ..models.document_links import DocumentLinks
        from ..models.person import Person

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_accessed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accessed_on_type_0 = datetime.date.fromisoformat(data)

                return accessed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accessed_on = _parse_accessed_on(d.pop("accessed_on", UNSET))

        author_ids = cast(list[str], d.pop("author_ids", UNSET))

        _authors = d.pop("authors", UNSET)
        authors: list[Person] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = Person.from_dict(authors_item_data)

                authors.append(authors_item)

        bylines = cast(list[str], d.pop("bylines", UNSET))

        _citation = d.pop("citation", UNSET)
        citation: Citation | Unset
        if isinstance(_citation, Unset):
            citation = UNSET
        else:
            citation = Citation.from_dict(_citation)

        language = d.pop("language", UNSET)

        _links = d.pop("links", UNSET)
        links: DocumentLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = DocumentLinks.from_dict(_links)

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

        def _parse_original_document_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_document_id = _parse_original_document_id(d.pop("original_document_id", UNSET))

        publication = d.pop("publication", UNSET)

        def _parse_publication_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publication_note = _parse_publication_note(d.pop("publication_note", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_text_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_url = _parse_text_url(d.pop("text_url", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        document_sparse = cls(
            id=id,
            accessed_on=accessed_on,
            author_ids=author_ids,
            authors=authors,
            bylines=bylines,
            citation=citation,
            language=language,
            links=links,
            original_document=original_document,
            original_document_id=original_document_id,
            publication=publication,
            publication_note=publication_note,
            published_on=published_on,
            text_url=text_url,
            title=title,
            url=url,
        )

        document_sparse.additional_properties = d
        return document_sparse

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
