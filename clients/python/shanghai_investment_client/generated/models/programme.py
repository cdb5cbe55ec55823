from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Programme")


@_attrs_define
class Programme:
    """
    Attributes:
        name (str): Programme name.
        summary (str): What the sources say about the programme: verbatim for the stored article, in our own words
            otherwise.
    """

    name: str
    summary: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        summary = self.summary

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        summary = d.pop("summary")

        programme = cls(
            name=name,
            summary=summary,
        )

        return programme
