"""/v1/claims: one record per citation, each quote located in its document's
stored text; every record's sources carry the same offsets; the build checks them."""

import sqlite3

import pytest
import yaml

from schemas.collections import BY_NAME, COLLECTIONS, link_names
from seed.build import build
from seed.load import SeedError, load_seed, parse_yaml, walk_sources
from tests.collection_contract import (
    assert_bad_parameter,
    assert_lists_exactly,
    assert_problem,
    check_cursor_is_bound_to_its_collection,
    check_every_offending_parameter_is_named,
    check_filtered_pagination,
    check_limit_bounds,
    check_sparse_fieldsets,
    check_unknown_id_is_a_404_problem,
    get_ok,
    list_all,
    listed_ids,
)

NAME = "claims"
CONFERENCE = "shanghai-global-investment-promotion-conference-2021"
ARTICLE = "shanghai-investment-conference-2021"


@pytest.fixture(scope="module")
def claims(app):
    return list_all(app.test_client(), NAME)


@pytest.fixture(scope="module")
def texts(app):
    client = app.test_client()
    documents = list_all(client, "documents")
    return {d["id"]: client.get(d["text_url"]).get_data(as_text=True) for d in documents if d["text_url"]}


@pytest.mark.parametrize(
    "check",
    [
        check_limit_bounds,
        check_cursor_is_bound_to_its_collection,
        check_sparse_fieldsets,
        check_unknown_id_is_a_404_problem,
        check_every_offending_parameter_is_named,
    ],
    ids=lambda check: check.__name__,
)
def test_collection_contract(client, check):
    check(client, NAME)


def seed_citations():
    """``{(collection, record id, field path): source}`` of every source in the seed."""
    seed = load_seed()
    return {
        (collection.name, record["id"], field): source
        for collection in COLLECTIONS
        for record in seed.records[collection.name]
        for field, source in walk_sources(collection.record_schema(), record)
    }


def test_one_claim_per_citation_of_the_seed(client, claims):
    expected = seed_citations()
    assert len(claims) == len(expected)
    assert {(c["collection"], c["record_id"], c["field"]) for c in claims} == set(expected)
    _, body = get_ok(client, "/v1/claims")
    assert body["meta"]["total"] == len(expected)
    for claim in claims:
        source = expected[claim["collection"], claim["record_id"], claim["field"]]
        assert (claim["document"], claim["quote"], claim["note"]) == (
            source["document"],
            source["quote"],
            source.get("note"),
        )


def test_every_offset_slices_the_stored_text_to_its_quote(claims, texts):
    located = 0
    for claim in claims:
        if claim["quote"] is None:
            assert claim["start"] is None and claim["end"] is None and claim["note"], claim["id"]
            assert claim["url"] and claim["links"]["text"] is None, claim["id"]
            continue
        assert texts[claim["document"]][claim["start"] : claim["end"]] == claim["quote"], claim["id"]
        located += 1
    assert located > 100


def test_every_record_sources_carry_the_same_offsets(client, claims):
    by_key = {(c["collection"], c["record_id"], c["field"]): c for c in claims}
    for collection in COLLECTIONS:
        for record in list_all(client, collection.name):
            for field, source in walk_sources(collection.record_schema(), record):
                claim = by_key[collection.name, record["id"], field]
                assert (source["start"], source["end"]) == (claim["start"], claim["end"]), claim["id"]


def test_offsets_count_code_points_not_bytes(claims, texts):
    """A quote after non-ASCII characters (curly quotes) still slices exactly."""
    later = [c for c in claims if c["quote"] and not texts[c["document"]][: c["start"]].isascii()]
    assert later, "no quote follows a non-ASCII character: the check would prove nothing"
    for claim in later:
        assert texts[claim["document"]][claim["start"] : claim["end"]] == claim["quote"]


def test_ids_are_stable_and_readable(claims):
    for claim in claims:
        path = claim["field"].replace(".", "-").replace("_", "-")
        assert claim["id"] == f"{claim['collection']}--{claim['record_id']}--{path}"
    assert len({c["id"] for c in claims}) == len(claims)


def test_details_equal_list_items_and_links_resolve(client, claims):
    for claim in claims[:: max(1, len(claims) // 40)]:
        _, detail = get_ok(client, claim["links"]["self"])
        assert detail == claim
        _, record = get_ok(client, claim["links"]["record"])
        assert record["id"] == claim["record_id"]
        _, document = get_ok(client, claim["links"]["document"])
        assert document["id"] == claim["document"]
        if claim["links"]["text"]:
            assert client.get(claim["links"]["text"]).status_code == 200


def predicate_ids(claims, predicate):
    return {c["id"] for c in claims if predicate(c)}


@pytest.mark.parametrize(
    ("params", "predicate"),
    [
        ({"collection": "statements"}, lambda c: c["collection"] == "statements"),
        ({"collection": "parks,people"}, lambda c: c["collection"] in ("parks", "people")),
        ({"record": "bilibili-new-headquarters"}, lambda c: c["record_id"] == "bilibili-new-headquarters"),
        ({"field": "sources.1"}, lambda c: c["field"] == "sources.1"),
        (
            {"document": "shine-2021-04-07-conference-date"},
            lambda c: c["document"] == "shine-2021-04-07-conference-date",
        ),
        (
            {"collection": "conferences", "document": ARTICLE},
            lambda c: c["collection"] == "conferences" and c["document"] == ARTICLE,
        ),
        ({"collection": "no-such-collection"}, lambda c: False),
    ],
)
def test_filters_list_exactly_the_matching_claims(client, claims, params, predicate):
    expected = predicate_ids(claims, predicate)
    assert_lists_exactly(client, NAME, params, expected)


def test_q_searches_quotes_and_notes(client, claims):
    quoted = listed_ids(client, NAME, {"q": "Bilibili"})
    by_id = claims_by_id(claims)
    assert quoted and all("bilibili" in f"{by_id[i]['quote']} {by_id[i]['note']}".lower() for i in quoted)
    noted = listed_ids(client, NAME, {"q": '"Shanghai Daily reports"'})
    assert noted and all(claims_by_id(claims)[i]["quote"] is None for i in noted)
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


@pytest.mark.parametrize("q", ["74.9", '"US$74.9 billion"'])
def test_q_finds_a_figure_as_printed(client, claims, q):
    printed = {c["id"] for c in claims if "74.9" in (c["quote"] or "")}
    assert printed and set(listed_ids(client, NAME, {"q": q})) >= printed
    assert not set(listed_ids(client, NAME, {"q": "74.8"}))


def claims_by_id(claims):
    return {c["id"]: c for c in claims}


@pytest.mark.parametrize(("filters", "sort"), [({"collection": "parks"}, "-document"), ({"document": ARTICLE}, "-id")])
def test_filtered_pages_visit_each_matching_claim_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


@pytest.mark.parametrize(("parameter", "value"), [("field", "Sources"), ("record", "Bilibili"), ("sort", "quote")])
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


def test_claims_export_as_csv(client):
    response = client.get("/v1/claims?format=csv&collection=parks")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.get_data(as_text=True).splitlines()[0].startswith("id,collection,record_id,field,document,quote")


def test_an_unknown_claim_is_a_404_problem(client):
    response = client.get("/v1/claims/projects--nothing--sources-0")
    assert_problem(response, 404, "not_found")
    assert "must be" not in response.get_json()["detail"]  # a claim's id is not held to a slug's rule


# --- The build: a quote that occurs twice names its occurrence -------------------------------


def set_first_quote(data_dir, quote, **extra):
    """Give the 2021 conference's first source ``quote`` (and ``extra`` keys)."""
    path = data_dir / "conferences.yaml"
    records = parse_yaml(path.read_text(encoding="utf-8"))
    (record,) = [r for r in records if r["id"] == CONFERENCE]
    record["sources"][0] = {"document": ARTICLE, "quote": quote, **extra}
    path.write_text(yaml.dump(records, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_an_ambiguous_quote_without_occurrence_fails_the_build(seed_copy):
    set_first_quote(seed_copy[0], "Shanghai")
    with pytest.raises(SeedError) as caught:
        load_seed(*seed_copy)
    message = str(caught.value)
    for part in ("conferences.yaml", CONFERENCE, "field sources.0", "occurs", "occurrence"):
        assert part in message, message


def test_occurrence_names_which_one_and_the_build_locates_it(seed_copy, tmp_path):
    set_first_quote(seed_copy[0], "Shanghai", occurrence=2)
    seed = load_seed(*seed_copy)
    text = seed.texts[ARTICLE]
    second = text.index("Shanghai", text.index("Shanghai") + 1)
    output = tmp_path / "data.db"
    build(output, data_dir=seed_copy[0], sources_dir=seed_copy[1])
    row = (
        sqlite3.connect(output)
        .execute('SELECT start, "end" FROM claims WHERE id = ?', (f"conferences--{CONFERENCE}--sources-0",))
        .fetchone()
    )
    assert row == (second, second + len("Shanghai"))


@pytest.mark.parametrize(
    ("extra", "expected"),
    [({"occurrence": 999}, "occurs only"), ({"occurrence": 0}, "occurrence")],
)
def test_an_impossible_occurrence_fails_the_build(seed_copy, extra, expected):
    set_first_quote(seed_copy[0], "Shanghai", **extra)
    with pytest.raises(SeedError) as caught:
        load_seed(*seed_copy)
    assert expected in str(caught.value) and CONFERENCE in str(caught.value)


def test_an_occurrence_for_an_outside_page_fails_the_build(seed_copy):
    path = seed_copy[0] / "conferences.yaml"
    records = parse_yaml(path.read_text(encoding="utf-8"))
    (record,) = [r for r in records if r["id"] == CONFERENCE]
    outside = next(i for i, s in enumerate(record["sources"]) if s["quote"] is None)
    record["sources"][outside]["occurrence"] = 1
    path.write_text(yaml.dump(records, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        load_seed(*seed_copy)
    assert f"field sources.{outside}.occurrence" in str(caught.value)


def test_every_claim_links_itself_its_record_its_document_and_the_text(claims):
    names = link_names(BY_NAME[NAME])
    assert names == ["self", "record", "document", "text"]
    for claim in claims:
        links = claim["links"]
        assert list(links) == names, claim["id"]
        assert links["record"] == f"/v1/{claim['collection']}/{claim['record_id']}"
        assert links["document"] == f"/v1/documents/{claim['document']}"
        assert (links["text"] is None) == (claim["start"] is None)
