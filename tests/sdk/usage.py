"""Calls every operation of the API through the generated Python client.

Run by tests/test_sdk_python.py with the python of a throwaway venv where the
generated package is installed, against a live server:

    python usage.py BASE_URL

Record responses are `anyOf: [X, XSparse]` in the spec (a `fields=` sparse
fieldset returns partial records), so the client types them `X | XSparse`:
without `fields=` every record must parse as the full model, and is narrowed
to it with `isinstance` (`complete()`, `check_detail()`); with `fields=` the
sparse model comes back, every field but `id` possibly `Unset`.

It also type-checks under `mypy --strict`. Every call goes through `call()`,
which records the operation. A failed `check()` is recorded and the run goes
on; a response that does not parse into its model (`expect()`) stops it. The
last line printed is always a JSON report `{"operations": [...], "checks": N,
"failures": [...]}`, which the test compares with the spec; the exit status
is 1 when anything failed.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Callable, Sequence
from http import HTTPStatus
from typing import Any, ParamSpec, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

from shanghai_investment_client import Client
from shanghai_investment_client.api.autocomplete import autocomplete
from shanghai_investment_client.api.city_strategies import (
    get_city_strategy,
    group_city_strategies,
    list_city_strategies,
)
from shanghai_investment_client.api.claims import get_claim, list_claims
from shanghai_investment_client.api.conferences import get_conference, group_conferences, list_conferences
from shanghai_investment_client.api.documents import get_document, list_documents
from shanghai_investment_client.api.industries import get_industry, group_industries, list_industries
from shanghai_investment_client.api.meta import (
    get_data_package,
    get_data_package_table,
    get_data_package_zip,
    get_database,
    get_document_text,
    get_index,
    get_meta,
)
from shanghai_investment_client.api.organizations import get_organization, group_organizations, list_organizations
from shanghai_investment_client.api.parks import get_park, group_parks, list_parks
from shanghai_investment_client.api.partners import get_partner, group_partners, list_partners
from shanghai_investment_client.api.people import get_person, group_people, list_people
from shanghai_investment_client.api.projects import get_project, group_projects, list_projects
from shanghai_investment_client.api.search import search
from shanghai_investment_client.api.service import get_health, get_landing, get_problem_type, get_readiness
from shanghai_investment_client.api.statements import get_statement, group_statements, list_statements
from shanghai_investment_client.models import (
    Autocomplete,
    CityStrategy,
    CityStrategyGroups,
    CityStrategyPage,
    Claim,
    ClaimPage,
    Conference,
    ConferenceGroups,
    ConferencePage,
    ConferenceRelation,
    DataPackage,
    Document,
    DocumentPage,
    GroupCityStrategiesCityStrategyGroupBy,
    GroupConferencesConferenceGroupBy,
    GroupIndustriesIndustryGroupBy,
    GroupOrganizationsOrganizationGroupBy,
    GroupParksParkGroupBy,
    GroupPartnersPartnerGroupBy,
    GroupPeoplePersonGroupBy,
    GroupProjectsProjectGroupBy,
    GroupStatementsStatementGroupBy,
    Health,
    Index,
    Industry,
    IndustryGroups,
    IndustryPage,
    Landing,
    ListProjectsSortItem,
    Meta,
    Money,
    MoneyCurrency,
    Organization,
    OrganizationGroups,
    OrganizationKind,
    OrganizationPage,
    OrganizationRole,
    PageLinks,
    PageMeta,
    Park,
    ParkGroups,
    ParkKind,
    ParkPage,
    Partner,
    PartnerGroups,
    PartnerKind,
    PartnerPage,
    PartnerRelation,
    Person,
    PersonGroups,
    PersonPage,
    Problem,
    ProblemType,
    Project,
    ProjectField,
    ProjectGroups,
    ProjectPage,
    ProjectSparse,
    Readiness,
    SearchHit,
    SearchKindItem,
    SearchPage,
    Source,
    Statement,
    StatementGroups,
    StatementPage,
    StatementTopic,
    Suggestion,
)
from shanghai_investment_client.types import File, Response, Unset

P = ParamSpec("P")
T = TypeVar("T")

OPERATIONS: set[str] = set()
FAILURES: list[str] = []
CHECKS = 0


def call(operation: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Call a generated operation function, recording its operationId (the
    module's name in camelCase)."""
    module = operation.__module__.rsplit(".", 1)[-1]
    first, *rest = module.split("_")
    OPERATIONS.add(first + "".join(word.title() for word in rest))
    return operation(*args, **kwargs)


def check(condition: bool, message: str) -> None:
    global CHECKS
    CHECKS += 1
    if not condition:
        FAILURES.append(message)


def expect(value: object, kind: type[T]) -> T:
    """``value`` must have parsed into ``kind`` (else the run cannot go on)."""
    check(isinstance(value, kind), f"expected {kind.__name__}, got {type(value).__name__}: {value!r}")
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def expect_problem(value: object, status: int, code: str, parameter: str | None = None) -> Problem:
    """An error parsed into the typed Problem model."""
    problem = expect(value, Problem)
    check(problem.status == status and problem.code == code, f"expected {status} {code}: {problem!r}")
    check(problem.type_ == f"/problems/{code}", f"problem type: {problem.type_}")
    if parameter is not None:
        named = {error.parameter for error in problem.errors}
        check(parameter in named, f"{parameter!r} not named in {named}")
    return problem


class Record(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def sources(self) -> list[Source]: ...


class Page(Protocol):
    @property
    def links(self) -> PageLinks: ...

    @property
    def meta(self) -> PageMeta: ...


def cursor_of(link: str | Unset) -> str:
    """The `cursor` query parameter of a `links.next` / `links.prev` path."""
    check(isinstance(link, str), f"expected a link, got {link!r}")
    assert isinstance(link, str)
    return parse_qs(urlsplit(link).query)["cursor"][0]


R = TypeVar("R", bound=Record)


def complete(records: Sequence[object], record_type: type[R]) -> list[R]:
    """The records of a page fetched without `fields=`, narrowed from
    `X | XSparse` to the full model `X`: each must have parsed as `X`."""
    full = [record for record in records if isinstance(record, record_type)]
    check(
        len(full) == len(records),
        f"records are not all {record_type.__name__}: {sorted({type(record).__name__ for record in records})}",
    )
    return full


def check_page(page: Page, records: list[R], total: int | None = None) -> None:
    check(bool(records), "a page of records")
    check(all(record.sources for record in records), "every record cites its sources")
    check(page.meta.total >= len(records), f"meta.total {page.meta.total} < {len(records)}")
    if total is not None:
        check(page.meta.total == total, f"meta.total {page.meta.total} != {total}")


def check_detail(record: object, record_type: type[R], record_id: str) -> R:
    """A record fetched without `fields=`: the full model, not the sparse one."""
    found = expect(record, record_type)
    check(found.id == record_id, f"{record_type.__name__} {found.id} != {record_id}")
    check(bool(found.sources), f"{record_type.__name__} {found.id} cites its sources")
    return found


def exercise(client: Client) -> None:
    # --- The entry point, the dataset and the service ------------------------
    index = expect(call(get_index.sync, client=client), Index)
    counts = {entry.name: entry.count for entry in index.collections}
    check(len(counts) == 11 and all(count > 0 for count in counts.values()), f"index collections: {counts}")

    meta = expect(call(get_meta.sync, client=client), Meta)
    check(meta.counts.additional_properties == counts, "meta counts match the index")
    with_text = [document for document in meta.documents if isinstance(document.text_url, str)]
    check(bool(with_text), "a source document has text")
    text = expect(call(get_document_text.sync, with_text[0].id, client=client), str)
    check(len(text) > 1000, "the article's text")
    expect_problem(call(get_document_text.sync, "no-such-document", client=client), 404, "not_found")

    database = expect(call(get_database.sync, client=client), File)
    check(database.payload.read(16) == b"SQLite format 3\x00", "a SQLite file")

    expect(call(get_landing.sync, client=client), Landing)
    check(expect(call(get_health.sync, client=client), Health).status == "ok", "healthy")
    ready = expect(call(get_readiness.sync, client=client), Readiness)
    check(ready.status == "ready" and ready.dataset_version == meta.dataset_version, f"ready: {ready!r}")
    problem_type = expect(call(get_problem_type.sync, "not_found", client=client), ProblemType)
    check(problem_type.status == 404 and problem_type.type_ == "/problems/not_found", repr(problem_type))
    expect_problem(call(get_problem_type.sync, "no_such_code", client=client), 404, "not_found")

    # --- Every collection: a page, the next page, a record, a missing record ---
    conferences = expect(call(list_conferences.sync, client=client, limit=1), ConferencePage)
    conference_records = complete(conferences.data, Conference)
    check_page(conferences, conference_records, counts["conferences"])
    conference = conference_records[0]
    check(isinstance(conference.signed_value, Money | None), "money or null")
    detail = check_detail(
        call(get_conference.sync, conference.id, client=client, expand=[ConferenceRelation.OFFICIALS]),
        Conference,
        conference.id,
    )
    # An expanded relation is a typed field of the record, not an untyped extra.
    officials: list[Person] | Unset = detail.officials
    check(
        isinstance(officials, list) and [person.id for person in officials] == detail.official_ids,
        f"expand=officials inlines the officials, typed: {officials!r}",
    )
    check(not detail.additional_properties, f"no untyped extras: {detail.additional_properties}")
    check(isinstance(conference.officials, Unset), "a relation is absent unless expanded")
    expect_problem(call(get_conference.sync, "no-such-conference", client=client), 404, "not_found")

    projects = expect(
        call(list_projects.sync, client=client, limit=2, sort=[ListProjectsSortItem.NAME_DESC]), ProjectPage
    )
    project_records = complete(projects.data, Project)
    check_page(projects, project_records, counts["projects"])
    following = expect(
        call(
            list_projects.sync,
            client=client,
            limit=2,
            sort=[ListProjectsSortItem.NAME_DESC],
            cursor=cursor_of(projects.links.next_),
        ),
        ProjectPage,
    )
    following_records = complete(following.data, Project)
    check_page(following, following_records)
    check(not {p.id for p in project_records} & {p.id for p in following_records}, "pages do not overlap")
    valued = [project for project in project_records + following_records if isinstance(project.value, Money)]
    check(all(isinstance(p.value, Money) and isinstance(p.value.currency, MoneyCurrency) for p in valued), "money")
    project = check_detail(call(get_project.sync, project_records[0].id, client=client), Project, project_records[0].id)

    # A sparse fieldset: the records parse as the sparse model (never the full
    # one), with the fields asked for (and `id`) and every other field Unset.
    slim = expect(
        call(
            list_projects.sync,
            client=client,
            limit=2,
            sort=[ListProjectsSortItem.NAME_DESC],
            fields=[ProjectField.NAME, ProjectField.VALUE],
        ),
        ProjectPage,
    )
    check(len(slim.data) == len(project_records), f"a sparse page of {len(slim.data)} records")
    for record, full in zip(slim.data, project_records, strict=True):
        sparse = expect(record, ProjectSparse)
        name: str | Unset = sparse.name
        check(sparse.id == full.id and name == full.name, f"sparse {sparse.id}: {name!r} != {full.name!r}")
        check(sparse.value == full.value, f"sparse value {sparse.value!r} != {full.value!r}")
        check(
            isinstance(sparse.sources, Unset) and isinstance(sparse.industry_ids, Unset), f"fields left out: {sparse!r}"
        )
    named = expect(
        call(get_project.sync, project.id, client=client, fields=[ProjectField.NAME]),
        ProjectSparse,
    )
    check(named.id == project.id and named.name == project.name, f"sparse detail: {named!r}")
    check(isinstance(named.value, Unset) and isinstance(named.sources, Unset), f"sparse detail: {named!r}")

    expect_problem(call(get_project.sync, "no-such-project", client=client), 404, "not_found")
    expect_problem(call(list_projects.sync, client=client, limit=500), 400, "invalid_parameter", "limit")

    partners = expect(call(list_partners.sync, client=client, kind=[PartnerKind.CORPORATE_EXECUTIVE]), PartnerPage)
    partner_records = complete(partners.data, Partner)
    check_page(partners, partner_records)
    check(all(p.kind is PartnerKind.CORPORATE_EXECUTIVE for p in partner_records), "kind filter, typed enum")
    check_detail(call(get_partner.sync, partner_records[0].id, client=client), Partner, partner_records[0].id)
    with_people = expect(
        call(
            list_partners.sync, client=client, kind=[PartnerKind.CORPORATE_EXECUTIVE], expand=[PartnerRelation.PERSON]
        ),
        PartnerPage,
    )
    for partner in complete(with_people.data, Partner):
        person: Person | Unset | None = partner.person
        check(
            (person.id if isinstance(person, Person) else None) == partner.person_id,
            f"expand=person types the partner's person: {person!r}",
        )
    expect_problem(call(get_partner.sync, "no-such-partner", client=client), 404, "not_found")

    parks = expect(call(list_parks.sync, client=client), ParkPage)
    park_records = complete(parks.data, Park)
    check_page(parks, park_records, counts["parks"])
    check(all(isinstance(p.kind, ParkKind) for p in park_records), "park kinds are ParkKind")
    check_detail(call(get_park.sync, park_records[0].id, client=client), Park, park_records[0].id)
    expect_problem(call(get_park.sync, "no-such-park", client=client), 404, "not_found")

    strategies = expect(call(list_city_strategies.sync, client=client, limit=3), CityStrategyPage)
    strategy_records = complete(strategies.data, CityStrategy)
    check_page(strategies, strategy_records, counts["city-strategies"])
    strategy_id = strategy_records[0].id
    check_detail(call(get_city_strategy.sync, strategy_id, client=client), CityStrategy, strategy_id)
    expect_problem(call(get_city_strategy.sync, "no-such-city", client=client), 404, "not_found")

    organizations = expect(
        call(list_organizations.sync, client=client, role=[OrganizationRole.INVESTOR], limit=100), OrganizationPage
    )
    organization_records = complete(organizations.data, Organization)
    check_page(organizations, organization_records)
    check(all(OrganizationRole.INVESTOR in o.roles for o in organization_records), "role filter, typed enum")
    check(all(isinstance(o.kind, OrganizationKind | None) for o in organization_records), "nullable enum")
    companies = expect(call(list_organizations.sync, client=client, kind=[OrganizationKind.COMPANY]), OrganizationPage)
    company_records = complete(companies.data, Organization)
    check(all(o.kind is OrganizationKind.COMPANY for o in company_records), "kind filter, typed enum")
    associations = expect(
        call(list_organizations.sync, client=client, kind=[OrganizationKind.ASSOCIATION]), OrganizationPage
    )
    either = expect(
        call(list_organizations.sync, client=client, kind=[OrganizationKind.COMPANY, OrganizationKind.ASSOCIATION]),
        OrganizationPage,
    )
    # The client sends a list as repeated keys (`kind=company&kind=association`),
    # whatever `explode: false` says; the API must read them as `kind=company,association`.
    expected = companies.meta.total + associations.meta.total
    check(
        either.meta.total == expected,
        f"a multi-value filter through the client matches any of its values: kind=[company, association] "
        f"gave {either.meta.total} records, expected {expected}",
    )
    organization_id = organization_records[0].id
    check_detail(call(get_organization.sync, organization_id, client=client), Organization, organization_id)
    expect_problem(call(get_organization.sync, "no-such-organization", client=client), 404, "not_found")

    people = expect(call(list_people.sync, client=client), PersonPage)
    person_records = complete(people.data, Person)
    check_page(people, person_records, counts["people"])
    check_detail(call(get_person.sync, person_records[0].id, client=client), Person, person_records[0].id)
    expect_problem(call(get_person.sync, "no-such-person", client=client), 404, "not_found")

    industries = expect(call(list_industries.sync, client=client, limit=10), IndustryPage)
    industry_records = complete(industries.data, Industry)
    check_page(industries, industry_records, counts["industries"])
    check_detail(call(get_industry.sync, industry_records[0].id, client=client), Industry, industry_records[0].id)
    expect_problem(call(get_industry.sync, "no-such-industry", client=client), 404, "not_found")

    statements = expect(call(list_statements.sync, client=client, q="digital"), StatementPage)
    statement_records = complete(statements.data, Statement)
    check_page(statements, statement_records)
    check(statements.meta.total >= 1, "search within a collection")
    topics = expect(call(list_statements.sync, client=client, topic=[StatementTopic.DIGITAL_ECONOMY]), StatementPage)
    topic_records = complete(topics.data, Statement)
    check(all(s.topic is StatementTopic.DIGITAL_ECONOMY for s in topic_records), "topic filter, typed enum")
    check_detail(call(get_statement.sync, statement_records[0].id, client=client), Statement, statement_records[0].id)
    expect_problem(call(get_statement.sync, "no-such-statement", client=client), 404, "not_found")

    # --- Search ------------------------------------------------------------
    hits = expect(call(search.sync, client=client, q="semiconductor"), SearchPage)
    check(bool(hits.data) and all(isinstance(hit, SearchHit) for hit in hits.data), "search hits")
    check(all("<mark>" in hit.snippet for hit in hits.data), "highlighted snippets")
    only = expect(call(search.sync, client=client, q="Shanghai", kind=[SearchKindItem.PEOPLE]), SearchPage)
    check(bool(only.data) and all(hit.kind == "people" for hit in only.data), "search within a kind")
    expect_problem(call(search.sync, client=client, q="x", limit=0), 400, "invalid_parameter", "limit")

    # --- Groups (one `by` of each collection) and autocomplete ----------------
    grouped_city_strategies = expect(
        call(group_city_strategies.sync, client=client, by=next(iter(GroupCityStrategiesCityStrategyGroupBy))),
        CityStrategyGroups,
    )
    check(
        bool(grouped_city_strategies.data) and all(group.count > 0 for group in grouped_city_strategies.data),
        "city_strategies groups",
    )
    grouped_conferences = expect(
        call(group_conferences.sync, client=client, by=next(iter(GroupConferencesConferenceGroupBy))), ConferenceGroups
    )
    check(
        bool(grouped_conferences.data) and all(group.count > 0 for group in grouped_conferences.data),
        "conferences groups",
    )
    grouped_industries = expect(
        call(group_industries.sync, client=client, by=next(iter(GroupIndustriesIndustryGroupBy))), IndustryGroups
    )
    check(
        bool(grouped_industries.data) and all(group.count > 0 for group in grouped_industries.data), "industries groups"
    )
    grouped_organizations = expect(
        call(group_organizations.sync, client=client, by=next(iter(GroupOrganizationsOrganizationGroupBy))),
        OrganizationGroups,
    )
    check(
        bool(grouped_organizations.data) and all(group.count > 0 for group in grouped_organizations.data),
        "organizations groups",
    )
    grouped_parks = expect(call(group_parks.sync, client=client, by=next(iter(GroupParksParkGroupBy))), ParkGroups)
    check(bool(grouped_parks.data) and all(group.count > 0 for group in grouped_parks.data), "parks groups")
    grouped_partners = expect(
        call(group_partners.sync, client=client, by=next(iter(GroupPartnersPartnerGroupBy))), PartnerGroups
    )
    check(bool(grouped_partners.data) and all(group.count > 0 for group in grouped_partners.data), "partners groups")
    grouped_people = expect(
        call(group_people.sync, client=client, by=next(iter(GroupPeoplePersonGroupBy))), PersonGroups
    )
    check(bool(grouped_people.data) and all(group.count > 0 for group in grouped_people.data), "people groups")
    grouped_projects = expect(
        call(group_projects.sync, client=client, by=next(iter(GroupProjectsProjectGroupBy))), ProjectGroups
    )
    check(bool(grouped_projects.data) and all(group.count > 0 for group in grouped_projects.data), "projects groups")
    grouped_statements = expect(
        call(group_statements.sync, client=client, by=next(iter(GroupStatementsStatementGroupBy))), StatementGroups
    )
    check(
        bool(grouped_statements.data) and all(group.count > 0 for group in grouped_statements.data), "statements groups"
    )
    suggestions = expect(call(autocomplete.sync, client=client, q="shang"), Autocomplete)
    check(bool(suggestions.data) and all(isinstance(hit, Suggestion) for hit in suggestions.data), "suggestions")

    # --- Provenance: claims, documents, the data package -----------------------
    claims = expect(call(list_claims.sync, client=client, record=["bilibili-new-headquarters"]), ClaimPage)
    claim = claims.data[0]
    check(isinstance(claim, Claim) and claim.record_id == "bilibili-new-headquarters", "claims")
    if isinstance(claim, Claim):
        again_claim = expect(call(get_claim.sync, claim.id, client=client), Claim)
        check(again_claim.start == claim.start and again_claim.end == claim.end, "a claim's offsets")
    documents = expect(call(list_documents.sync, client=client, limit=100), DocumentPage)
    check(
        any(isinstance(d, Document) and d.id == "shanghai-investment-conference-2021" for d in documents.data), "docs"
    )
    document = expect(call(get_document.sync, "shanghai-investment-conference-2021", client=client), Document)
    check(document.text_url == "/v1/meta/documents/shanghai-investment-conference-2021.txt", "a document's text")
    package = expect(call(get_data_package.sync, client=client), DataPackage)
    check(any(resource.additional_properties.get("name") == "projects" for resource in package.resources), "resources")
    table = call(get_data_package_table.sync, "projects", client=client)
    check(isinstance(table, str) and table.startswith("id,"), "a data package table")
    zipped = expect(call(get_data_package_zip.sync, client=client), File)
    check(zipped.payload.read(2) == b"PK", "the data package zip")

    # --- Conditional GET through the client: 304 with no body ------------------
    first: Response[Any] = call(get_project.sync_detailed, project.id, client=client)
    check(first.status_code == HTTPStatus.OK, f"status {first.status_code}")
    again: Response[Any] = call(
        get_project.sync_detailed, project.id, client=client, if_none_match=first.headers["ETag"]
    )
    check(again.status_code == HTTPStatus.NOT_MODIFIED and again.parsed is None, f"status {again.status_code}")


def main(base_url: str) -> int:
    try:
        with Client(base_url=base_url, raise_on_unexpected_status=True) as client:
            exercise(client)
    except Exception:
        FAILURES.append(traceback.format_exc())
    print(json.dumps({"operations": sorted(OPERATIONS), "checks": CHECKS, "failures": FAILURES}))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
