from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.list_organizations_sort_item import ListOrganizationsSortItem
from ...models.organization_field import OrganizationField
from ...models.organization_kind import OrganizationKind
from ...models.organization_page import OrganizationPage
from ...models.organization_relation import OrganizationRelation
from ...models.organization_role import OrganizationRole
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[OrganizationField] | Unset = UNSET,
    expand: list[OrganizationRelation] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    kind: list[OrganizationKind] | Unset = UNSET,
    kind_not: list[OrganizationKind] | Unset = UNSET,
    kind_isnull: bool | Unset = UNSET,
    role: list[OrganizationRole] | Unset = UNSET,
    role_not: list[OrganizationRole] | Unset = UNSET,
    role_isnull: bool | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_not: list[str] | Unset = UNSET,
    parent_isnull: bool | Unset = UNSET,
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

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_kind_not: list[str] | Unset = UNSET
    if not isinstance(kind_not, Unset):
        json_kind_not = []
        for kind_not_item_data in kind_not:
            kind_not_item = kind_not_item_data.value
            json_kind_not.append(kind_not_item)

    params["kind__not"] = json_kind_not

    params["kind__isnull"] = kind_isnull

    json_role: list[str] | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = []
        for role_item_data in role:
            role_item = role_item_data.value
            json_role.append(role_item)

    params["role"] = json_role

    json_role_not: list[str] | Unset = UNSET
    if not isinstance(role_not, Unset):
        json_role_not = []
        for role_not_item_data in role_not:
            role_not_item = role_not_item_data.value
            json_role_not.append(role_not_item)

    params["role__not"] = json_role_not

    params["role__isnull"] = role_isnull

    json_parent: list[str] | Unset = UNSET
    if not isinstance(parent, Unset):
        json_parent = parent

    params["parent"] = json_parent

    json_parent_not: list[str] | Unset = UNSET
    if not isinstance(parent_not, Unset):
        json_parent_not = parent_not

    params["parent__not"] = json_parent_not

    params["parent__isnull"] = parent_isnull

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/organizations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OrganizationPage | Problem:
    if response.status_code == 200:
        response_200 = OrganizationPage.from_dict(response.json())

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
) -> Response[Any | OrganizationPage | Problem]:
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
    fields: list[OrganizationField] | Unset = UNSET,
    expand: list[OrganizationRelation] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    kind: list[OrganizationKind] | Unset = UNSET,
    kind_not: list[OrganizationKind] | Unset = UNSET,
    kind_isnull: bool | Unset = UNSET,
    role: list[OrganizationRole] | Unset = UNSET,
    role_not: list[OrganizationRole] | Unset = UNSET,
    role_isnull: bool | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_not: list[str] | Unset = UNSET,
    parent_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OrganizationPage | Problem]:
    """List organizations

     Returns a page of organizations (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `kind`, `role`, `parent` (comma-separated values
    match any of them); `kind__not`, `role__not`, `parent__not` (none of the comma-separated values);
    `kind__isnull`, `role__isnull`, `parent__isnull` (`true`: no value, `false`: some value); every
    filter given must match. `q` searches within the collection. `fields` picks the fields returned
    (`id` always); `expand` inlines related records (`parent`). An unknown or invalid parameter answers
    a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[OrganizationField] | Unset):
        expand (list[OrganizationRelation] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        kind (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_not (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_isnull (bool | Unset):  Example: True.
        role (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_not (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_isnull (bool | Unset):  Example: True.
        parent (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_not (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        kind=kind,
        kind_not=kind_not,
        kind_isnull=kind_isnull,
        role=role,
        role_not=role_not,
        role_isnull=role_isnull,
        parent=parent,
        parent_not=parent_not,
        parent_isnull=parent_isnull,
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
    fields: list[OrganizationField] | Unset = UNSET,
    expand: list[OrganizationRelation] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    kind: list[OrganizationKind] | Unset = UNSET,
    kind_not: list[OrganizationKind] | Unset = UNSET,
    kind_isnull: bool | Unset = UNSET,
    role: list[OrganizationRole] | Unset = UNSET,
    role_not: list[OrganizationRole] | Unset = UNSET,
    role_isnull: bool | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_not: list[str] | Unset = UNSET,
    parent_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OrganizationPage | Problem | None:
    """List organizations

     Returns a page of organizations (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `kind`, `role`, `parent` (comma-separated values
    match any of them); `kind__not`, `role__not`, `parent__not` (none of the comma-separated values);
    `kind__isnull`, `role__isnull`, `parent__isnull` (`true`: no value, `false`: some value); every
    filter given must match. `q` searches within the collection. `fields` picks the fields returned
    (`id` always); `expand` inlines related records (`parent`). An unknown or invalid parameter answers
    a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[OrganizationField] | Unset):
        expand (list[OrganizationRelation] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        kind (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_not (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_isnull (bool | Unset):  Example: True.
        role (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_not (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_isnull (bool | Unset):  Example: True.
        parent (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_not (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganizationPage | Problem
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
        kind=kind,
        kind_not=kind_not,
        kind_isnull=kind_isnull,
        role=role,
        role_not=role_not,
        role_isnull=role_isnull,
        parent=parent,
        parent_not=parent_not,
        parent_isnull=parent_isnull,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[OrganizationField] | Unset = UNSET,
    expand: list[OrganizationRelation] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    kind: list[OrganizationKind] | Unset = UNSET,
    kind_not: list[OrganizationKind] | Unset = UNSET,
    kind_isnull: bool | Unset = UNSET,
    role: list[OrganizationRole] | Unset = UNSET,
    role_not: list[OrganizationRole] | Unset = UNSET,
    role_isnull: bool | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_not: list[str] | Unset = UNSET,
    parent_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | OrganizationPage | Problem]:
    """List organizations

     Returns a page of organizations (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `kind`, `role`, `parent` (comma-separated values
    match any of them); `kind__not`, `role__not`, `parent__not` (none of the comma-separated values);
    `kind__isnull`, `role__isnull`, `parent__isnull` (`true`: no value, `false`: some value); every
    filter given must match. `q` searches within the collection. `fields` picks the fields returned
    (`id` always); `expand` inlines related records (`parent`). An unknown or invalid parameter answers
    a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[OrganizationField] | Unset):
        expand (list[OrganizationRelation] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        kind (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_not (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_isnull (bool | Unset):  Example: True.
        role (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_not (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_isnull (bool | Unset):  Example: True.
        parent (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_not (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OrganizationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        kind=kind,
        kind_not=kind_not,
        kind_isnull=kind_isnull,
        role=role,
        role_not=role_not,
        role_isnull=role_isnull,
        parent=parent,
        parent_not=parent_not,
        parent_isnull=parent_isnull,
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
    fields: list[OrganizationField] | Unset = UNSET,
    expand: list[OrganizationRelation] | Unset = UNSET,
    sort: list[ListOrganizationsSortItem] | Unset = UNSET,
    kind: list[OrganizationKind] | Unset = UNSET,
    kind_not: list[OrganizationKind] | Unset = UNSET,
    kind_isnull: bool | Unset = UNSET,
    role: list[OrganizationRole] | Unset = UNSET,
    role_not: list[OrganizationRole] | Unset = UNSET,
    role_isnull: bool | Unset = UNSET,
    parent: list[str] | Unset = UNSET,
    parent_not: list[str] | Unset = UNSET,
    parent_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | OrganizationPage | Problem | None:
    """List organizations

     Returns a page of organizations (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `kind`, `role`, `parent` (comma-separated values
    match any of them); `kind__not`, `role__not`, `parent__not` (none of the comma-separated values);
    `kind__isnull`, `role__isnull`, `parent__isnull` (`true`: no value, `false`: some value); every
    filter given must match. `q` searches within the collection. `fields` picks the fields returned
    (`id` always); `expand` inlines related records (`parent`). An unknown or invalid parameter answers
    a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[OrganizationField] | Unset):
        expand (list[OrganizationRelation] | Unset):
        sort (list[ListOrganizationsSortItem] | Unset):
        kind (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_not (list[OrganizationKind] | Unset):  Example: ['company'].
        kind_isnull (bool | Unset):  Example: True.
        role (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_not (list[OrganizationRole] | Unset):  Example: ['investor'].
        role_isnull (bool | Unset):  Example: True.
        parent (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_not (list[str] | Unset):  Example: ['shanghai-commission-of-economy-and-
            informatization'].
        parent_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OrganizationPage | Problem
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
            kind=kind,
            kind_not=kind_not,
            kind_isnull=kind_isnull,
            role=role,
            role_not=role_not,
            role_isnull=role_isnull,
            parent=parent,
            parent_not=parent_not,
            parent_isnull=parent_isnull,
            if_none_match=if_none_match,
        )
    ).parsed
