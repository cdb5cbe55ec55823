from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """
    Attributes:
        collection (str): Collection of the record (one of the `collection` parameter's values).
        id (str): Record id.
        name (str): The record's name.
        url (str): URL path of the record.
    """

    collection: str
    id: str
    name: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        collection = self.collection

        id = self.id

        name = self.name

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "collection": collection,
                "id": id,
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection = d.pop("collection")

        id = d.pop("id")

        name = d.pop("name")

        url = d.pop("url")

        suggestion = cls(
            collection=collection,
            id=id,
            name=name,
            url=url,
        )

        return suggestion
