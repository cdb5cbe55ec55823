from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectionEntry")


@_attrs_define
class CollectionEntry:
    """
    Attributes:
        count (int): Number of records.
        description (str): What the collection holds.
        href (str): URL path of the collection.
        name (str): Collection name (URL segment).
    """

    count: int
    description: str
    href: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        description = self.description

        href = self.href

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "description": description,
                "href": href,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")

        description = d.pop("description")

        href = d.pop("href")

        name = d.pop("name")

        collection_entry = cls(
            count=count,
            description=description,
            href=href,
            name=name,
        )

        return collection_entry
