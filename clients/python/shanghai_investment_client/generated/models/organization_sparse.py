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
    from ..models.organization import Organization
    from ..models.organization_links import OrganizationLinks
    from ..models.source import Source


T = TypeVar("T", bound="OrganizationSparse")


@_attrs_define
class OrganizationSparse:
    """
    Attributes:
        id (str): Stable identifier (slug).
        description (None | str | Unset): What the source says the organization does. Null when the source does not
            report it.
        inferred_roles (list[OrganizationInferredRole] | Unset): The roles of `roles` that are our reading of the
            sources rather than stated by them (the others are reported).
        investments (list[Investment] | Unset): Investments the source reports.
        kind (None | OrganizationKind | Unset): Kind, where a cited source says it or the name or the source's wording
            shows it (see `kind_basis`). Null when the source does not report it.
        kind_basis (None | OrganizationKindBasis | Unset): `reported` when a cited source states the kind, `inferred`
            when it is our reading of the sources. Null exactly when the kind is null or empty.
        links (OrganizationLinks | Unset):
        name (str | Unset): Name as printed: in English where a source prints one, otherwise as printed in Chinese.
        name_zh (None | str | Unset): Chinese name as printed. Null when the source does not report it.
        parent (None | Organization | Unset): Present only with `expand=parent`: the record `parent_id` names, inlined;
            null when `parent_id` is null. Inlined records are not expanded further.
        parent_id (None | str | Unset): Parent organization. Id in /v1/organizations; null when not reported.
        roles (list[OrganizationRole] | Unset): What the organization is in the sources' story, in any edition.
        sources (list[Source] | Unset): Quotes of the source documents supporting this record.
    """

    id: str
    description: None | str | Unset = UNSET
    inferred_roles: list[OrganizationInferredRole] | Unset = UNSET
    investments: list[Investment] | Unset = UNSET
    kind: None | OrganizationKind | Unset = UNSET
    kind_basis: None | OrganizationKindBasis | Unset = UNSET
    links: OrganizationLinks | Unset = UNSET
    name: str | Unset = UNSET
    name_zh: None | str | Unset = UNSET
    parent: None | Organization | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    roles: list[OrganizationRole] | Unset = UNSET
    sources: list[Source] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.organization import Organization

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        inferred_roles: list[str] | Unset = UNSET
        if not isinstance(self.inferred_roles, Unset):
            inferred_roles = []
            for inferred_roles_item_data in self.inferred_roles:
                inferred_roles_item = inferred_roles_item_data.value
                inferred_roles.append(inferred_roles_item)

        investments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.investments, Unset):
            investments = []
            for investments_item_data in self.investments:
                investments_item = investments_item_data.to_dict()
                investments.append(investments_item)

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, OrganizationKind):
            kind = self.kind.value
        else:
            kind = self.kind

        kind_basis: None | str | Unset
        if isinstance(self.kind_basis, Unset):
            kind_basis = UNSET
        elif isinstance(self.kind_basis, OrganizationKindBasis):
            kind_basis = self.kind_basis.value
        else:
            kind_basis = self.kind_basis

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        name = self.name

        name_zh: None | str | Unset
        if isinstance(self.name_zh, Unset):
            name_zh = UNSET
        else:
            name_zh = self.name_zh

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, Organization):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

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
        if description is not UNSET:
            field_dict["description"] = description
        if inferred_roles is not UNSET:
            field_dict["inferred_roles"] = inferred_roles
        if investments is not UNSET:
            field_dict["investments"] = investments
        if kind is not UNSET:
            field_dict["kind"] = kind
        if kind_basis is not UNSET:
            field_dict["kind_basis"] = kind_basis
        if links is not UNSET:
            field_dict["links"] = links
        if name is not UNSET:
            field_dict["name"] = name
        if name_zh is not UNSET:
            field_dict["name_zh"] = name_zh
        if parent is not UNSET:
            field_dict["parent"] = parent
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if roles is not UNSET:
            field_dict["roles"] = roles
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.investment import Investment
        from ..models.organization import Organization
        from ..models.organization_links import OrganizationLinks
        from ..models.source import Source

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _inferred_roles = d.pop("inferred_roles", UNSET)
        inferred_roles: list[OrganizationInferredRole] | Unset = UNSET
        if _inferred_roles is not UNSET:
            inferred_roles = []
            for inferred_roles_item_data in _inferred_roles:
                inferred_roles_item = OrganizationInferredRole(inferred_roles_item_data)

                inferred_roles.append(inferred_roles_item)

        _investments = d.pop("investments", UNSET)
        investments: list[Investment] | Unset = UNSET
        if _investments is not UNSET:
            investments = []
            for investments_item_data in _investments:
                investments_item = Investment.from_dict(investments_item_data)

                investments.append(investments_item)

        def _parse_kind(data: object) -> None | OrganizationKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = OrganizationKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_kind_basis(data: object) -> None | OrganizationKindBasis | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_basis_type_0 = OrganizationKindBasis(data)

                return kind_basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrganizationKindBasis | Unset, data)

        kind_basis = _parse_kind_basis(d.pop("kind_basis", UNSET))

        _links = d.pop("links", UNSET)
        links: OrganizationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = OrganizationLinks.from_dict(_links)

        name = d.pop("name", UNSET)

        def _parse_name_zh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_zh = _parse_name_zh(d.pop("name_zh", UNSET))

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

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _roles = d.pop("roles", UNSET)
        roles: list[OrganizationRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = OrganizationRole(roles_item_data)

                roles.append(roles_item)

        _sources = d.pop("sources", UNSET)
        sources: list[Source] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = Source.from_dict(sources_item_data)

                sources.append(sources_item)

        organization_sparse = cls(
            id=id,
            description=description,
            inferred_roles=inferred_roles,
            investments=investments,
            kind=kind,
            kind_basis=kind_basis,
            links=links,
            name=name,
            name_zh=name_zh,
            parent=parent,
            parent_id=parent_id,
            roles=roles,
            sources=sources,
        )

        organization_sparse.additional_properties = d
        return organization_sparse

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
