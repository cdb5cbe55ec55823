from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claim_links import ClaimLinks


T = TypeVar("T", bound="ClaimSparse")


@_attrs_define
class ClaimSparse:
    """
    Attributes:
        id (str): Stable identifier: the collection, the record's id and the source's path (`.` and `_` as `-`), joined
            by `--`. Unchanged across builds while the seed does not change.
        collection (str | Unset): Collection of the cited record.
        document (str | Unset): Id of the cited document in /v1/documents.
        end (int | None | Unset): Where the quote ends (exclusive), in code points. Null for an outside publication.
        field (str | Unset): Path of this source within the record's representation: `sources.0` supports the record,
            `reported_figures.2.sources.0` the value at `reported_figures.2`.
        links (ClaimLinks | Unset):
        note (None | str | Unset): What the document reports, in this dataset's own words (always given for an outside
            publication).
        quote (None | str | Unset): Verbatim span of the document's stored text. Null for an outside publication.
        record_id (str | Unset): Id of the record in its collection.
        start (int | None | Unset): Where the quote starts in the document's stored text (`links.text`), in Unicode code
            points from 0: `text[start:end] == quote`. Null for an outside publication.
        url (None | str | Unset): The document's public URL. Null when not known.
    """

    id: str
    collection: str | Unset = UNSET
    document: str | Unset = UNSET
    end: int | None | Unset = UNSET
    field: str | Unset = UNSET
    links: ClaimLinks | Unset = UNSET
    note: None | str | Unset = UNSET
    quote: None | str | Unset = UNSET
    record_id: str | Unset = UNSET
    start: int | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        collection = self.collection

        document = self.document

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        field = self.field

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        quote: None | str | Unset
        if isinstance(self.quote, Unset):
            quote = UNSET
        else:
            quote = self.quote

        record_id = self.record_id

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

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
        if collection is not UNSET:
            field_dict["collection"] = collection
        if document is not UNSET:
            field_dict["document"] = document
        if end is not UNSET:
            field_dict["end"] = end
        if field is not UNSET:
            field_dict["field"] = field
        if links is not UNSET:
            field_dict["links"] = links
        if note is not UNSET:
            field_dict["note"] = note
        if quote is not UNSET:
            field_dict["quote"] = quote
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if start is not UNSET:
            field_dict["start"] = start
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.claim_links import ClaimLinks

        d = dict(src_dict)
        id = d.pop("id")

        collection = d.pop("collection", UNSET)

        document = d.pop("document", UNSET)

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        field = d.pop("field", UNSET)

        _links = d.pop("links", UNSET)
        links: ClaimLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ClaimLinks.from_dict(_links)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_quote(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote = _parse_quote(d.pop("quote", UNSET))

        record_id = d.pop("record_id", UNSET)

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        claim_sparse = cls(
            id=id,
            collection=collection,
            document=document,
            end=end,
            field=field,
            links=links,
            note=note,
            quote=quote,
            record_id=record_id,
            start=start,
            url=url,
        )

        claim_sparse.additional_properties = d
        return claim_sparse

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
