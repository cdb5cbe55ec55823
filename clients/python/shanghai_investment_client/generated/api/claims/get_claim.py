from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.claim import Claim
from ...models.claim_field import ClaimField
from ...models.claim_sparse import ClaimSparse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    claim_id: str,
    *,
    fields: list[ClaimField] | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/claims/{claim_id}".format(
            claim_id=quote(str(claim_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Claim | ClaimSparse | Problem:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Claim | ClaimSparse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Claim.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ClaimSparse.from_dict(data)

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
) -> Response[Any | Claim | ClaimSparse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[ClaimField] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Claim | ClaimSparse | Problem]:
    """Get a claim

     Returns one claim by its id. `fields` picks the fields returned (`id` always). An unknown id answers
    a `404` problem.

    Args:
        claim_id (str):
        fields (list[ClaimField] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Claim | ClaimSparse | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        fields=fields,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[ClaimField] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Claim | ClaimSparse | Problem | None:
    """Get a claim

     Returns one claim by its id. `fields` picks the fields returned (`id` always). An unknown id answers
    a `404` problem.

    Args:
        claim_id (str):
        fields (list[ClaimField] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Claim | ClaimSparse | Problem
    """

    return sync_detailed(
        claim_id=claim_id,
        client=client,
        fields=fields,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[ClaimField] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Claim | ClaimSparse | Problem]:
    """Get a claim

     Returns one claim by its id. `fields` picks the fields returned (`id` always). An unknown id answers
    a `404` problem.

    Args:
        claim_id (str):
        fields (list[ClaimField] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Claim | ClaimSparse | Problem]
    """

    kwargs = _get_kwargs(
        claim_id=claim_id,
        fields=fields,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    fields: list[ClaimField] | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Claim | ClaimSparse | Problem | None:
    """Get a claim

     Returns one claim by its id. `fields` picks the fields returned (`id` always). An unknown id answers
    a `404` problem.

    Args:
        claim_id (str):
        fields (list[ClaimField] | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Claim | ClaimSparse | Problem
    """

    return (
        await asyncio_detailed(
            claim_id=claim_id,
            client=client,
            fields=fields,
            if_none_match=if_none_match,
        )
    ).parsed
