from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """
    Attributes:
        code (str): Stable machine-readable problem code.
        detail (str): Explanation specific to this occurrence.
        errors (list[ProblemError]): Every offending input (empty when the problem is not about input).
        instance (None | str): The request path; null when the server refused the request before reading it (an over-
            long or malformed request line).
        request_id (str): This request's id (also in `X-Request-ID`).
        status (int): HTTP status code.
        title (str): Short summary of the problem type.
        type_ (str): URI reference identifying the problem type; it documents the problem.
    """

    code: str
    detail: str
    errors: list[ProblemError]
    instance: None | str
    request_id: str
    status: int
    title: str
    type_: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        detail = self.detail

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        instance: None | str
        instance = self.instance

        request_id = self.request_id

        status = self.status

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "detail": detail,
                "errors": errors,
                "instance": instance,
                "request_id": request_id,
                "status": status,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.problem_error import ProblemError

        d = dict(src_dict)
        code = d.pop("code")

        detail = d.pop("detail")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ProblemError.from_dict(errors_item_data)

            errors.append(errors_item)

        def _parse_instance(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instance = _parse_instance(d.pop("instance"))

        request_id = d.pop("request_id")

        status = d.pop("status")

        title = d.pop("title")

        type_ = d.pop("type")

        problem = cls(
            code=code,
            detail=detail,
            errors=errors,
            instance=instance,
            request_id=request_id,
            status=status,
            title=title,
            type_=type_,
        )

        return problem
