from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClaimLinks")


@_attrs_define
class ClaimLinks:
    """
    Attributes:
        document (str): The cited document in /v1/documents.
        record (str): The cited record.
        self_ (str): This record.
        text (None | str): The document's verbatim text served by this API; null for an outside page.
    """

    document: str
    record: str
    self_: str
    text: None | str

    def to_dict(self) -> dict[str, Any]:
        document = self.document

        record = self.record

        self_ = self.self_

        text: None | str
        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document": document,
                "record": record,
                "self": self_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document = d.pop("document")

        record = d.pop("record")

        self_ = d.pop("self")

        def _parse_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        text = _parse_text(d.pop("text"))

        claim_links = cls(
            document=document,
            record=record,
            self_=self_,
            text=text,
        )

        return claim_links
