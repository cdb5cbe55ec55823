from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AutocompleteMeta")


@_attrs_define
class AutocompleteMeta:
    """
    Attributes:
        dataset_version (str): Version of the dataset served.
    """

    dataset_version: str

    def to_dict(self) -> dict[str, Any]:
        dataset_version = self.dataset_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset_version": dataset_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_version = d.pop("dataset_version")

        autocomplete_meta = cls(
            dataset_version=dataset_version,
        )

        return autocomplete_meta
