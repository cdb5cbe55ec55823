from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_place_basis import PersonPlaceBasis
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization import Organization
    from ..models.person_links import PersonLinks
    from ..models.source import Source


T = TypeVar("T", bound="PersonSparse")


@_attrs_define
class PersonSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        links (PersonLinks | Unset):
        name (str | Unset): Name as printed in English (family name first for Chinese names, as the sources write them);
            for a name printed only in Chinese, its pinyin (`name_zh` holds it as printed).
        name_zh (None | str | Unset): Chinese name as printed. Null when the source does not report it.
        organization (None | Organization | Unset): Present only with `expand=organization`: the record
            `organization_id` names, inlined; null when `organization_id` is null. Inlined records are not expanded further.
        organization_id (None | str | Unset): Organization the person belongs to. Id in /v1/organizations; null when not
            reported.
        place (None | str | Unset): Where the role is held. Null when the source does not report it.
        place_basis (None | PersonPlaceBasis | Unset): `reported` when a cited source states the place, `inferred` when
            it is our reading of the sources. Null exactly when the place is null or empty.
        role (str | Unset): Role or title as the sources give it (the latest reported; roles per edition are in
            conferences).
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
    """

    id: str
    links: PersonLinks | Unset = UNSET
    name: str | Unset = UNSET
    name_zh: None | str | Unset = UNSET
    organization: None | Organization | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    place: None | str | Unset = UNSET
    place_basis: None | PersonPlaceBasis | Unset = UNSET
    role: str | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization

        id = self.id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        name_zh: None | str | Unset
        if isinstance(self.name_zh, Unset):
            name_zh = UNSET
        else:
            name_zh = self.name_zh

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        place_basis: None | str | Unset
        if isinstance(self.place_basis, Unset):
            place_basis = UNSET
        elif isinstance(self.place_basis, PersonPlaceBasis):
            place_basis = self.place_basis.value
        else:
            place_basis = self.place_basis

        role = self.role

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

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
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh
        if organization is not UNSET:
            field_dict["organization"] = organization
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if place is not UNSET:
            field_dict["place"] = place
        if place_basis is not UNSET:
            field_dict["place_basis"] = place_basis
        if role is not UNSET:
            field_dict["role"] = role
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization import Organization
        from ..models.person_links import PersonLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        _links = d.pop("links", UNSET)
        links: PersonLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PersonLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        def _parse_name_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_zh = _parse_name_zh(d.pop("name_zh", UNSET))

        def _parse_organization(data: object) -> None | Organization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organization_type_0 = Organization.from_dict(data)

                return organization_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_place_basis(data: object) -> None | PersonPlaceBasis | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                place_basis_type_0 = PersonPlaceBasis(data)

                return place_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPlaceBasis | Unset, data)

        place_basis = _parse_place_basis(d.pop("place_basis", UNSET))

        role = d.pop("role", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        person_sparse = cls(
            id=id,
            links=links,
            name=name,
            name_zh=name_zh,
            organization=organization,
            organization_id=organization_id,
            place=place,
            place_basis=place_basis,
            role=role,
            sources=sources,
        )

        person_sparse.additional_properties = d
        return person_sparse

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
