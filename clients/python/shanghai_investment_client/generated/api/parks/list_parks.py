from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.list_parks_sort_item import ListParksSortItem
from ...models.park_field import ParkField
from ...models.park_kind import ParkKind
from ...models.park_page import ParkPage
from ...models.park_relation import ParkRelation
from ...models.park_status import ParkStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ParkField] | Unset = UNSET,
    expand: list[ParkRelation] | Unset = UNSET,
    sort: list[ListParksSortItem] | Unset = UNSET,
    kind: list[ParkKind] | Unset = UNSET,
    kind_not: list[ParkKind] | Unset = UNSET,
    status: list[ParkStatus] | Unset = UNSET,
    status_not: list[ParkStatus] | Unset = UNSET,
    status_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    city_strategy: list[str] | Unset = UNSET,
    city_strategy_not: list[str] | Unset = UNSET,
    city_strategy_isnull: bool | Unset = UNSET,
    park_count_gte: int | Unset = UNSET,
    park_count_lte: int | Unset = UNSET,
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

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_status_not: list[str] | Unset = UNSET
    if not isinstance(status_not, Unset):
        json_status_not = []
        for status_not_item_data in status_not:
            status_not_item = status_not_item_data.value
            json_status_not.append(status_not_item)

    params["status__not"] = json_status_not

    params["status__isnull"] = status_isnull

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

    json_year: list[int] | Unset = UNSET
    if not isinstance(year, Unset):
        json_year = year

    params["year"] = json_year

    json_year_not: list[int] | Unset = UNSET
    if not isinstance(year_not, Unset):
        json_year_not = year_not

    params["year__not"] = json_year_not

    json_city_strategy: list[str] | Unset = UNSET
    if not isinstance(city_strategy, Unset):
        json_city_strategy = city_strategy

    params["city_strategy"] = json_city_strategy

    json_city_strategy_not: list[str] | Unset = UNSET
    if not isinstance(city_strategy_not, Unset):
        json_city_strategy_not = city_strategy_not

    params["city_strategy__not"] = json_city_strategy_not

    params["city_strategy__isnull"] = city_strategy_isnull

    params["park_count__gte"] = park_count_gte

    params["park_count__lte"] = park_count_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/parks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ParkPage | Problem:
    if response.status_code == 200:
        response_200 = ParkPage.from_dict(response.json())

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
) -> Response[Any | ParkPage | Problem]:
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
    fields: list[ParkField] | Unset = UNSET,
    expand: list[ParkRelation] | Unset = UNSET,
    sort: list[ListParksSortItem] | Unset = UNSET,
    kind: list[ParkKind] | Unset = UNSET,
    kind_not: list[ParkKind] | Unset = UNSET,
    status: list[ParkStatus] | Unset = UNSET,
    status_not: list[ParkStatus] | Unset = UNSET,
    status_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    city_strategy: list[str] | Unset = UNSET,
    city_strategy_not: list[str] | Unset = UNSET,
    city_strategy_isnull: bool | Unset = UNSET,
    park_count_gte: int | Unset = UNSET,
    park_count_lte: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ParkPage | Problem]:
    """List industrial parks

     Returns a page of parks (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `status`, `industry`, `conference`, `year`,
    `city_strategy` (comma-separated values match any of them); `kind__not`, `status__not`,
    `industry__not`, `conference__not`, `year__not`, `city_strategy__not` (none of the comma-separated
    values); `park_count__gte`, `park_count__lte` (inclusive bounds); `status__isnull`,
    `industry__isnull`, `conference__isnull`, `city_strategy__isnull` (`true`: no value, `false`: some
    value); every filter given must match. `q` searches within the collection. `fields` picks the fields
    returned (`id` always); `expand` inlines related records (`conference`, `industries`, `project`,
    `city_strategy`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ParkField] | Unset):
        expand (list[ParkRelation] | Unset):
        sort (list[ListParksSortItem] | Unset):
        kind (list[ParkKind] | Unset):  Example: ['park'].
        kind_not (list[ParkKind] | Unset):  Example: ['park'].
        status (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_not (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['chip-design'].
        industry_not (list[str] | Unset):  Example: ['chip-design'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        city_strategy (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_not (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_isnull (bool | Unset):  Example: True.
        park_count_gte (int | Unset):
        park_count_lte (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParkPage | Problem]
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
        status=status,
        status_not=status_not,
        status_isnull=status_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        city_strategy=city_strategy,
        city_strategy_not=city_strategy_not,
        city_strategy_isnull=city_strategy_isnull,
        park_count_gte=park_count_gte,
        park_count_lte=park_count_lte,
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
    fields: list[ParkField] | Unset = UNSET,
    expand: list[ParkRelation] | Unset = UNSET,
    sort: list[ListParksSortItem] | Unset = UNSET,
    kind: list[ParkKind] | Unset = UNSET,
    kind_not: list[ParkKind] | Unset = UNSET,
    status: list[ParkStatus] | Unset = UNSET,
    status_not: list[ParkStatus] | Unset = UNSET,
    status_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    city_strategy: list[str] | Unset = UNSET,
    city_strategy_not: list[str] | Unset = UNSET,
    city_strategy_isnull: bool | Unset = UNSET,
    park_count_gte: int | Unset = UNSET,
    park_count_lte: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ParkPage | Problem | None:
    """List industrial parks

     Returns a page of parks (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `status`, `industry`, `conference`, `year`,
    `city_strategy` (comma-separated values match any of them); `kind__not`, `status__not`,
    `industry__not`, `conference__not`, `year__not`, `city_strategy__not` (none of the comma-separated
    values); `park_count__gte`, `park_count__lte` (inclusive bounds); `status__isnull`,
    `industry__isnull`, `conference__isnull`, `city_strategy__isnull` (`true`: no value, `false`: some
    value); every filter given must match. `q` searches within the collection. `fields` picks the fields
    returned (`id` always); `expand` inlines related records (`conference`, `industries`, `project`,
    `city_strategy`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ParkField] | Unset):
        expand (list[ParkRelation] | Unset):
        sort (list[ListParksSortItem] | Unset):
        kind (list[ParkKind] | Unset):  Example: ['park'].
        kind_not (list[ParkKind] | Unset):  Example: ['park'].
        status (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_not (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['chip-design'].
        industry_not (list[str] | Unset):  Example: ['chip-design'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        city_strategy (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_not (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_isnull (bool | Unset):  Example: True.
        park_count_gte (int | Unset):
        park_count_lte (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParkPage | Problem
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
        status=status,
        status_not=status_not,
        status_isnull=status_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        city_strategy=city_strategy,
        city_strategy_not=city_strategy_not,
        city_strategy_isnull=city_strategy_isnull,
        park_count_gte=park_count_gte,
        park_count_lte=park_count_lte,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ParkField] | Unset = UNSET,
    expand: list[ParkRelation] | Unset = UNSET,
    sort: list[ListParksSortItem] | Unset = UNSET,
    kind: list[ParkKind] | Unset = UNSET,
    kind_not: list[ParkKind] | Unset = UNSET,
    status: list[ParkStatus] | Unset = UNSET,
    status_not: list[ParkStatus] | Unset = UNSET,
    status_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    city_strategy: list[str] | Unset = UNSET,
    city_strategy_not: list[str] | Unset = UNSET,
    city_strategy_isnull: bool | Unset = UNSET,
    park_count_gte: int | Unset = UNSET,
    park_count_lte: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ParkPage | Problem]:
    """List industrial parks

     Returns a page of parks (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `status`, `industry`, `conference`, `year`,
    `city_strategy` (comma-separated values match any of them); `kind__not`, `status__not`,
    `industry__not`, `conference__not`, `year__not`, `city_strategy__not` (none of the comma-separated
    values); `park_count__gte`, `park_count__lte` (inclusive bounds); `status__isnull`,
    `industry__isnull`, `conference__isnull`, `city_strategy__isnull` (`true`: no value, `false`: some
    value); every filter given must match. `q` searches within the collection. `fields` picks the fields
    returned (`id` always); `expand` inlines related records (`conference`, `industries`, `project`,
    `city_strategy`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ParkField] | Unset):
        expand (list[ParkRelation] | Unset):
        sort (list[ListParksSortItem] | Unset):
        kind (list[ParkKind] | Unset):  Example: ['park'].
        kind_not (list[ParkKind] | Unset):  Example: ['park'].
        status (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_not (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['chip-design'].
        industry_not (list[str] | Unset):  Example: ['chip-design'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        city_strategy (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_not (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_isnull (bool | Unset):  Example: True.
        park_count_gte (int | Unset):
        park_count_lte (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ParkPage | Problem]
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
        status=status,
        status_not=status_not,
        status_isnull=status_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        city_strategy=city_strategy,
        city_strategy_not=city_strategy_not,
        city_strategy_isnull=city_strategy_isnull,
        park_count_gte=park_count_gte,
        park_count_lte=park_count_lte,
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
    fields: list[ParkField] | Unset = UNSET,
    expand: list[ParkRelation] | Unset = UNSET,
    sort: list[ListParksSortItem] | Unset = UNSET,
    kind: list[ParkKind] | Unset = UNSET,
    kind_not: list[ParkKind] | Unset = UNSET,
    status: list[ParkStatus] | Unset = UNSET,
    status_not: list[ParkStatus] | Unset = UNSET,
    status_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    city_strategy: list[str] | Unset = UNSET,
    city_strategy_not: list[str] | Unset = UNSET,
    city_strategy_isnull: bool | Unset = UNSET,
    park_count_gte: int | Unset = UNSET,
    park_count_lte: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ParkPage | Problem | None:
    """List industrial parks

     Returns a page of parks (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `status`, `industry`, `conference`, `year`,
    `city_strategy` (comma-separated values match any of them); `kind__not`, `status__not`,
    `industry__not`, `conference__not`, `year__not`, `city_strategy__not` (none of the comma-separated
    values); `park_count__gte`, `park_count__lte` (inclusive bounds); `status__isnull`,
    `industry__isnull`, `conference__isnull`, `city_strategy__isnull` (`true`: no value, `false`: some
    value); every filter given must match. `q` searches within the collection. `fields` picks the fields
    returned (`id` always); `expand` inlines related records (`conference`, `industries`, `project`,
    `city_strategy`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ParkField] | Unset):
        expand (list[ParkRelation] | Unset):
        sort (list[ListParksSortItem] | Unset):
        kind (list[ParkKind] | Unset):  Example: ['park'].
        kind_not (list[ParkKind] | Unset):  Example: ['park'].
        status (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_not (list[ParkStatus] | Unset):  Example: ['to-open'].
        status_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['chip-design'].
        industry_not (list[str] | Unset):  Example: ['chip-design'].
        industry_isnull (bool | Unset):  Example: True.
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        city_strategy (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_not (list[str] | Unset):  Example: ['qingpu'].
        city_strategy_isnull (bool | Unset):  Example: True.
        park_count_gte (int | Unset):
        park_count_lte (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ParkPage | Problem
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
            status=status,
            status_not=status_not,
            status_isnull=status_isnull,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            conference=conference,
            conference_not=conference_not,
            conference_isnull=conference_isnull,
            year=year,
            year_not=year_not,
            city_strategy=city_strategy,
            city_strategy_not=city_strategy_not,
            city_strategy_isnull=city_strategy_isnull,
            park_count_gte=park_count_gte,
            park_count_lte=park_count_lte,
            if_none_match=if_none_match,
        )
    ).parsed
