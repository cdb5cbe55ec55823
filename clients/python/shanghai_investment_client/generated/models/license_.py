from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="License")


@_attrs_define
class License:
    """
    Attributes:
        name (str):
        note (str):
        url (str):
    """

    name: str
    note: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        note = self.note

        url = self.url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "note": note,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        note = d.pop("note")

        url = d.pop("url")

        license_ = cls(
            name=name,
            note=note,
            url=url,
        )

        return license_
