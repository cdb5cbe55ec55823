from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.csl_json import CslJson


T = TypeVar("T", bound="Citation")


@_attrs_define
class Citation:
    """
    Attributes:
        csl_json (CslJson):
        text (str): A plain-text reference.
    """

    csl_json: CslJson
    text: str

    def to_dict(self) -> dict[str, Any]:
        csl_json = self.csl_json.to_dict()

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "csl_json": csl_json,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.csl_json import CslJson

        d = dict(src_dict)
        csl_json = CslJson.from_dict(d.pop("csl_json"))

        text = d.pop("text")

        citation = cls(
            csl_json=csl_json,
            text=text,
        )

        return citation
