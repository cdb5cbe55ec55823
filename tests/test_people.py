"""/v1/people: the collection contract, its filters, expansions, search and key facts."""

import pytest

from tests.collection_contract import (
    CONTRACT_CHECKS,
    any_of,
    assert_bad_parameter,
    assert_lists_exactly,
    check_expansion,
    check_filtered_pagination,
    check_q_finds,
    declared_expansions,
    declared_filters,
    filter_case,
    get_ok,
    ids_where,
    listed_ids,
)

NAME = "people"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"organization": "allianz-se"}, any_of("organization_id", "allianz-se")),
    filter_case(
        {"organization": "blackstone,sequoia-capital"}, any_of("organization_id", "blackstone", "sequoia-capital")
    ),
    filter_case({"organization": "huawei"}, any_of("organization_id", "huawei")),
    filter_case({"role": "Mayor"}, any_of("role", "Mayor")),
    filter_case({"role": "Corporate executive"}, any_of("role", "Corporate executive")),
    filter_case({"role": "Author,Party Secretary"}, any_of("role", "Author", "Party Secretary")),
    filter_case({"role": "mayor"}, any_of("role", "mayor")),  # exact: case matters
    filter_case(
        {"role": "Corporate executive", "organization": "zhang-lei,hillhouse-capital"}, lambda r: r["id"] == "zhang-lei"
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [
        ({"role": "Corporate executive,Author"}, "role,-name"),
        ({"organization": "allianz-se,blackstone,zhang-lei"}, None),
    ],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("organization", "Allianz SE"),
    ("organization", ""),
    ("role", ""),
    ("place", "Shanghai"),  # not a filter
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {"organization": "organization_id"}


@pytest.mark.parametrize(("expand", "id_field"), EXPANSIONS.items())
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_every_declared_expansion_is_tested():
    assert EXPANSIONS == declared_expansions(NAME)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [("Mayor", "gong-zheng"), ("Schwarzman", "stephen-schwarzman"), ("software", "qiu-wei")],
)
def test_q_finds_the_matching_person_within_people(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


@pytest.mark.parametrize(("person", "role"), [("li-qiang", "Party Secretary"), ("gong-zheng", "Mayor")])
def test_the_city_leaders_of_shanghai(client, person, role):
    _, record = get_ok(client, f"/v1/people/{person}")
    assert record["role"] == role
    assert record["place"] == "Shanghai"
    assert record["organization_id"] is None


def test_the_article_has_three_authors(client):
    assert sorted(listed_ids(client, NAME, {"role": "Author"})) == ["cao-qian", "wang-yanlin", "zhu-shenshen"]


def test_the_four_corporate_executives_are_each_a_partner(client):
    executives = listed_ids(client, NAME, {"role": "Corporate executive"})
    assert len(executives) == 4
    for person in executives:
        [partner] = listed_ids(client, "partners", {"person": person})
        assert partner.startswith(person)


def test_the_mayor_spoke_twice(client):
    assert sorted(listed_ids(client, "statements", {"speaker": "gong-zheng"})) == [
        "investment-promotion-commitment",
        "partners-as-brand-ambassadors",
    ]
