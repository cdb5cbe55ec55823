from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.document import Document
    from ..models.document_sparse import DocumentSparse
    from ..models.page_links import PageLinks
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="DocumentPage")


@_attrs_define
class DocumentPage:
    """
    Attributes:
        data (list[Document | DocumentSparse]): The records.
        links (PageLinks):
        meta (PageMeta):
    """

    data: list[Document | DocumentSparse]
    links: PageLinks
    meta: PageMeta

    def to_dict(self) -> dict[str, Any]:
        from ..models.document import Document

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, Document):
                data_item = data_item_data.to_dict()
            else:
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
        from ..models.document import Document
        from ..models.document_sparse import DocumentSparse
        from ..models.page_links import PageLinks
        from ..models.page_meta import PageMeta

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(data: object) -> Document | DocumentSparse:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = Document.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_1 = DocumentSparse.from_dict(data)

                return data_item_type_1

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        links = PageLinks.from_dict(d.pop("links"))

        meta = PageMeta.from_dict(d.pop("meta"))

        document_page = cls(
            data=data,
            links=links,
            meta=meta,
        )

        return document_page
