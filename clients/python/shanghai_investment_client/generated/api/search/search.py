from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.search_kind_item import SearchKindItem
from ...models.search_page import SearchPage
from ...models.search_sort_item import SearchSortItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    kind: list[SearchKindItem] | Unset = UNSET,
    sort: list[SearchSortItem] | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_sort: list[str] | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = []
        for sort_item_data in sort:
            sort_item = sort_item_data.value
            json_sort.append(sort_item)

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | SearchPage:
    if response.status_code == 200:
        response_200 = SearchPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    response_default = Problem.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem | SearchPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindItem] | Unset = UNSET,
    sort: list[SearchSortItem] | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SearchPage]:
    """Search every collection

     Ranked full-text search across every collection, or only the `kind`s given, best hits first
    (`sort=-score`, the one order). `q` is a small query language: every word is required (`sequoia
    capital`), `"a phrase"` matches words in that order, `word*` matches word starts, `huawei OR
    netease` matches either, `-word` or `-"a phrase"` leaves records out (`chip -design`); anything else
    is searched as plain words, never as syntax. Numbers and amounts match as printed (`216`, `74.9`,
    `US$74.9 billion`), a possessive matches its word (`Huawei’s`). A record's text is its names,
    descriptions and notes, its numbers and its amounts as printed (`490 billion yuan`), not its codes
    (kinds, roles, ids). Each hit names its collection, id and URL path, with a snippet of that text
    whose matches are wrapped in `<mark>`. Paginated like every list: follow `links.next` or the `Link`
    header.

    Args:
        q (str):
        kind (list[SearchKindItem] | Unset):
        sort (list[SearchSortItem] | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchPage]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindItem] | Unset = UNSET,
    sort: list[SearchSortItem] | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SearchPage | None:
    """Search every collection

     Ranked full-text search across every collection, or only the `kind`s given, best hits first
    (`sort=-score`, the one order). `q` is a small query language: every word is required (`sequoia
    capital`), `"a phrase"` matches words in that order, `word*` matches word starts, `huawei OR
    netease` matches either, `-word` or `-"a phrase"` leaves records out (`chip -design`); anything else
    is searched as plain words, never as syntax. Numbers and amounts match as printed (`216`, `74.9`,
    `US$74.9 billion`), a possessive matches its word (`Huawei’s`). A record's text is its names,
    descriptions and notes, its numbers and its amounts as printed (`490 billion yuan`), not its codes
    (kinds, roles, ids). Each hit names its collection, id and URL path, with a snippet of that text
    whose matches are wrapped in `<mark>`. Paginated like every list: follow `links.next` or the `Link`
    header.

    Args:
        q (str):
        kind (list[SearchKindItem] | Unset):
        sort (list[SearchSortItem] | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchPage
    """

    return sync_detailed(
        client=client,
        q=q,
        kind=kind,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindItem] | Unset = UNSET,
    sort: list[SearchSortItem] | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | SearchPage]:
    """Search every collection

     Ranked full-text search across every collection, or only the `kind`s given, best hits first
    (`sort=-score`, the one order). `q` is a small query language: every word is required (`sequoia
    capital`), `"a phrase"` matches words in that order, `word*` matches word starts, `huawei OR
    netease` matches either, `-word` or `-"a phrase"` leaves records out (`chip -design`); anything else
    is searched as plain words, never as syntax. Numbers and amounts match as printed (`216`, `74.9`,
    `US$74.9 billion`), a possessive matches its word (`Huawei’s`). A record's text is its names,
    descriptions and notes, its numbers and its amounts as printed (`490 billion yuan`), not its codes
    (kinds, roles, ids). Each hit names its collection, id and URL path, with a snippet of that text
    whose matches are wrapped in `<mark>`. Paginated like every list: follow `links.next` or the `Link`
    header.

    Args:
        q (str):
        kind (list[SearchKindItem] | Unset):
        sort (list[SearchSortItem] | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | SearchPage]
    """

    kwargs = _get_kwargs(
        q=q,
        kind=kind,
        sort=sort,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    kind: list[SearchKindItem] | Unset = UNSET,
    sort: list[SearchSortItem] | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | SearchPage | None:
    """Search every collection

     Ranked full-text search across every collection, or only the `kind`s given, best hits first
    (`sort=-score`, the one order). `q` is a small query language: every word is required (`sequoia
    capital`), `"a phrase"` matches words in that order, `word*` matches word starts, `huawei OR
    netease` matches either, `-word` or `-"a phrase"` leaves records out (`chip -design`); anything else
    is searched as plain words, never as syntax. Numbers and amounts match as printed (`216`, `74.9`,
    `US$74.9 billion`), a possessive matches its word (`Huawei’s`). A record's text is its names,
    descriptions and notes, its numbers and its amounts as printed (`490 billion yuan`), not its codes
    (kinds, roles, ids). Each hit names its collection, id and URL path, with a snippet of that text
    whose matches are wrapped in `<mark>`. Paginated like every list: follow `links.next` or the `Link`
    header.

    Args:
        q (str):
        kind (list[SearchKindItem] | Unset):
        sort (list[SearchSortItem] | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | SearchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            kind=kind,
            sort=sort,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
