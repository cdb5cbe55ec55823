from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.person_group_sums import PersonGroupSums


T = TypeVar("T", bound="PersonGroup")


@_attrs_define
class PersonGroup:
    """
    Attributes:
        count (int): Records in the group.
        key (None | str): The value (an id for a relation); null for the records without one.
        label (str): The related record's name, or the value itself as text.
        sums (PersonGroupSums):
    """

    count: int
    key: None | str
    label: str
    sums: PersonGroupSums

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        key: None | str
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
        from ..models.person_group_sums import PersonGroupSums

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_key(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key = _parse_key(d.pop("key"))

        label = d.pop("label")

        sums = PersonGroupSums.from_dict(d.pop("sums"))

        person_group = cls(
            count=count,
            key=key,
            label=label,
            sums=sums,
        )

        return person_group
