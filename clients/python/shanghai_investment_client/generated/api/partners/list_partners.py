from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.list_partners_sort_item import ListPartnersSortItem
from ...models.partner_field import PartnerField
from ...models.partner_kind import PartnerKind
from ...models.partner_page import PartnerPage
from ...models.partner_relation import PartnerRelation
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[PartnerField] | Unset = UNSET,
    expand: list[PartnerRelation] | Unset = UNSET,
    sort: list[ListPartnersSortItem] | Unset = UNSET,
    kind: list[PartnerKind] | Unset = UNSET,
    kind_not: list[PartnerKind] | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    person: list[str] | Unset = UNSET,
    person_not: list[str] | Unset = UNSET,
    person_isnull: bool | Unset = UNSET,
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

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_not: list[str] | Unset = UNSET
    if not isinstance(organization_not, Unset):
        json_organization_not = organization_not

    params["organization__not"] = json_organization_not

    params["organization__isnull"] = organization_isnull

    json_person: list[str] | Unset = UNSET
    if not isinstance(person, Unset):
        json_person = person

    params["person"] = json_person

    json_person_not: list[str] | Unset = UNSET
    if not isinstance(person_not, Unset):
        json_person_not = person_not

    params["person__not"] = json_person_not

    params["person__isnull"] = person_isnull

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
        "url": "/v1/partners",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | PartnerPage | Problem:
    if response.status_code == 200:
        response_200 = PartnerPage.from_dict(response.json())

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
) -> Response[Any | PartnerPage | Problem]:
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
    fields: list[PartnerField] | Unset = UNSET,
    expand: list[PartnerRelation] | Unset = UNSET,
    sort: list[ListPartnersSortItem] | Unset = UNSET,
    kind: list[PartnerKind] | Unset = UNSET,
    kind_not: list[PartnerKind] | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    person: list[str] | Unset = UNSET,
    person_not: list[str] | Unset = UNSET,
    person_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PartnerPage | Problem]:
    """List global investment partners

     Returns a page of partners (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `year`, `organization`, `person`, `industry`,
    `conference` (comma-separated values match any of them); `kind__not`, `year__not`,
    `organization__not`, `person__not`, `industry__not`, `conference__not` (none of the comma-separated
    values); `year__gte`, `year__lte` (inclusive bounds); `organization__isnull`, `person__isnull`,
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `person`, `organization`, `industries`). An unknown
    or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PartnerField] | Unset):
        expand (list[PartnerRelation] | Unset):
        sort (list[ListPartnersSortItem] | Unset):
        kind (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        kind_not (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        organization (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_not (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_isnull (bool | Unset):  Example: True.
        person (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_not (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['semiconductors'].
        industry_not (list[str] | Unset):  Example: ['semiconductors'].
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
        Response[Any | PartnerPage | Problem]
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
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        person=person,
        person_not=person_not,
        person_isnull=person_isnull,
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
    fields: list[PartnerField] | Unset = UNSET,
    expand: list[PartnerRelation] | Unset = UNSET,
    sort: list[ListPartnersSortItem] | Unset = UNSET,
    kind: list[PartnerKind] | Unset = UNSET,
    kind_not: list[PartnerKind] | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    person: list[str] | Unset = UNSET,
    person_not: list[str] | Unset = UNSET,
    person_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PartnerPage | Problem | None:
    """List global investment partners

     Returns a page of partners (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `year`, `organization`, `person`, `industry`,
    `conference` (comma-separated values match any of them); `kind__not`, `year__not`,
    `organization__not`, `person__not`, `industry__not`, `conference__not` (none of the comma-separated
    values); `year__gte`, `year__lte` (inclusive bounds); `organization__isnull`, `person__isnull`,
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `person`, `organization`, `industries`). An unknown
    or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PartnerField] | Unset):
        expand (list[PartnerRelation] | Unset):
        sort (list[ListPartnersSortItem] | Unset):
        kind (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        kind_not (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        organization (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_not (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_isnull (bool | Unset):  Example: True.
        person (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_not (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['semiconductors'].
        industry_not (list[str] | Unset):  Example: ['semiconductors'].
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
        Any | PartnerPage | Problem
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
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        person=person,
        person_not=person_not,
        person_isnull=person_isnull,
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
    fields: list[PartnerField] | Unset = UNSET,
    expand: list[PartnerRelation] | Unset = UNSET,
    sort: list[ListPartnersSortItem] | Unset = UNSET,
    kind: list[PartnerKind] | Unset = UNSET,
    kind_not: list[PartnerKind] | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    person: list[str] | Unset = UNSET,
    person_not: list[str] | Unset = UNSET,
    person_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | PartnerPage | Problem]:
    """List global investment partners

     Returns a page of partners (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `year`, `organization`, `person`, `industry`,
    `conference` (comma-separated values match any of them); `kind__not`, `year__not`,
    `organization__not`, `person__not`, `industry__not`, `conference__not` (none of the comma-separated
    values); `year__gte`, `year__lte` (inclusive bounds); `organization__isnull`, `person__isnull`,
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `person`, `organization`, `industries`). An unknown
    or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PartnerField] | Unset):
        expand (list[PartnerRelation] | Unset):
        sort (list[ListPartnersSortItem] | Unset):
        kind (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        kind_not (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        organization (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_not (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_isnull (bool | Unset):  Example: True.
        person (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_not (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['semiconductors'].
        industry_not (list[str] | Unset):  Example: ['semiconductors'].
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
        Response[Any | PartnerPage | Problem]
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
        year=year,
        year_not=year_not,
        year_gte=year_gte,
        year_lte=year_lte,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        person=person,
        person_not=person_not,
        person_isnull=person_isnull,
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
    fields: list[PartnerField] | Unset = UNSET,
    expand: list[PartnerRelation] | Unset = UNSET,
    sort: list[ListPartnersSortItem] | Unset = UNSET,
    kind: list[PartnerKind] | Unset = UNSET,
    kind_not: list[PartnerKind] | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_gte: int | Unset = UNSET,
    year_lte: int | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    person: list[str] | Unset = UNSET,
    person_not: list[str] | Unset = UNSET,
    person_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | PartnerPage | Problem | None:
    """List global investment partners

     Returns a page of partners (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or the
    `Link` header for the next page. Filter with `kind`, `year`, `organization`, `person`, `industry`,
    `conference` (comma-separated values match any of them); `kind__not`, `year__not`,
    `organization__not`, `person__not`, `industry__not`, `conference__not` (none of the comma-separated
    values); `year__gte`, `year__lte` (inclusive bounds); `organization__isnull`, `person__isnull`,
    `industry__isnull`, `conference__isnull` (`true`: no value, `false`: some value); every filter given
    must match. `q` searches within the collection. `fields` picks the fields returned (`id` always);
    `expand` inlines related records (`conference`, `person`, `organization`, `industries`). An unknown
    or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        q (str | Unset):
        fields (list[PartnerField] | Unset):
        expand (list[PartnerRelation] | Unset):
        sort (list[ListPartnersSortItem] | Unset):
        kind (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        kind_not (list[PartnerKind] | Unset):  Example: ['corporate-executive'].
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_gte (int | Unset):
        year_lte (int | Unset):
        organization (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_not (list[str] | Unset):  Example: ['sequoia-capital'].
        organization_isnull (bool | Unset):  Example: True.
        person (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_not (list[str] | Unset):  Example: ['shen-nanpeng'].
        person_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['semiconductors'].
        industry_not (list[str] | Unset):  Example: ['semiconductors'].
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
        Any | PartnerPage | Problem
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
            year=year,
            year_not=year_not,
            year_gte=year_gte,
            year_lte=year_lte,
            organization=organization,
            organization_not=organization_not,
            organization_isnull=organization_isnull,
            person=person,
            person_not=person_not,
            person_isnull=person_isnull,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            conference=conference,
            conference_not=conference_not,
            conference_isnull=conference_isnull,
            if_none_match=if_none_match,
        )
    ).parsed
