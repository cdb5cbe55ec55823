from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.industry_parent_basis import IndustryParentBasis
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.industry_links import IndustryLinks
    from ..models.source import Source


T = TypeVar("T", bound="Industry")


@_attrs_define
class Industry:
    """
    Attributes:
        id (str): Stable identifier (slug).
        links (IndustryLinks):
        name (str): Industry name.
        parent_basis (IndustryParentBasis | None): `reported` when a cited source states the parent, `inferred` when it
            is our reading of the sources. Null exactly when the parent is null or empty.
        parent_id (None | str): Broader industry. Id in /v1/industries; null when not reported.
        sources (list[Source]): Quotes of the source documents supporting this record.
        strategic (bool): True for the three strategic industries the signed projects cover.
        parent (Industry | None | Unset): Present only with `expand=parent`: the record `parent_id` names, inlined; null
            when `parent_id` is null. Inlined records are not expanded further.
    """

    id: str
    links: IndustryLinks
    name: str
    parent_basis: IndustryParentBasis | None
    parent_id: None | str
    sources: list[Source]
    strategic: bool
    parent: Industry | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        links = self.links.to_dict()

        name = self.name

        parent_basis: None | str
        if isinstance(self.parent_basis, IndustryParentBasis):
            parent_basis = self.parent_basis.value
        else:
            parent_basis = self.parent_basis

        parent_id: None | str
        parent_id = self.parent_id

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        strategic = self.strategic

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Industry):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "links": links,
                "name": name,
                "parent_basis": parent_basis,
                "parent_id": parent_id,
                "sources": sources,
                "strategic": strategic,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.industry_links import IndustryLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        links = IndustryLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_parent_basis(data: object) -> IndustryParentBasis | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_basis_type_0 = IndustryParentBasis(data)

                return parent_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndustryParentBasis | None, data)

        parent_basis = _parse_parent_basis(d.pop("parent_basis"))

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        strategic = d.pop("strategic")

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

        industry = cls(
            id=id,
            links=links,
            name=name,
            parent_basis=parent_basis,
            parent_id=parent_id,
            sources=sources,
            strategic=strategic,
            parent=parent,
        )

        industry.additional_properties = d
        return industry

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
