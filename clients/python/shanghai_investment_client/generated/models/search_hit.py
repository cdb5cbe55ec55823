from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        id (str): Record id.
        kind (str): Collection of the record (one of the `kind` parameter's values).
        link (str): URL path of the record.
        score (float): Relevance (BM25; higher is better).
        snippet (str): Best matching excerpt as an HTML fragment: the record's text HTML-escaped (`&`, `<`, `>`),
            matches wrapped in `<mark>`…`</mark>`.
        title (str): Record name or text.
    """

    id: str
    kind: str
    link: str
    score: float
    snippet: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kind = self.kind

        link = self.link

        score = self.score

        snippet = self.snippet

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "link": link,
                "score": score,
                "snippet": snippet,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        link = d.pop("link")

        score = d.pop("score")

        snippet = d.pop("snippet")

        title = d.pop("title")

        search_hit = cls(
            id=id,
            kind=kind,
            link=link,
            score=score,
            snippet=snippet,
            title=title,
        )

        return search_hit
