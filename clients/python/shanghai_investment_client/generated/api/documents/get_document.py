from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.document import Document
from ...models.document_field import DocumentField
from ...models.document_relation import DocumentRelation
from ...models.document_sparse import DocumentSparse
from ...models.get_document_document_output import GetDocumentDocumentOutput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    document_id: str,
    *,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    format_: GetDocumentDocumentOutput | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/documents/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Document | DocumentSparse | Problem:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Document | DocumentSparse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Document.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = DocumentSparse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Document | DocumentSparse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    format_: GetDocumentDocumentOutput | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Document | DocumentSparse | Problem]:
    """Get a document

     Returns one document by its id. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`authors`, `original_document`). An unknown id answers a `404` problem.

    Args:
        document_id (str):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        format_ (GetDocumentDocumentOutput | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Document | DocumentSparse | Problem]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        fields=fields,
        expand=expand,
        format_=format_,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    format_: GetDocumentDocumentOutput | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Document | DocumentSparse | Problem | None:
    """Get a document

     Returns one document by its id. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`authors`, `original_document`). An unknown id answers a `404` problem.

    Args:
        document_id (str):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        format_ (GetDocumentDocumentOutput | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Document | DocumentSparse | Problem
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        fields=fields,
        expand=expand,
        format_=format_,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    format_: GetDocumentDocumentOutput | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Document | DocumentSparse | Problem]:
    """Get a document

     Returns one document by its id. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`authors`, `original_document`). An unknown id answers a `404` problem.

    Args:
        document_id (str):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        format_ (GetDocumentDocumentOutput | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Document | DocumentSparse | Problem]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        fields=fields,
        expand=expand,
        format_=format_,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    format_: GetDocumentDocumentOutput | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Document | DocumentSparse | Problem | None:
    """Get a document

     Returns one document by its id. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`authors`, `original_document`). An unknown id answers a `404` problem.

    Args:
        document_id (str):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        format_ (GetDocumentDocumentOutput | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Document | DocumentSparse | Problem
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            fields=fields,
            expand=expand,
            format_=format_,
            if_none_match=if_none_match,
        )
    ).parsed
