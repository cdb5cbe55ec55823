from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.document_1_links import Document1Links


T = TypeVar("T", bound="Document1")


@_attrs_define
class Document1:
    """
    Attributes:
        accessed_on (datetime.date | None): When the page at `url` was read. Null for a document whose text is stored
            here.
        author_ids (list[str]): The bylined authors' ids in /v1/people (possibly none).
        bylines (list[str]): Authors as printed.
        citation (Citation):
        id (str): Stable identifier (slug).
        language (str): ISO 639-1 language code.
        original_document_id (None | str): The document this one republishes (same text, earlier publication), when
            known. Null otherwise.
        publication (str): Publication (publisher) as printed.
        publication_note (None | str): Further publication details: where the copy read was published, why a field is
            null, or why the document is cited. Null when the source does not report it.
        published_on (datetime.date | None): Publication date. Null when not printed.
        text_url (None | str): URL path of the verbatim text served by this API. Null for outside publications.
        title (None | str): Headline as printed. Null when the source does not report it.
        url (None | str): Public URL. Null when not known.
        links (Document1Links | Unset): URL paths of this document (`self`), its text (`text`, null when not stored
            here), its authors, the document it republishes and the claims citing it.
    """

    accessed_on: datetime.date | None
    author_ids: list[str]
    bylines: list[str]
    citation: Citation
    id: str
    language: str
    original_document_id: None | str
    publication: str
    publication_note: None | str
    published_on: datetime.date | None
    text_url: None | str
    title: None | str
    url: None | str
    links: Document1Links | Unset = UNSET

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

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accessed_on": accessed_on,
                "author_ids": author_ids,
                "bylines": bylines,
                "citation": citation,
                "id": id,
                "language": language,
                "original_document_id": original_document_id,
                "publication": publication,
                "publication_note": publication_note,
                "published_on": published_on,
                "text_url": text_url,
                "title": title,
                "url": url,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.citation import Citation
        from ..models.document_1_links import Document1Links

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

        _links = d.pop("links", UNSET)
        links: Document1Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = Document1Links.from_dict(_links)

        document_1 = cls(
            accessed_on=accessed_on,
            author_ids=author_ids,
            bylines=bylines,
            citation=citation,
            id=id,
            language=language,
            original_document_id=original_document_id,
            publication=publication,
            publication_note=publication_note,
            published_on=published_on,
            text_url=text_url,
            title=title,
            url=url,
            links=links,
        )

        return document_1
