"""GET /v1/<collection>/groups: every grouping of every collection, checked
against the lists: a group's count is the length of the list filtered by its
key, its sums the sums of those records' amounts per currency. The groupings
the build stores within one value of a field are checked against the same
groupings computed when asked for."""

import csv
import io
import sqlite3

import pytest

from api.groups import WITHIN_CELLS, groupable, money_totals, stores_within
from schemas.collections import COLLECTIONS
from tests.collection_contract import assert_bad_parameter, get_ok, list_all, url_of

CASES = [(collection, by) for collection in COLLECTIONS for by in groupable(collection)]
FILTERED = [
    ("projects", "industry", {"conference": "shanghai-global-investment-promotion-conference-2023"}),
    ("projects", "conference", {"industry": "bio-medicine,semiconductors"}),
    ("projects", "organization", {"industry__not": "bio-medicine"}),
    ("projects", "year", {"q": "park"}),
    ("organizations", "role", {"kind": "company"}),
    ("statements", "speaker", {"year": "2021"}),
    ("partners", "industry", {"kind__not": "corporate-executive"}),
    # One value of one field: the groupings the build stored (api.groups.stores_within).
    ("projects", "park", {"industry": "bio-medicine"}),
    ("projects", "industry", {"industry": "bio-medicine"}),
    ("statements", "industry", {"speaker": "li-qiang"}),
    ("industries", "parent", {"strategic": "true"}),
]


def all_groups(client, name, params):
    groups, url = [], url_of(f"/v1/{name}/groups", {"limit": 100, **params})
    while url:
        _, body = get_ok(client, url)
        groups += body["data"]
        url = body["links"].get("next")
    return groups, body["meta"]


def key_filter(by, spec, key):
    """The list filter selecting one group's records."""
    if key is None:
        return {f"{by}__isnull": "true"}
    return {by: str(key).lower() if isinstance(key, bool) else str(key)}


def expected_sums(collection, records):
    sums = {}
    for name, currency in money_totals(collection):
        amounts = [r[name]["amount"] for r in records if r[name] and r[name]["currency"] == currency]
        sums.setdefault(name, {})[currency] = sum(amounts) if amounts else None
    return sums


def check_groups(client, collection, by, filters):
    groups, meta = all_groups(client, collection.name, {"by": by, **filters})
    assert meta["total_groups"] == len(groups)
    assert len({repr(g["key"]) for g in groups}) == len(groups)
    assert [g["count"] for g in groups] == sorted((g["count"] for g in groups), reverse=True)
    spec = groupable(collection)[by]
    for group in groups:
        records = list_all(client, collection.name, {**filters, **key_filter(by, spec, group["key"])})
        assert group["count"] == len(records), (by, group)
        assert group["sums"] == expected_sums(collection, records), (by, group)
        assert group["label"]
    # Every record is in at least one group, and a record with n values in n groups.
    records = list_all(client, collection.name, filters)
    field = spec.get("column") or spec.get("link")
    assert sum(g["count"] for g in groups) == sum(
        max(1, len(r[field])) if isinstance(r[field], list) else 1 for r in records
    )
    return groups


@pytest.mark.parametrize(("collection", "by"), CASES, ids=[f"{c.name}:{by}" for c, by in CASES])
def test_each_group_counts_and_sums_its_records(client, collection, by):
    check_groups(client, collection, by, {})


@pytest.mark.parametrize(("name", "by", "filters"), FILTERED, ids=[f"{n}:{b}:{f}" for n, b, f in FILTERED])
def test_filtered_groups_count_and_sum_the_filtered_records(client, name, by, filters):
    collection = next(c for c in COLLECTIONS if c.name == name)
    assert check_groups(client, collection, by, filters), "the case would prove nothing"


def stored_within(database):
    """``{(collection, within, by): [value, ...]}`` of the groupings the build stored."""
    with sqlite3.connect(database) as db:
        rows = db.execute(
            'SELECT "collection", "within", "by", "within_value" FROM "group_counts_within" '
            'GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, min("count_position"), 4'
        ).fetchall()
    values = {}
    for collection, within, by, value in rows:
        values.setdefault((collection, within, by), []).append(value)
    return values


def test_groupings_within_one_value_equal_the_ones_computed_when_asked(client, database):
    """Naming the value twice (``industry=a,a``) selects the same records but
    is not one value: that grouping is computed from the records. A boolean
    field, which takes one value only, is one of FILTERED."""
    stored = stored_within(database)
    assert len({collection for collection, _, _ in stored}) == len(COLLECTIONS)
    for (name, within, by), values in stored.items():
        if within == "strategic":
            continue
        for value in values[:3]:
            for sort in ("-count", "key"):
                params = {"by": by, "sort": sort, "limit": 100}
                _, from_build = get_ok(client, url_of(f"/v1/{name}/groups", {**params, within: value}))
                _, computed = get_ok(client, url_of(f"/v1/{name}/groups", {**params, within: f"{value},{value}"}))
                assert from_build["data"] and from_build["data"] == computed["data"], (name, within, by, value)
                assert from_build["meta"]["total_groups"] == computed["meta"]["total_groups"]


def test_the_build_stores_a_grouping_within_a_field_only_when_both_are_small():
    assert stores_within({"industry": 101, "park": 1_001}, "industry", "park")
    assert not stores_within({"industry": 101, "organization": 100_001}, "industry", "organization")
    assert stores_within({"year": 1, "organization": WITHIN_CELLS}, "year", "organization")


def test_labels_are_the_related_names(client):
    groups, _ = all_groups(client, "projects", {"by": "industry"})
    _, industry = get_ok(client, f"/v1/industries/{groups[0]['key']}")
    assert groups[0]["label"] == industry["name"]
    years, _ = all_groups(client, "projects", {"by": "year"})
    assert all(group["label"] == str(group["key"]) for group in years)


def test_pages_walk_every_group_once_both_ways(client):
    conference = "shanghai-global-investment-promotion-conference-2021"
    for params in (
        {"by": "industry"},
        {"by": "industry", "conference__not": conference},
        {"by": "organization", "conference": conference},
    ):
        expected, _ = all_groups(client, "projects", params)
        seen, url, last = [], url_of("/v1/projects/groups", {**params, "limit": 2}), None
        while url:
            _, body = get_ok(client, url)
            seen += body["data"]
            last, url = body, body["links"].get("next")
        assert seen == expected and len(seen) > 2
        back, url = [], last["links"].get("prev")
        while url:
            _, body = get_ok(client, url)
            back = body["data"] + back
            url = body["links"].get("prev")
        assert back + last["data"] == expected


def test_sort_by_key_puts_the_null_group_last(client):
    groups, meta = all_groups(client, "projects", {"by": "organization", "sort": "key"})
    keys = [g["key"] for g in groups]
    assert keys[-1] is None and keys[:-1] == sorted(keys[:-1])
    assert meta["sort"] == ["key"]


def test_csv_export_has_every_group(client):
    groups, _ = all_groups(client, "projects", {"by": "year"})
    response = client.get("/v1/projects/groups?by=year&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert [row["key"] for row in rows] == [str(g["key"]) for g in groups]
    assert [int(row["count"]) for row in rows] == [g["count"] for g in groups]
    assert [row["value_sum_CNY"] for row in rows] == [str(g["sums"]["value"]["CNY"] or "") for g in groups]


@pytest.mark.parametrize("export_format", ["csv", "ndjson"])
def test_an_export_is_an_attachment_named_after_its_grouping(client, export_format):
    response = client.get(f"/v1/city-strategies/groups?by=industry&format={export_format}")
    assert (
        response.headers["Content-Disposition"] == f"attachment; filename=city-strategies-by-industry.{export_format}"
    )
    assert "Content-Disposition" not in client.get("/v1/city-strategies/groups?by=industry").headers


@pytest.mark.parametrize(
    "params",
    [{}, {"by": "nope"}, {"by": "year", "sort": "name"}, {"by": "year", "fields": "id"}, {"by": "year", "x": "1"}],
)
def test_bad_parameters_are_400s(client, params):
    parameter = next((p for p in params if p != "by"), "by")
    assert_bad_parameter(client, "projects/groups", params, parameter)


def test_every_collection_documents_its_groups(client):
    _, document = get_ok(client, "/openapi.json")
    for collection in COLLECTIONS:
        operation = document["paths"][f"{collection.path}/groups"]["get"]
        assert operation["operationId"] == "group" + "".join(p.capitalize() for p in collection.name.split("-"))
        by = next(p for p in operation["parameters"] if isinstance(p, dict) and p.get("name") == "by")
        assert by["required"]
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema["$ref"].endswith(f"/{collection.component}Groups")
