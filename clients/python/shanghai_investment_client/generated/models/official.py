from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.official_basis import OfficialBasis

T = TypeVar("T", bound="Official")


@_attrs_define
class Official:
    """
    Attributes:
        basis (None | OfficialBasis): `reported` when a cited source states the role, `inferred` when it is our reading
            of the sources. Null exactly when the role is null or empty.
        person_id (str): The official's id in /v1/people.
        role (str): Role at the time of the conference, as the source gives it.
    """

    basis: None | OfficialBasis
    person_id: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        basis: None | str
        if isinstance(self.basis, OfficialBasis):
            basis = self.basis.value
        else:
            basis = self.basis

        person_id = self.person_id

        role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "basis": basis,
                "person_id": person_id,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_basis(data: object) -> None | OfficialBasis:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                basis_type_0 = OfficialBasis(data)

                return basis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OfficialBasis, data)

        basis = _parse_basis(d.pop("basis"))

        person_id = d.pop("person_id")

        role = d.pop("role")

        official = cls(
            basis=basis,
            person_id=person_id,
            role=role,
        )

        return official
