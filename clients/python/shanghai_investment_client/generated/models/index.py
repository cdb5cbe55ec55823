from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.collection_entry import CollectionEntry
    from ..models.index_links import IndexLinks


T = TypeVar("T", bound="Index")


@_attrs_define
class Index:
    """
    Attributes:
        api_version (str): API version (`v1`).
        collections (list[CollectionEntry]):
        dataset_version (str): Version of the dataset served.
        links (IndexLinks): Search, dataset metadata, documentation and the OpenAPI document.
    """

    api_version: str
    collections: list[CollectionEntry]
    dataset_version: str
    links: IndexLinks

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        dataset_version = self.dataset_version

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_version": api_version,
                "collections": collections,
                "dataset_version": dataset_version,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_entry import CollectionEntry
        from ..models.index_links import IndexLinks

        d = dict(src_dict)
        api_version = d.pop("api_version")

        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:
            collections_item = CollectionEntry.from_dict(collections_item_data)

            collections.append(collections_item)

        dataset_version = d.pop("dataset_version")

        links = IndexLinks.from_dict(d.pop("links"))

        index = cls(
            api_version=api_version,
            collections=collections,
            dataset_version=dataset_version,
            links=links,
        )

        return index
