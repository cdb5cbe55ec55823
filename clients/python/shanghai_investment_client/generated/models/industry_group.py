from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.industry_group_sums import IndustryGroupSums


T = TypeVar("T", bound="IndustryGroup")


@_attrs_define
class IndustryGroup:
    """
    Attributes:
        count (int): Records in the group.
        key (bool | None | str): The value (an id for a relation); null for the records without one.
        label (str): The related record's name, or the value itself as text.
        sums (IndustryGroupSums):
    """

    count: int
    key: bool | None | str
    label: str
    sums: IndustryGroupSums

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        key: bool | None | str
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
        from ..models.industry_group_sums import IndustryGroupSums

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_key(data: object) -> bool | None | str:
            if data is None:
                return data
            return cast(bool | None | str, data)

        key = _parse_key(d.pop("key"))

        label = d.pop("label")

        sums = IndustryGroupSums.from_dict(d.pop("sums"))

        industry_group = cls(
            count=count,
            key=key,
            label=label,
            sums=sums,
        )

        return industry_group
