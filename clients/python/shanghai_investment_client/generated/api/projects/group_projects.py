from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.group_projects_project_group_by import GroupProjectsProjectGroupBy
from ...models.group_projects_sort import GroupProjectsSort
from ...models.problem import Problem
from ...models.project_groups import ProjectGroups
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    park: list[str] | Unset = UNSET,
    park_not: list[str] | Unset = UNSET,
    park_isnull: bool | Unset = UNSET,
    possibly_same_as: list[str] | Unset = UNSET,
    possibly_same_as_not: list[str] | Unset = UNSET,
    possibly_same_as_isnull: bool | Unset = UNSET,
    by: GroupProjectsProjectGroupBy,
    sort: GroupProjectsSort | Unset = UNSET,
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

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_not: list[str] | Unset = UNSET
    if not isinstance(industry_not, Unset):
        json_industry_not = industry_not

    params["industry__not"] = json_industry_not

    params["industry__isnull"] = industry_isnull

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_not: list[str] | Unset = UNSET
    if not isinstance(organization_not, Unset):
        json_organization_not = organization_not

    params["organization__not"] = json_organization_not

    params["organization__isnull"] = organization_isnull

    json_park: list[str] | Unset = UNSET
    if not isinstance(park, Unset):
        json_park = park

    params["park"] = json_park

    json_park_not: list[str] | Unset = UNSET
    if not isinstance(park_not, Unset):
        json_park_not = park_not

    params["park__not"] = json_park_not

    params["park__isnull"] = park_isnull

    json_possibly_same_as: list[str] | Unset = UNSET
    if not isinstance(possibly_same_as, Unset):
        json_possibly_same_as = possibly_same_as

    params["possibly_same_as"] = json_possibly_same_as

    json_possibly_same_as_not: list[str] | Unset = UNSET
    if not isinstance(possibly_same_as_not, Unset):
        json_possibly_same_as_not = possibly_same_as_not

    params["possibly_same_as__not"] = json_possibly_same_as_not

    params["possibly_same_as__isnull"] = possibly_same_as_isnull

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
        "url": "/v1/projects/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | ProjectGroups:
    if response.status_code == 200:
        response_200 = ProjectGroups.from_dict(response.json())

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
) -> Response[Any | Problem | ProjectGroups]:
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
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    park: list[str] | Unset = UNSET,
    park_not: list[str] | Unset = UNSET,
    park_isnull: bool | Unset = UNSET,
    possibly_same_as: list[str] | Unset = UNSET,
    possibly_same_as_not: list[str] | Unset = UNSET,
    possibly_same_as_isnull: bool | Unset = UNSET,
    by: GroupProjectsProjectGroupBy,
    sort: GroupProjectsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ProjectGroups]:
    """Group projects by a field

     Counts the projects the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2022].
        year_not (list[int] | Unset):  Example: [2022].
        industry (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['bilibili'].
        organization_not (list[str] | Unset):  Example: ['bilibili'].
        organization_isnull (bool | Unset):  Example: True.
        park (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_not (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_isnull (bool | Unset):  Example: True.
        possibly_same_as (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_not (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_isnull (bool | Unset):  Example: True.
        by (GroupProjectsProjectGroupBy):  Example: conference.
        sort (GroupProjectsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProjectGroups]
    """

    kwargs = _get_kwargs(
        q=q,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        park=park,
        park_not=park_not,
        park_isnull=park_isnull,
        possibly_same_as=possibly_same_as,
        possibly_same_as_not=possibly_same_as_not,
        possibly_same_as_isnull=possibly_same_as_isnull,
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
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    park: list[str] | Unset = UNSET,
    park_not: list[str] | Unset = UNSET,
    park_isnull: bool | Unset = UNSET,
    possibly_same_as: list[str] | Unset = UNSET,
    possibly_same_as_not: list[str] | Unset = UNSET,
    possibly_same_as_isnull: bool | Unset = UNSET,
    by: GroupProjectsProjectGroupBy,
    sort: GroupProjectsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ProjectGroups | None:
    """Group projects by a field

     Counts the projects the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2022].
        year_not (list[int] | Unset):  Example: [2022].
        industry (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['bilibili'].
        organization_not (list[str] | Unset):  Example: ['bilibili'].
        organization_isnull (bool | Unset):  Example: True.
        park (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_not (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_isnull (bool | Unset):  Example: True.
        possibly_same_as (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_not (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_isnull (bool | Unset):  Example: True.
        by (GroupProjectsProjectGroupBy):  Example: conference.
        sort (GroupProjectsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProjectGroups
    """

    return sync_detailed(
        client=client,
        q=q,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        park=park,
        park_not=park_not,
        park_isnull=park_isnull,
        possibly_same_as=possibly_same_as,
        possibly_same_as_not=possibly_same_as_not,
        possibly_same_as_isnull=possibly_same_as_isnull,
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
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    park: list[str] | Unset = UNSET,
    park_not: list[str] | Unset = UNSET,
    park_isnull: bool | Unset = UNSET,
    possibly_same_as: list[str] | Unset = UNSET,
    possibly_same_as_not: list[str] | Unset = UNSET,
    possibly_same_as_isnull: bool | Unset = UNSET,
    by: GroupProjectsProjectGroupBy,
    sort: GroupProjectsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ProjectGroups]:
    """Group projects by a field

     Counts the projects the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2022].
        year_not (list[int] | Unset):  Example: [2022].
        industry (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['bilibili'].
        organization_not (list[str] | Unset):  Example: ['bilibili'].
        organization_isnull (bool | Unset):  Example: True.
        park (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_not (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_isnull (bool | Unset):  Example: True.
        possibly_same_as (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_not (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_isnull (bool | Unset):  Example: True.
        by (GroupProjectsProjectGroupBy):  Example: conference.
        sort (GroupProjectsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProjectGroups]
    """

    kwargs = _get_kwargs(
        q=q,
        conference=conference,
        conference_not=conference_not,
        conference_isnull=conference_isnull,
        year=year,
        year_not=year_not,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        park=park,
        park_not=park_not,
        park_isnull=park_isnull,
        possibly_same_as=possibly_same_as,
        possibly_same_as_not=possibly_same_as_not,
        possibly_same_as_isnull=possibly_same_as_isnull,
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
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    park: list[str] | Unset = UNSET,
    park_not: list[str] | Unset = UNSET,
    park_isnull: bool | Unset = UNSET,
    possibly_same_as: list[str] | Unset = UNSET,
    possibly_same_as_not: list[str] | Unset = UNSET,
    possibly_same_as_isnull: bool | Unset = UNSET,
    by: GroupProjectsProjectGroupBy,
    sort: GroupProjectsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ProjectGroups | None:
    """Group projects by a field

     Counts the projects the filters select (the list's filters and `q`) for each value of `by`, with the
    sums of their money fields per currency (never converted, never mixed). A record with several values
    of a list field counts in each of its groups; the records without a value form the group whose `key`
    is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every group.

    Args:
        q (str | Unset):
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2022].
        year_not (list[int] | Unset):  Example: [2022].
        industry (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_not (list[str] | Unset):  Example: ['integrated-circuits', 'bio-medicine'].
        industry_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['bilibili'].
        organization_not (list[str] | Unset):  Example: ['bilibili'].
        organization_isnull (bool | Unset):  Example: True.
        park (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_not (list[str] | Unset):  Example: ['electronics-materials-park'].
        park_isnull (bool | Unset):  Example: True.
        possibly_same_as (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_not (list[str] | Unset):  Example: ['cansino-covid-19-vaccine-project'].
        possibly_same_as_isnull (bool | Unset):  Example: True.
        by (GroupProjectsProjectGroupBy):  Example: conference.
        sort (GroupProjectsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProjectGroups
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            conference=conference,
            conference_not=conference_not,
            conference_isnull=conference_isnull,
            year=year,
            year_not=year_not,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            organization=organization,
            organization_not=organization_not,
            organization_isnull=organization_isnull,
            park=park,
            park_not=park_not,
            park_isnull=park_isnull,
            possibly_same_as=possibly_same_as,
            possibly_same_as_not=possibly_same_as_not,
            possibly_same_as_isnull=possibly_same_as_isnull,
            by=by,
            sort=sort,
            limit=limit,
            cursor=cursor,
            format_=format_,
            if_none_match=if_none_match,
        )
    ).parsed
