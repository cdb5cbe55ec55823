from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.format_ import Format
from ...models.group_statements_sort import GroupStatementsSort
from ...models.group_statements_statement_group_by import GroupStatementsStatementGroupBy
from ...models.problem import Problem
from ...models.statement_credited_to import StatementCreditedTo
from ...models.statement_groups import StatementGroups
from ...models.statement_topic import StatementTopic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    topic: list[StatementTopic] | Unset = UNSET,
    topic_not: list[StatementTopic] | Unset = UNSET,
    speaker: list[str] | Unset = UNSET,
    speaker_not: list[str] | Unset = UNSET,
    speaker_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_isnull: bool | Unset = UNSET,
    credited_to: list[StatementCreditedTo] | Unset = UNSET,
    credited_to_not: list[StatementCreditedTo] | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupStatementsStatementGroupBy,
    sort: GroupStatementsSort | Unset = UNSET,
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

    json_topic: list[str] | Unset = UNSET
    if not isinstance(topic, Unset):
        json_topic = []
        for topic_item_data in topic:
            topic_item = topic_item_data.value
            json_topic.append(topic_item)

    params["topic"] = json_topic

    json_topic_not: list[str] | Unset = UNSET
    if not isinstance(topic_not, Unset):
        json_topic_not = []
        for topic_not_item_data in topic_not:
            topic_not_item = topic_not_item_data.value
            json_topic_not.append(topic_not_item)

    params["topic__not"] = json_topic_not

    json_speaker: list[str] | Unset = UNSET
    if not isinstance(speaker, Unset):
        json_speaker = speaker

    params["speaker"] = json_speaker

    json_speaker_not: list[str] | Unset = UNSET
    if not isinstance(speaker_not, Unset):
        json_speaker_not = speaker_not

    params["speaker__not"] = json_speaker_not

    params["speaker__isnull"] = speaker_isnull

    json_organization: list[str] | Unset = UNSET
    if not isinstance(organization, Unset):
        json_organization = organization

    params["organization"] = json_organization

    json_organization_not: list[str] | Unset = UNSET
    if not isinstance(organization_not, Unset):
        json_organization_not = organization_not

    params["organization__not"] = json_organization_not

    params["organization__isnull"] = organization_isnull

    json_industry: list[str] | Unset = UNSET
    if not isinstance(industry, Unset):
        json_industry = industry

    params["industry"] = json_industry

    json_industry_not: list[str] | Unset = UNSET
    if not isinstance(industry_not, Unset):
        json_industry_not = industry_not

    params["industry__not"] = json_industry_not

    params["industry__isnull"] = industry_isnull

    json_year: list[int] | Unset = UNSET
    if not isinstance(year, Unset):
        json_year = year

    params["year"] = json_year

    json_year_not: list[int] | Unset = UNSET
    if not isinstance(year_not, Unset):
        json_year_not = year_not

    params["year__not"] = json_year_not

    params["year__isnull"] = year_isnull

    json_credited_to: list[str] | Unset = UNSET
    if not isinstance(credited_to, Unset):
        json_credited_to = []
        for credited_to_item_data in credited_to:
            credited_to_item = credited_to_item_data.value
            json_credited_to.append(credited_to_item)

    params["credited_to"] = json_credited_to

    json_credited_to_not: list[str] | Unset = UNSET
    if not isinstance(credited_to_not, Unset):
        json_credited_to_not = []
        for credited_to_not_item_data in credited_to_not:
            credited_to_not_item = credited_to_not_item_data.value
            json_credited_to_not.append(credited_to_not_item)

    params["credited_to__not"] = json_credited_to_not

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
        "url": "/v1/statements/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | StatementGroups:
    if response.status_code == 200:
        response_200 = StatementGroups.from_dict(response.json())

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
) -> Response[Any | Problem | StatementGroups]:
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
    topic: list[StatementTopic] | Unset = UNSET,
    topic_not: list[StatementTopic] | Unset = UNSET,
    speaker: list[str] | Unset = UNSET,
    speaker_not: list[str] | Unset = UNSET,
    speaker_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_isnull: bool | Unset = UNSET,
    credited_to: list[StatementCreditedTo] | Unset = UNSET,
    credited_to_not: list[StatementCreditedTo] | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupStatementsStatementGroupBy,
    sort: GroupStatementsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | StatementGroups]:
    """Group statements by a field

     Counts the statements the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        topic (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        topic_not (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        speaker (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_not (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['huawei'].
        organization_not (list[str] | Unset):  Example: ['huawei'].
        organization_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['education'].
        industry_not (list[str] | Unset):  Example: ['education'].
        industry_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_isnull (bool | Unset):  Example: True.
        credited_to (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        credited_to_not (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupStatementsStatementGroupBy):  Example: topic.
        sort (GroupStatementsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | StatementGroups]
    """

    kwargs = _get_kwargs(
        q=q,
        topic=topic,
        topic_not=topic_not,
        speaker=speaker,
        speaker_not=speaker_not,
        speaker_isnull=speaker_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        year=year,
        year_not=year_not,
        year_isnull=year_isnull,
        credited_to=credited_to,
        credited_to_not=credited_to_not,
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
    topic: list[StatementTopic] | Unset = UNSET,
    topic_not: list[StatementTopic] | Unset = UNSET,
    speaker: list[str] | Unset = UNSET,
    speaker_not: list[str] | Unset = UNSET,
    speaker_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_isnull: bool | Unset = UNSET,
    credited_to: list[StatementCreditedTo] | Unset = UNSET,
    credited_to_not: list[StatementCreditedTo] | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupStatementsStatementGroupBy,
    sort: GroupStatementsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | StatementGroups | None:
    """Group statements by a field

     Counts the statements the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        topic (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        topic_not (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        speaker (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_not (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['huawei'].
        organization_not (list[str] | Unset):  Example: ['huawei'].
        organization_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['education'].
        industry_not (list[str] | Unset):  Example: ['education'].
        industry_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_isnull (bool | Unset):  Example: True.
        credited_to (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        credited_to_not (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupStatementsStatementGroupBy):  Example: topic.
        sort (GroupStatementsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | StatementGroups
    """

    return sync_detailed(
        client=client,
        q=q,
        topic=topic,
        topic_not=topic_not,
        speaker=speaker,
        speaker_not=speaker_not,
        speaker_isnull=speaker_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        year=year,
        year_not=year_not,
        year_isnull=year_isnull,
        credited_to=credited_to,
        credited_to_not=credited_to_not,
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
    topic: list[StatementTopic] | Unset = UNSET,
    topic_not: list[StatementTopic] | Unset = UNSET,
    speaker: list[str] | Unset = UNSET,
    speaker_not: list[str] | Unset = UNSET,
    speaker_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_isnull: bool | Unset = UNSET,
    credited_to: list[StatementCreditedTo] | Unset = UNSET,
    credited_to_not: list[StatementCreditedTo] | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupStatementsStatementGroupBy,
    sort: GroupStatementsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Problem | StatementGroups]:
    """Group statements by a field

     Counts the statements the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        topic (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        topic_not (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        speaker (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_not (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['huawei'].
        organization_not (list[str] | Unset):  Example: ['huawei'].
        organization_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['education'].
        industry_not (list[str] | Unset):  Example: ['education'].
        industry_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_isnull (bool | Unset):  Example: True.
        credited_to (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        credited_to_not (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupStatementsStatementGroupBy):  Example: topic.
        sort (GroupStatementsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | StatementGroups]
    """

    kwargs = _get_kwargs(
        q=q,
        topic=topic,
        topic_not=topic_not,
        speaker=speaker,
        speaker_not=speaker_not,
        speaker_isnull=speaker_isnull,
        organization=organization,
        organization_not=organization_not,
        organization_isnull=organization_isnull,
        industry=industry,
        industry_not=industry_not,
        industry_isnull=industry_isnull,
        year=year,
        year_not=year_not,
        year_isnull=year_isnull,
        credited_to=credited_to,
        credited_to_not=credited_to_not,
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
    topic: list[StatementTopic] | Unset = UNSET,
    topic_not: list[StatementTopic] | Unset = UNSET,
    speaker: list[str] | Unset = UNSET,
    speaker_not: list[str] | Unset = UNSET,
    speaker_isnull: bool | Unset = UNSET,
    organization: list[str] | Unset = UNSET,
    organization_not: list[str] | Unset = UNSET,
    organization_isnull: bool | Unset = UNSET,
    industry: list[str] | Unset = UNSET,
    industry_not: list[str] | Unset = UNSET,
    industry_isnull: bool | Unset = UNSET,
    year: list[int] | Unset = UNSET,
    year_not: list[int] | Unset = UNSET,
    year_isnull: bool | Unset = UNSET,
    credited_to: list[StatementCreditedTo] | Unset = UNSET,
    credited_to_not: list[StatementCreditedTo] | Unset = UNSET,
    conference: list[str] | Unset = UNSET,
    conference_not: list[str] | Unset = UNSET,
    conference_isnull: bool | Unset = UNSET,
    by: GroupStatementsStatementGroupBy,
    sort: GroupStatementsSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: Format | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Problem | StatementGroups | None:
    """Group statements by a field

     Counts the statements the filters select (the list's filters and `q`) for each value of `by`, with
    the sums of their money fields per currency (never converted, never mixed). A record with several
    values of a list field counts in each of its groups; the records without a value form the group
    whose `key` is null. Paged like lists (`limit`, `cursor`, `links.next`); `format=csv` exports every
    group.

    Args:
        q (str | Unset):
        topic (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        topic_not (list[StatementTopic] | Unset):  Example: ['digital-economy'].
        speaker (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_not (list[str] | Unset):  Example: ['qiu-wei'].
        speaker_isnull (bool | Unset):  Example: True.
        organization (list[str] | Unset):  Example: ['huawei'].
        organization_not (list[str] | Unset):  Example: ['huawei'].
        organization_isnull (bool | Unset):  Example: True.
        industry (list[str] | Unset):  Example: ['education'].
        industry_not (list[str] | Unset):  Example: ['education'].
        industry_isnull (bool | Unset):  Example: True.
        year (list[int] | Unset):  Example: [2021].
        year_not (list[int] | Unset):  Example: [2021].
        year_isnull (bool | Unset):  Example: True.
        credited_to (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        credited_to_not (list[StatementCreditedTo] | Unset):  Example: ['speakers'].
        conference (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_not (list[str] | Unset):  Example: ['shanghai-global-investment-promotion-
            conference-2021'].
        conference_isnull (bool | Unset):  Example: True.
        by (GroupStatementsStatementGroupBy):  Example: topic.
        sort (GroupStatementsSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (Format | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | StatementGroups
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            topic=topic,
            topic_not=topic_not,
            speaker=speaker,
            speaker_not=speaker_not,
            speaker_isnull=speaker_isnull,
            organization=organization,
            organization_not=organization_not,
            organization_isnull=organization_isnull,
            industry=industry,
            industry_not=industry_not,
            industry_isnull=industry_isnull,
            year=year,
            year_not=year_not,
            year_isnull=year_isnull,
            credited_to=credited_to,
            credited_to_not=credited_to_not,
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
