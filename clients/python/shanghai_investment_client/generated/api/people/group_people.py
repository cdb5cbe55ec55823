from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.group_people_person_group_by import GroupPeoplePersonGroupBy
from ...models.group_people_sort import GroupPeopleSort
from ...models.person_groups import PersonGroups
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    by: GroupPeoplePersonGroupBy,
    sort: GroupPeopleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["q"] = q

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

    json_by = by.value
    params["by"] = json_by

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/people/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PersonGroups | Problem:
    if response.status_code == 200:
        response_200 = PersonGroups.from_dict(response.json())

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
) -> Response[Any | PersonGroups | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    by: GroupPeoplePersonGroupBy,
    sort: GroupPeopleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PersonGroups | Problem]:
    """Group people by a field

     Counts the people the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        by (GroupPeoplePersonGroupBy):  Example: organization.
        sort (GroupPeopleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
        by=by,
        sort=sort,
        limit=limit,
        cursor=cursor,
        format_=format_,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    by: GroupPeoplePersonGroupBy,
    sort: GroupPeopleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PersonGroups | Problem | None:
    """Group people by a field

     Counts the people the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        by (GroupPeoplePersonGroupBy):  Example: organization.
        sort (GroupPeopleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonGroups | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
        by=by,
        sort=sort,
        limit=limit,
        cursor=cursor,
        format_=format_,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    by: GroupPeoplePersonGroupBy,
    sort: GroupPeopleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PersonGroups | Problem]:
    """Group people by a field

     Counts the people the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        by (GroupPeoplePersonGroupBy):  Example: organization.
        sort (GroupPeopleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PersonGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        role=role,
        role_not=role_not,
        by=by,
        sort=sort,
        limit=limit,
        cursor=cursor,
        format_=format_,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    role: list[str] | Unset = UNSET,
    role_not: list[str] | Unset = UNSET,
    by: GroupPeoplePersonGroupBy,
    sort: GroupPeopleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PersonGroups | Problem | None:
    """Group people by a field

     Counts the people the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        organization (list[str] | Unset):  Example: ['allianz-se'].
        organization_not (list[str] | Unset):  Example: ['allianz-se'].
        organization_isnull (bool | Unset):  Example: True.
        role (list[str] | Unset):  Example: ['Mayor'].
        role_not (list[str] | Unset):  Example: ['Mayor'].
        by (GroupPeoplePersonGroupBy):  Example: organization.
        sort (GroupPeopleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PersonGroups | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            organization=organization,
            organization_not=organization_not,
            organization_isnull=organization_isnull,
            role=role,
            role_not=role_not,
            by=by,
            sort=sort,
            limit=limit,
            cursor=cursor,
            format_=format_,
            if_none_match=if_none_match,
        )
    ).parsed
