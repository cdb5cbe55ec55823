from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.landing_links import LandingLinks


T = TypeVar("T", bound="Landing")


@_attrs_define
class Landing:
    """
    Attributes:
        links (LandingLinks):
        name (str): The API's name.
    """

    links: LandingLinks
    name: str

    def to_dict(self) -> dict[str, Any]:
        links = self.links.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "links": links,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.landing_links import LandingLinks

        d = dict(src_dict)
        links = LandingLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        landing = cls(
            links=links,
            name=name,
        )

        return landing
