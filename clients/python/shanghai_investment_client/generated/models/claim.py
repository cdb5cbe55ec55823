from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.claim_links import ClaimLinks


T = TypeVar("T", bound="Claim")


@_attrs_define
class Claim:
    """
    Attributes:
        collection (str): Collection of the cited record.
        document (str): Id of the cited document in /v1/documents.
        end (int | None): Where the quote ends (exclusive), in code points. Null for an outside publication.
        field (str): Path of this source within the record's representation: `sources.0` supports the record,
            `reported_figures.2.sources.0` the value at `reported_figures.2`.
        id (str): Stable identifier: the collection, the record's id and the source's path (`.` and `_` as `-`), joined
            by `--`. Unchanged across builds while the seed does not change.
        links (ClaimLinks):
        note (None | str): What the document reports, in this dataset's own words (always given for an outside
            publication).
        quote (None | str): Verbatim span of the document's stored text. Null for an outside publication.
        record_id (str): Id of the record in its collection.
        start (int | None): Where the quote starts in the document's stored text (`links.text`), in Unicode code points
            from 0: `text[start:end] == quote`. Null for an outside publication.
        url (None | str): The document's public URL. Null when not known.
    """

    collection: str
    document: str
    end: int | None
    field: str
    id: str
    links: ClaimLinks
    note: None | str
    quote: None | str
    record_id: str
    start: int | None
    url: None | str

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection

        document = self.document

        end: int | None
        end = self.end

        field = self.field

        id = self.id

        links = self.links.to_dict()

        note: None | str
        note = self.note

        quote: None | str
        quote = self.quote

        record_id = self.record_id

        start: int | None
        start = self.start

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection": collection,
                "document": document,
                "end": end,
                "field": field,
                "id": id,
                "links": links,
                "note": note,
                "quote": quote,
                "record_id": record_id,
                "start": start,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.claim_links import ClaimLinks

        d = dict(src_dict)
        collection = d.pop("collection")

        document = d.pop("document")

        def _parse_end(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end = _parse_end(d.pop("end"))

        field = d.pop("field")

        id = d.pop("id")

        links = ClaimLinks.from_dict(d.pop("links"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        def _parse_quote(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        quote = _parse_quote(d.pop("quote"))

        record_id = d.pop("record_id")

        def _parse_start(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start = _parse_start(d.pop("start"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        claim = cls(
            collection=collection,
            document=document,
            end=end,
            field=field,
            id=id,
            links=links,
            note=note,
            quote=quote,
            record_id=record_id,
            start=start,
            url=url,
        )

        return claim
