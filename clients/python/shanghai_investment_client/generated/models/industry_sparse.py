from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.industry_parent_basis import IndustryParentBasis
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.industry import Industry
    from ..models.industry_links import IndustryLinks
    from ..models.source import Source


T = TypeVar("T", bound="IndustrySparse")


@_attrs_define
class IndustrySparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        links (IndustryLinks | Unset):
        name (str | Unset): Industry name.
        parent (Industry | None | Unset): Present only with `expand=parent`: the record `parent_id` names, inlined; null
            when `parent_id` is null. Inlined records are not expanded further.
        parent_basis (IndustryParentBasis | None | Unset): `reported` when a cited source states the parent, `inferred`
            when it is our reading of the sources. Null exactly when the parent is null or empty.
        parent_id (None | str | Unset): Broader industry. Id in /v1/industries; null when not reported.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
        strategic (bool | Unset): True for the three strategic industries the signed projects cover.
    """

    id: str
    links: IndustryLinks | Unset = UNSET
    name: str | Unset = UNSET
    parent: Industry | None | Unset = UNSET
    parent_basis: IndustryParentBasis | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    strategic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.industry import Industry

        id = self.id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Industry):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        parent_basis: None | str | Unset
        if isinstance(self.parent_basis, Unset):
            parent_basis = UNSET
        elif isinstance(self.parent_basis, IndustryParentBasis):
            parent_basis = self.parent_basis.value
        else:
            parent_basis = self.parent_basis

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        strategic = self.strategic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parent_basis is not UNSET:
            field_dict["parent_basis"] = parent_basis
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if sources is not UNSET:
            field_dict["sources"] = sources
        if strategic is not UNSET:
            field_dict["strategic"] = strategic

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.industry import Industry
        from ..models.industry_links import IndustryLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        _links = d.pop("links", UNSET)
        links: IndustryLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = IndustryLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        def _parse_parent(data: object) -> Industry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Industry.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Industry | None | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_parent_basis(data: object) -> IndustryParentBasis | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_basis_type_0 = IndustryParentBasis(data)

                return parent_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndustryParentBasis | None | Unset, data)

        parent_basis = _parse_parent_basis(d.pop("parent_basis", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        strategic = d.pop("strategic", UNSET)

        industry_sparse = cls(
            id=id,
            links=links,
            name=name,
            parent=parent,
            parent_basis=parent_basis,
            parent_id=parent_id,
            sources=sources,
            strategic=strategic,
        )

        industry_sparse.additional_properties = d
        return industry_sparse

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
