"""The hand-written layer over the generated package (``.generated``): one
client, a collection object per kind of record that follows cursors, typed
`expand` and `fields`, exports as text, and one exception carrying the
problem document."""

from __future__ import annotations

import datetime
import functools
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar, overload
from urllib.parse import parse_qs, urlsplit

import httpx

from .generated import Client as GeneratedClient
from .generated.api.city_strategies import get_city_strategy, list_city_strategies
from .generated.api.conferences import get_conference, list_conferences
from .generated.api.industries import get_industry, list_industries
from .generated.api.meta import get_database, get_meta
from .generated.api.organizations import get_organization, list_organizations
from .generated.api.parks import get_park, list_parks
from .generated.api.partners import get_partner, list_partners
from .generated.api.people import get_person, list_people
from .generated.api.projects import get_project, list_projects
from .generated.api.search import search
from .generated.api.statements import get_statement, list_statements
from .generated.models import (
    CityStrategy,
    CityStrategyRelation,
    CityStrategySparse,
    Conference,
    ConferenceRelation,
    ConferenceSparse,
    Industry,
    IndustryRelation,
    IndustrySparse,
    Meta,
    Organization,
    OrganizationRelation,
    OrganizationSparse,
    Park,
    ParkRelation,
    ParkSparse,
    Partner,
    PartnerRelation,
    PartnerSparse,
    Person,
    PersonRelation,
    PersonSparse,
    Problem,
    ProblemError,
    Project,
    ProjectRelation,
    ProjectSparse,
    SearchHit,
    Statement,
    StatementRelation,
    StatementSparse,
)
from .generated.types import File, Response, Unset

T = TypeVar("T")
RecordT = TypeVar("RecordT")
SparseT = TypeVar("SparseT")
RelationT = TypeVar("RelationT", bound=Enum)


class ApiError(Exception):
    """An error answer of the API. ``problem`` is its RFC 9457 problem
    document, parsed (None only when something between the client and the
    API answered with another body, e.g. a proxy's 502 page)."""

    def __init__(self, status: int, problem: Problem | None, body: bytes = b"") -> None:
        self.status = status
        self.problem = problem
        self.code: str | None = problem.code if problem else None
        self.title: str = problem.title if problem else f"HTTP {status}"
        self.detail: str = problem.detail if problem else body[:500].decode("utf-8", "replace")
        self.errors: list[ProblemError] = list(problem.errors) if problem else []
        self.request_id: str | None = problem.request_id if problem else None
        parameters = "".join(f"; {error.parameter}: {error.detail}" for error in self.errors)
        super().__init__(f"{status} {self.code or self.title}: {self.detail}{parameters}")


class Operation(Protocol):
    """A generated operation module (``generated.api.<tag>.<operation>``):
    its request builder and its parser of a JSON or binary answer."""

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]: ...

    @property
    def _build_response(self) -> Callable[..., Response[Any]]: ...


# Answers returned as text, not parsed: the exports and BibTeX.
TEXT_TYPES = ("text/", "application/x-ndjson", "application/x-bibtex")
# What a collection's pages cannot be: an export (text) or a 304 (no body).
COLLECTION_REFUSES = frozenset({"format_", "if_none_match"})


@functools.cache
def parameter_types(build_request: Callable[..., dict[str, Any]]) -> dict[str, Any]:
    """The annotated types of a generated operation's parameters (those of its ``_get_kwargs``)."""
    return typing.get_type_hints(build_request)


def plain_types(hint: Any) -> list[Any]:
    """The members of ``X | Unset`` and the like, ``Unset`` and ``None`` left out."""
    members = (
        typing.get_args(hint)
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
        else (hint,)
    )
    return [member for member in members if member not in (Unset, type(None))]


def coerced(operation: Operation, name: str, value: Any) -> Any:
    """``value`` as the generated operation takes parameter ``name``: a list
    of any iterable (a single string or enum member is a list of one), the
    enum members of strings (``sort=["-name"]``, ``fields=["name"]``), a date
    of an ISO string (``date_gte="2021-04-01"``); anything else as it is."""
    for hint in plain_types(parameter_types(operation._get_kwargs).get(name)):
        if typing.get_origin(hint) is list:
            values = [value] if isinstance(value, (str, Enum)) else list(value)
            (item,) = typing.get_args(hint)
            if isinstance(item, type) and issubclass(item, Enum):
                return [member if isinstance(member, item) else item(member) for member in values]
            return values
        if isinstance(hint, type) and issubclass(hint, Enum) and isinstance(value, str):
            return hint(value)
        if hint is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
    return value


def request_of(operation: Operation, *args: Any, **params: Any) -> dict[str, Any]:
    """The request of a generated operation, built by the module's own
    ``_get_kwargs``, to be sent by the client's httpx client (sync or async).
    The generated ``sync_detailed`` and ``asyncio_detailed`` would parse every
    answer by its status as JSON, a proxy's HTML 502 page or a CSV export
    included; ``answer_of`` reads it instead. A parameter given as None is
    left out, as if not given."""
    params = {name: coerced(operation, name, value) for name, value in params.items() if value is not None}
    return operation._get_kwargs(*args, **params)


def answer_of(operation: Operation, client: GeneratedClient, response: httpx.Response) -> Any:
    """The body of an operation's answer: parsed by the module's
    ``_build_response`` when JSON or binary, the text of an export, None for
    a 304; ``ApiError`` for an error answer, whatever its body."""
    if response.status_code >= 400:
        raise ApiError(response.status_code, problem_of(response), response.content)
    if response.status_code == 304:
        return None
    if response.headers.get("content-type", "").startswith(TEXT_TYPES):
        return response.text
    return operation._build_response(client=client, response=response).parsed


def problem_of(response: httpx.Response) -> Problem | None:
    """The problem document of an error answer, or None when the body is not one."""
    if "json" not in response.headers.get("content-type", ""):
        return None
    try:
        return Problem.from_dict(response.json())
    except (ValueError, KeyError, TypeError):
        return None


class _Page(Protocol):
    """What every generated page model has (`data` typed per collection)."""

    @property
    def links(self) -> Any: ...


def expanded(value: T | Unset) -> T:
    """A relation inlined by `expand=`: ``partner.person`` is typed
    ``Person | None | Unset`` (Unset when the record was fetched without
    ``expand=["person"]``); this returns the ``Person | None``, or raises
    ``ValueError`` when the relation was not expanded."""
    if isinstance(value, Unset):
        raise ValueError("this relation was not expanded: ask for it with expand=[...]")
    return value


def next_cursor(page: _Page) -> str | None:
    """The `cursor` of a page's `links.next`, or None on the last page."""
    link = page.links.next_
    if not isinstance(link, str):
        return None
    return parse_qs(urlsplit(link).query)["cursor"][0]


@dataclass(frozen=True)
class Page(Generic[RecordT]):
    """One page of a collection: its records, the number of records matching
    across all pages, and the cursor of the next page (None on the last)."""

    records: list[RecordT]
    total: int
    next_cursor: str | None


class Collection(Generic[RecordT, SparseT, RelationT]):
    """One kind of record: ``get`` one, or ``iter`` over every record matching
    the filters, page after page. Filters are the list operation's keyword
    arguments (``industry=["integrated-circuits"]``, ``year_gte=2023``,
    ``sort=[...]``, ``q="..."``); ``expand`` takes the relation enum or its
    value, and the records carry the related records under the relation's
    name, typed (see ``expanded``). With ``fields=[...]`` the records are the
    kind's sparse model (``ProjectSparse``), holding only those fields."""

    def __init__(
        self,
        client: Client,
        types: tuple[type[RecordT], type[SparseT], type[RelationT]],
        list_operation: Operation,
        get_operation: Operation,
    ) -> None:
        self._client = client
        self._record_type, self._sparse_type, self._relation_type = types
        self._list = list_operation
        self._get = get_operation

    def _relations(self, expand: Iterable[RelationT | str]) -> dict[str, list[RelationT]]:
        relations = []
        for relation in expand:
            try:
                relations.append(self._relation_type(relation))
            except ValueError:
                names = ", ".join(str(member.value) for member in self._relation_type)
                raise ValueError(f"{relation!r} is not a relation of {self._record_type.__name__}: {names}") from None
        return {"expand": relations} if relations else {}

    def _whole(self, record: object) -> RecordT:
        # Without `fields=` the API serves whole records, which parse as the full model.
        if not isinstance(record, self._record_type):
            raise TypeError(f"expected a whole {self._record_type.__name__}, got {type(record).__name__}")
        return record

    def _sparse(self, record: object) -> SparseT:
        # With `fields=` a record lacks what was not asked for: the sparse model.
        if isinstance(record, self._record_type):  # every field asked for
            return self._sparse_type.from_dict(record.to_dict())  # type: ignore[attr-defined, no-any-return]
        if not isinstance(record, self._sparse_type):
            raise TypeError(f"expected a {self._sparse_type.__name__}, got {type(record).__name__}")
        return record

    def _query(
        self, expand: Iterable[RelationT | str], fields: Sequence[Any] | None, filters: dict[str, Any]
    ) -> dict[str, Any]:
        """The list operation's keyword arguments. Pages of records only: an
        export or a conditional request goes through ``Client.call``."""
        refused = sorted(set(filters) & COLLECTION_REFUSES)
        if refused:
            raise ValueError(f"{', '.join(refused)}: not for pages of records; use Client.call(operation, ...)")
        return {**self._relations(expand), **filters, **({} if fields is None else {"fields": list(fields)})}

    def _shaped(self, records: Iterable[object], fields: Sequence[Any] | None) -> Iterator[Any]:
        """Whole records when no `fields=` was asked for, else the sparse model."""
        convert = self._whole if fields is None else self._sparse
        return (convert(record) for record in records)

    @overload
    def get(self, record_id: str, *, expand: Sequence[RelationT | str] = (), fields: None = None) -> RecordT: ...
    @overload
    def get(self, record_id: str, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any]) -> SparseT: ...
    def get(
        self, record_id: str, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any] | None = None
    ) -> RecordT | SparseT:
        """One record by its id (whole, or the sparse model with ``fields=``);
        ``ApiError`` (404 ``not_found``) when there is none."""
        record = self._client.call(self._get, record_id, **self._query(expand, fields, {}))
        return self._whole(record) if fields is None else self._sparse(record)

    @overload
    def page(self, *, expand: Sequence[RelationT | str] = (), fields: None = None, **filters: Any) -> Page[RecordT]: ...
    @overload
    def page(
        self, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any], **filters: Any
    ) -> Page[SparseT]: ...
    def page(
        self, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any] | None = None, **filters: Any
    ) -> Page[RecordT] | Page[SparseT]:
        """One page (``limit=``, ``cursor=`` among the filters)."""
        page = self._client.call(self._list, **self._query(expand, fields, filters))
        return Page(list(self._shaped(page.data, fields)), page.meta.total, next_cursor(page))

    @overload
    def iter(
        self, *, expand: Sequence[RelationT | str] = (), fields: None = None, **filters: Any
    ) -> Iterator[RecordT]: ...
    @overload
    def iter(
        self, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any], **filters: Any
    ) -> Iterator[SparseT]: ...
    def iter(
        self, *, expand: Sequence[RelationT | str] = (), fields: Sequence[Any] | None = None, **filters: Any
    ) -> Iterator[RecordT] | Iterator[SparseT]:
        """Every record matching the filters, following `links.next` (pages
        of ``limit`` records, 100 unless given)."""
        filters.setdefault("limit", 100)
        return self._shaped(self._client.iterate(self._list, **self._query(expand, fields, filters)), fields)


class Client:
    """The API at ``base_url``, e.g. ``Client("https://api.example.org")``.

    Keyword arguments go to the generated client (``timeout=``, ``headers=``,
    ``httpx_args=``...); ``raw`` is that client, for calling any generated
    operation directly. Use as a context manager to close the connection pool
    (``with`` for ``call``, ``async with`` for ``acall``: each closes its own).
    """

    def __init__(self, base_url: str, **options: Any) -> None:
        self.raw = GeneratedClient(base_url=base_url.rstrip("/"), **options)
        self.conferences = Collection(
            self, (Conference, ConferenceSparse, ConferenceRelation), list_conferences, get_conference
        )
        self.projects = Collection(self, (Project, ProjectSparse, ProjectRelation), list_projects, get_project)
        self.partners = Collection(self, (Partner, PartnerSparse, PartnerRelation), list_partners, get_partner)
        self.parks = Collection(self, (Park, ParkSparse, ParkRelation), list_parks, get_park)
        self.city_strategies = Collection(
            self, (CityStrategy, CityStrategySparse, CityStrategyRelation), list_city_strategies, get_city_strategy
        )
        self.organizations = Collection(
            self, (Organization, OrganizationSparse, OrganizationRelation), list_organizations, get_organization
        )
        self.people = Collection(self, (Person, PersonSparse, PersonRelation), list_people, get_person)
        self.industries = Collection(self, (Industry, IndustrySparse, IndustryRelation), list_industries, get_industry)
        self.statements = Collection(
            self, (Statement, StatementSparse, StatementRelation), list_statements, get_statement
        )

    def __enter__(self) -> Client:
        self.raw.__enter__()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.raw.__exit__(kind, error, traceback)

    async def __aenter__(self) -> Client:
        await self.raw.__aenter__()
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.raw.__aexit__(kind, error, traceback)

    def call(self, operation: Operation, *args: Any, **params: Any) -> Any:
        """The body of a generated operation's answer: parsed when JSON (a
        record, a page...), the text of an export (``format_=`` CSV, NDJSON,
        BibTeX), None for a 304; ``ApiError`` for an error answer, whatever
        its body."""
        response = self.raw.get_httpx_client().request(**request_of(operation, *args, **params))
        return answer_of(operation, self.raw, response)

    async def acall(self, operation: Operation, *args: Any, **params: Any) -> Any:
        """``call``, awaited (on the generated client's async httpx client):
        the same answers and the same ``ApiError``."""
        response = await self.raw.get_async_httpx_client().request(**request_of(operation, *args, **params))
        return answer_of(operation, self.raw, response)

    def iterate(self, operation: Operation, **params: Any) -> Iterator[Any]:
        """Every item of a paginated operation (any list, or ``search``),
        following `links.next` until the last page."""
        while True:
            page = self.call(operation, **params)
            yield from page.data
            cursor = next_cursor(page)
            if cursor is None:
                return
            params = {**params, "cursor": cursor}

    def search(self, q: str, **params: Any) -> Iterator[SearchHit]:
        """Every hit of a full-text search across the collections (``kind=``
        narrows it), best first (pages of ``limit`` hits, 100 unless given,
        as a collection's ``iter``)."""
        params.setdefault("limit", 100)
        return self.iterate(search, q=q, **params)

    def meta(self) -> Meta:
        """The dataset's version, licence, sources and counts."""
        meta: Meta = self.call(get_meta)
        return meta

    def download_database(self, path: str | Path) -> Path:
        """Save the whole dataset, a SQLite file, at ``path``."""
        database: File = self.call(get_database)
        target = Path(path)
        target.write_bytes(database.payload.read())
        return target
