from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.dataset_citation import DatasetCitation
    from ..models.document import Document
    from ..models.license_ import License
    from ..models.meta_counts import MetaCounts


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """
    Attributes:
        built_at (str): When the database was built (ISO 8601, UTC).
        citation (str): How to cite the source article.
        counts (MetaCounts): Records per collection.
        dataset_citation (DatasetCitation):
        dataset_version (str): Hash of the seed files the database was built from.
        documents (list[Document]): Source documents every `sources[].document` refers to.
        license_ (License):
        synthetic (bool): True only for generated benchmark data, never the real dataset.
    """

    built_at: str
    citation: str
    counts: MetaCounts
    dataset_citation: DatasetCitation
    dataset_version: str
    documents: list[Document]
    license_: License
    synthetic: bool

    def to_dict(self) -> dict[str, Any]:
        built_at = self.built_at

        citation = self.citation

        counts = self.counts.to_dict()

        dataset_citation = self.dataset_citation.to_dict()

        dataset_version = self.dataset_version

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        license_ = self.license_.to_dict()

        synthetic = self.synthetic

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "built_at": built_at,
                "citation": citation,
                "counts": counts,
                "dataset_citation": dataset_citation,
                "dataset_version": dataset_version,
                "documents": documents,
                "license": license_,
                "synthetic": synthetic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_citation import DatasetCitation
        from ..models.document import Document
        from ..models.license_ import License
        from ..models.meta_counts import MetaCounts

        d = dict(src_dict)
        built_at = d.pop("built_at")

        citation = d.pop("citation")

        counts = MetaCounts.from_dict(d.pop("counts"))

        dataset_citation = DatasetCitation.from_dict(d.pop("dataset_citation"))

        dataset_version = d.pop("dataset_version")

        documents = []
        _documents = d.pop("documents")
        for documents_item_data in _documents:
            documents_item = Document.from_dict(documents_item_data)

            documents.append(documents_item)

        license_ = License.from_dict(d.pop("license"))

        synthetic = d.pop("synthetic")

        meta = cls(
            built_at=built_at,
            citation=citation,
            counts=counts,
            dataset_citation=dataset_citation,
            dataset_version=dataset_version,
            documents=documents,
            license_=license_,
            synthetic=synthetic,
        )

        return meta
