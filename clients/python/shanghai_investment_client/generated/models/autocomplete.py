from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.autocomplete_meta import AutocompleteMeta
    from ..models.page_links import PageLinks
    from ..models.suggestion import Suggestion


T = TypeVar("T", bound="Autocomplete")


@_attrs_define
class Autocomplete:
    """
    Attributes:
        data (list[Suggestion]):
        links (PageLinks):
        meta (AutocompleteMeta):
    """

    data: list[Suggestion]
    links: PageLinks
    meta: AutocompleteMeta

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
        from ..models.autocomplete_meta import AutocompleteMeta
        from ..models.page_links import PageLinks
        from ..models.suggestion import Suggestion

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Suggestion.from_dict(data_item_data)

            data.append(data_item)

        links = PageLinks.from_dict(d.pop("links"))

        meta = AutocompleteMeta.from_dict(d.pop("meta"))

        autocomplete = cls(
            data=data,
            links=links,
            meta=meta,
        )

        return autocomplete
