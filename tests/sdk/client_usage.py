"""Uses the official Python client (clients/python) against a live server:

    python client_usage.py BASE_URL DOWNLOAD_DIRECTORY

Run by tests/test_clients_python.py with the python of a throwaway venv where
the client's wheel is installed; it also type-checks under `mypy --strict`,
which proves the relations inlined by `expand=` are typed. Plain asserts: a
failure exits non-zero with its traceback; success prints "ok".
"""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path

import httpx
from shanghai_investment_client import ApiError, Client, Unset, expanded
from shanghai_investment_client.generated.api.documents import get_document
from shanghai_investment_client.generated.api.projects import get_project, group_projects, list_projects
from shanghai_investment_client.models import (
    Format,
    GetDocumentDocumentOutput,
    GroupProjectsProjectGroupBy,
    Industry,
    ListProjectsSortItem,
    Organization,
    Partner,
    PartnerKind,
    PartnerRelation,
    Person,
    Project,
    ProjectField,
    ProjectPage,
    ProjectSparse,
    SearchHit,
)


def ascii_folded(text: str) -> str:
    return "".join(character.lower() if character.isascii() else character for character in text)


def partners_with_people(client: Client) -> None:
    partners = list(client.partners.iter(kind=[PartnerKind.CORPORATE_EXECUTIVE], expand=["person"]))
    assert partners and all(isinstance(partner, Partner) for partner in partners)
    for partner in partners:
        # Typed: `person` is `Person | None` once expanded, never an untyped extra.
        person: Person | None = expanded(partner.person)
        assert person is None or person.id == partner.person_id, (partner.id, person)
        if isinstance(partner.organization, Organization):
            raise AssertionError("organization was not asked for")
    assert any(isinstance(partner.person, Person) for partner in partners)
    # Asked by the enum, on one record.
    one = client.partners.get(partners[0].id, expand=[PartnerRelation.PERSON, PartnerRelation.INDUSTRIES])
    industries: list[Industry] = expanded(one.industries)
    assert [industry.id for industry in industries] == one.industry_ids
    # Not expanded: the relation is Unset, and `expanded` says so.
    plain = client.partners.get(partners[0].id)
    assert isinstance(plain.person, Unset)
    try:
        expanded(plain.person)
    except ValueError:
        pass
    else:
        raise AssertionError("expanded() accepted a relation that was not expanded")
    try:
        client.partners.get(partners[0].id, expand=["officials"])
    except ValueError as error:
        assert "officials" in str(error) and "person" in str(error), error
    else:
        raise AssertionError("a relation of another collection was accepted")


def cursors(client: Client) -> None:
    total = client.meta().counts.additional_properties["projects"]
    # Pages of 3: the iterator follows `links.next` through every page.
    projects = list(client.projects.iter(limit=3, sort=[ListProjectsSortItem.NAME]))
    assert len(projects) == total and total > 3, (len(projects), total)
    assert len({project.id for project in projects}) == total
    # By name ignoring ASCII case (SQLite's NOCASE), as the API documents.
    folded = [(ascii_folded(project.name), project.id) for project in projects]
    assert folded == sorted(folded), folded
    assert all(isinstance(project, Project) for project in projects)
    first = client.projects.page(limit=3)
    assert len(first.records) == 3 and first.total == total and first.next_cursor is not None
    second = client.projects.page(limit=3, cursor=first.next_cursor)
    assert not {p.id for p in first.records} & {p.id for p in second.records}
    # Filters are the list operation's keyword arguments.
    chips = list(client.projects.iter(industry=["integrated-circuits"], expand=["industries"]))
    assert chips and all("integrated-circuits" in project.industry_ids for project in chips)
    assert all("integrated-circuits" in {industry.id for industry in expanded(project.industries)} for project in chips)
    # Any paginated operation, search included.
    hits = list(client.search("Shanghai", limit=5))
    assert len(hits) > 5 and all(isinstance(hit, SearchHit) for hit in hits), len(hits)
    # A generated operation, called through the client: parsed, errors raised.
    page: ProjectPage = client.call(list_projects, limit=1)
    assert page.meta.total == total
    assert len(list(client.iterate(list_projects, limit=10))) == total


def sparse_records_and_exports(client: Client) -> None:
    # `fields=` on a collection: the sparse model, holding what was asked for.
    names = list(client.projects.iter(fields=[ProjectField.NAME], limit=7))
    assert names and all(isinstance(project, ProjectSparse) for project in names)
    assert all(isinstance(project.name, str) and isinstance(project.year, Unset) for project in names)
    first: ProjectSparse = client.projects.page(fields=[ProjectField.NAME, ProjectField.YEAR]).records[0]
    assert isinstance(first.year, int)
    one: ProjectSparse = client.projects.get(first.id, fields=["value"])
    assert one.id == first.id and isinstance(one.name, Unset)
    # Enum and date parameters also take their plain values.
    by_name = [project.name for project in client.projects.iter(sort=["-name"], fields=["name"])]
    assert by_name and by_name == [
        p.name for p in client.projects.iter(sort=[ListProjectsSortItem.NAME_DESC], fields=[ProjectField.NAME])
    ]
    dated = list(client.conferences.iter(date_gte="2024-01-01"))
    assert dated and all(conference.year >= 2024 for conference in dated)
    try:
        client.projects.page(sort=["nme"])
    except ValueError as error:
        assert "nme" in str(error), error
    else:
        raise AssertionError("an unknown sort was accepted")
    # One value for a list parameter, and None for "not given".
    assert client.projects.page(sort="-name", q=None).records[0].name == by_name[0]
    # A collection's pages are records: an export or a conditional request goes through call().
    for refused in ({"format_": Format.CSV}, {"if_none_match": '"x"'}):
        try:
            client.projects.page(**refused)
        except ValueError as error:
            assert "Client.call" in str(error), error
        else:
            raise AssertionError(f"{refused} was accepted by a collection")
    # Exports and BibTeX, through any generated operation: their text.
    csv = client.call(list_projects, format_=Format.CSV, industry=["bio-medicine"])
    assert isinstance(csv, str) and csv.startswith("id,"), csv[:80]
    groups = client.call(group_projects, by=GroupProjectsProjectGroupBy.YEAR, format_=Format.CSV)
    assert isinstance(groups, str) and groups.startswith("key,label,count"), groups[:80]
    bibtex = client.call(get_document, "shanghai-investment-conference-2021", format_=GetDocumentDocumentOutput.BIBTEX)
    assert isinstance(bibtex, str) and bibtex.startswith("@"), bibtex[:80]


def errors(client: Client) -> None:
    try:
        client.projects.get("no-such-project")
    except ApiError as error:
        assert error.status == 404 and error.code == "not_found", error
        assert error.problem is not None and error.problem.type_ == "/problems/not_found"
        assert error.request_id and "no-such-project" in error.detail
    else:
        raise AssertionError("a missing project did not raise")
    try:
        list(client.projects.iter(limit=500))
    except ApiError as error:
        assert error.status == 400 and error.code == "invalid_parameter", error
        assert [problem.parameter for problem in error.errors] == ["limit"], error.errors
        assert "limit" in str(error)
    else:
        raise AssertionError("limit=500 did not raise")
    # Something in between answering with its own page: still an ApiError, without a problem.
    proxy = httpx.MockTransport(lambda request: httpx.Response(502, text="<html>Bad gateway</html>"))
    with Client("http://api.invalid", httpx_args={"transport": proxy}) as behind_a_proxy:
        try:
            behind_a_proxy.projects.get("bilibili-new-headquarters")
        except ApiError as error:
            assert error.status == 502 and error.problem is None and "Bad gateway" in error.detail, error
        else:
            raise AssertionError("a proxy's 502 did not raise")


async def awaited(base_url: str) -> None:
    """``acall``: the same answers and errors as ``call``, from the async httpx client."""
    async with Client(base_url) as client:
        project = await client.acall(get_project, "bilibili-new-headquarters")
        assert isinstance(project, Project) and project.id == "bilibili-new-headquarters", project
        csv_text = await client.acall(list_projects, format_=Format.CSV, limit=2)
        assert isinstance(csv_text, str) and csv_text.startswith("id,"), csv_text[:80]
        try:
            await client.acall(get_project, "no-such-project")
        except ApiError as error:
            assert error.status == 404 and error.code == "not_found", error
        else:
            raise AssertionError("a missing project did not raise")
    proxy = httpx.MockTransport(lambda request: httpx.Response(502, text="<html>Bad gateway</html>"))
    async with Client("http://api.invalid", httpx_args={"transport": proxy}) as behind_a_proxy:
        try:
            await behind_a_proxy.acall(get_project, "bilibili-new-headquarters")
        except ApiError as error:
            assert error.status == 502 and error.problem is None and "Bad gateway" in error.detail, error
        else:
            raise AssertionError("a proxy's 502 did not raise")


def download(client: Client, directory: Path) -> None:
    path = client.download_database(directory / "dataset.db")
    with sqlite3.connect(path) as database:
        (count,) = database.execute('SELECT count(*) FROM "projects"').fetchone()
    assert count == client.meta().counts.additional_properties["projects"]


def main(base_url: str, directory: str) -> None:
    with Client(base_url) as client:
        partners_with_people(client)
        cursors(client)
        sparse_records_and_exports(client)
        errors(client)
        download(client, Path(directory))
    asyncio.run(awaited(base_url))
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
