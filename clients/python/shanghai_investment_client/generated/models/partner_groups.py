from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.groups_meta import GroupsMeta
    from ..models.page_links import PageLinks
    from ..models.partner_group import PartnerGroup


T = TypeVar("T", bound="PartnerGroups")


@_attrs_define
class PartnerGroups:
    """
    Attributes:
        data (list[PartnerGroup]):
        links (PageLinks):
        meta (GroupsMeta):
    """

    data: list[PartnerGroup]
    links: PageLinks
    meta: GroupsMeta

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.groups_meta import GroupsMeta
        from ..models.page_links import PageLinks
        from ..models.partner_group import PartnerGroup

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PartnerGroup.from_dict(data_item_data)

            data.append(data_item)

        links = PageLinks.from_dict(d.pop("links"))

        meta = GroupsMeta.from_dict(d.pop("meta"))

        partner_groups = cls(
            data=data,
            links=links,
            meta=meta,
        )

        return partner_groups
