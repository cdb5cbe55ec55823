from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.claim_field import ClaimField
from ...models.claim_page import ClaimPage
from ...models.format_ import Format
from ...models.list_claims_sort_item import ListClaimsSortItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ClaimField] | Unset = UNSET,
    sort: list[ListClaimsSortItem] | Unset = UNSET,
    collection: list[str] | Unset = UNSET,
    collection_not: list[str] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    record_not: list[str] | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    field_not: list[str] | Unset = UNSET,
    document: list[str] | Unset = UNSET,
    document_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["q"] = q

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields"] = json_fields

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item = sort_item_data.value
            json_sort.append(sort_item)

    params["sort"] = json_sort

    json_collection: list[str] | Unset = UNSET
    if not isinstance(collection, Unset):
        json_collection = collection

    params["collection"] = json_collection

    json_collection_not: list[str] | Unset = UNSET
    if not isinstance(collection_not, Unset):
        json_collection_not = collection_not

    params["collection__not"] = json_collection_not

    json_record: list[str] | Unset = UNSET
    if not isinstance(record, Unset):
        json_record = record

    params["record"] = json_record

    json_record_not: list[str] | Unset = UNSET
    if not isinstance(record_not, Unset):
        json_record_not = record_not

    params["record__not"] = json_record_not

    json_field: list[str] | Unset = UNSET
    if not isinstance(field, Unset):
        json_field = field

    params["field"] = json_field

    json_field_not: list[str] | Unset = UNSET
    if not isinstance(field_not, Unset):
        json_field_not = field_not

    params["field__not"] = json_field_not

    json_document: list[str] | Unset = UNSET
    if not isinstance(document, Unset):
        json_document = document

    params["document"] = json_document

    json_document_not: list[str] | Unset = UNSET
    if not isinstance(document_not, Unset):
        json_document_not = document_not

    params["document__not"] = json_document_not

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/claims",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ClaimPage | Problem:
    if response.status_code == 200:
        response_200 = ClaimPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ClaimPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ClaimField] | Unset = UNSET,
    sort: list[ListClaimsSortItem] | Unset = UNSET,
    collection: list[str] | Unset = UNSET,
    collection_not: list[str] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    record_not: list[str] | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    field_not: list[str] | Unset = UNSET,
    document: list[str] | Unset = UNSET,
    document_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ClaimPage | Problem]:
    """List claims

     Returns a page of claims (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `collection`, `record`, `field`, `document` (comma-
    separated values match any of them); `collection__not`, `record__not`, `field__not`, `document__not`
    (none of the comma-separated values); every filter given must match. `q` searches within the
    collection. `fields` picks the fields returned (`id` always). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ClaimField] | Unset):
        sort (list[ListClaimsSortItem] | Unset):
        collection (list[str] | Unset):  Example: ['projects'].
        collection_not (list[str] | Unset):  Example: ['projects'].
        record (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        record_not (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        field (list[str] | Unset):  Example: ['sources.0'].
        field_not (list[str] | Unset):  Example: ['sources.0'].
        document (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        document_not (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        sort=sort,
        collection=collection,
        collection_not=collection_not,
        record=record,
        record_not=record_not,
        field=field,
        field_not=field_not,
        document=document,
        document_not=document_not,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ClaimField] | Unset = UNSET,
    sort: list[ListClaimsSortItem] | Unset = UNSET,
    collection: list[str] | Unset = UNSET,
    collection_not: list[str] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    record_not: list[str] | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    field_not: list[str] | Unset = UNSET,
    document: list[str] | Unset = UNSET,
    document_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ClaimPage | Problem | None:
    """List claims

     Returns a page of claims (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `collection`, `record`, `field`, `document` (comma-
    separated values match any of them); `collection__not`, `record__not`, `field__not`, `document__not`
    (none of the comma-separated values); every filter given must match. `q` searches within the
    collection. `fields` picks the fields returned (`id` always). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ClaimField] | Unset):
        sort (list[ListClaimsSortItem] | Unset):
        collection (list[str] | Unset):  Example: ['projects'].
        collection_not (list[str] | Unset):  Example: ['projects'].
        record (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        record_not (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        field (list[str] | Unset):  Example: ['sources.0'].
        field_not (list[str] | Unset):  Example: ['sources.0'].
        document (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        document_not (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        sort=sort,
        collection=collection,
        collection_not=collection_not,
        record=record,
        record_not=record_not,
        field=field,
        field_not=field_not,
        document=document,
        document_not=document_not,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ClaimField] | Unset = UNSET,
    sort: list[ListClaimsSortItem] | Unset = UNSET,
    collection: list[str] | Unset = UNSET,
    collection_not: list[str] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    record_not: list[str] | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    field_not: list[str] | Unset = UNSET,
    document: list[str] | Unset = UNSET,
    document_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ClaimPage | Problem]:
    """List claims

     Returns a page of claims (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `collection`, `record`, `field`, `document` (comma-
    separated values match any of them); `collection__not`, `record__not`, `field__not`, `document__not`
    (none of the comma-separated values); every filter given must match. `q` searches within the
    collection. `fields` picks the fields returned (`id` always). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ClaimField] | Unset):
        sort (list[ListClaimsSortItem] | Unset):
        collection (list[str] | Unset):  Example: ['projects'].
        collection_not (list[str] | Unset):  Example: ['projects'].
        record (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        record_not (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        field (list[str] | Unset):  Example: ['sources.0'].
        field_not (list[str] | Unset):  Example: ['sources.0'].
        document (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        document_not (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        sort=sort,
        collection=collection,
        collection_not=collection_not,
        record=record,
        record_not=record_not,
        field=field,
        field_not=field_not,
        document=document,
        document_not=document_not,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ClaimField] | Unset = UNSET,
    sort: list[ListClaimsSortItem] | Unset = UNSET,
    collection: list[str] | Unset = UNSET,
    collection_not: list[str] | Unset = UNSET,
    record: list[str] | Unset = UNSET,
    record_not: list[str] | Unset = UNSET,
    field: list[str] | Unset = UNSET,
    field_not: list[str] | Unset = UNSET,
    document: list[str] | Unset = UNSET,
    document_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ClaimPage | Problem | None:
    """List claims

     Returns a page of claims (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `collection`, `record`, `field`, `document` (comma-
    separated values match any of them); `collection__not`, `record__not`, `field__not`, `document__not`
    (none of the comma-separated values); every filter given must match. `q` searches within the
    collection. `fields` picks the fields returned (`id` always). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ClaimField] | Unset):
        sort (list[ListClaimsSortItem] | Unset):
        collection (list[str] | Unset):  Example: ['projects'].
        collection_not (list[str] | Unset):  Example: ['projects'].
        record (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        record_not (list[str] | Unset):  Example: ['bilibili-new-headquarters'].
        field (list[str] | Unset):  Example: ['sources.0'].
        field_not (list[str] | Unset):  Example: ['sources.0'].
        document (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        document_not (list[str] | Unset):  Example: ['shanghai-investment-conference-2021'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            format_=format_,
            q=q,
            fields=fields,
            sort=sort,
            collection=collection,
            collection_not=collection_not,
            record=record,
            record_not=record_not,
            field=field,
            field_not=field_not,
            document=document,
            document_not=document_not,
            if_none_match=if_none_match,
        )
    ).parsed
