"""The entry point, the dataset metadata, the source text, and health checks."""

import shutil
from pathlib import Path

import pytest

from api import create_app
from schemas.collections import SERVED

SOURCE = Path(__file__).resolve().parent.parent / "seed" / "sources" / "shanghai-investment-conference-2021.txt"


def test_index_links_every_collection_and_entry_point(client):
    body = client.get("/v1").get_json()
    assert [c["name"] for c in body["collections"]] == [c.name for c in SERVED]
    for collection in body["collections"]:
        listed = client.get(collection["href"]).get_json()
        assert listed["meta"]["total"] == collection["count"]
    for name in ("meta", "openapi", "docs", "redoc"):
        assert client.get(body["links"][name]).status_code == 200, name


def test_meta_reports_version_build_licence_sources_and_counts(client, app):
    body = client.get("/v1/meta").get_json()
    dataset = app.extensions["dataset"]
    assert body["dataset_version"] == dataset.version
    assert body["built_at"] == "2021-04-07T00:00:00Z"
    assert body["synthetic"] is False
    assert body["license"]["name"] == "CC BY 4.0"
    assert body["counts"] == {c.name: client.get(c.path).get_json()["meta"]["total"] for c in SERVED}
    documents = {d["id"]: d for d in body["documents"]}
    article = documents["shanghai-investment-conference-2021"]
    assert article["title"] == "Shanghai seals projects worth US$74.9 billion"
    assert article["bylines"] == ["Zhu Shenshen", "Wang Yanlin", "Cao Qian"]
    assert article["publication"] == "Los Angeles Times"
    outside = documents["shine-2021-04-07-conference-date"]
    assert outside["url"] == "https://www.shine.cn/biz/economy/2104077105/"
    assert outside["text_url"] is None


def test_source_document_text_is_served_verbatim(client):
    [article] = [doc for doc in client.get("/v1/meta").get_json()["documents"] if doc["text_url"]]
    response = client.get(article["text_url"])
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.get_data() == SOURCE.read_bytes()


def test_every_outside_document_is_listed_with_its_url(client):
    documents = client.get("/v1/meta").get_json()["documents"]
    outside = [doc for doc in documents if not doc["text_url"]]
    assert len(outside) == len(documents) - 1
    for doc in outside:
        assert doc["url"] and doc["accessed_on"] and doc["publication"] and doc["language"], doc["id"]


def test_outside_documents_have_no_text(client):
    response = client.get("/v1/meta/documents/shine-2021-04-07-conference-date.txt")
    assert response.status_code == 404


def test_liveness_and_readiness(client, app):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready", "dataset_version": app.extensions["dataset"].version}


def test_problem_types_are_documented(client):
    body = client.get("/problems/invalid_cursor").get_json()
    assert body["status"] == 400 and body["type"] == "/problems/invalid_cursor"


# --- Conditional and range requests on the download ------------------------------

DATABASE = "/v1/meta/database"


def database_size(app):
    return app.extensions["dataset"].path.stat().st_size


@pytest.mark.parametrize("url", [DATABASE, "/v1/projects", "/v1/meta"])
def test_a_failed_if_match_is_a_412_problem_without_the_body(client, url):
    etag = client.get(url).headers["ETag"]  # the URL's answer is now in the response cache, too
    response = client.get(url, headers={"If-Match": '"nope"'})
    assert response.status_code == 412
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["code"] == "precondition_failed"
    assert response.headers["ETag"] == etag
    assert len(response.get_data()) < 1000
    assert client.get(url, headers={"If-Match": etag}).status_code == 200
    assert client.get(url, headers={"If-Match": "*"}).status_code == 200
    assert client.get("/problems/precondition_failed").get_json()["status"] == 412


@pytest.mark.parametrize("value", ["items=0-1", "bytes=0-1,4-5", "lines=1-2"])
def test_a_range_in_another_unit_or_several_ranges_is_ignored(client, app, value):
    response = client.get(DATABASE, headers={"Range": value})
    assert response.status_code == 200
    assert len(response.get_data()) == database_size(app)


def test_conditions_come_in_rfc_9110_order(client):
    etag = client.get(DATABASE).headers["ETag"]
    strong, weak = etag, f"W/{etag}"
    # If-None-Match naming the file is a 304 before any Range is looked at.
    assert client.get(DATABASE, headers={"If-None-Match": weak, "Range": "bytes=0-9"}).status_code == 304
    # Only a strong If-Range match allows a part; a weak one gets the whole file.
    assert client.get(DATABASE, headers={"If-Range": strong, "Range": "bytes=0-9"}).status_code == 206
    whole = client.get(DATABASE, headers={"If-Range": weak, "Range": "bytes=0-9"})
    assert whole.status_code == 200 and len(whole.get_data()) > 10
    # A failed If-Match is a 412 even where If-None-Match would be a 304, or Range a 416.
    for url in (DATABASE, "/v1/parks"):
        current = client.get(url).headers["ETag"]
        response = client.get(url, headers={"If-Match": '"nope"', "If-None-Match": current})
        assert response.status_code == 412, url
        assert client.get(url, headers={"If-Match": current, "If-None-Match": current}).status_code == 304
    unsatisfiable = {"If-Match": '"nope"', "Range": "bytes=999999999-"}
    assert client.get(DATABASE, headers=unsatisfiable).status_code == 412


FILES = [DATABASE, "/static/redoc/redoc.standalone.js.LICENSE.txt"]
PAST, FUTURE = "Sun, 06 Dec 1990 00:00:00 GMT", "Sun, 06 Dec 2037 00:00:00 GMT"


@pytest.mark.parametrize("url", FILES)
def test_if_none_match_overrides_if_modified_since(client, url):
    for _ in range(3):  # rendered, then stored, then replayed
        response = client.get(url, headers={"If-None-Match": '"other"', "If-Modified-Since": FUTURE})
        assert response.status_code == 200 and response.get_data(), url
    assert client.get(url, headers={"If-Modified-Since": FUTURE, "If-Match": "*"}).status_code == 304


@pytest.mark.parametrize("url", FILES)
def test_if_unmodified_since_a_past_date_is_a_412_problem(client, url):
    modified = client.get(url).headers["Last-Modified"]
    for _ in range(2):
        refused = client.get(url, headers={"If-Unmodified-Since": PAST})
        assert refused.status_code == 412 and refused.get_json()["code"] == "precondition_failed", url
        for date in (FUTURE, modified, "not a date"):
            assert client.get(url, headers={"If-Unmodified-Since": date}).status_code == 200, date
    # If-Match, when sent, is the condition read (RFC 9110 13.1.4).
    assert client.get(url, headers={"If-Unmodified-Since": PAST, "If-Match": "*"}).status_code == 200


def test_each_media_type_of_the_download_has_its_own_validator(client):
    sqlite = client.get(DATABASE)
    octets = client.get(DATABASE, headers={"Accept": "application/octet-stream"})
    assert sqlite.mimetype == "application/vnd.sqlite3" and octets.mimetype == "application/octet-stream"
    assert sqlite.get_data() == octets.get_data()
    assert sqlite.headers["ETag"] != octets.headers["ETag"]


@pytest.mark.parametrize("url", FILES)
def test_preconditions_come_before_every_other_condition_and_range(client, url):
    plain = client.get(url)
    etag, modified = plain.headers["ETag"], plain.headers["Last-Modified"]
    beyond = {"Range": "bytes=999999999-"}
    # A precondition that holds leaves the rest to decide: here, an unsatisfiable range.
    for holding in ({"If-Match": etag}, {"If-Match": "*"}, {"If-Unmodified-Since": modified}):
        response = client.get(url, headers={**holding, **beyond})
        assert response.status_code == 416 and response.headers["Content-Range"].startswith("bytes */"), holding
    # One that fails is a 412, whatever If-None-Match, If-Modified-Since or Range would have said.
    for later in ({"If-None-Match": etag}, {"If-Modified-Since": modified}, beyond, {"Range": "bytes=0-9"}):
        for failing in ({"If-Match": '"nope"'}, {"If-Unmodified-Since": PAST}):
            assert client.get(url, headers={**failing, **later}).status_code == 412, (failing, later)


@pytest.mark.parametrize("url", FILES)
def test_not_modified_comes_before_a_range(client, url):
    plain = client.get(url)
    etag, modified = plain.headers["ETag"], plain.headers["Last-Modified"]
    for _ in range(3):  # rendered, then stored, then replayed
        assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
        for condition in ({"If-Modified-Since": modified}, {"If-Modified-Since": FUTURE}, {"If-None-Match": etag}):
            response = client.get(url, headers={**condition, "Range": "bytes=0-9", "If-Range": modified})
            assert response.status_code == 304, condition
    # A tag that names another representation changes nothing: the exact If-Range date allows the part.
    part = client.get(url, headers={"If-None-Match": '"other"', "Range": "bytes=0-9", "If-Range": modified})
    assert part.status_code == 206 and len(part.get_data()) == 10


def test_if_unmodified_since_is_ignored_where_there_is_no_modification_date(client):
    assert client.get("/v1/parks", headers={"If-Unmodified-Since": PAST}).status_code == 200


@pytest.mark.parametrize("url", FILES)
def test_if_range_by_date_allows_a_part_only_for_the_exact_last_modified(client, url):
    modified = client.get(url).headers["Last-Modified"]
    part = client.get(url, headers={"Range": "bytes=0-9", "If-Range": modified})
    assert part.status_code == 206 and len(part.get_data()) == 10
    for date in (FUTURE, PAST):
        whole = client.get(url, headers={"Range": "bytes=0-9", "If-Range": date})
        assert whole.status_code == 200 and len(whole.get_data()) > 10, date


def test_a_file_written_over_the_one_opened_is_refused_and_not_ready(database, tmp_path):
    served = tmp_path / "data.db"
    shutil.copyfile(database, served)
    client = create_app({"DATABASE_PATH": str(served), "RATE_LIMIT_ENABLED": False}).test_client()
    first = client.get(DATABASE)
    assert first.status_code == 200
    rebuilt = tmp_path / "rebuilt.db"
    shutil.copyfile(database, rebuilt)
    rebuilt.replace(served)  # as the build renames its new file in, here of the very same version
    response = client.get(DATABASE)
    assert response.status_code == 503 and response.get_json()["code"] == "service_unavailable"
    assert client.get("/readyz").status_code == 503  # so that whatever watches it restarts the server
    restarted = create_app({"DATABASE_PATH": str(served), "RATE_LIMIT_ENABLED": False}).test_client()
    etag = restarted.get(DATABASE).headers["ETag"]
    version = restarted.get("/v1/meta").get_json()["dataset_version"]
    assert etag.startswith(f'"sqlite-{version}-'), etag
    # The same seed, another file: another validator (a build by changed code writes other bytes).
    assert etag != first.headers["ETag"]


def test_a_byte_range_is_served_and_a_bad_one_is_a_416_problem(client, app):
    response = client.get(DATABASE, headers={"Range": "bytes=0-15"})
    assert response.status_code == 206 and response.get_data() == b"SQLite format 3\x00"
    for value in ("bytes=abc", f"bytes={database_size(app)}-"):
        refused = client.get(DATABASE, headers={"Range": value})
        assert refused.status_code == 416
        assert refused.mimetype == "application/problem+json"
        assert refused.get_json()["code"] == "range_not_satisfiable"
        assert refused.headers["Content-Range"] == f"bytes */{database_size(app)}"
