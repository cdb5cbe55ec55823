from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.city_strategy_field import CityStrategyField
from ...models.city_strategy_page import CityStrategyPage
from ...models.city_strategy_relation import CityStrategyRelation
from ...models.format_ import Format
from ...models.list_city_strategies_sort_item import ListCityStrategiesSortItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[CityStrategyField] | Unset = UNSET,
    expand: list[CityStrategyRelation] | Unset = UNSET,
    sort: list[ListCityStrategiesSortItem] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
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

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_not: list[str] | Unset = UNSET
    if not isinstance(industry_not, Unset):
        json_industry_not = industry_not

    params["industry__not"] = json_industry_not

    params["industry__isnull"] = industry_isnull

    json_conference: list[str] | Unset = UNSET
    if not isinstance(conference, Unset):
        json_conference = conference

    params["conference"] = json_conference

    json_conference_not: list[str] | Unset = UNSET
    if not isinstance(conference_not, Unset):
        json_conference_not = conference_not

    params["conference__not"] = json_conference_not

    params["conference__isnull"] = conference_isnull

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/city-strategies",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CityStrategyPage | Problem:
    if response.status_code == 200:
        response_200 = CityStrategyPage.from_dict(response.json())

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
) -> Response[Any | CityStrategyPage | Problem]:
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
    fields: list[CityStrategyField] | Unset = UNSET,
    expand: list[CityStrategyRelation] | Unset = UNSET,
    sort: list[ListCityStrategiesSortItem] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CityStrategyPage | Problem]:
    """List new-city strategies

     Returns a page of city strategies (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `industry`, `conference` (comma-separated values
    match any of them); `industry__not`, `conference__not` (none of the comma-separated values);
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `industries`). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[CityStrategyField] | Unset):
        expand (list[CityStrategyRelation] | Unset):
        sort (list[ListCityStrategiesSortItem] | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CityStrategyPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
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
    fields: list[CityStrategyField] | Unset = UNSET,
    expand: list[CityStrategyRelation] | Unset = UNSET,
    sort: list[ListCityStrategiesSortItem] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CityStrategyPage | Problem | None:
    """List new-city strategies

     Returns a page of city strategies (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `industry`, `conference` (comma-separated values
    match any of them); `industry__not`, `conference__not` (none of the comma-separated values);
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `industries`). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[CityStrategyField] | Unset):
        expand (list[CityStrategyRelation] | Unset):
        sort (list[ListCityStrategiesSortItem] | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CityStrategyPage | Problem
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
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[CityStrategyField] | Unset = UNSET,
    expand: list[CityStrategyRelation] | Unset = UNSET,
    sort: list[ListCityStrategiesSortItem] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CityStrategyPage | Problem]:
    """List new-city strategies

     Returns a page of city strategies (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `industry`, `conference` (comma-separated values
    match any of them); `industry__not`, `conference__not` (none of the comma-separated values);
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `industries`). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[CityStrategyField] | Unset):
        expand (list[CityStrategyRelation] | Unset):
        sort (list[ListCityStrategiesSortItem] | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CityStrategyPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
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
    fields: list[CityStrategyField] | Unset = UNSET,
    expand: list[CityStrategyRelation] | Unset = UNSET,
    sort: list[ListCityStrategiesSortItem] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CityStrategyPage | Problem | None:
    """List new-city strategies

     Returns a page of city strategies (`limit`, 1-100, default 25), in `sort` order; follow `links.next`
    or the `Link` header for the next page. Filter with `industry`, `conference` (comma-separated values
    match any of them); `industry__not`, `conference__not` (none of the comma-separated values);
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `industries`). An unknown or invalid parameter
    answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[CityStrategyField] | Unset):
        expand (list[CityStrategyRelation] | Unset):
        sort (list[ListCityStrategiesSortItem] | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CityStrategyPage | Problem
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
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            conference=conference,
            conference_not=conference_not,
            conference_isnull=conference_isnull,
            if_none_match=if_none_match,
        )
    ).parsed
