import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.conference_groups import ConferenceGroups
from ...models.conference_reporting import ConferenceReporting
from ...models.format_ import Format
from ...models.group_conferences_conference_group_by import GroupConferencesConferenceGroupBy
from ...models.group_conferences_sort import GroupConferencesSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    signed_projects_count_gte: int | Unset = UNSET,
    signed_projects_count_isnull: bool | Unset = UNSET,
    signed_projects_count_lte: int | Unset = UNSET,
    reporting: list[ConferenceReporting] | Unset = UNSET,
    reporting_not: list[ConferenceReporting] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    official: list[str] | Unset = UNSET,
    official_not: list[str] | Unset = UNSET,
    official_isnull: bool | Unset = UNSET,
    by: GroupConferencesConferenceGroupBy,
    sort: GroupConferencesSort | Unset = UNSET,
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

    json_year: list[int] | Unset = UNSET
    if not isinstance(year, Unset):
        json_year = year

    params["year"] = json_year

    json_year_not: list[int] | Unset = UNSET
    if not isinstance(year_not, Unset):
        json_year_not = year_not

    params["year__not"] = json_year_not

    params["year__gte"] = year_gte

    params["year__lte"] = year_lte

    json_date_gte: str | Unset = UNSET
    if not isinstance(date_gte, Unset):
        json_date_gte = date_gte.isoformat()
    params["date__gte"] = json_date_gte

    json_date_lte: str | Unset = UNSET
    if not isinstance(date_lte, Unset):
        json_date_lte = date_lte.isoformat()
    params["date__lte"] = json_date_lte

    params["signed_projects_count__gte"] = signed_projects_count_gte

    params["signed_projects_count__isnull"] = signed_projects_count_isnull

    params["signed_projects_count__lte"] = signed_projects_count_lte

    json_reporting: list[str] | Unset = UNSET
    if not isinstance(reporting, Unset):
        json_reporting = []
        for reporting_item_data in reporting:
            reporting_item = reporting_item_data.value
            json_reporting.append(reporting_item)

    params["reporting"] = json_reporting

    json_reporting_not: list[str] | Unset = UNSET
    if not isinstance(reporting_not, Unset):
        json_reporting_not = []
        for reporting_not_item_data in reporting_not:
            reporting_not_item = reporting_not_item_data.value
            json_reporting_not.append(reporting_not_item)

    params["reporting__not"] = json_reporting_not

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_not: list[str] | Unset = UNSET
    if not isinstance(industry_not, Unset):
        json_industry_not = industry_not

    params["industry__not"] = json_industry_not

    params["industry__isnull"] = industry_isnull

    json_official: list[str] | Unset = UNSET
    if not isinstance(official, Unset):
        json_official = official

    params["official"] = json_official

    json_official_not: list[str] | Unset = UNSET
    if not isinstance(official_not, Unset):
        json_official_not = official_not

    params["official__not"] = json_official_not

    params["official__isnull"] = official_isnull

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
        "url": "/v1/conferences/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConferenceGroups | Problem:
    if response.status_code == 200:
        response_200 = ConferenceGroups.from_dict(response.json())

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
) -> Response[Any | ConferenceGroups | Problem]:
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
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    signed_projects_count_gte: int | Unset = UNSET,
    signed_projects_count_isnull: bool | Unset = UNSET,
    signed_projects_count_lte: int | Unset = UNSET,
    reporting: list[ConferenceReporting] | Unset = UNSET,
    reporting_not: list[ConferenceReporting] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    official: list[str] | Unset = UNSET,
    official_not: list[str] | Unset = UNSET,
    official_isnull: bool | Unset = UNSET,
    by: GroupConferencesConferenceGroupBy,
    sort: GroupConferencesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ConferenceGroups | Problem]:
    """Group conferences by a field

     Counts the conferences the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        signed_projects_count_gte (int | Unset):
        signed_projects_count_isnull (bool | Unset):  Example: True.
        signed_projects_count_lte (int | Unset):
        reporting (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        reporting_not (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        industry (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_isnull (bool | Unset):  Example: True.
        official (list[str] | Unset):  Example: ['gong-zheng'].
        official_not (list[str] | Unset):  Example: ['gong-zheng'].
        official_isnull (bool | Unset):  Example: True.
        by (GroupConferencesConferenceGroupBy):  Example: year.
        sort (GroupConferencesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConferenceGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        date_gte=date_gte,
        date_lte=date_lte,
        signed_projects_count_gte=signed_projects_count_gte,
        signed_projects_count_isnull=signed_projects_count_isnull,
        signed_projects_count_lte=signed_projects_count_lte,
        reporting=reporting,
        reporting_not=reporting_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        official=official,
        official_not=official_not,
        official_isnull=official_isnull,
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
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    signed_projects_count_gte: int | Unset = UNSET,
    signed_projects_count_isnull: bool | Unset = UNSET,
    signed_projects_count_lte: int | Unset = UNSET,
    reporting: list[ConferenceReporting] | Unset = UNSET,
    reporting_not: list[ConferenceReporting] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    official: list[str] | Unset = UNSET,
    official_not: list[str] | Unset = UNSET,
    official_isnull: bool | Unset = UNSET,
    by: GroupConferencesConferenceGroupBy,
    sort: GroupConferencesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ConferenceGroups | Problem | None:
    """Group conferences by a field

     Counts the conferences the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        signed_projects_count_gte (int | Unset):
        signed_projects_count_isnull (bool | Unset):  Example: True.
        signed_projects_count_lte (int | Unset):
        reporting (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        reporting_not (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        industry (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_isnull (bool | Unset):  Example: True.
        official (list[str] | Unset):  Example: ['gong-zheng'].
        official_not (list[str] | Unset):  Example: ['gong-zheng'].
        official_isnull (bool | Unset):  Example: True.
        by (GroupConferencesConferenceGroupBy):  Example: year.
        sort (GroupConferencesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConferenceGroups | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        date_gte=date_gte,
        date_lte=date_lte,
        signed_projects_count_gte=signed_projects_count_gte,
        signed_projects_count_isnull=signed_projects_count_isnull,
        signed_projects_count_lte=signed_projects_count_lte,
        reporting=reporting,
        reporting_not=reporting_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        official=official,
        official_not=official_not,
        official_isnull=official_isnull,
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
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    signed_projects_count_gte: int | Unset = UNSET,
    signed_projects_count_isnull: bool | Unset = UNSET,
    signed_projects_count_lte: int | Unset = UNSET,
    reporting: list[ConferenceReporting] | Unset = UNSET,
    reporting_not: list[ConferenceReporting] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    official: list[str] | Unset = UNSET,
    official_not: list[str] | Unset = UNSET,
    official_isnull: bool | Unset = UNSET,
    by: GroupConferencesConferenceGroupBy,
    sort: GroupConferencesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ConferenceGroups | Problem]:
    """Group conferences by a field

     Counts the conferences the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        signed_projects_count_gte (int | Unset):
        signed_projects_count_isnull (bool | Unset):  Example: True.
        signed_projects_count_lte (int | Unset):
        reporting (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        reporting_not (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        industry (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_isnull (bool | Unset):  Example: True.
        official (list[str] | Unset):  Example: ['gong-zheng'].
        official_not (list[str] | Unset):  Example: ['gong-zheng'].
        official_isnull (bool | Unset):  Example: True.
        by (GroupConferencesConferenceGroupBy):  Example: year.
        sort (GroupConferencesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConferenceGroups | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        date_gte=date_gte,
        date_lte=date_lte,
        signed_projects_count_gte=signed_projects_count_gte,
        signed_projects_count_isnull=signed_projects_count_isnull,
        signed_projects_count_lte=signed_projects_count_lte,
        reporting=reporting,
        reporting_not=reporting_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        official=official,
        official_not=official_not,
        official_isnull=official_isnull,
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
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    date_gte: datetime.date | Unset = UNSET,
    date_lte: datetime.date | Unset = UNSET,
    signed_projects_count_gte: int | Unset = UNSET,
    signed_projects_count_isnull: bool | Unset = UNSET,
    signed_projects_count_lte: int | Unset = UNSET,
    reporting: list[ConferenceReporting] | Unset = UNSET,
    reporting_not: list[ConferenceReporting] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    official: list[str] | Unset = UNSET,
    official_not: list[str] | Unset = UNSET,
    official_isnull: bool | Unset = UNSET,
    by: GroupConferencesConferenceGroupBy,
    sort: GroupConferencesSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ConferenceGroups | Problem | None:
    """Group conferences by a field

     Counts the conferences the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        date_gte (datetime.date | Unset):
        date_lte (datetime.date | Unset):
        signed_projects_count_gte (int | Unset):
        signed_projects_count_isnull (bool | Unset):  Example: True.
        signed_projects_count_lte (int | Unset):
        reporting (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        reporting_not (list[ConferenceReporting] | Unset):  Example: ['after-the-event'].
        industry (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits'].
        industry_isnull (bool | Unset):  Example: True.
        official (list[str] | Unset):  Example: ['gong-zheng'].
        official_not (list[str] | Unset):  Example: ['gong-zheng'].
        official_isnull (bool | Unset):  Example: True.
        by (GroupConferencesConferenceGroupBy):  Example: year.
        sort (GroupConferencesSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConferenceGroups | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            year=year,
            year_not=year_not,
            year_gte=year_gte,
            year_lte=year_lte,
            date_gte=date_gte,
            date_lte=date_lte,
            signed_projects_count_gte=signed_projects_count_gte,
            signed_projects_count_isnull=signed_projects_count_isnull,
            signed_projects_count_lte=signed_projects_count_lte,
            reporting=reporting,
            reporting_not=reporting_not,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            official=official,
            official_not=official_not,
            official_isnull=official_isnull,
            by=by,
            sort=sort,
            limit=limit,
            cursor=cursor,
            format_=format_,
            if_none_match=if_none_match,
        )
    ).parsed
