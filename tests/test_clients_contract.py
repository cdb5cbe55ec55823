"""What clients generated from openapi.yaml rely on: every relation `expand=`
inlines is a documented, optional field of its record (typed as the related
record), absent unless expanded; the database download is offered under the
generic binary type too."""

import pytest

from schemas.base import expansions
from schemas.collections import BY_NAME, COLLECTIONS
from tests.conftest import openapi_document

SPEC = openapi_document()
SCHEMAS = SPEC["components"]["schemas"]
DATABASE = "/v1/meta/database"


def related_ref(collection_name):
    return {"$ref": f"#/components/schemas/{BY_NAME[collection_name].component}"}


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.name)
def test_every_relation_is_an_optional_typed_field_of_the_record(collection):
    relations = expansions(collection.record_schema)
    for component in (collection.component, f"{collection.component}Sparse"):
        schema = SCHEMAS[component]
        for relation, (field_name, field) in relations.items():
            documented = schema["properties"][relation]
            assert relation not in schema.get("required", []), (component, relation)
            assert f"`expand={relation}`" in documented["description"]
            record = related_ref(field.metadata["references"])
            if SCHEMAS[collection.component]["properties"][field_name]["type"] == "array":
                assert documented["type"] == "array" and documented["items"] == record
            else:
                assert documented["anyOf"] == [record, {"type": "null"}]


@pytest.mark.parametrize("collection", COLLECTIONS, ids=lambda c: c.name)
def test_a_record_has_its_relations_only_when_expanded(client, collection):
    relations = list(expansions(collection.record_schema))
    record = client.get(collection.path).get_json()["data"][0]
    assert not set(relations) & set(record), record.keys()
    stored = set(collection.record_fields) | {"links"}
    assert set(record) == stored
    if relations:
        expanded = client.get(f"{collection.path}/{record['id']}", query_string={"expand": ",".join(relations)})
        assert set(expanded.get_json()) == stored | set(relations)


def test_partner_person_expands_to_a_person(client):
    partners = client.get("/v1/partners", query_string={"expand": "person", "limit": 100}).get_json()["data"]
    with_person = [partner for partner in partners if partner["person_id"]]
    assert with_person
    for partner in partners:
        assert (partner["person"] or {}).get("id") == partner["person_id"]


def test_the_database_is_offered_as_sqlite_and_as_a_generic_binary():
    content = SPEC["paths"][DATABASE]["get"]["responses"]["200"]["content"]
    assert set(content) == {"application/vnd.sqlite3", "application/octet-stream"}
    assert all(media["schema"] == {"type": "string", "format": "binary"} for media in content.values())


@pytest.mark.parametrize(
    ("accept", "served"),
    [
        (None, "application/vnd.sqlite3"),
        ("*/*", "application/vnd.sqlite3"),
        ("application/octet-stream", "application/octet-stream"),
        ("application/vnd.sqlite3, application/octet-stream;q=0.5", "application/vnd.sqlite3"),
    ],
)
def test_the_database_type_follows_accept(client, accept, served):
    response = client.get(DATABASE, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200 and response.mimetype == served
    assert response.get_data()[:16] == b"SQLite format 3\x00"
    assert "Accept" in response.vary
