"""/v1/autocomplete: names starting with the prefix first, then names with a
later word starting with it; across collections or the ones asked for."""

import pytest

from schemas.autocomplete import NAMED, words_of
from tests.collection_contract import assert_problem, get_ok, list_all


@pytest.fixture(scope="module")
def names(app):
    """``[(collection, id, name)]`` of every named record."""
    client = app.test_client()
    found = []
    for collection in NAMED:
        field = "city" if collection == "city-strategies" else "name"
        found += [(collection, record["id"], record[field]) for record in list_all(client, collection)]
    return found


def expected(names, prefix, collections=NAMED):
    typed = " ".join(words_of(prefix))
    starting = sorted(
        (" ".join(words_of(name)), collection, record_id)
        for collection, record_id, name in names
        if collection in collections and " ".join(words_of(name)).startswith(typed)
    )
    return [(collection, record_id) for _, collection, record_id in starting]


@pytest.mark.parametrize("prefix", ["shang", "Bio", "SHANGHAI G", "zz", "5"])
def test_names_starting_with_the_prefix_come_first_in_name_order(client, names, prefix):
    _, body = get_ok(client, f"/v1/autocomplete?q={prefix}")
    got = [(s["collection"], s["id"]) for s in body["data"]]
    first = expected(names, prefix)[:10]
    assert got[: len(first)] == first
    assert len(got) <= 10


def test_then_names_with_a_later_word_starting_with_it(client, names):
    _, body = get_ok(client, "/v1/autocomplete?q=park&limit=10")
    assert body["data"], "the case would prove nothing"
    for suggestion in body["data"]:
        words = words_of(suggestion["name"])
        assert any(word.startswith("park") for word in words), suggestion
    # A later word's match is never listed before a name that starts with the prefix.
    starts = [words_of(s["name"])[0].startswith("park") for s in body["data"]]
    assert starts == sorted(starts, reverse=True)


def test_suggestions_carry_id_collection_name_and_a_url_that_resolves(client):
    _, body = get_ok(client, "/v1/autocomplete?q=bio")
    assert body["data"]
    for suggestion in body["data"]:
        assert set(suggestion) == {"id", "collection", "name", "url"}
        _, record = get_ok(client, suggestion["url"])
        assert record["id"] == suggestion["id"]


def test_collection_filter(client, names):
    _, body = get_ok(client, "/v1/autocomplete?q=s&collection=industries,parks")
    assert body["data"] and {s["collection"] for s in body["data"]} <= {"industries", "parks"}


@pytest.mark.parametrize("prefix", ["s", "shang", "park", "bio", "c"])
def test_suggestions_across_collections_merge_each_collections_own(client, prefix):
    """Across every collection the suggestions come from one index; within
    the ones asked for, from each collection's own: the same order either way."""
    _, every = get_ok(client, f"/v1/autocomplete?q={prefix}&limit=10")
    assert every["data"], "the case would prove nothing"
    for collection in NAMED:
        mine = [s for s in every["data"] if s["collection"] == collection]
        _, own = get_ok(client, f"/v1/autocomplete?q={prefix}&limit=10&collection={collection}")
        assert own["data"][: len(mine)] == mine, collection


def test_case_accents_and_punctuation_are_ignored(client):
    _, plain = get_ok(client, "/v1/autocomplete?q=bio-med")
    _, fancy = get_ok(client, "/v1/autocomplete?q=B%C3%8DO%20med")
    assert plain["data"] == fancy["data"] and plain["data"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("", "q"),
        ("q=", "q"),
        ("q=" + "a" * 101, "q"),
        ("q=a&limit=11", "limit"),
        ("q=a&collection=statements", "collection"),
        ("q=a&sort=name", "sort"),
    ],
)
def test_bad_parameters_are_400s(client, query, parameter):
    assert_problem(client.get(f"/v1/autocomplete?{query}"), 400, "invalid_parameter", parameter)


def test_punctuation_only_suggests_nothing(client):
    _, body = get_ok(client, "/v1/autocomplete?q=%2D%2D")
    assert body["data"] == []
