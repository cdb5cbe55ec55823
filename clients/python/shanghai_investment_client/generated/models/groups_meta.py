from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupsMeta")


@_attrs_define
class GroupsMeta:
    """
    Attributes:
        by (str): The field grouped by.
        dataset_version (str): Version of the dataset served.
        limit (int): Page size used.
        sort (list[str]): Order of the groups.
        total_groups (int): Groups across all pages.
    """

    by: str
    dataset_version: str
    limit: int
    sort: list[str]
    total_groups: int

    def to_dict(self) -> dict[str, Any]:
        by = self.by

        dataset_version = self.dataset_version

        limit = self.limit

        sort = self.sort

        total_groups = self.total_groups

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "by": by,
                "dataset_version": dataset_version,
                "limit": limit,
                "sort": sort,
                "total_groups": total_groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        by = d.pop("by")

        dataset_version = d.pop("dataset_version")

        limit = d.pop("limit")

        sort = cast(list[str], d.pop("sort"))

        total_groups = d.pop("total_groups")

        groups_meta = cls(
            by=by,
            dataset_version=dataset_version,
            limit=limit,
            sort=sort,
            total_groups=total_groups,
        )

        return groups_meta
