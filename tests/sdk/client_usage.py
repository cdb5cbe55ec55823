"""Uses the official Python client (clients/python) against a live server:

    python client_usage.py BASE_URL DOWNLOAD_DIRECTORY

Run by tests/test_clients_python.py with the python of a throwaway venv where
the client's wheel is installed; it also type-checks under `mypy --strict`,
which proves the relations inlined by `expand=` are typed. Plain asserts: a
failure exits non-zero with its traceback; success prints "ok".
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from shanghai_investment_client import ApiError, Client, Unset, expanded
from shanghai_investment_client.generated.api.projects import list_projects
from shanghai_investment_client.models import (
    Industry,
    ListProjectsSortItem,
    Organization,
    Partner,
    PartnerKind,
    PartnerRelation,
    Person,
    Project,
    ProjectPage,
    SearchHit,
)


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
    assert [project.name for project in projects] == sorted(project.name for project in projects)
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


def download(client: Client, directory: Path) -> None:
    path = client.download_database(directory / "dataset.db")
    with sqlite3.connect(path) as database:
        (count,) = database.execute('SELECT count(*) FROM "projects"').fetchone()
    assert count == client.meta().counts.additional_properties["projects"]


def main(base_url: str, directory: str) -> None:
    with Client(base_url) as client:
        partners_with_people(client)
        cursors(client)
        errors(client)
        download(client, Path(directory))
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
