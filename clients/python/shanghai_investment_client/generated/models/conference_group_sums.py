from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.conference_projects_started_value_totals import ConferenceProjectsStartedValueTotals
    from ..models.conference_signed_value_totals import ConferenceSignedValueTotals
    from ..models.conference_signed_value_usd_totals import ConferenceSignedValueUsdTotals


T = TypeVar("T", bound="ConferenceGroupSums")


@_attrs_define
class ConferenceGroupSums:
    """
    Attributes:
        projects_started_value (ConferenceProjectsStartedValueTotals):
        signed_value (ConferenceSignedValueTotals):
        signed_value_usd (ConferenceSignedValueUsdTotals):
    """

    projects_started_value: ConferenceProjectsStartedValueTotals
    signed_value: ConferenceSignedValueTotals
    signed_value_usd: ConferenceSignedValueUsdTotals

    def to_dict(self) -> dict[str, Any]:
        projects_started_value = self.projects_started_value.to_dict()

        signed_value = self.signed_value.to_dict()

        signed_value_usd = self.signed_value_usd.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projects_started_value": projects_started_value,
                "signed_value": signed_value,
                "signed_value_usd": signed_value_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference_projects_started_value_totals import ConferenceProjectsStartedValueTotals
        from ..models.conference_signed_value_totals import ConferenceSignedValueTotals
        from ..models.conference_signed_value_usd_totals import ConferenceSignedValueUsdTotals

        d = dict(src_dict)
        projects_started_value = ConferenceProjectsStartedValueTotals.from_dict(d.pop("projects_started_value"))

        signed_value = ConferenceSignedValueTotals.from_dict(d.pop("signed_value"))

        signed_value_usd = ConferenceSignedValueUsdTotals.from_dict(d.pop("signed_value_usd"))

        conference_group_sums = cls(
            projects_started_value=projects_started_value,
            signed_value=signed_value,
            signed_value_usd=signed_value_usd,
        )

        return conference_group_sums
