from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.partner_group_sums import PartnerGroupSums


T = TypeVar("T", bound="PartnerGroup")


@_attrs_define
class PartnerGroup:
    """
    Attributes:
        count (int): Records in the group.
        key (int | None | str): The value (an id for a relation); null for the records without one.
        label (str): The related record's name, or the value itself as text.
        sums (PartnerGroupSums):
    """

    count: int
    key: int | None | str
    label: str
    sums: PartnerGroupSums

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        key: int | None | str
        key = self.key

        label = self.label

        sums = self.sums.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "key": key,
                "label": label,
                "sums": sums,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.partner_group_sums import PartnerGroupSums

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_key(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        key = _parse_key(d.pop("key"))

        label = d.pop("label")

        sums = PartnerGroupSums.from_dict(d.pop("sums"))

        partner_group = cls(
            count=count,
            key=key,
            label=label,
            sums=sums,
        )

        return partner_group
