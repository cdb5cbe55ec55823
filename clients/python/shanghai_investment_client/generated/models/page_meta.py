from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """
    Attributes:
        dataset_version (str): Version of the dataset served.
        limit (int): Page size used.
        sort (list[str]): Sort applied, id tie-breaker included.
        total (int): Records matching the filters, across all pages.
    """

    dataset_version: str
    limit: int
    sort: list[str]
    total: int

    def to_dict(self) -> dict[str, Any]:
        dataset_version = self.dataset_version

        limit = self.limit

        sort = self.sort

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset_version": dataset_version,
                "limit": limit,
                "sort": sort,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_version = d.pop("dataset_version")

        limit = d.pop("limit")

        sort = cast(list[str], d.pop("sort"))

        total = d.pop("total")

        page_meta = cls(
            dataset_version=dataset_version,
            limit=limit,
            sort=sort,
            total=total,
        )

        return page_meta
