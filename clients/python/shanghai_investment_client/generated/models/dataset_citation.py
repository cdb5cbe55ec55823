from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.cited_license import CitedLicense


T = TypeVar("T", bound="DatasetCitation")


@_attrs_define
class DatasetCitation:
    """
    Attributes:
        date (str): When this version was built (ISO 8601 date).
        license_ (CitedLicense):
        text (str): The citation as one plain-text reference.
        title (str): The dataset's title.
        url (str): Where the dataset is served: absolute when the server is configured with its public address
            (`PUBLIC_URL`), else the path `/v1/meta` on this server. Never taken from the request's `Host`.
        version (str): The dataset version cited.
    """

    date: str
    license_: CitedLicense
    text: str
    title: str
    url: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        license_ = self.license_.to_dict()

        text = self.text

        title = self.title

        url = self.url

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "license": license_,
                "text": text,
                "title": title,
                "url": url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cited_license import CitedLicense

        d = dict(src_dict)
        date = d.pop("date")

        license_ = CitedLicense.from_dict(d.pop("license"))

        text = d.pop("text")

        title = d.pop("title")

        url = d.pop("url")

        version = d.pop("version")

        dataset_citation = cls(
            date=date,
            license_=license_,
            text=text,
            title=title,
            url=url,
            version=version,
        )

        return dataset_citation
