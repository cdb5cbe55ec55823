from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.city_strategy_groups import CityStrategyGroups
from ...models.format_ import Format
from ...models.group_city_strategies_city_strategy_group_by import GroupCityStrategiesCityStrategyGroupBy
from ...models.group_city_strategies_sort import GroupCityStrategiesSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupCityStrategiesCityStrategyGroupBy,
    sort: GroupCityStrategiesSort | Unset = UNSET,
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
        "url": "/v1/city-strategies/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CityStrategyGroups | Problem:
    if response.status_code == 200:
        response_200 = CityStrategyGroups.from_dict(response.json())

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
) -> Response[Any | CityStrategyGroups | Problem]:
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
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupCityStrategiesCityStrategyGroupBy,
    sort: GroupCityStrategiesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CityStrategyGroups | Problem]:
    """Group city strategies by a field

     Counts the city strategies the filters select (the list's filters and `q`) for each value of `by`,
    with the sums of their money fields per currency (never converted, never mixed). A record with
    several values of a list field counts in each of its groups; the records without a value form the
    group whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports
    every group.

    Args:
        q (str | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupCityStrategiesCityStrategyGroupBy):  Example: industry.
        sort (GroupCityStrategiesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CityStrategyGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
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
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupCityStrategiesCityStrategyGroupBy,
    sort: GroupCityStrategiesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CityStrategyGroups | Problem | None:
    """Group city strategies by a field

     Counts the city strategies the filters select (the list's filters and `q`) for each value of `by`,
    with the sums of their money fields per currency (never converted, never mixed). A record with
    several values of a list field counts in each of its groups; the records without a value form the
    group whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports
    every group.

    Args:
        q (str | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupCityStrategiesCityStrategyGroupBy):  Example: industry.
        sort (GroupCityStrategiesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CityStrategyGroups | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
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
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupCityStrategiesCityStrategyGroupBy,
    sort: GroupCityStrategiesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CityStrategyGroups | Problem]:
    """Group city strategies by a field

     Counts the city strategies the filters select (the list's filters and `q`) for each value of `by`,
    with the sums of their money fields per currency (never converted, never mixed). A record with
    several values of a list field counts in each of its groups; the records without a value form the
    group whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports
    every group.

    Args:
        q (str | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupCityStrategiesCityStrategyGroupBy):  Example: industry.
        sort (GroupCityStrategiesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CityStrategyGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
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
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupCityStrategiesCityStrategyGroupBy,
    sort: GroupCityStrategiesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CityStrategyGroups | Problem | None:
    """Group city strategies by a field

     Counts the city strategies the filters select (the list's filters and `q`) for each value of `by`,
    with the sums of their money fields per currency (never converted, never mixed). A record with
    several values of a list field counts in each of its groups; the records without a value form the
    group whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports
    every group.

    Args:
        q (str | Unset):
        industry (list[str] | Unset):  Example: ['digital-economy'].
        industry_not (list[str] | Unset):  Example: ['digital-economy'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupCityStrategiesCityStrategyGroupBy):  Example: industry.
        sort (GroupCityStrategiesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CityStrategyGroups | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            conference=conference,
            conference_not=conference_not,
            conference_isnull=conference_isnull,
            by=by,
            sort=sort,
            limit=limit,
            cursor=cursor,
            format_=format_,
            if_none_match=if_none_match,
        )
    ).parsed
