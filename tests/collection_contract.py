"""The contract every collection of the API keeps, as reusable checks.

Not a test module: each ``tests/test_<resource>.py`` runs these checks for its
own collection (``check_collection_contract(client, name)`` runs them all;
``CONTRACT_CHECKS`` lets a test file parametrize over them so that a failure
names the broken rule), and uses the helpers below to compute expected
results from the seed YAML files - the data the API is built from.

What the contract says (the house conventions):

- ``GET /v1/<name>`` answers ``{data, links: {self, next?, prev?}, meta:
  {total, limit, sort, dataset_version}}`` and an RFC 8288 ``Link`` header;
  ``limit`` defaults to 25 (1-100); pages are keyset-paginated with an opaque
  cursor and stable under every sort, the id being the final tie-breaker in
  the direction of the last sort key;
- ``fields=`` keeps only the named fields (and the id); ``expand=`` inlines
  the named relations;
- ``GET /v1/<name>/<id>`` answers the record as listed; an unknown id is a 404
  problem ``not_found``;
- bad input is a 400 problem (``invalid_parameter`` / ``invalid_cursor``)
  whose ``errors[]`` name each offending parameter;
- every record of a kind has the same snake_case ``links`` keys; every URL
  in them resolves, forward relations to the related record and reverse
  relations to a filtered list (possibly empty) whose records link back;
- text sorts ignore ASCII case, the id breaking ties.
"""

import functools
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from schemas.base import default_sort, schema_fields
from schemas.collections import BY_NAME, link_names
from seed.load import parse_yaml

SEED_DATA = Path(__file__).resolve().parent.parent / "seed" / "data"
PROBLEM = "application/problem+json"
PAGE_SIZES = (1, 2, 3)
MAX_LIMIT = 100
DEFAULT_LIMIT = 25
LINK_HEADER_ITEM = re.compile(r'<([^>]*)>\s*;\s*rel="([^"]+)"')
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")


# ---------------------------------------------------------------------------
# The seed: what the API must serve
# ---------------------------------------------------------------------------


@functools.cache
def _seed_file(name):
    with (SEED_DATA / f"{name.replace('-', '_')}.yaml").open(encoding="utf-8") as handle:
        return tuple(parse_yaml(handle))


def seed_records(name):
    """The records of collection ``name`` as written in seed/data/<table>.yaml."""
    return list(_seed_file(name))


def seed_record(name, record_id):
    return next(record for record in _seed_file(name) if record["id"] == record_id)


def seed_ids(name):
    return {record["id"] for record in _seed_file(name)}


def ids_where(name, predicate):
    """Ids of the seed records of ``name`` for which ``predicate(record)`` holds."""
    return {record["id"] for record in _seed_file(name) if predicate(record)}


def any_of(field, *values):
    """Predicate: the record's ``field`` (a value or a list of values) is any of ``values``."""

    def matches(record):
        value = record[field]
        return bool(set(value) & set(values)) if isinstance(value, list) else value in values

    return matches


def at_least(field, bound):
    return lambda record: record[field] is not None and record[field] >= bound


def at_most(field, bound):
    return lambda record: record[field] is not None and record[field] <= bound


# ---------------------------------------------------------------------------
# What the schemas declare (the whitelists the API must honour)
# ---------------------------------------------------------------------------


def sortable_fields(name):
    """Sortable fields of a collection; the first is the default sort (declared
    as ``sort_param(...)`` metadata, or as ``Meta.sortable`` in older schemas)."""
    query_schema = BY_NAME[name].query_schema
    sort = schema_fields(query_schema).get("sort")
    if sort is not None and sort.metadata.get("sortable"):
        return tuple(sort.metadata["sortable"])
    return tuple(query_schema.Meta.sortable)


def declared_filters(name):
    """Query parameter names of the filters the collection declares (fields with
    ``filter`` metadata), not the ``__not`` / ``__isnull`` derived from them
    (tests/test_filters.py checks those for every collection)."""
    schema = BY_NAME[name].query_schema()
    return {
        field.data_key or param
        for param, field in schema.fields.items()
        if field.metadata.get("filter") and not field.metadata["filter"].get("variant")
    }


def derived_filters(name):
    """``{parameter: (variant, base record field)}`` of the filters derived from the declared ones."""
    schema = BY_NAME[name].query_schema()
    return {
        param: (spec["variant"], spec.get("column") or spec.get("link"))
        for param, field in schema.fields.items()
        if (spec := field.metadata.get("filter")) and spec.get("variant")
    }


def declared_expansions(name):
    """``{expand name: record field}`` of the collection's record schema."""
    schema = BY_NAME[name].record_schema
    return {
        field.metadata["expand"]: field_name
        for field_name, field in schema_fields(schema).items()
        if field.metadata.get("expand")
    }


# ---------------------------------------------------------------------------
# Requests
# ---------------------------------------------------------------------------


def url_of(path, params=None):
    return f"{path}?{urlencode(params)}" if params else path


def get_ok(client, url):
    """GET ``url``; assert a 200 JSON answer; return ``(response, body)``."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.get_data(as_text=True))
    assert response.mimetype == "application/json", (url, response.mimetype)
    return response, response.get_json()


def list_all(client, name, params=None):
    """Every record of ``GET /v1/<name>?<params>``, following ``links.next``."""
    url = url_of(f"/v1/{name}", {"limit": MAX_LIMIT, **(params or {})})
    records = []
    for _ in range(1000):
        _, body = get_ok(client, url)
        records.extend(body["data"])
        url = body["links"].get("next")
        if not url:
            return records
    raise AssertionError(f"{url}: pagination never ends")


def listed_ids(client, name, params=None):
    return [record["id"] for record in list_all(client, name, params)]


def assert_lists_exactly(client, name, params, expected_ids):
    """``GET /v1/<name>?<params>`` lists exactly ``expected_ids``, each once, and counts them in ``meta.total``."""
    ids = listed_ids(client, name, params)
    assert len(ids) == len(set(ids)), f"{params}: duplicates in {ids}"
    assert set(ids) == set(expected_ids), f"{params}: listed {sorted(ids)}, expected {sorted(expected_ids)}"
    _, body = get_ok(client, url_of(f"/v1/{name}", params))
    assert body["meta"]["total"] == len(expected_ids), params


def assert_problem(response, status, code, parameter=None):
    """An RFC 9457 problem with ``code``; when ``parameter`` is given, ``errors[]`` names it."""
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True))
    assert response.mimetype == PROBLEM, response.mimetype
    body = response.get_json()
    assert body["status"] == status
    assert body["code"] == code, body
    for error in body["errors"]:
        assert set(error) == {"location", "parameter", "detail"}, error
        assert error["detail"], error
    if parameter is not None:
        named = {(error["location"], error["parameter"]) for error in body["errors"]}
        assert ("query", parameter) in named, f"errors do not name query parameter {parameter!r}: {body['errors']}"
    return body


def assert_bad_parameter(client, name, params, parameter):
    """``GET /v1/<name>?<params>`` is a 400 ``invalid_parameter`` naming ``parameter``."""
    assert_problem(client.get(url_of(f"/v1/{name}", params)), 400, "invalid_parameter", parameter)


def link_header(response):
    """``{rel: url}`` of an RFC 8288 ``Link`` header."""
    return {rel: url for url, rel in LINK_HEADER_ITEM.findall(response.headers.get("Link", ""))}


def query_of(url):
    return dict(parse_qsl(urlsplit(url).query))


def link_urls(record):
    """Every non-null URL in a record's ``links`` (lists flattened)."""
    urls = []
    for value in record["links"].values():
        for url in value if isinstance(value, list) else [value]:
            if url is not None:
                urls.append(url)
    return urls


# ---------------------------------------------------------------------------
# Ordering
# ---------------------------------------------------------------------------


def sort_keys(sort):
    """``[(field, descending)]`` of a ``sort=`` value, ending with the id as
    tie-breaker in the direction of the last key."""
    keys = []
    for item in sort.split(","):
        field = item.removeprefix("-")
        if field not in {f for f, _ in keys}:
            keys.append((field, item.startswith("-")))
    if "id" not in {f for f, _ in keys}:
        keys.append(("id", keys[-1][1]))
    return keys


def sort_value(value):
    """A value as sorts compare it: text ignoring ASCII case (SQLite's NOCASE)."""
    if isinstance(value, str):
        return value.translate(ASCII_LOWER)
    return value


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def expected_order(records, sort):
    """Ids of ``records`` in the order ``sort=<sort>`` must give them."""
    ordered = list(records)
    for field, descending in reversed(sort_keys(sort)):  # stable sorts, least significant key first
        ordered.sort(key=lambda record, field=field: sort_value(record[field]), reverse=descending)
    return [record["id"] for record in ordered]


def sorts_to_check(name):
    """Every sortable field ascending and descending, plus mixed-direction multi-key sorts."""
    sortable = sortable_fields(name)
    sorts = [sort for field in sortable for sort in (field, f"-{field}")]
    first = sortable[0]
    if first != "id":
        sorts.append(f"-{first},id")
    others = [field for field in sortable if field not in (first, "id")]
    if others:
        sorts.append(f"{others[0]},-{first}")
    return sorts


# ---------------------------------------------------------------------------
# Walking pages
# ---------------------------------------------------------------------------


def walk(client, url, rel, max_pages):
    """Pages from ``url`` following ``links[rel]``; checks each page's envelope and ``Link`` header."""
    pages = []
    while url:
        response, body = get_ok(client, url)
        assert set(body) == {"data", "links", "meta"}, set(body)
        navigation = {k: v for k, v in body["links"].items() if k in ("next", "prev")}
        assert link_header(response) == navigation, (
            f"{url}: Link header {response.headers.get('Link')!r} != {navigation}"
        )
        pages.append(body)
        assert len(pages) <= max_pages, f"{url}: more pages than records"
        url = body["links"].get(rel)
    return pages


def page_ids(pages):
    return [[record["id"] for record in page["data"]] for page in pages]


def assert_walks_every_record_once(client, name, sort, everything, filters=None):
    """With ``limit`` 1, 2 and 3, following ``next`` visits every record of
    ``everything`` (the records ``filters`` select) once, in the order ``sort``
    gives; following ``prev`` back from the last page gives the same pages."""
    expected = expected_order(everything, sort) if sort else [record["id"] for record in everything]
    for limit in PAGE_SIZES:
        params = {**(filters or {}), "limit": limit, **({"sort": sort} if sort else {})}
        where = f"{urlencode(params)}"
        forward = walk(client, url_of(f"/v1/{name}", params), "next", len(everything) + 1)
        visited = [record_id for ids in page_ids(forward) for record_id in ids]
        assert visited == expected, f"{where}: visited {visited}, expected {expected}"
        assert all(len(ids) == limit for ids in page_ids(forward)[:-1]), f"{where}: short page"
        assert len(forward[-1]["data"]) <= limit
        assert "prev" not in forward[0]["links"], f"{where}: the first page has a prev link"
        for page in forward:
            assert page["meta"]["total"] == len(everything), where
            assert page["meta"]["limit"] == limit, where
            if sort:
                assert page["meta"]["sort"] == [("-" if d else "") + f for f, d in sort_keys(sort)], page["meta"]
        backward = walk(client, forward[-1]["links"].get("prev"), "prev", len(everything) + 1)
        backward.reverse()
        assert page_ids(backward) == page_ids(forward)[:-1], f"{where}: pages walked back with prev differ"
        assert [page["data"] for page in backward] == [page["data"] for page in forward[:-1]], where
        assert all("next" in page["links"] for page in backward), f"{where}: a page reached by prev has no next"


def check_filtered_pagination(client, name, filters, sort=None):
    """Pages of a filtered (and optionally sorted) list visit exactly the matching records once, forward and back."""
    everything = list_all(client, name, filters)
    assert everything, f"{filters} selects nothing: the check would prove nothing"
    assert_walks_every_record_once(client, name, sort, everything, filters)


# ---------------------------------------------------------------------------
# The contract's rules, one check each
# ---------------------------------------------------------------------------


def check_list_envelope_and_records(client, name):
    """The list answers the envelope; ``meta.total`` counts the seed; every record has id, links.self and a quote."""
    response, body = get_ok(client, f"/v1/{name}")
    assert set(body) == {"data", "links", "meta"}
    assert set(body["meta"]) == {"total", "limit", "sort", "dataset_version"}
    assert body["meta"]["total"] == len(seed_records(name))
    assert body["meta"]["limit"] == DEFAULT_LIMIT
    default = default_sort(BY_NAME[name].query_schema)
    column, descending = default.removeprefix("-"), default.startswith("-")
    assert body["meta"]["sort"] == ([default, "-id" if descending else "id"] if column != "id" else [default])
    assert isinstance(body["meta"]["dataset_version"], str) and body["meta"]["dataset_version"]
    assert body["links"]["self"] == f"/v1/{name}"
    assert len(body["data"]) == min(DEFAULT_LIMIT, len(seed_records(name)))
    if len(seed_records(name)) <= DEFAULT_LIMIT:
        assert "next" not in body["links"] and "prev" not in body["links"]
        assert "Link" not in response.headers
    everything = list_all(client, name)
    assert sorted(record["id"] for record in everything) == sorted(seed_ids(name))
    names = link_names(BY_NAME[name])
    assert all(SNAKE_CASE.match(key) for key in names), names
    for record in everything:
        assert isinstance(record["id"], str) and record["id"]
        assert list(record["links"]) == names, f"{record['id']}: links {list(record['links'])}, not {names}"
        assert record["links"]["self"] == f"/v1/{name}/{record['id']}"
        assert record["sources"], record["id"]
        for source in record["sources"]:
            assert set(source) == {"document", "quote", "note", "start", "end"}
            assert source["quote"] or source["note"], f"{record['id']}: a source with neither quote nor note"
            assert source["document"]


def check_limit_bounds(client, name):
    """``limit`` is 1-100: 100 is accepted, 0, 101 and non-numbers are 400 naming ``limit``."""
    _, body = get_ok(client, f"/v1/{name}?limit={MAX_LIMIT}")
    assert body["meta"]["limit"] == MAX_LIMIT
    for bad in ("0", "101", "-1", "ten"):
        assert_bad_parameter(client, name, {"limit": bad}, "limit")


def reversed_sort(sort):
    return sort.removeprefix("-") if sort.startswith("-") else f"-{sort}"


def check_default_order_pagination(client, name):
    """Pages of 1, 2 and 3 visit every record once in the default order, forward and back."""
    everything = list_all(client, name)
    assert [r["id"] for r in everything] == expected_order(everything, default_sort(BY_NAME[name].query_schema))
    assert_walks_every_record_once(client, name, None, everything)


def check_sorted_pagination(client, name):
    """Under every sort (each sortable field both ways, and mixed directions), pages are complete and ordered."""
    everything = list_all(client, name)
    for sort in sorts_to_check(name):
        assert_walks_every_record_once(client, name, sort, everything)


def check_cursor_is_bound_to_its_query(client, name):
    """A garbled or tampered cursor, or one used with another sort or filter, is a 400 ``invalid_cursor``."""
    assert_problem(client.get(f"/v1/{name}?cursor=garbage"), 400, "invalid_cursor", "cursor")
    assert_problem(client.get(f"/v1/{name}?cursor=a.b.c"), 400, "invalid_cursor", "cursor")
    if len(seed_records(name)) < 2:
        return  # a one-record collection never issues a cursor of its own
    _, first = get_ok(client, f"/v1/{name}?limit=1")
    cursor = query_of(first["links"]["next"])["cursor"]
    assert get_ok(client, first["links"]["next"])[1]["data"], "the issued cursor itself works"
    tampered = cursor[:-1] + ("A" if cursor[-1] != "A" else "B")
    for params in (
        {"limit": 1, "cursor": tampered},
        {"limit": 1, "sort": reversed_sort(default_sort(BY_NAME[name].query_schema)), "cursor": cursor},
        {"limit": 1, "q": "Shanghai", "cursor": cursor},
    ):
        assert_problem(client.get(url_of(f"/v1/{name}", params)), 400, "invalid_cursor", "cursor")
    # `sort` sent twice is one sort in the order sent: swapping them is another query.
    first_field, second_field, *_ = [*sortable_fields(name), "id", "id"]
    if first_field != second_field:
        url = f"/v1/{name}?limit=1&sort={first_field}&sort=-{second_field}"
        issued = query_of(get_ok(client, url)[1]["links"]["next"])["cursor"]
        swapped = f"/v1/{name}?limit=1&sort=-{second_field}&sort={first_field}&cursor={issued}"
        assert_problem(client.get(swapped), 400, "invalid_cursor", "cursor")


def check_cursor_is_bound_to_its_collection(client, name):
    """A cursor issued by another collection's list is a 400 ``invalid_cursor`` here."""
    other = "organizations" if name != "organizations" else "projects"
    _, first = get_ok(client, f"/v1/{other}?limit=1")
    cursor = query_of(first["links"]["next"])["cursor"]
    response = client.get(url_of(f"/v1/{name}", {"limit": 1, "cursor": cursor}))
    assert_problem(response, 400, "invalid_cursor", "cursor")


def check_sparse_fieldsets(client, name):
    """``fields=<one field>`` returns only the id and that field, in lists and details."""
    everything = list_all(client, name)
    for field in everything[0]:
        records = list_all(client, name, {"fields": field})
        assert [r["id"] for r in records] == [r["id"] for r in everything]
        for record, full in zip(records, everything, strict=True):
            assert record == {"id": full["id"], field: full[field]}, f"fields={field}: {sorted(record)}"
        _, detail = get_ok(client, url_of(f"/v1/{name}/{everything[0]['id']}", {"fields": field}))
        assert detail == {"id": everything[0]["id"], field: everything[0][field]}


def check_details_equal_list_items(client, name):
    """``GET /v1/<name>/<id>`` of each record equals its representation in the list."""
    for record in list_all(client, name):
        _, detail = get_ok(client, record["links"]["self"])
        assert detail == record, record["id"]
        assert detail["links"]["self"] == f"/v1/{name}/{record['id']}"
        assert detail["sources"]


def check_unknown_id_is_a_404_problem(client, name):
    """An id no record has is a 404 ``not_found`` problem."""
    assert_problem(client.get(f"/v1/{name}/no-such-record"), 404, "not_found")


def check_a_field_named_again_in_sort_is_ignored(client, name):
    """``sort=a,-a``: the first mention sets the direction, as ``meta.sort`` reports."""
    first = sortable_fields(name)[0]
    _, page = get_ok(client, url_of(f"/v1/{name}", {"sort": f"-{first},{first}", "limit": 5}))
    _, descending = get_ok(client, url_of(f"/v1/{name}", {"sort": f"-{first}", "limit": 5}))
    assert page["meta"]["sort"][0] == f"-{first}" and page["meta"]["sort"].count(first) == 0
    assert [r["id"] for r in page["data"]] == [r["id"] for r in descending["data"]]


def check_unknown_names_are_400s(client, name):
    """Unknown sort, fields and expand names, and unknown parameters, are 400s naming the parameter."""
    for params, parameter in (
        ({"sort": "not_a_field"}, "sort"),
        ({"sort": "-not_a_field"}, "sort"),
        ({"fields": "not_a_field"}, "fields"),
        ({"expand": "not_a_relation"}, "expand"),
        ({"not_a_parameter": "1"}, "not_a_parameter"),
        ({"q": "..."}, "q"),
    ):
        assert_bad_parameter(client, name, params, parameter)
    some_id = seed_records(name)[0]["id"]
    for params, parameter in (({"fields": "not_a_field"}, "fields"), ({"expand": "not_a_relation"}, "expand")):
        response = client.get(url_of(f"/v1/{name}/{some_id}", params))
        assert_problem(response, 400, "invalid_parameter", parameter)


def check_every_offending_parameter_is_named(client, name):
    """One request with several bad parameters names every one of them, whichever the mix."""
    combinations = (
        {"not_a_parameter": "1", "sort": "not_a_field", "limit": "0"},
        {"fields": "not_a_field", "expand": "not_a_relation"},
        {"sort": "not_a_field", "fields": "not_a_field", "expand": "not_a_relation"},
        {"limit": "0", "fields": "not_a_field"},
        {"not_a_parameter": "1", "expand": "not_a_relation"},
    )
    missed = []
    for params in combinations:
        body = assert_problem(client.get(url_of(f"/v1/{name}", params)), 400, "invalid_parameter")
        named = {error["parameter"] for error in body["errors"]}
        if not named >= set(params):
            missed.append(f"{urlencode(params)} names only {sorted(named)}")
    assert not missed, "; ".join(missed)


def check_links_resolve_both_ways(client, name):
    """Every URL in every record's ``links`` answers 200; each record of a
    reverse relation (a filtered list, possibly empty) links back, and some
    record of the collection has each reverse relation non-empty."""
    used = set()
    for record in list_all(client, name):
        self_url = record["links"]["self"]
        for url in link_urls(record):
            assert url.startswith("/v1/"), f"{record['id']}: link {url!r} is not a relative API path"
            if "?" in url:
                related = list_all(client, urlsplit(url).path.removeprefix("/v1/"), query_of(url))
                if related:
                    used.add(urlsplit(url).path)
                for other in related:
                    assert self_url in link_urls(other), f"{url}: {other['id']} does not link back to {self_url}"
            else:
                _, related = get_ok(client, url)
                assert related["links"]["self"] == url
    reverse = {url.split("?")[0] for url in link_urls(list_all(client, name)[0]) if "?" in url}
    assert reverse <= used, f"reverse relations never used: {sorted(reverse - used)}"


CONTRACT_CHECKS = (
    check_list_envelope_and_records,
    check_limit_bounds,
    check_default_order_pagination,
    check_sorted_pagination,
    check_a_field_named_again_in_sort_is_ignored,
    check_cursor_is_bound_to_its_query,
    check_cursor_is_bound_to_its_collection,
    check_sparse_fieldsets,
    check_details_equal_list_items,
    check_unknown_id_is_a_404_problem,
    check_unknown_names_are_400s,
    check_every_offending_parameter_is_named,
    check_links_resolve_both_ways,
)


def check_collection_contract(client, name):
    """Run every rule of the collection contract for ``/v1/<name>``."""
    for check in CONTRACT_CHECKS:
        check(client, name)


# ---------------------------------------------------------------------------
# Resource-specific helpers
# ---------------------------------------------------------------------------


def check_expansion(client, name, expand, id_field):
    """``expand=<expand>`` inlines, under ``expand``, the full records ``id_field``
    references (in order, for a list), in lists and in details, and changes nothing else."""
    plain = {record["id"]: record for record in list_all(client, name)}
    expanded = list_all(client, name, {"expand": expand})
    assert [r["id"] for r in expanded] == list(plain)
    referenced = 0
    for record in expanded:
        base = plain[record["id"]]
        assert {k: v for k, v in record.items() if k != expand} == base, f"{record['id']}: expand changed other fields"
        ids, urls, inlined = base[id_field], base["links"][expand], record[expand]
        if isinstance(ids, list):
            assert isinstance(inlined, list), record["id"]
            assert [item["id"] for item in inlined] == ids, f"{record['id']}: {expand} out of order or incomplete"
            assert [get_ok(client, url)[1] for url in urls] == inlined, f"{record['id']}: {expand} are not full records"
            referenced += len(ids)
        elif ids is None:
            assert inlined is None, record["id"]
        else:
            assert inlined["id"] == ids
            assert get_ok(client, urls)[1] == inlined, f"{record['id']}: {expand} is not the full record"
            referenced += 1
        _, detail = get_ok(client, url_of(base["links"]["self"], {"expand": expand}))
        assert detail == record, f"{record['id']}: detail expand differs from list expand"
    assert referenced, f"no {name} record has a {expand} to inline: the check proved nothing"


def check_expansions_together(client, name, expands):
    """``expand=a,b`` inlines each relation exactly as ``expand=a`` and ``expand=b`` do alone."""
    together = list_all(client, name, {"expand": ",".join(expands)})
    alone = {expand: {r["id"]: r for r in list_all(client, name, {"expand": expand})} for expand in expands}
    for record in together:
        for expand in expands:
            assert record[expand] == alone[expand][record["id"]][expand], f"{record['id']}: {expand}"
        others = {k: v for k, v in record.items() if k not in expands}
        assert others == {k: v for k, v in alone[expands[0]][record["id"]].items() if k != expands[0]}


def check_q_finds(client, name, query, expected_id):
    """``q=<query>`` within the collection finds ``expected_id`` and only records of this collection."""
    ids = listed_ids(client, name, {"q": query})
    assert expected_id in ids, f"q={query!r} found {ids}"
    assert set(ids) <= seed_ids(name), f"q={query!r} answered records of other collections: {ids}"
    return ids


def filter_case(params, predicate):
    """A ``pytest.param`` for a filter test: the query parameters and the seed predicate they select."""
    return pytest.param(params, predicate, id=urlencode(params))
