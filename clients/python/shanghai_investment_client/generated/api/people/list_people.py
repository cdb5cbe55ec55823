from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.list_people_sort_item import ListPeopleSortItem
from ...models.person_field import PersonField
from ...models.person_page import PersonPage
from ...models.person_relation import PersonRelation
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[PersonField] | Unset = UNSET,
    expand: list[PersonRelation] | Unset = UNSET,
    sort: list[ListPeopleSortItem] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
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

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item = sort_item_data.value
            json_sort.append(sort_item)

    params["sort"] = json_sort

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_not: list[str] | Unset = UNSET
    if not isinstance(organization_not, Unset):
        json_organization_not = organization_not

    params["organization__not"] = json_organization_not

    params["organization__isnull"] = organization_isnull

    json_role: list[str] | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role

    params["role"] = json_role

    json_role_not: list[str] | Unset = UNSET
    if not isinstance(role_not, Unset):
        json_role_not = role_not

    params["role__not"] = json_role_not

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/people",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PersonPage | Problem:
    if response.status_code == 200:
        response_200 = PersonPage.from_dict(response.json())

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
) -> Response[Any | PersonPage | Problem]:
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
    fields: list[PersonField] | Unset = UNSET,
    expand: list[PersonRelation] | Unset = UNSET,
    sort: list[ListPeopleSortItem] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PersonPage | Problem]:
    """List people

     Returns a page of people (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `organization`, `role` (comma-separated values match
    any of them); `organization__not`, `role__not` (none of the comma-separated values);
    `organization__isnull` (`true`: no value, `false`: some value); every filter given must match. `q`
    searches within the collection. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`organization`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PersonField] | Unset):
        expand (list[PersonRelation] | Unset):
        sort (list[ListPeopleSortItem] | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
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
    fields: list[PersonField] | Unset = UNSET,
    expand: list[PersonRelation] | Unset = UNSET,
    sort: list[ListPeopleSortItem] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PersonPage | Problem | None:
    """List people

     Returns a page of people (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `organization`, `role` (comma-separated values match
    any of them); `organization__not`, `role__not` (none of the comma-separated values);
    `organization__isnull` (`true`: no value, `false`: some value); every filter given must match. `q`
    searches within the collection. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`organization`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PersonField] | Unset):
        expand (list[PersonRelation] | Unset):
        sort (list[ListPeopleSortItem] | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[PersonField] | Unset = UNSET,
    expand: list[PersonRelation] | Unset = UNSET,
    sort: list[ListPeopleSortItem] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PersonPage | Problem]:
    """List people

     Returns a page of people (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `organization`, `role` (comma-separated values match
    any of them); `organization__not`, `role__not` (none of the comma-separated values);
    `organization__isnull` (`true`: no value, `false`: some value); every filter given must match. `q`
    searches within the collection. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`organization`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PersonField] | Unset):
        expand (list[PersonRelation] | Unset):
        sort (list[ListPeopleSortItem] | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
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
    fields: list[PersonField] | Unset = UNSET,
    expand: list[PersonRelation] | Unset = UNSET,
    sort: list[ListPeopleSortItem] | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PersonPage | Problem | None:
    """List people

     Returns a page of people (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `organization`, `role` (comma-separated values match
    any of them); `organization__not`, `role__not` (none of the comma-separated values);
    `organization__isnull` (`true`: no value, `false`: some value); every filter given must match. `q`
    searches within the collection. `fields` picks the fields returned (`id` always); `expand` inlines
    related records (`organization`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PersonField] | Unset):
        expand (list[PersonRelation] | Unset):
        sort (list[ListPeopleSortItem] | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            format_=format_,
            q=q,
            fields=fields,
            expand=expand,
            sort=sort,
            organization=organization,
            organization_not=organization_not,
            organization_isnull=organization_isnull,
            role=role,
            role_not=role_not,
            if_none_match=if_none_match,
        )
    ).parsed
