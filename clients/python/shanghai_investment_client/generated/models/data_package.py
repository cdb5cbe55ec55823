from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_package_licenses_item import DataPackageLicensesItem
    from ..models.data_package_resources_item import DataPackageResourcesItem


T = TypeVar("T", bound="DataPackage")


@_attrs_define
class DataPackage:
    """
    Attributes:
        created (str):
        homepage (str):
        licenses (list[DataPackageLicensesItem]):
        name (str):
        profile (str):
        resources (list[DataPackageResourcesItem]): Tabular data resources (see the Table Schema specification).
        title (str):
        version (str):
    """

    created: str
    homepage: str
    licenses: list[DataPackageLicensesItem]
    name: str
    profile: str
    resources: list[DataPackageResourcesItem]
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        homepage = self.homepage

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item = licenses_item_data.to_dict()
            licenses.append(licenses_item)

        name = self.name

        profile = self.profile

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        title = self.title

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "homepage": homepage,
                "licenses": licenses,
                "name": name,
                "profile": profile,
                "resources": resources,
                "title": title,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_package_licenses_item import DataPackageLicensesItem
        from ..models.data_package_resources_item import DataPackageResourcesItem

        d = dict(src_dict)
        created = d.pop("created")

        homepage = d.pop("homepage")

        licenses = []
        _licenses = d.pop("licenses")
        for licenses_item_data in _licenses:
            licenses_item = DataPackageLicensesItem.from_dict(licenses_item_data)

            licenses.append(licenses_item)

        name = d.pop("name")

        profile = d.pop("profile")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = DataPackageResourcesItem.from_dict(resources_item_data)

            resources.append(resources_item)

        title = d.pop("title")

        version = d.pop("version")

        data_package = cls(
            created=created,
            homepage=homepage,
            licenses=licenses,
            name=name,
            profile=profile,
            resources=resources,
            title=title,
            version=version,
        )

        data_package.additional_properties = d
        return data_package

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
