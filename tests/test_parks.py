"""/v1/parks: the collection contract, its filters, expansions, search and key facts."""

import pytest

from tests.collection_contract import (
    CONTRACT_CHECKS,
    any_of,
    assert_bad_parameter,
    assert_lists_exactly,
    at_least,
    at_most,
    check_expansion,
    check_expansions_together,
    check_filtered_pagination,
    check_q_finds,
    declared_expansions,
    declared_filters,
    filter_case,
    get_ok,
    ids_where,
    listed_ids,
)

NAME = "parks"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"kind": "park"}, any_of("kind", "park")),
    filter_case({"kind": "new-park-batch"}, any_of("kind", "new-park-batch")),
    filter_case({"kind": "park,new-park-batch"}, any_of("kind", "park", "new-park-batch")),
    filter_case({"status": "to-open"}, any_of("status", "to-open")),
    filter_case({"status": "signed-project"}, any_of("status", "signed-project")),
    filter_case({"status": "to-open,signed-project"}, any_of("status", "to-open", "signed-project")),
    filter_case({"industry": "integrated-circuits"}, any_of("industry_ids", "integrated-circuits")),
    filter_case({"industry": "robots,digital-economy"}, any_of("industry_ids", "robots", "digital-economy")),
    filter_case({"industry": "bio-medicine"}, any_of("industry_ids", "bio-medicine")),
    filter_case({"year": "2021"}, any_of("year", 2021)),
    filter_case({"year": "2022,2023"}, any_of("year", 2022, 2023)),
    filter_case({"year": "1999"}, any_of("year", 1999)),
    filter_case({"conference": CONFERENCE_2021}, any_of("conference_id", CONFERENCE_2021)),
    filter_case({"conference": "no-such-conference"}, any_of("conference_id", "no-such-conference")),
    filter_case({"city_strategy": "qingpu"}, any_of("city_strategy_id", "qingpu")),
    filter_case({"city_strategy": "jiading,qingpu"}, any_of("city_strategy_id", "jiading", "qingpu")),
    filter_case({"city_strategy": "jiading"}, any_of("city_strategy_id", "jiading")),
    filter_case({"park_count__gte": "2"}, at_least("park_count", 2)),
    filter_case({"park_count__gte": "1"}, at_least("park_count", 1)),
    filter_case({"park_count__gte": "15"}, at_least("park_count", 15)),
    filter_case({"park_count__lte": "1"}, at_most("park_count", 1)),
    filter_case({"park_count__lte": "14"}, at_most("park_count", 14)),
    filter_case({"park_count__lte": "0"}, at_most("park_count", 0)),
    filter_case({"park_count__gte": "1", "park_count__lte": "13"}, lambda r: 1 <= r["park_count"] <= 13),
    filter_case(
        {"kind": "park", "status": "signed-project"}, lambda r: r["kind"] == "park" and r["status"] == "signed-project"
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [({"park_count__gte": "1"}, "-park_count"), ({"industry": "integrated-circuits,digital-economy"}, None)],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("year", "last"),
    ("kind", "not-a-kind"),
    ("kind", "Park"),
    ("status", "open"),
    ("status", "to-open,"),
    ("industry", "Robots"),
    ("conference", "no such conference"),
    ("city_strategy", "Qingpu"),
    ("park_count__gte", "abc"),
    ("park_count__lte", "1.5"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {
    "conference": "conference_id",
    "industries": "industry_ids",
    "project": "project_id",
    "city_strategy": "city_strategy_id",
}


@pytest.mark.parametrize(("expand", "id_field"), EXPANSIONS.items())
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_every_declared_expansion_is_tested():
    assert EXPANSIONS == declared_expansions(NAME)


def test_several_expansions_at_once(client):
    check_expansions_together(client, NAME, list(EXPANSIONS))


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("Shixi", "shixi-software-information-park"),
        ("electronics materials", "electronics-materials-park"),
        ("industrial parks", "new-industrial-parks-2021"),
    ],
)
def test_q_finds_the_matching_park_within_parks(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_the_new_park_batch_is_14_parks_making_40_in_the_city(client):
    _, batch = get_ok(client, "/v1/parks/new-industrial-parks-2021")
    assert batch["kind"] == "new-park-batch"
    assert batch["park_count"] == 14
    assert batch["city_total_park_count"] == 40
    assert batch["status"] == "to-open"
    assert batch["industry_ids"] == ["chip-design", "advanced-materials", "data-harbor", "robots", "aerospace"]


def test_the_batch_matches_the_conference_count_of_new_parks(client):
    _, batch = get_ok(client, "/v1/parks/new-industrial-parks-2021")
    _, conference = get_ok(client, batch["links"]["conference"])
    assert conference["new_industrial_parks_count"] == batch["park_count"]


def test_named_parks_count_as_one_park_each(client):
    assert sorted(listed_ids(client, NAME, {"kind": "park"})) == [
        "electronics-materials-park",
        "shixi-software-information-park",
    ]
    for park_id in ("electronics-materials-park", "shixi-software-information-park"):
        _, park = get_ok(client, f"/v1/parks/{park_id}")
        assert park["park_count"] == 1
        assert park["city_total_park_count"] is None


def test_sorting_by_park_count_descending_puts_the_batch_first(client):
    _, body = get_ok(client, "/v1/parks?sort=-park_count&year=2021")
    assert [r["id"] for r in body["data"]] == [
        "new-industrial-parks-2021",
        "private-enterprise-headquarters-clusters-2021",
        "shixi-software-information-park",
        "electronics-materials-park",
    ]
    assert body["meta"]["sort"] == ["-park_count", "-id"]


def test_shixi_park_is_a_qingpu_platform(client):
    _, park = get_ok(client, "/v1/parks/shixi-software-information-park?expand=city_strategy")
    assert park["city_strategy"]["id"] == "qingpu"
    assert "shixi-software-information-park" in [p["park_id"] for p in park["city_strategy"]["platforms"]]
