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
        end (int | None | Unset): Where the quote ends (exclusive), in code points. Null for an outside publication.
        note (None | str | Unset): What the document reports, in this dataset's own words: always given for an outside
            publication (whose text is never copied), optional beside a quote.
        start (int | None | Unset): Where the quote starts in the document's stored text, in Unicode code points from 0:
            `text[start:end]` is the quote. Null for an outside publication.
    """

    document: str
    quote: None | str
    end: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    start: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document = self.document

        quote: None | str
        quote = self.quote

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document": document,
                "quote": quote,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if note is not UNSET:
            field_dict["note"] = note
        if start is not UNSET:
            field_dict["start"] = start

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

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        source = cls(
            document=document,
            quote=quote,
            end=end,
            note=note,
            start=start,
        )

        return source
