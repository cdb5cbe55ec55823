from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.project_value_totals import ProjectValueTotals
    from ..models.project_value_usd_totals import ProjectValueUsdTotals


T = TypeVar("T", bound="ProjectGroupSums")


@_attrs_define
class ProjectGroupSums:
    """
    Attributes:
        value (ProjectValueTotals):
        value_usd (ProjectValueUsdTotals):
    """

    value: ProjectValueTotals
    value_usd: ProjectValueUsdTotals

    def to_dict(self) -> dict[str, Any]:
        value = self.value.to_dict()

        value_usd = self.value_usd.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
                "value_usd": value_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_value_totals import ProjectValueTotals
        from ..models.project_value_usd_totals import ProjectValueUsdTotals

        d = dict(src_dict)
        value = ProjectValueTotals.from_dict(d.pop("value"))

        value_usd = ProjectValueUsdTotals.from_dict(d.pop("value_usd"))

        project_group_sums = cls(
            value=value,
            value_usd=value_usd,
        )

        return project_group_sums
