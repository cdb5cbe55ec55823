from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """
    Attributes:
        document (str): Id of the source document (see /v1/meta).
        quote (None | str): Verbatim span of the document supporting the record, for a document whose text this dataset
            stores. Null for an outside publication cited by URL, whose text is not part of it.
        note (None | str | Unset): What the document reports, in this dataset's own words: always given for an outside
            publication (whose text is never copied), optional beside a quote.
    """

    document: str
    quote: None | str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document = self.document

        quote: None | str
        quote = self.quote

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document": document,
                "quote": quote,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document = d.pop("document")

        def _parse_quote(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote = _parse_quote(d.pop("quote"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        source = cls(
            document=document,
            quote=quote,
            note=note,
        )

        return source
