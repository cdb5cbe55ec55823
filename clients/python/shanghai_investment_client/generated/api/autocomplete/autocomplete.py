from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.autocomplete import Autocomplete
from ...models.autocomplete_collection_item import AutocompleteCollectionItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    collection: list[AutocompleteCollectionItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["q"] = q

    json_collection: list[str] | Unset = UNSET
    if not isinstance(collection, Unset):
        json_collection = []
        for collection_item_data in collection:
            collection_item = collection_item_data.value
            json_collection.append(collection_item)

    params["collection"] = json_collection

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/autocomplete",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Autocomplete | Problem:
    if response.status_code == 200:
        response_200 = Autocomplete.from_dict(response.json())

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
) -> Response[Any | Autocomplete | Problem]:
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
    collection: list[AutocompleteCollectionItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Autocomplete | Problem]:
    """Suggest records for a typed prefix

     Up to 10 records (`limit`) whose name starts with `q`, then records with a later word of the name
    starting with it, across every named collection or the `collection`s given; each with its id,
    collection, name and URL path. Case, accents and punctuation are ignored.

    Args:
        q (str):  Example: shang.
        collection (list[AutocompleteCollectionItem] | Unset):  Example: ['organizations'].
        limit (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Autocomplete | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        collection=collection,
        limit=limit,
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
    collection: list[AutocompleteCollectionItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Autocomplete | Problem | None:
    """Suggest records for a typed prefix

     Up to 10 records (`limit`) whose name starts with `q`, then records with a later word of the name
    starting with it, across every named collection or the `collection`s given; each with its id,
    collection, name and URL path. Case, accents and punctuation are ignored.

    Args:
        q (str):  Example: shang.
        collection (list[AutocompleteCollectionItem] | Unset):  Example: ['organizations'].
        limit (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Autocomplete | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        collection=collection,
        limit=limit,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    collection: list[AutocompleteCollectionItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Autocomplete | Problem]:
    """Suggest records for a typed prefix

     Up to 10 records (`limit`) whose name starts with `q`, then records with a later word of the name
    starting with it, across every named collection or the `collection`s given; each with its id,
    collection, name and URL path. Case, accents and punctuation are ignored.

    Args:
        q (str):  Example: shang.
        collection (list[AutocompleteCollectionItem] | Unset):  Example: ['organizations'].
        limit (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Autocomplete | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        collection=collection,
        limit=limit,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    collection: list[AutocompleteCollectionItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Autocomplete | Problem | None:
    """Suggest records for a typed prefix

     Up to 10 records (`limit`) whose name starts with `q`, then records with a later word of the name
    starting with it, across every named collection or the `collection`s given; each with its id,
    collection, name and URL path. Case, accents and punctuation are ignored.

    Args:
        q (str):  Example: shang.
        collection (list[AutocompleteCollectionItem] | Unset):  Example: ['organizations'].
        limit (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Autocomplete | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            collection=collection,
            limit=limit,
            if_none_match=if_none_match,
        )
    ).parsed
