from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.list_projects_sort_item import ListProjectsSortItem
from ...models.problem import Problem
from ...models.project_field import ProjectField
from ...models.project_page import ProjectPage
from ...models.project_relation import ProjectRelation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ProjectField] | Unset = UNSET,
    expand: list[ProjectRelation] | Unset = UNSET,
    sort: list[ListProjectsSortItem] | Unset = UNSET,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | ProjectPage:
    if response.status_code == 200:
        response_200 = ProjectPage.from_dict(response.json())

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
) -> Response[Any | Problem | ProjectPage]:
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
    fields: list[ProjectField] | Unset = UNSET,
    expand: list[ProjectRelation] | Unset = UNSET,
    sort: list[ListProjectsSortItem] | Unset = UNSET,
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ProjectPage]:
    """List signed projects

     Returns a page of projects (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `conference`, `year`, `industry`, `organization`,
    `park`, `possibly_same_as` (comma-separated values match any of them); `conference__not`,
    `year__not`, `industry__not`, `organization__not`, `park__not`, `possibly_same_as__not` (none of the
    comma-separated values); `conference__isnull`, `industry__isnull`, `organization__isnull`,
    `park__isnull`, `possibly_same_as__isnull` (`true`: no value, `false`: some value); every filter
    given must match. `q` searches within the collection. `fields` picks the fields returned (`id`
    always); `expand` inlines related records (`conference`, `organizations`, `industries`, `park`,
    `possibly_same_as`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ProjectField] | Unset):
        expand (list[ProjectRelation] | Unset):
        sort (list[ListProjectsSortItem] | Unset):
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
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProjectPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
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
    fields: list[ProjectField] | Unset = UNSET,
    expand: list[ProjectRelation] | Unset = UNSET,
    sort: list[ListProjectsSortItem] | Unset = UNSET,
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
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ProjectPage | None:
    """List signed projects

     Returns a page of projects (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `conference`, `year`, `industry`, `organization`,
    `park`, `possibly_same_as` (comma-separated values match any of them); `conference__not`,
    `year__not`, `industry__not`, `organization__not`, `park__not`, `possibly_same_as__not` (none of the
    comma-separated values); `conference__isnull`, `industry__isnull`, `organization__isnull`,
    `park__isnull`, `possibly_same_as__isnull` (`true`: no value, `false`: some value); every filter
    given must match. `q` searches within the collection. `fields` picks the fields returned (`id`
    always); `expand` inlines related records (`conference`, `organizations`, `industries`, `park`,
    `possibly_same_as`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ProjectField] | Unset):
        expand (list[ProjectRelation] | Unset):
        sort (list[ListProjectsSortItem] | Unset):
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
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProjectPage
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
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[ProjectField] | Unset = UNSET,
    expand: list[ProjectRelation] | Unset = UNSET,
    sort: list[ListProjectsSortItem] | Unset = UNSET,
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
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | ProjectPage]:
    """List signed projects

     Returns a page of projects (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `conference`, `year`, `industry`, `organization`,
    `park`, `possibly_same_as` (comma-separated values match any of them); `conference__not`,
    `year__not`, `industry__not`, `organization__not`, `park__not`, `possibly_same_as__not` (none of the
    comma-separated values); `conference__isnull`, `industry__isnull`, `organization__isnull`,
    `park__isnull`, `possibly_same_as__isnull` (`true`: no value, `false`: some value); every filter
    given must match. `q` searches within the collection. `fields` picks the fields returned (`id`
    always); `expand` inlines related records (`conference`, `organizations`, `industries`, `park`,
    `possibly_same_as`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ProjectField] | Unset):
        expand (list[ProjectRelation] | Unset):
        sort (list[ListProjectsSortItem] | Unset):
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
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ProjectPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
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
    fields: list[ProjectField] | Unset = UNSET,
    expand: list[ProjectRelation] | Unset = UNSET,
    sort: list[ListProjectsSortItem] | Unset = UNSET,
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
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | ProjectPage | None:
    """List signed projects

     Returns a page of projects (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `conference`, `year`, `industry`, `organization`,
    `park`, `possibly_same_as` (comma-separated values match any of them); `conference__not`,
    `year__not`, `industry__not`, `organization__not`, `park__not`, `possibly_same_as__not` (none of the
    comma-separated values); `conference__isnull`, `industry__isnull`, `organization__isnull`,
    `park__isnull`, `possibly_same_as__isnull` (`true`: no value, `false`: some value); every filter
    given must match. `q` searches within the collection. `fields` picks the fields returned (`id`
    always); `expand` inlines related records (`conference`, `organizations`, `industries`, `park`,
    `possibly_same_as`). An unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[ProjectField] | Unset):
        expand (list[ProjectRelation] | Unset):
        sort (list[ListProjectsSortItem] | Unset):
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
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ProjectPage
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
            if_none_match=if_none_match,
        )
    ).parsed
