from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Platform")


@_attrs_define
class Platform:
    """
    Attributes:
        name (str): Platform name as printed.
        organization_id (None | str): The organization behind the platform. Id in /v1/organizations; null when not
            reported.
        park_id (None | str): The park this platform is. Id in /v1/parks; null when not reported.
    """

    name: str
    organization_id: None | str
    park_id: None | str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization_id: None | str
        organization_id = self.organization_id

        park_id: None | str
        park_id = self.park_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
                "park_id": park_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_park_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        park_id = _parse_park_id(d.pop("park_id"))

        platform = cls(
            name=name,
            organization_id=organization_id,
            park_id=park_id,
        )

        return platform
