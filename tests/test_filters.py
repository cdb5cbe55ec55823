"""The filters derived from every declared one, on every collection:
``FIELD__not=a,b`` (none of these) and ``FIELD__isnull=true|false``.

The expected records are computed from the unfiltered list (itself checked
against the seed by each collection's tests)."""

import collections

import pytest
from webargs.fields import DelimitedList

from schemas.collections import COLLECTIONS
from tests.collection_contract import (
    assert_bad_parameter,
    assert_lists_exactly,
    derived_filters,
    get_ok,
    list_all,
    listed_ids,
)

CASES = [(collection.name, param) for collection in COLLECTIONS for param in sorted(derived_filters(collection.name))]


@pytest.fixture(scope="module")
def records(app):
    client = app.test_client()
    return {collection.name: list_all(client, collection.name) for collection in COLLECTIONS}


def values_of(record, field):
    value = record[field]
    return value if isinstance(value, list) else [] if value is None else [value]


def most_common(records, field, count):
    """The ``count`` values of ``field`` found in most records (as sent in a URL)."""
    tally = collections.Counter(value for record in records for value in values_of(record, field))
    return [str(value).lower() if isinstance(value, bool) else str(value) for value, _ in tally.most_common(count)]


@pytest.mark.parametrize(("name", "param"), CASES, ids=[f"{n}:{p}" for n, p in CASES])
def test_derived_filter_lists_exactly_the_matching_records(client, records, name, param):
    variant, field = derived_filters(name)[param]
    everything = records[name]
    if variant == "isnull":
        for wanted in (True, False):
            expected = {r["id"] for r in everything if (not values_of(r, field)) == wanted}
            assert_lists_exactly(client, name, {param: str(wanted).lower()}, expected)
        return
    for count in (1, 2):
        chosen = most_common(everything, field, count)
        assert chosen, f"{name}.{field} has no values to exclude"
        expected = {r["id"] for r in everything if not {str(v) for v in values_of(r, field)} & set(chosen)}
        assert_lists_exactly(client, name, {param: ",".join(chosen)}, expected)
        # The opposite of the plain filter: together they list every record once.
        plain = set(listed_ids(client, name, {param.removesuffix("__not"): ",".join(chosen)}))
        assert plain.isdisjoint(expected) and plain | expected == {r["id"] for r in everything}


@pytest.mark.parametrize(("name", "param"), CASES, ids=[f"{n}:{p}" for n, p in CASES])
def test_derived_filter_rejects_bad_values(client, name, param):
    variant, _ = derived_filters(name)[param]
    assert_bad_parameter(client, name, {param: "maybe" if variant == "isnull" else ""}, param)


def test_every_any_of_filter_has_a_negation_and_every_optional_field_an_isnull():
    for collection in COLLECTIONS:
        derived = derived_filters(collection.name)
        record_fields = collection.record_fields
        for param, field in collection.query_fields.items():
            spec = field.metadata.get("filter")
            if not spec or spec.get("variant"):
                continue
            assert (f"{param}__not" in derived) == isinstance(field, DelimitedList), (collection.name, param)
            target = spec.get("column") or spec.get("link")
            base = param.removesuffix("__gte").removesuffix("__lte")
            optional = spec.get("link") or record_fields[target].allow_none
            assert (f"{base}__isnull" in derived) == bool(optional), (collection.name, param)


def test_negation_combines_with_other_filters(client):
    chosen = {
        "industry": "integrated-circuits",
        "conference__not": "shanghai-global-investment-promotion-conference-2021",
    }
    projects = list_all(client, "projects", {"industry": "integrated-circuits"})
    expected = {p["id"] for p in projects if p["conference_id"] != chosen["conference__not"]}
    assert_lists_exactly(client, "projects", chosen, expected)


def test_pages_of_a_negated_filter_visit_each_record_once(client):
    everything = listed_ids(client, "organizations", {"kind__not": "company"})
    seen, url = [], "/v1/organizations?kind__not=company&limit=7"
    while url:
        _, body = get_ok(client, url)
        seen += [record["id"] for record in body["data"]]
        url = body["links"].get("next")
    assert seen == everything and len(set(seen)) == len(seen) > 7


def test_the_openapi_document_describes_each_derived_filter(client):
    _, document = get_ok(client, "/openapi.json")
    for collection in COLLECTIONS:
        operation = document["paths"][collection.path]["get"]
        parameters = {p["name"]: p for p in operation["parameters"] if isinstance(p, dict) and "name" in p}
        for param in derived_filters(collection.name):
            assert param in parameters, (collection.name, param)
            assert parameters[param]["description"], (collection.name, param)
            assert "example" in parameters[param]["schema"], (collection.name, param)
