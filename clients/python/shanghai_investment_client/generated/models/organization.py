from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_inferred_role import OrganizationInferredRole
from ..models.organization_kind import OrganizationKind
from ..models.organization_kind_basis import OrganizationKindBasis
from ..models.organization_role import OrganizationRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.investment import Investment
    from ..models.organization_links import OrganizationLinks
    from ..models.source import Source


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """
    Attributes:
        description (None | str): What the source says the organization does. Null when the source does not report it.
        id (str): Stable identifier (slug).
        inferred_roles (list[OrganizationInferredRole]): The roles of `roles` that are our reading of the sources rather
            than stated by them (the others are reported).
        investments (list[Investment]): Investments the source reports.
        kind (None | OrganizationKind): Kind, where a cited source says it or the name or the source's wording shows it
            (see `kind_basis`). Null when the source does not report it.
        kind_basis (None | OrganizationKindBasis): `reported` when a cited source states the kind, `inferred` when it is
            our reading of the sources. Null exactly when the kind is null or empty.
        links (OrganizationLinks):
        name (str): Name as printed: in English where a source prints one, otherwise as printed in Chinese.
        name_zh (None | str): Chinese name as printed. Null when the source does not report it.
        parent_id (None | str): Parent organization. Id in /v1/organizations; null when not reported.
        roles (list[OrganizationRole]): What the organization is in the sources' story, in any edition.
        sources (list[Source]): Quotes of the source documents supporting this record.
        parent (None | Organization | Unset): Present only with `expand=parent`: the record `parent_id` names, inlined;
            null when `parent_id` is null. Inlined records are not expanded further.
    """

    description: None | str
    id: str
    inferred_roles: list[OrganizationInferredRole]
    investments: list[Investment]
    kind: None | OrganizationKind
    kind_basis: None | OrganizationKindBasis
    links: OrganizationLinks
    name: str
    name_zh: None | str
    parent_id: None | str
    roles: list[OrganizationRole]
    sources: list[Source]
    parent: None | Organization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        id = self.id

        inferred_roles = []
        for inferred_roles_item_data in self.inferred_roles:
            inferred_roles_item = inferred_roles_item_data.value
            inferred_roles.append(inferred_roles_item)

        investments = []
        for investments_item_data in self.investments:
            investments_item = investments_item_data.to_dict()
            investments.append(investments_item)

        kind: None | str
        if isinstance(self.kind, OrganizationKind):
            kind = self.kind.value
        else:
            kind = self.kind

        kind_basis: None | str
        if isinstance(self.kind_basis, OrganizationKindBasis):
            kind_basis = self.kind_basis.value
        else:
            kind_basis = self.kind_basis

        links = self.links.to_dict()

        name = self.name

        name_zh: None | str
        name_zh = self.name_zh

        parent_id: None | str
        parent_id = self.parent_id

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Organization):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "inferred_roles": inferred_roles,
                "investments": investments,
                "kind": kind,
                "kind_basis": kind_basis,
                "links": links,
                "name": name,
                "name_zh": name_zh,
                "parent_id": parent_id,
                "roles": roles,
                "sources": sources,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.investment import Investment
        from ..models.organization_links import OrganizationLinks
        from ..models.source import Source

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        inferred_roles = []
        _inferred_roles = d.pop("inferred_roles")
        for inferred_roles_item_data in _inferred_roles:
            inferred_roles_item = OrganizationInferredRole(inferred_roles_item_data)

            inferred_roles.append(inferred_roles_item)

        investments = []
        _investments = d.pop("investments")
        for investments_item_data in _investments:
            investments_item = Investment.from_dict(investments_item_data)

            investments.append(investments_item)

        def _parse_kind(data: object) -> None | OrganizationKind:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrganizationKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationKind, data)

        kind = _parse_kind(d.pop("kind"))

        def _parse_kind_basis(data: object) -> None | OrganizationKindBasis:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_basis_type_0 = OrganizationKindBasis(data)

                return kind_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationKindBasis, data)

        kind_basis = _parse_kind_basis(d.pop("kind_basis"))

        links = OrganizationLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_name_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_zh = _parse_name_zh(d.pop("name_zh"))

        def _parse_parent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = OrganizationRole(roles_item_data)

            roles.append(roles_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        def _parse_parent(data: object) -> None | Organization | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Organization.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organization | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        organization = cls(
            description=description,
            id=id,
            inferred_roles=inferred_roles,
            investments=investments,
            kind=kind,
            kind_basis=kind_basis,
            links=links,
            name=name,
            name_zh=name_zh,
            parent_id=parent_id,
            roles=roles,
            sources=sources,
            parent=parent,
        )

        organization.additional_properties = d
        return organization

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
