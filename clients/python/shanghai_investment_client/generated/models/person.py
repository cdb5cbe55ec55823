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


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """
    Attributes:
        id (str): Stable identifier (slug).
        links (PersonLinks):
        name (str): Name as printed in English (family name first for Chinese names, as the sources write them); for a
            name printed only in Chinese, its pinyin (`name_zh` holds it as printed).
        name_zh (None | str): Chinese name as printed. Null when the source does not report it.
        organization_id (None | str): Organization the person belongs to. Id in /v1/organizations; null when not
            reported.
        place (None | str): Where the role is held. Null when the source does not report it.
        place_basis (None | PersonPlaceBasis): `reported` when a cited source states the place, `inferred` when it is
            our reading of the sources. Null exactly when the place is null or empty.
        role (str): Role or title as the sources give it (the latest reported; roles per edition are in conferences).
        sources (list[Source]): Quotes of the source documents supporting this record.
        organization (None | Organization | Unset): Present only with `expand=organization`: the record
            `organization_id` names, inlined; null when `organization_id` is null. Inlined records are not expanded further.
    """

    id: str
    links: PersonLinks
    name: str
    name_zh: None | str
    organization_id: None | str
    place: None | str
    place_basis: None | PersonPlaceBasis
    role: str
    sources: list[Source]
    organization: None | Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization

        id = self.id

        links = self.links.to_dict()

        name = self.name

        name_zh: None | str
        name_zh = self.name_zh

        organization_id: None | str
        organization_id = self.organization_id

        place: None | str
        place = self.place

        place_basis: None | str
        if isinstance(self.place_basis, PersonPlaceBasis):
            place_basis = self.place_basis.value
        else:
            place_basis = self.place_basis

        role = self.role

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, Organization):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "links": links,
                "name": name,
                "name_zh": name_zh,
                "organization_id": organization_id,
                "place": place,
                "place_basis": place_basis,
                "role": role,
                "sources": sources,
            }
        )
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.organization import Organization
        from ..models.person_links import PersonLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        links = PersonLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_name_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_zh = _parse_name_zh(d.pop("name_zh"))

        def _parse_organization_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization_id = _parse_organization_id(d.pop("organization_id"))

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))

        def _parse_place_basis(data: object) -> None | PersonPlaceBasis:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                place_basis_type_0 = PersonPlaceBasis(data)

                return place_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonPlaceBasis, data)

        place_basis = _parse_place_basis(d.pop("place_basis"))

        role = d.pop("role")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

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

        person = cls(
            id=id,
            links=links,
            name=name,
            name_zh=name_zh,
            organization_id=organization_id,
            place=place,
            place_basis=place_basis,
            role=role,
            sources=sources,
            organization=organization,
        )

        person.additional_properties = d
        return person

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
