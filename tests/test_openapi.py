"""The OpenAPI document is generated from the schemas, committed, valid, and served."""

import json
import re
from pathlib import Path

from openapi_spec_validator import validate

from tests.conftest import openapi_document

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def generated(app):
    # A JSON round trip gives plain types, as the YAML file has.
    return json.loads(json.dumps(app.extensions["flask-smorest"]["apis"][""]["ext_obj"].spec.to_dict()))


def test_committed_openapi_yaml_matches_the_code(app):
    committed = openapi_document()
    assert committed == generated(app), "openapi.yaml has drifted from the code: run `make openapi` and commit it"


def test_openapi_document_is_valid_3_1():
    document = openapi_document()
    assert document["openapi"] == "3.1.0"
    validate(document)


def operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


def test_every_operation_has_a_stable_id_a_summary_and_documented_errors():
    document = openapi_document()
    ids = []
    for path, method, operation in operations(document):
        assert re.fullmatch(r"[a-z][A-Za-z]+", operation["operationId"]), (path, method)
        assert operation.get("summary"), (path, method)
        responses = operation["responses"]
        assert {"200", "304", "400", "default"} <= set(responses), (path, responses.keys())
        assert "ETag" in responses["200"]["headers"]
        ids.append(operation["operationId"])
    assert len(ids) == len(set(ids))
    assert {"listProjects", "getProject", "listCityStrategies", "getCityStrategy", "search", "getMeta"} <= set(ids)


def test_document_header_has_licence_contact_and_servers():
    info = openapi_document()
    assert info["info"]["license"]["identifier"] == "CC-BY-4.0"
    assert info["info"]["contact"]
    assert info["servers"]


def test_errors_are_documented_as_problem_documents():
    document = openapi_document()
    for name in ("BAD_REQUEST", "NOT_FOUND", "DEFAULT_ERROR"):
        content = document["components"]["responses"][name]["content"]
        assert list(content) == ["application/problem+json"]
    problem = document["components"]["schemas"]["Problem"]
    assert {"type", "title", "status", "detail", "code", "errors", "request_id"} <= set(problem["required"])


def test_openapi_json_is_served(client, app):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    assert response.get_json() == generated(app)


def test_docs_pages_use_only_local_assets(client):
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        assert response.status_code == 200
        html = response.get_data(as_text=True)
        assert not re.search(r"""(src|href)=["']?https?://""", html), page
        for asset in re.findall(r"""(?:src|href)=["']?(/static/[^"' >]+)""", html):
            assert client.get(asset).status_code == 200, asset


def test_vendored_assets_reference_no_remote_host():
    for asset in (ROOT / "api" / "static").rglob("*.js"):
        text = asset.read_text(encoding="utf-8", errors="replace")
        assert "cdn.redoc.ly" not in text and "fonts.googleapis.com" not in text, asset
