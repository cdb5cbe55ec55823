from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PageLinks")


@_attrs_define
class PageLinks:
    """
    Attributes:
        self_ (str): This page.
        next_ (str | Unset): The next page; absent on the last page.
        prev (str | Unset): The previous page; absent on the first page.
    """

    self_: str
    next_: str | Unset = UNSET
    prev: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_

        next_ = self.next_

        prev = self.prev

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "self": self_,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        self_ = d.pop("self")

        next_ = d.pop("next", UNSET)

        prev = d.pop("prev", UNSET)

        page_links = cls(
            self_=self_,
            next_=next_,
            prev=prev,
        )

        return page_links
