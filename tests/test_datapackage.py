"""/v1/meta/datapackage.json, its CSVs and its zip: a Frictionless Data
Package of the whole dataset, validated by the ``frictionless`` library."""

import csv
import datetime
import io
import json
import zipfile

import pytest
from frictionless import Package, validate

from api import create_app
from schemas.collections import SERVED
from tests.collection_contract import assert_problem, get_ok


@pytest.fixture(scope="module")
def descriptor(app):
    return get_ok(app.test_client(), "/v1/meta/datapackage.json")[1]


@pytest.fixture(scope="module")
def downloaded(app, descriptor, tmp_path_factory):
    """The descriptor and every CSV, fetched one by one into a directory."""
    client = app.test_client()
    root = tmp_path_factory.mktemp("datapackage")
    (root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    (root / "datapackage").mkdir()
    for resource in descriptor["resources"]:
        response = client.get(f"/v1/meta/{resource['path']}")
        assert response.status_code == 200 and response.mimetype == "text/csv", resource["name"]
        (root / resource["path"]).write_bytes(response.get_data())
    return root


def test_the_package_validates_with_frictionless(downloaded):
    report = validate(downloaded / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:20]


def test_one_resource_per_collection_and_link_table(descriptor, app):
    names = [resource["name"] for resource in descriptor["resources"]]
    assert {collection.table for collection in SERVED} <= set(names)
    assert {"projects_industry_ids", "documents_author_ids", "statements_speaker_ids"} <= set(names)
    assert len(names) == len(set(names))
    assert descriptor["version"] == app.extensions["dataset"].version
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"


def test_types_keys_and_foreign_keys_come_from_the_schemas(descriptor):
    resources = {resource["name"]: resource for resource in descriptor["resources"]}
    conferences = {field["name"]: field for field in resources["conferences"]["schema"]["fields"]}
    assert conferences["date"]["type"] == "date"
    assert conferences["year"]["type"] == "integer"
    assert resources["conferences"]["schema"]["primaryKey"] == ["id"]
    links = resources["projects_industry_ids"]["schema"]
    assert links["primaryKey"] == ["id", "value"]
    assert {"fields": "value", "reference": {"resource": "industries", "fields": "id"}} in links["foreignKeys"]
    assert {"fields": "id", "reference": {"resource": "projects", "fields": "id"}} in links["foreignKeys"]
    claims = resources["claims"]["schema"]
    assert {"fields": "document", "reference": {"resource": "documents", "fields": "id"}} in claims["foreignKeys"]
    assert {field["name"]: field["type"] for field in claims["fields"]}["start"] == "integer"


def test_every_csv_holds_the_served_records(client, downloaded):
    with (downloaded / "datapackage" / "claims.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    _, body = get_ok(client, "/v1/claims?limit=1")
    assert len(rows) == body["meta"]["total"]
    with (downloaded / "datapackage" / "projects.csv").open(encoding="utf-8", newline="") as handle:
        projects = {row["id"]: row for row in csv.DictReader(handle)}
    _, project = get_ok(client, "/v1/projects/bilibili-new-headquarters")
    assert projects[project["id"]]["name"] == project["name"]
    package = Package(downloaded / "datapackage.json")
    assert len(package.get_resource("documents").read_rows()) == client.get("/v1/documents").get_json()["meta"]["total"]


def test_the_zip_holds_the_descriptor_and_every_csv(client, descriptor, downloaded, tmp_path):
    response = client.get("/v1/meta/datapackage.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert "attachment" in response.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(response.get_data()))
    assert json.loads(archive.read("datapackage.json")) == descriptor
    for resource in descriptor["resources"]:
        assert archive.read(resource["path"]) == (downloaded / resource["path"]).read_bytes(), resource["name"]
    archive.extractall(tmp_path)
    assert validate(tmp_path / "datapackage.json").valid


def test_the_zip_is_the_same_bytes_whenever_sent(client, app):
    # Its strong ETag names the dataset, so its bytes may not depend on when they are sent:
    # every member is dated when the dataset was built (the test build: 2021-04-07).
    first = client.get("/v1/meta/datapackage.zip")
    sent = first.get_data()  # a streamed answer: read before the next request
    again = client.get("/v1/meta/datapackage.zip", headers={"If-Match": "*"})  # rendered again, not replayed
    assert again.get_data() == sent
    assert first.headers["ETag"] == again.headers["ETag"]
    built = datetime.datetime.fromisoformat(app.extensions["dataset"].built_at)
    for member in zipfile.ZipFile(io.BytesIO(sent)).infolist():
        assert member.date_time == built.timetuple()[:6], member.filename


def test_an_unknown_table_is_a_404_problem(client):
    assert_problem(client.get("/v1/meta/datapackage/sqlite_master.csv"), 404, "not_found")


def test_meta_carries_the_dataset_citation(client, app):
    citation = client.get("/v1/meta").get_json()["dataset_citation"]
    dataset = app.extensions["dataset"]
    assert citation["version"] == dataset.version
    assert citation["date"] == dataset.built_at[:10]
    assert citation["url"] == "/v1/meta"
    assert citation["license"] == {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
    assert citation["title"] in citation["text"] and dataset.version in citation["text"]


def test_the_citation_names_the_configured_address_never_the_requests_host(database):
    for public_url, expected in (("", "/v1/meta"), ("https://api.example.org/", "https://api.example.org/v1/meta")):
        client = create_app({"DATABASE_PATH": str(database), "PUBLIC_URL": public_url}).test_client()
        for host in ("attacker.example", 'x"y', "localhost"):
            citation = client.get("/v1/meta", headers={"Host": host}).get_json()["dataset_citation"]
            assert citation["url"] == expected and f"{expected}." in citation["text"]
