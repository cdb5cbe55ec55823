"""Property-based tests of the query layer (Hypothesis, in-process).

For every collection, with parameters derived from its query schema and values
drawn from the served data:

- any combination of filters, sort, fields, expand and limit is either a
  well-formed page (envelope, limit, sort order, exactly the matching records)
  or a 400 naming exactly the bad parameters;
- paging through any sort with any limit visits every matching record exactly
  once, in the order of the unpaged result (limit=100), and `prev` walks back
  over the same pages;
- cursors cannot be tampered with, moved to another query, or replayed against
  another secret or dataset version.

Hypothesis is derandomized (the same examples on every run, as CI needs) and
keeps no example database. ``PROPERTY_SEED=<n>`` makes a different,
reproducible random run and ``PROPERTY_EXAMPLES=<n>`` scales the number of
examples (``make fuzz`` uses both).
"""

import datetime
import json
import os
import shutil
import sqlite3
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from marshmallow import fields, validate
from webargs.fields import DelimitedList

from api import create_app
from schemas.base import SLUG_PATTERN, default_sort, expansions, schema_fields, sortable_fields
from schemas.collections import COLLECTIONS
from tests.collection_contract import sort_value

SCALE = float(os.environ.get("PROPERTY_EXAMPLES", "1"))
RANDOM_SEED = os.environ.get("PROPERTY_SEED")
EXAMPLES = Counter()


def examples(count):
    """Hypothesis settings for a property with ``count`` examples (scaled)."""
    configured = settings(
        max_examples=max(1, int(count * SCALE)),
        derandomize=RANDOM_SEED is None,
        database=None,
        deadline=None,
        # `client` is a stateless test client shared by the examples.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )

    def decorate(test):
        test = configured(test)
        return seed(int(RANDOM_SEED))(test) if RANDOM_SEED is not None else test

    return decorate


@pytest.fixture(scope="module", autouse=True)
def report_example_counts(pytestconfig):
    yield
    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    if EXAMPLES and reporter is not None and capture is not None:
        summary = ", ".join(f"{name}: {count}" for name, count in sorted(EXAMPLES.items()))
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\nhypothesis examples run: {summary} (total {sum(EXAMPLES.values())})")


COLLECTION_IDS = [collection.name for collection in COLLECTIONS]


# ---------------------------------------------------------------------------
# What each collection accepts, read from its query schema
# ---------------------------------------------------------------------------


def validators(field):
    return list(getattr(field, "validators", []) or [])


def filter_kind(field):
    """``(kind, detail)`` of a filter field: how to draw good and bad values for it."""
    if isinstance(field, DelimitedList):
        inner = field.inner
        if isinstance(inner, fields.Integer):
            return "integers", None
        for validator in validators(inner):
            if isinstance(validator, validate.OneOf):
                return "choices", tuple(validator.choices)
            if isinstance(validator, validate.Regexp) and validator.regex.pattern == SLUG_PATTERN:
                return "slugs", None
        return "texts", None
    if isinstance(field, fields.Boolean):
        return "boolean", None
    if isinstance(field, fields.Date):
        return "date", None
    if isinstance(field, fields.Integer):
        return "integer", None
    raise AssertionError(f"unknown filter field {field!r}")


class Shape:
    """A collection's parameters and the data they range over."""

    def __init__(self, collection, records):
        self.collection = collection
        self.records = {record["id"]: record for record in records}
        schema = collection.query_schema
        self.sortable = sortable_fields(schema)
        self.default_sort = default_sort(schema)
        self.field_names = sorted(schema_fields(collection.record_schema))
        self.expandable = expansions(collection.record_schema)
        self.filters = {}
        for name, field in schema_fields(schema).items():
            spec = field.metadata.get("filter")
            if spec:
                self.filters[name] = (spec, *filter_kind(field))

    def column_values(self, spec):
        values = set()
        for record in self.records.values():
            value = record.get(spec.get("column") or spec.get("link"))
            values.update(value if isinstance(value, list) else [value])
        values.discard(None)
        return sorted(values, key=repr)


@pytest.fixture(scope="module")
def shapes(app):
    client = app.test_client()
    result = {}
    for collection in COLLECTIONS:
        body = client.get(f"{collection.path}?limit=100").get_json()
        assert body["meta"]["total"] == len(body["data"]) <= 100, "the oracle needs every record on one page"
        result[collection.name] = Shape(collection, body["data"])
    return result


# ---------------------------------------------------------------------------
# Drawing parameters: good ones, bad ones, and ones that may be either
# ---------------------------------------------------------------------------

GOOD, BAD, EITHER = "good", "bad", "either"
HUGE = 10**30  # beyond SQLite's 64-bit integers: a 400, or a page that filters correctly
SEARCH_WORDS = ["Shanghai", "digital", "park", "investment", "semicond*", '"five new cities"', "zzzqqq"]


def comma(values):
    return ",".join(str(value) for value in values)


@st.composite
def filter_values(draw, shape, name):
    """``(wire value, parsed value, verdict)`` for filter ``name``."""
    spec, kind, detail = shape.filters[name]
    pool = shape.column_values(spec)
    if draw(st.integers(0, 9)) == 0:  # one in ten is malformed
        bad = {
            "slugs": "Not A Slug",
            "choices": "nope",
            "integers": "x",
            "texts": ",",
            "boolean": "maybe",
            "date": "yesterday",
            "integer": "x",
        }[kind]
        return bad, None, BAD
    if kind == "slugs":
        values = draw(st.lists(st.sampled_from([*pool, "no-such-record"]), min_size=1, max_size=4))
        return comma(values), values, GOOD
    if kind == "choices":
        values = draw(st.lists(st.sampled_from(detail), min_size=1, max_size=3))
        return comma(values), values, GOOD
    if kind == "texts":
        values = draw(st.lists(st.sampled_from([*pool, "No such role"]), min_size=1, max_size=3))
        return comma(values), values, GOOD
    if kind == "integers":
        near = sorted({v + d for v in pool for d in (-1, 0, 1)})
        values = draw(st.lists(st.sampled_from([*near, HUGE]), min_size=1, max_size=3))
        return comma(values), values, EITHER if HUGE in values else GOOD
    if kind == "integer":
        near = sorted({v + d for v in pool for d in (-1, 0, 1)})
        value = draw(st.sampled_from([*near, HUGE, -HUGE]))
        return str(value), value, EITHER if abs(value) == HUGE else GOOD
    if kind == "date":
        days = [datetime.date.fromisoformat(v) + datetime.timedelta(days=d) for v in pool for d in (-1, 0, 1)]
        value = draw(st.sampled_from(sorted(set(days))))
        return value.isoformat(), value.isoformat(), GOOD
    if kind == "boolean":
        value = draw(st.booleans())
        return str(value).lower(), value, GOOD
    raise AssertionError(kind)


@st.composite
def list_queries(draw, shape, allow_bad=True):
    """A list query: ``{name: (wire value, parsed value, verdict)}``."""
    query = {}
    bad = st.integers(0, 14).map(lambda n: allow_bad and n == 0)  # one in fifteen is malformed
    if draw(st.booleans()):
        if draw(bad):
            query["limit"] = (draw(st.sampled_from(["0", "101", "-1", "ten", "1.5", str(10**100)])), None, BAD)
        else:
            limit = draw(st.integers(1, 30) | st.sampled_from([1, 2, 100]))
            query["limit"] = (str(limit), limit, GOOD)
    if draw(st.booleans()):
        if draw(bad):
            query["sort"] = ("nope", None, BAD)
        else:
            items = draw(
                st.lists(
                    st.tuples(st.sampled_from(shape.sortable), st.booleans()),
                    min_size=1,
                    max_size=len(shape.sortable),
                )
            )
            query["sort"] = (comma(("-" if d else "") + c for c, d in items), items, GOOD)
    if draw(st.integers(0, 3)) == 0:
        if draw(bad):
            query["fields"] = ("nope", None, BAD)
        else:
            names = draw(st.lists(st.sampled_from(shape.field_names), min_size=1, max_size=4))
            query["fields"] = (comma(names), names, GOOD)
    if draw(st.integers(0, 3)) == 0:
        if draw(bad):
            query["expand"] = ("nope", None, BAD)
        else:
            names = draw(st.lists(st.sampled_from(sorted(shape.expandable)), min_size=1, max_size=3))
            query["expand"] = (comma(names), names, GOOD)
    if draw(st.integers(0, 4)) == 0:
        if draw(bad):
            query["q"] = (draw(st.sampled_from(['""', "a" * 201])), None, BAD)
        else:
            word = draw(st.sampled_from(SEARCH_WORDS))
            query["q"] = (word, word, GOOD)
    names = sorted(shape.filters)
    for name in draw(st.lists(st.sampled_from(names), max_size=3, unique=True)) if names else []:
        wire, parsed, verdict = draw(filter_values(shape, name))
        if verdict == BAD and not allow_bad:
            continue
        if verdict == EITHER and not allow_bad:
            continue
        query[name] = (wire, parsed, verdict)
    if allow_bad and draw(st.integers(0, 19)) == 0:
        query["colour"] = ("red", None, BAD)
    return query


# ---------------------------------------------------------------------------
# The oracle: what the page must be, computed from the unpaged records
# ---------------------------------------------------------------------------


def sort_keys(shape, query):
    """``[(column, descending)]`` as the API documents it: deduplicated, id last."""
    default = shape.default_sort
    requested = query["sort"][1] if "sort" in query else [(default.removeprefix("-"), default.startswith("-"))]
    keys, seen = [], set()
    for column, descending in requested:
        if column not in seen:
            seen.add(column)
            keys.append((column, descending))
    if "id" not in seen:
        keys.append(("id", keys[-1][1]))
    return keys


def matches(record, spec, kind, value):
    column, link = spec.get("column"), spec.get("link")
    if spec.get("variant") == "isnull":
        return (not record[link] if link else record[column] is None) == value
    if spec.get("variant") == "not":
        return not set(record[link]) & set(value) if link else record[column] not in value
    if link:
        return bool(set(record[link]) & set(value))
    actual = record[column]
    operator = spec.get("operator")
    if operator:
        return actual is not None and (actual >= value if operator == ">=" else actual <= value)
    if kind == "boolean":
        return actual == value
    return actual in value


def search_ids(client, collection, text):
    body = client.get(collection.path, query_string={"q": text, "limit": 100}).get_json()
    return {record["id"] for record in body["data"]}


def expected_ids(client, shape, query):
    records = list(shape.records.values())
    for name, (_, value, _) in query.items():
        if name in shape.filters:
            spec, kind, _ = shape.filters[name]
            records = [r for r in records if matches(r, spec, kind, value)]
    if "q" in query:
        found = search_ids(client, shape.collection, query["q"][1])
        records = [r for r in records if r["id"] in found]
    # Stable sorts from the last key to the first; NULL sorts first ascending,
    # as in SQLite, and text ignoring ASCII case.
    for column, descending in reversed(sort_keys(shape, query)):
        records.sort(key=lambda r, c=column: (r[c] is not None, sort_value(r[c])), reverse=descending)
    return [record["id"] for record in records]


def check_record_shape(shape, record, query):
    full = shape.records[record["id"]]
    selected = query["fields"][1] if "fields" in query else None
    expanded = query["expand"][1] if "expand" in query else []
    if selected:
        assert {"id", *selected} <= set(record) <= {"id", *selected, *expanded}
    for name in expanded:
        field_name, _ = shape.expandable[name]
        reference, inlined = full[field_name], record[name]
        if isinstance(reference, list):
            assert [item["id"] for item in inlined] == reference
        else:
            assert (inlined or {}).get("id") == reference
    for name, value in record.items():
        if name not in expanded:
            assert value == full[name], name
    if not selected and not expanded:
        assert record == full


def wire(query):
    return [(name, value[0]) for name, value in query.items()]


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", COLLECTION_IDS)
def test_any_query_is_a_correct_page_or_a_400_naming_the_bad_parameters(client, shapes, name):
    shape = shapes[name]

    @examples(200)
    @given(query=list_queries(shape))
    def check(query):
        EXAMPLES["list queries"] += 1
        response = client.get(shape.collection.path, query_string=wire(query))
        bad = {n for n, (_, _, verdict) in query.items() if verdict == BAD}
        either = {n for n, (_, _, verdict) in query.items() if verdict == EITHER}
        body = response.get_json()
        assert response.status_code in (200, 400), (query, response.status_code, body)
        if response.status_code == 400:
            assert response.mimetype == "application/problem+json"
            assert body["code"] == "invalid_parameter", body
            named = {error["parameter"] for error in body["errors"]}
            assert bad <= named <= bad | either, (query, body["errors"])
            assert named, body
            return
        assert not bad, (query, body)
        assert set(body) == {"data", "links", "meta"}
        limit = query["limit"][1] if "limit" in query else 25
        ids = expected_ids(client, shape, query)
        meta = body["meta"]
        assert meta["limit"] == limit
        assert meta["total"] == len(ids)
        assert meta["sort"] == [("-" if d else "") + c for c, d in sort_keys(shape, query)]
        assert [record["id"] for record in body["data"]] == ids[:limit]
        assert body["links"]["self"]
        assert ("next" in body["links"]) == (len(ids) > limit)
        assert "prev" not in body["links"]
        for record in body["data"]:
            check_record_shape(shape, record, query)

    check()


@pytest.mark.parametrize("name", COLLECTION_IDS)
def test_paging_visits_every_matching_record_exactly_once(client, shapes, name):
    shape = shapes[name]

    @examples(50)
    @given(query=list_queries(shape, allow_bad=False), limit=st.integers(1, 12))
    def check(query, limit):
        EXAMPLES["paged walks"] += 1
        query.pop("limit", None)
        everything = client.get(shape.collection.path, query_string=[*wire(query), ("limit", "100")]).get_json()
        assert everything["meta"]["total"] <= 100
        unpaged = [record["id"] for record in everything["data"]]
        pages, url = [], None
        first = client.get(shape.collection.path, query_string=[*wire(query), ("limit", str(limit))])
        body = first.get_json()
        for _ in range(len(unpaged) // limit + 2):
            assert len(body["data"]) <= limit
            assert body["meta"]["total"] == len(unpaged)
            pages.append(body)
            url = body["links"].get("next")
            if url is None:
                break
            body = client.get(url).get_json()
        else:
            pytest.fail(f"more pages than {len(unpaged)} records allow: {query}")
        seen = [record["id"] for page in pages for record in page["data"]]
        assert seen == unpaged, query
        assert len(set(seen)) == len(seen)
        assert "prev" not in pages[0]["links"]
        assert all("prev" in page["links"] for page in pages[1:])
        # Walking back over `prev` from the last page gives the same pages.
        for index in range(len(pages) - 1, 0, -1):
            back = client.get(pages[index]["links"]["prev"]).get_json()
            assert [r["id"] for r in back["data"]] == [r["id"] for r in pages[index - 1]["data"]], (query, index)

    check()


@examples(60)
@given(
    text=st.sampled_from(["Shanghai", "investment", "digital", "park", "semicond*", "Bilibili", "zzzqqq"]),
    kinds=st.lists(st.sampled_from(COLLECTION_IDS), max_size=3, unique=True),
    limit=st.integers(1, 12),
)
def test_search_paging_visits_every_hit_exactly_once(client, text, kinds, limit):
    EXAMPLES["search walks"] += 1
    query = [("q", text)] + ([("kind", ",".join(kinds))] if kinds else [])
    everything = client.get("/v1/search", query_string=[*query, ("limit", "100")]).get_json()
    assert everything["meta"]["total"] <= 100
    unpaged = [(hit["kind"], hit["id"]) for hit in everything["data"]]
    assert all(hit["kind"] in kinds for hit in everything["data"]) or not kinds
    scores = [hit["score"] for hit in everything["data"]]
    assert scores == sorted(scores, reverse=True)
    seen, body = [], client.get("/v1/search", query_string=[*query, ("limit", str(limit))]).get_json()
    for _ in range(len(unpaged) // limit + 2):
        seen.extend((hit["kind"], hit["id"]) for hit in body["data"])
        url = body["links"].get("next")
        if url is None:
            break
        body = client.get(url).get_json()
    assert seen == unpaged


# ---------------------------------------------------------------------------
# Cursors
# ---------------------------------------------------------------------------

BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def first_cursor(client, url):
    body = client.get(url).get_json()
    assert "next" in body["links"], url
    return body["links"]["next"].split("cursor=", 1)[1]


def assert_invalid_cursor(response):
    assert response.status_code == 400, response.get_data(as_text=True)
    body = response.get_json()
    assert body["code"] == "invalid_cursor"
    assert [error["parameter"] for error in body["errors"]] == ["cursor"]


@examples(200)
@given(part=st.sampled_from(["payload", "signature"]), position=st.integers(0, 10_000), data=st.data())
def test_a_tampered_cursor_is_refused(client, part, position, data):
    EXAMPLES["tampered cursors"] += 1
    cursor = first_cursor(client, "/v1/industries?limit=2&sort=-name")
    payload, signature = cursor.rsplit(".", 1)
    target = payload if part == "payload" else signature
    index = position % len(target)
    replacement = data.draw(st.sampled_from(BASE64URL.replace(target[index], "")))
    changed = target[:index] + replacement + target[index + 1 :]
    forged = f"{changed}.{signature}" if part == "payload" else f"{payload}.{changed}"
    assert_invalid_cursor(client.get("/v1/industries", query_string={"limit": 2, "sort": "-name", "cursor": forged}))


@pytest.mark.parametrize(
    "garbage",
    ["", ".", "..", "a.b.c", "é.é", "%00", "eyJ9.AAAA", "=" * 8 + "." + "=" * 8, "a" * 1000],
)
def test_a_malformed_cursor_is_refused(client, garbage):
    response = client.get("/v1/industries", query_string={"cursor": garbage})
    if garbage == "":
        assert response.status_code in (200, 400)  # an empty cursor may mean "the first page"
        return
    assert_invalid_cursor(response)


ORIGIN = "/v1/industries?limit=2&strategic=false&sort=name"
ELSEWHERE = [
    "/v1/industries?limit=2&strategic=true&sort=name",  # other filter value
    "/v1/industries?limit=2&sort=name",  # filter dropped
    "/v1/industries?limit=2&strategic=false&sort=-name",  # other sort
    "/v1/industries?limit=2&strategic=false&sort=name&parent=integrated-circuits",  # filter added
    "/v1/industries?limit=2&strategic=false&sort=name&q=industry",  # search added
    "/v1/organizations?limit=2&sort=name",  # other collection, same key shape
    "/v1/people?limit=2&sort=name",
]


@pytest.mark.parametrize("elsewhere", ELSEWHERE)
def test_a_cursor_is_refused_for_any_other_query(client, elsewhere):
    cursor = first_cursor(client, ORIGIN)
    assert client.get(f"{ORIGIN}&cursor={cursor}").status_code == 200
    assert_invalid_cursor(client.get(f"{elsewhere}&cursor={cursor}"))


def test_a_cursor_is_refused_by_the_search_of_another_text(client):
    cursor = first_cursor(client, "/v1/search?q=Shanghai&limit=2")
    assert client.get(f"/v1/search?q=Shanghai&limit=2&cursor={cursor}").status_code == 200
    assert_invalid_cursor(client.get(f"/v1/search?q=investment&limit=2&cursor={cursor}"))


@examples(40)
@given(first=st.integers(1, 8), second=st.integers(1, 30))
def test_a_cursor_continues_with_another_page_size(client, first, second):
    EXAMPLES["page-size changes"] += 1
    unpaged = [r["id"] for r in client.get("/v1/industries?limit=100&sort=-name").get_json()["data"]]
    cursor = first_cursor(client, f"/v1/industries?limit={first}&sort=-name")
    body = client.get(f"/v1/industries?limit={second}&sort=-name&cursor={cursor}").get_json()
    assert [r["id"] for r in body["data"]] == unpaged[first : first + second]


def test_a_cursor_is_refused_under_another_secret(database):
    issuer = create_app({"DATABASE_PATH": str(database), "CURSOR_SECRET": "one secret"}).test_client()
    cursor = first_cursor(issuer, "/v1/industries?limit=2")
    assert issuer.get(f"/v1/industries?limit=2&cursor={cursor}").status_code == 200
    for secret in ("another secret", ""):
        other = create_app({"DATABASE_PATH": str(database), "CURSOR_SECRET": secret}).test_client()
        assert_invalid_cursor(other.get(f"/v1/industries?limit=2&cursor={cursor}"))


def test_a_cursor_is_refused_by_another_dataset_version(client, database, tmp_path):
    copy = tmp_path / "other-version.db"
    shutil.copyfile(database, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE metadata SET value = 'another-version' WHERE key = 'dataset_version'")
    other = create_app({"DATABASE_PATH": str(copy)}).test_client()
    assert other.get("/v1/meta").get_json()["dataset_version"] == "another-version"
    cursor = first_cursor(client, "/v1/industries?limit=2")
    assert client.get(f"/v1/industries?limit=2&cursor={cursor}").status_code == 200
    assert_invalid_cursor(other.get(f"/v1/industries?limit=2&cursor={cursor}"))


@pytest.mark.parametrize(
    "keys",
    ['[{"x":1},"b"]', '[[1],"b"]', '[9223372036854775808,"b"]', '["a"]', '["a","b","c"]', '"ab"', "null"],
    ids=["object", "array", "int-overflow", "too-few", "too-many", "string", "null"],
)
def test_a_validly_signed_cursor_with_malformed_keys_is_a_400(app, keys):
    """A cursor signed with the deployment's own secret (as if it leaked) is
    still checked like any other input. (White-box: signs as api.cursors does.)"""
    from werkzeug.datastructures import MultiDict

    from api.query import RequestUrl, fingerprint_of

    query = fingerprint_of(RequestUrl("/v1/projects", MultiDict({"sort": "name"})))
    payload = {"q": query, "d": "next", "k": json.loads(keys)}
    cursor = app.extensions["cursors"].serializer.dumps(payload)
    response = app.test_client().get("/v1/projects", query_string={"sort": "name", "cursor": cursor})
    assert_invalid_cursor(response)
