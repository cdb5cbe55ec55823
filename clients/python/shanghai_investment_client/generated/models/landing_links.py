from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LandingLinks")


@_attrs_define
class LandingLinks:
    """
    Attributes:
        docs (str): Interactive documentation (Swagger UI).
        health (str): Liveness.
        meta (str): The dataset's metadata.
        openapi (str): The OpenAPI document.
        readiness (str): Readiness.
        redoc (str): Reference documentation (ReDoc).
        v1 (str): Version 1 of the API: its collections.
    """

    docs: str
    health: str
    meta: str
    openapi: str
    readiness: str
    redoc: str
    v1: str

    def to_dict(self) -> dict[str, Any]:
        docs = self.docs

        health = self.health

        meta = self.meta

        openapi = self.openapi

        readiness = self.readiness

        redoc = self.redoc

        v1 = self.v1

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "docs": docs,
                "health": health,
                "meta": meta,
                "openapi": openapi,
                "readiness": readiness,
                "redoc": redoc,
                "v1": v1,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        docs = d.pop("docs")

        health = d.pop("health")

        meta = d.pop("meta")

        openapi = d.pop("openapi")

        readiness = d.pop("readiness")

        redoc = d.pop("redoc")

        v1 = d.pop("v1")

        landing_links = cls(
            docs=docs,
            health=health,
            meta=meta,
            openapi=openapi,
            readiness=readiness,
            redoc=redoc,
            v1=v1,
        )

        return landing_links
