from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Readiness")


@_attrs_define
class Readiness:
    """
    Attributes:
        dataset_version (str): Version of the dataset served.
        status (str): `ready` when the database answers.
    """

    dataset_version: str
    status: str

    def to_dict(self) -> dict[str, Any]:
        dataset_version = self.dataset_version

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dataset_version": dataset_version,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_version = d.pop("dataset_version")

        status = d.pop("status")

        readiness = cls(
            dataset_version=dataset_version,
            status=status,
        )

        return readiness
