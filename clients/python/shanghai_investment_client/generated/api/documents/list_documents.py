import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.document_field import DocumentField
from ...models.document_page import DocumentPage
from ...models.document_relation import DocumentRelation
from ...models.list_documents_document_list_output import ListDocumentsDocumentListOutput
from ...models.list_documents_sort_item import ListDocumentsSortItem
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: ListDocumentsDocumentListOutput | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    sort: list[ListDocumentsSortItem] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    language_not: list[str] | Unset = UNSET,
    author: list[str] | Unset = UNSET,
    author_not: list[str] | Unset = UNSET,
    author_isnull: bool | Unset = UNSET,
    original_document: list[str] | Unset = UNSET,
    original_document_not: list[str] | Unset = UNSET,
    original_document_isnull: bool | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_isnull: bool | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
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

    json_language: list[str] | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = language

    params["language"] = json_language

    json_language_not: list[str] | Unset = UNSET
    if not isinstance(language_not, Unset):
        json_language_not = language_not

    params["language__not"] = json_language_not

    json_author: list[str] | Unset = UNSET
    if not isinstance(author, Unset):
        json_author = author

    params["author"] = json_author

    json_author_not: list[str] | Unset = UNSET
    if not isinstance(author_not, Unset):
        json_author_not = author_not

    params["author__not"] = json_author_not

    params["author__isnull"] = author_isnull

    json_original_document: list[str] | Unset = UNSET
    if not isinstance(original_document, Unset):
        json_original_document = original_document

    params["original_document"] = json_original_document

    json_original_document_not: list[str] | Unset = UNSET
    if not isinstance(original_document_not, Unset):
        json_original_document_not = original_document_not

    params["original_document__not"] = json_original_document_not

    params["original_document__isnull"] = original_document_isnull

    json_published_on_gte: str | Unset = UNSET
    if not isinstance(published_on_gte, Unset):
        json_published_on_gte = published_on_gte.isoformat()
    params["published_on__gte"] = json_published_on_gte

    params["published_on__isnull"] = published_on_isnull

    json_published_on_lte: str | Unset = UNSET
    if not isinstance(published_on_lte, Unset):
        json_published_on_lte = published_on_lte.isoformat()
    params["published_on__lte"] = json_published_on_lte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/documents",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | DocumentPage | Problem:
    if response.status_code == 200:
        response_200 = DocumentPage.from_dict(response.json())

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
) -> Response[Any | DocumentPage | Problem]:
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
    format_: ListDocumentsDocumentListOutput | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    sort: list[ListDocumentsSortItem] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    language_not: list[str] | Unset = UNSET,
    author: list[str] | Unset = UNSET,
    author_not: list[str] | Unset = UNSET,
    author_isnull: bool | Unset = UNSET,
    original_document: list[str] | Unset = UNSET,
    original_document_not: list[str] | Unset = UNSET,
    original_document_isnull: bool | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_isnull: bool | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | DocumentPage | Problem]:
    """List documents

     Returns a page of documents (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or
    the `Link` header for the next page. Filter with `language`, `author`, `original_document` (comma-
    separated values match any of them); `language__not`, `author__not`, `original_document__not` (none
    of the comma-separated values); `published_on__gte`, `published_on__lte` (inclusive bounds);
    `author__isnull`, `original_document__isnull`, `published_on__isnull` (`true`: no value, `false`:
    some value); every filter given must match. `q` searches within the collection. `fields` picks the
    fields returned (`id` always); `expand` inlines related records (`authors`, `original_document`). An
    unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (ListDocumentsDocumentListOutput | Unset):
        q (str | Unset):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        sort (list[ListDocumentsSortItem] | Unset):
        language (list[str] | Unset):  Example: ['zh'].
        language_not (list[str] | Unset):  Example: ['zh'].
        author (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_not (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_isnull (bool | Unset):  Example: True.
        original_document (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_not (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_isnull (bool | Unset):  Example: True.
        published_on_gte (datetime.date | Unset):
        published_on_isnull (bool | Unset):  Example: True.
        published_on_lte (datetime.date | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        language=language,
        language_not=language_not,
        author=author,
        author_not=author_not,
        author_isnull=author_isnull,
        original_document=original_document,
        original_document_not=original_document_not,
        original_document_isnull=original_document_isnull,
        published_on_gte=published_on_gte,
        published_on_isnull=published_on_isnull,
        published_on_lte=published_on_lte,
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
    format_: ListDocumentsDocumentListOutput | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    sort: list[ListDocumentsSortItem] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    language_not: list[str] | Unset = UNSET,
    author: list[str] | Unset = UNSET,
    author_not: list[str] | Unset = UNSET,
    author_isnull: bool | Unset = UNSET,
    original_document: list[str] | Unset = UNSET,
    original_document_not: list[str] | Unset = UNSET,
    original_document_isnull: bool | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_isnull: bool | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | DocumentPage | Problem | None:
    """List documents

     Returns a page of documents (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or
    the `Link` header for the next page. Filter with `language`, `author`, `original_document` (comma-
    separated values match any of them); `language__not`, `author__not`, `original_document__not` (none
    of the comma-separated values); `published_on__gte`, `published_on__lte` (inclusive bounds);
    `author__isnull`, `original_document__isnull`, `published_on__isnull` (`true`: no value, `false`:
    some value); every filter given must match. `q` searches within the collection. `fields` picks the
    fields returned (`id` always); `expand` inlines related records (`authors`, `original_document`). An
    unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (ListDocumentsDocumentListOutput | Unset):
        q (str | Unset):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        sort (list[ListDocumentsSortItem] | Unset):
        language (list[str] | Unset):  Example: ['zh'].
        language_not (list[str] | Unset):  Example: ['zh'].
        author (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_not (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_isnull (bool | Unset):  Example: True.
        original_document (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_not (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_isnull (bool | Unset):  Example: True.
        published_on_gte (datetime.date | Unset):
        published_on_isnull (bool | Unset):  Example: True.
        published_on_lte (datetime.date | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentPage | Problem
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
        language=language,
        language_not=language_not,
        author=author,
        author_not=author_not,
        author_isnull=author_isnull,
        original_document=original_document,
        original_document_not=original_document_not,
        original_document_isnull=original_document_isnull,
        published_on_gte=published_on_gte,
        published_on_isnull=published_on_isnull,
        published_on_lte=published_on_lte,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: ListDocumentsDocumentListOutput | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    sort: list[ListDocumentsSortItem] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    language_not: list[str] | Unset = UNSET,
    author: list[str] | Unset = UNSET,
    author_not: list[str] | Unset = UNSET,
    author_isnull: bool | Unset = UNSET,
    original_document: list[str] | Unset = UNSET,
    original_document_not: list[str] | Unset = UNSET,
    original_document_isnull: bool | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_isnull: bool | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | DocumentPage | Problem]:
    """List documents

     Returns a page of documents (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or
    the `Link` header for the next page. Filter with `language`, `author`, `original_document` (comma-
    separated values match any of them); `language__not`, `author__not`, `original_document__not` (none
    of the comma-separated values); `published_on__gte`, `published_on__lte` (inclusive bounds);
    `author__isnull`, `original_document__isnull`, `published_on__isnull` (`true`: no value, `false`:
    some value); every filter given must match. `q` searches within the collection. `fields` picks the
    fields returned (`id` always); `expand` inlines related records (`authors`, `original_document`). An
    unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (ListDocumentsDocumentListOutput | Unset):
        q (str | Unset):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        sort (list[ListDocumentsSortItem] | Unset):
        language (list[str] | Unset):  Example: ['zh'].
        language_not (list[str] | Unset):  Example: ['zh'].
        author (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_not (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_isnull (bool | Unset):  Example: True.
        original_document (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_not (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_isnull (bool | Unset):  Example: True.
        published_on_gte (datetime.date | Unset):
        published_on_isnull (bool | Unset):  Example: True.
        published_on_lte (datetime.date | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DocumentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        format_=format_,
        q=q,
        fields=fields,
        expand=expand,
        sort=sort,
        language=language,
        language_not=language_not,
        author=author,
        author_not=author_not,
        author_isnull=author_isnull,
        original_document=original_document,
        original_document_not=original_document_not,
        original_document_isnull=original_document_isnull,
        published_on_gte=published_on_gte,
        published_on_isnull=published_on_isnull,
        published_on_lte=published_on_lte,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 25,
    cursor: str | Unset = UNSET,
    format_: ListDocumentsDocumentListOutput | Unset = UNSET,
    q: str | Unset = UNSET,
    fields: list[DocumentField] | Unset = UNSET,
    expand: list[DocumentRelation] | Unset = UNSET,
    sort: list[ListDocumentsSortItem] | Unset = UNSET,
    language: list[str] | Unset = UNSET,
    language_not: list[str] | Unset = UNSET,
    author: list[str] | Unset = UNSET,
    author_not: list[str] | Unset = UNSET,
    author_isnull: bool | Unset = UNSET,
    original_document: list[str] | Unset = UNSET,
    original_document_not: list[str] | Unset = UNSET,
    original_document_isnull: bool | Unset = UNSET,
    published_on_gte: datetime.date | Unset = UNSET,
    published_on_isnull: bool | Unset = UNSET,
    published_on_lte: datetime.date | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | DocumentPage | Problem | None:
    """List documents

     Returns a page of documents (`limit`, 1-100, default 25), in `sort` order; follow `links.next` or
    the `Link` header for the next page. Filter with `language`, `author`, `original_document` (comma-
    separated values match any of them); `language__not`, `author__not`, `original_document__not` (none
    of the comma-separated values); `published_on__gte`, `published_on__lte` (inclusive bounds);
    `author__isnull`, `original_document__isnull`, `published_on__isnull` (`true`: no value, `false`:
    some value); every filter given must match. `q` searches within the collection. `fields` picks the
    fields returned (`id` always); `expand` inlines related records (`authors`, `original_document`). An
    unknown or invalid parameter answers a `400` problem naming it.

    Args:
        limit (int | Unset):  Default: 25.
        cursor (str | Unset):
        format_ (ListDocumentsDocumentListOutput | Unset):
        q (str | Unset):
        fields (list[DocumentField] | Unset):
        expand (list[DocumentRelation] | Unset):
        sort (list[ListDocumentsSortItem] | Unset):
        language (list[str] | Unset):  Example: ['zh'].
        language_not (list[str] | Unset):  Example: ['zh'].
        author (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_not (list[str] | Unset):  Example: ['zhu-shenshen'].
        author_isnull (bool | Unset):  Example: True.
        original_document (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_not (list[str] | Unset):  Example: ['shine-2021-04-07-conference-date'].
        original_document_isnull (bool | Unset):  Example: True.
        published_on_gte (datetime.date | Unset):
        published_on_isnull (bool | Unset):  Example: True.
        published_on_lte (datetime.date | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DocumentPage | Problem
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
            language=language,
            language_not=language_not,
            author=author,
            author_not=author_not,
            author_isnull=author_isnull,
            original_document=original_document,
            original_document_not=original_document_not,
            original_document_isnull=original_document_isnull,
            published_on_gte=published_on_gte,
            published_on_isnull=published_on_isnull,
            published_on_lte=published_on_lte,
            if_none_match=if_none_match,
        )
    ).parsed
