"""/v1/conferences: the collection contract, its filters, expansions, search and key facts."""

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
)

NAME = "conferences"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"year": "2021"}, any_of("year", 2021)),
    filter_case({"year": "2020"}, any_of("year", 2020)),
    filter_case({"year": "2020,2021"}, any_of("year", 2020, 2021)),
    filter_case({"year__gte": "2021"}, at_least("year", 2021)),
    filter_case({"year__gte": "2022"}, at_least("year", 2022)),
    filter_case({"year__lte": "2021"}, at_most("year", 2021)),
    filter_case({"year__lte": "2020"}, at_most("year", 2020)),
    filter_case({"date__gte": "2021-04-07"}, at_least("date", "2021-04-07")),
    filter_case({"date__gte": "2021-04-08"}, at_least("date", "2021-04-08")),
    filter_case({"date__lte": "2021-04-07"}, at_most("date", "2021-04-07")),
    filter_case({"date__lte": "2021-04-06"}, at_most("date", "2021-04-06")),
    filter_case({"signed_projects_count__gte": "216"}, at_least("signed_projects_count", 216)),
    filter_case({"signed_projects_count__gte": "217"}, at_least("signed_projects_count", 217)),
    filter_case({"signed_projects_count__lte": "216"}, at_most("signed_projects_count", 216)),
    filter_case({"signed_projects_count__lte": "215"}, at_most("signed_projects_count", 215)),
    filter_case({"industry": "bio-medicine"}, any_of("strategic_industry_ids", "bio-medicine")),
    filter_case({"industry": "robots"}, any_of("strategic_industry_ids", "robots")),
    filter_case(
        {"industry": "robots,integrated-circuits"}, any_of("strategic_industry_ids", "robots", "integrated-circuits")
    ),
    filter_case({"reporting": "after-the-event"}, any_of("reporting", "after-the-event")),
    filter_case({"reporting": "in-advance-only"}, any_of("reporting", "in-advance-only")),
    filter_case(
        {"year": "2022,2024", "official": "gong-zheng"},
        lambda r: r["year"] in (2022, 2024) and "gong-zheng" in r["official_ids"],
    ),
    filter_case({"official": "li-qiang"}, any_of("official_ids", "li-qiang")),
    filter_case({"official": "zhang-lei"}, any_of("official_ids", "zhang-lei")),
    filter_case({"official": "zhang-lei,gong-zheng"}, any_of("official_ids", "zhang-lei", "gong-zheng")),
    filter_case(
        {"year__gte": "2021", "year__lte": "2021", "official": "gong-zheng"},
        lambda r: r["year"] == 2021 and "gong-zheng" in r["official_ids"],
    ),
    filter_case({"year": "2021", "official": "zhang-lei"}, lambda r: False),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(("filters", "sort"), [({"year": "2020,2021"}, None), ({"official": "li-qiang"}, "-date")])
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("year", "abc"),
    ("year", "2021,abc"),
    ("year", ""),
    ("year__gte", "abc"),
    ("year__lte", "2021.5"),
    ("date__gte", "yesterday"),
    ("date__lte", "2021-13-01"),
    ("signed_projects_count__gte", "many"),
    ("signed_projects_count__lte", "1e3"),
    ("industry", "Not_A_Slug"),
    ("official", "Li Qiang"),
    ("reporting", "rumoured"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {
    "strategic_industries": "strategic_industry_ids",
    "industry_tracks": "industry_track_ids",
    "officials": "official_ids",
}


@pytest.mark.parametrize(("expand", "id_field"), EXPANSIONS.items())
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_every_declared_expansion_is_tested():
    assert EXPANSIONS == declared_expansions(NAME)


def test_several_expansions_at_once(client):
    check_expansions_together(client, NAME, list(EXPANSIONS))


@pytest.mark.parametrize(
    ("query", "expected_id"), [("Shanghai", CONFERENCE_2021), ("investment promotion", CONFERENCE_2021)]
)
def test_q_finds_the_matching_conference(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_the_2021_conference_signed_216_projects_worth_490_billion_yuan(client):
    _, conference = get_ok(client, f"/v1/conferences/{CONFERENCE_2021}")
    assert conference["signed_projects_count"] == 216
    assert conference["signed_value"] == {"amount": 490000000000, "currency": "CNY"}
    assert conference["signed_value_usd"] == {"amount": 74900000000, "currency": "USD"}


def test_the_2021_conference_was_the_first_edition_held_in_shanghai_on_7_april(client):
    _, conference = get_ok(client, f"/v1/conferences/{CONFERENCE_2021}")
    assert conference["city"] == "Shanghai"
    assert conference["year"] == 2021
    assert conference["edition"] == 1
    assert conference["date"] == "2021-04-07"


def test_the_2021_conference_names_its_strategic_industries_officials_and_programmes(client):
    _, conference = get_ok(client, f"/v1/conferences/{CONFERENCE_2021}")
    assert conference["strategic_industry_ids"] == ["integrated-circuits", "artificial-intelligence", "bio-medicine"]
    assert conference["official_ids"] == ["li-qiang", "gong-zheng"]
    assert conference["new_industrial_parks_count"] == 14
    assert [p["name"] for p in conference["programmes"]] == [
        "Shanghai Global Investment Partnership Program",
        "Five new cities development strategy",
        "New industrial parks",
    ]


def test_the_strategic_industries_of_the_conference_are_the_strategic_industries(client):
    _, conference = get_ok(client, f"/v1/conferences/{CONFERENCE_2021}")
    _, strategic = get_ok(client, "/v1/industries?strategic=true")
    assert sorted(conference["strategic_industry_ids"]) == sorted(r["id"] for r in strategic["data"])


def test_the_conference_links_to_everything_announced_there(client):
    _, conference = get_ok(client, f"/v1/conferences/{CONFERENCE_2021}")
    for collection in ("projects", "partners", "parks", "city-strategies", "statements"):
        assert conference["links"][collection.replace("-", "_")] == f"/v1/{collection}?conference={CONFERENCE_2021}"
