from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.csl_date import CslDate
    from ..models.csl_name import CslName


T = TypeVar("T", bound="CslJson")


@_attrs_define
class CslJson:
    """
    Attributes:
        author (list[CslName]):
        container_title (str):
        id (str):
        language (str):
        type_ (str): `article-newspaper` or `webpage`.
        url (str | Unset): Absent when not known.
        accessed (CslDate | Unset):
        issued (CslDate | Unset):
        note (str | Unset): Publication details, when given.
        title (str | Unset): Absent when the headline is not known.
    """

    author: list[CslName]
    container_title: str
    id: str
    language: str
    type_: str
    url: str | Unset = UNSET
    accessed: CslDate | Unset = UNSET
    issued: CslDate | Unset = UNSET
    note: str | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        author = []
        for author_item_data in self.author:
            author_item = author_item_data.to_dict()
            author.append(author_item)

        container_title = self.container_title

        id = self.id

        language = self.language

        type_ = self.type_

        url = self.url

        accessed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accessed, Unset):
            accessed = self.accessed.to_dict()

        issued: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issued, Unset):
            issued = self.issued.to_dict()

        note = self.note

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "author": author,
                "container-title": container_title,
                "id": id,
                "language": language,
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["URL"] = url
        if accessed is not UNSET:
            field_dict["accessed"] = accessed
        if issued is not UNSET:
            field_dict["issued"] = issued
        if note is not UNSET:
            field_dict["note"] = note
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.csl_date import CslDate
        from ..models.csl_name import CslName

        d = dict(src_dict)
        author = []
        _author = d.pop("author")
        for author_item_data in _author:
            author_item = CslName.from_dict(author_item_data)

            author.append(author_item)

        container_title = d.pop("container-title")

        id = d.pop("id")

        language = d.pop("language")

        type_ = d.pop("type")

        url = d.pop("URL", UNSET)

        _accessed = d.pop("accessed", UNSET)
        accessed: CslDate | Unset
        if isinstance(_accessed, Unset):
            accessed = UNSET
        else:
            accessed = CslDate.from_dict(_accessed)

        _issued = d.pop("issued", UNSET)
        issued: CslDate | Unset
        if isinstance(_issued, Unset):
            issued = UNSET
        else:
            issued = CslDate.from_dict(_issued)

        note = d.pop("note", UNSET)

        title = d.pop("title", UNSET)

        csl_json = cls(
            author=author,
            container_title=container_title,
            id=id,
            language=language,
            type_=type_,
            url=url,
            accessed=accessed,
            issued=issued,
            note=note,
            title=title,
        )

        return csl_json
