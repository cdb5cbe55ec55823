"""Every collection as CSV and NDJSON, and the whole database as a download."""

import csv
import io
import json
import sqlite3

import pytest

from api import create_app
from api.http import negotiated
from schemas.collections import COLLECTIONS
from seed.load import DATA_DIR, parse_yaml


def all_records(client, path, **params):
    return client.get(path, query_string={"limit": 100, **params}).get_json()["data"]


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.name)
def test_ndjson_export_has_every_record_as_served(client, collection):
    response = client.get(collection.path, query_string={"format": "ndjson"})
    assert response.status_code == 200
    assert response.mimetype == "application/x-ndjson"
    lines = [json.loads(line) for line in response.get_data(as_text=True).splitlines()]
    assert lines == all_records(client, collection.path)


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.name)
def test_csv_export_has_a_row_per_record_and_a_column_per_field(client, collection):
    response = client.get(collection.path, query_string={"format": "csv"})
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    records = all_records(client, collection.path)
    assert [row["id"] for row in rows] == [record["id"] for record in records]
    header = next(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert header[0] == "id" and header[-1] == "sources" and "links" not in header


def test_csv_cells_flatten_money_lists_and_nested_values(client):
    response = client.get("/v1/organizations", query_string={"format": "csv", "role": "investor"})
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(response.get_data(as_text=True)))}
    sequoia = rows["sequoia-capital"]
    assert sequoia["roles"] == "investor"
    assert json.loads(sequoia["investments"])[0]["amount"] == {"amount": 18500000000, "currency": "CNY"}
    conference = next(
        csv.DictReader(io.StringIO(client.get("/v1/conferences?format=csv&year=2021").get_data(as_text=True)))
    )
    assert conference["signed_value_amount"] == "490000000000"
    assert conference["signed_value_currency"] == "CNY"
    assert conference["signed_value_usd_amount"] == "74900000000"


def test_exports_take_the_lists_filters_sort_fields_and_limit(client):
    response = client.get(
        "/v1/industries", query_string={"format": "csv", "strategic": "true", "sort": "-name", "fields": "name"}
    )
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0] == ["id", "name"]
    assert [row[1] for row in rows[1:]] == ["Integrated circuits", "Bio-medicine", "Artificial intelligence"]
    limited = client.get("/v1/industries", query_string={"format": "ndjson", "limit": 2})
    assert len(limited.get_data(as_text=True).splitlines()) == 2


def test_ndjson_export_expands_relations(client):
    response = client.get("/v1/projects", query_string={"format": "ndjson", "expand": "industries", "fields": "name"})
    first = json.loads(response.get_data(as_text=True).splitlines()[0])
    assert set(first) == {"id", "name", "industries"}
    assert first["industries"][0]["links"]["self"].startswith("/v1/industries/")


def test_an_empty_export_still_has_its_header(client):
    response = client.get("/v1/projects", query_string={"format": "csv", "q": "nonexistentword"})
    assert response.get_data(as_text=True).splitlines() == [response.get_data(as_text=True).splitlines()[0]]


@pytest.mark.parametrize(
    ("accept", "mimetype"),
    [
        ("text/csv", "text/csv"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("application/json", "application/json"),
        ("*/*", "application/json"),
        ("text/csv;q=0.5, application/x-ndjson", "application/x-ndjson"),
        ("text/*", "text/csv"),
        ("", "application/json"),  # an empty header is no header
        # Every text answer is UTF-8: a range asking for it matches.
        ("application/json; charset=utf-8", "application/json"),
        ("text/csv;charset=UTF-8", "text/csv"),
        ('text/csv; charset="utf-8"; q=0.5, application/x-ndjson;charset=utf8', "application/x-ndjson"),
    ],
)
def test_accept_header_negotiates_the_format(client, accept, mimetype):
    assert client.get("/v1/parks", headers={"Accept": accept}).mimetype == mimetype


def test_each_distinct_accept_header_is_negotiated_once_per_worker(database):
    """Clients repeat their Accept header: the choice is remembered (for a
    bounded number of headers), and stays the same answer."""
    uncached = create_app({"DATABASE_PATH": str(database), "RESPONSE_CACHE_SIZE": 0}).test_client()
    negotiated.cache_clear()
    for _ in range(3):
        response = uncached.get("/v1/parks", headers={"Accept": "text/csv;q=0.5, application/x-ndjson"})
        assert response.mimetype == "application/x-ndjson"
        response.close()
    assert (negotiated.cache_info().misses, negotiated.cache_info().hits) == (1, 2)
    assert negotiated.cache_info().maxsize is not None


def test_format_parameter_overrides_accept(client):
    assert client.get("/v1/parks?format=csv", headers={"Accept": "application/json"}).mimetype == "text/csv"


@pytest.mark.parametrize("accept", ["image/png", "*/*;q=0", ",", "text/csv; charset=iso-8859-1"])
@pytest.mark.parametrize("url", ["/v1/parks", "/v1/documents"])
def test_unacceptable_accept_is_a_406_problem(client, url, accept):
    response = client.get(url, headers={"Accept": accept})
    assert response.status_code == 406
    assert response.get_json()["code"] == "not_acceptable"


@pytest.mark.parametrize(
    ("url", "mimetype"),
    [
        ("/v1/documents/shanghai-investment-conference-2021", "application/json"),  # a record answers JSON
        ("/v1/meta/database", "application/vnd.sqlite3"),  # a download, its first type
        ("/v1/meta/datapackage.zip", "application/zip"),
    ],
)
def test_urls_that_do_not_negotiate_answer_their_own_type_whatever_accept_says(client, url, mimetype):
    response = client.get(url, headers={"Accept": "image/png"})
    assert response.status_code == 200 and response.mimetype == mimetype
    response.close()


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("format=xml", "format"),
        ("format=csv&expand=industries", "expand"),
        ("format=csv&fields=name,links", "fields"),
        ("format=csv&cursor=abc", "cursor"),
    ],
)
def test_invalid_export_requests_name_the_parameter(client, query, parameter):
    response = client.get(f"/v1/projects?{query}")
    assert response.status_code == 400
    assert [e["parameter"] for e in response.get_json()["errors"]] == [parameter]


def test_links_are_in_ndjson_but_never_a_csv_column(client):
    lines = client.get("/v1/projects?format=ndjson&fields=links&limit=1").get_data(as_text=True).splitlines()
    assert set(json.loads(lines[0])) == {"id", "links"}
    header = client.get("/v1/projects?format=csv&limit=1").get_data(as_text=True).splitlines()[0]
    assert "links" not in header.split(",")


def test_exports_have_strong_etags_and_revalidate(client):
    first = client.get("/v1/projects?format=csv")
    etag = first.headers["ETag"]
    assert etag != client.get("/v1/projects?format=ndjson").headers["ETag"]
    assert client.get("/v1/projects?format=csv", headers={"If-None-Match": etag}).status_code == 304


def test_whole_database_download(client, database, tmp_path):
    response = client.get("/v1/meta/database")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.sqlite3"
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data()
    assert body == database.read_bytes()
    copy = tmp_path / "copy.db"
    copy.write_bytes(body)
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM projects").fetchone()[0] == len(
        parse_yaml((DATA_DIR / "projects.yaml").read_text(encoding="utf-8"))
    )
    assert client.get("/v1/meta/database", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


@pytest.mark.parametrize("export_format", ["csv", "ndjson"])
def test_an_export_is_an_attachment_named_after_its_collection(client, export_format):
    response = client.get(f"/v1/city-strategies?format={export_format}")
    assert response.headers["Content-Disposition"] == f"attachment; filename=city-strategies.{export_format}"
    assert "Content-Disposition" not in client.get("/v1/city-strategies").headers


def test_csv_joins_lists_of_ids_with_semicolons_and_tells_an_empty_list_from_null(client):
    rows = {
        row["id"]: row
        for row in csv.DictReader(io.StringIO(client.get("/v1/projects?format=csv").get_data(as_text=True)))
    }
    records = {record["id"]: record for record in all_records(client, "/v1/projects")}
    for record_id, record in records.items():
        row = rows[record_id]
        assert row["industry_ids"] == (";".join(record["industry_ids"]) if record["industry_ids"] else "[]")
        assert row["park_id"] == (record["park_id"] or "")
    assert any(not record["organization_ids"] for record in records.values())
    assert any(row["organization_ids"] == "[]" for row in rows.values())
