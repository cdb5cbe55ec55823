"""/v1/industries: the collection contract, its filters, expansions, search and key facts."""

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
    list_all,
    listed_ids,
    seed_records,
)

NAME = "industries"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"parent": "digital-economy"}, any_of("parent_id", "digital-economy")),
    filter_case({"parent": "integrated-circuits"}, any_of("parent_id", "integrated-circuits")),
    filter_case(
        {"parent": "integrated-circuits,digital-economy"}, any_of("parent_id", "integrated-circuits", "digital-economy")
    ),
    filter_case({"parent": "robots"}, any_of("parent_id", "robots")),
    filter_case({"strategic": "true"}, lambda r: r["strategic"] is True),
    filter_case({"strategic": "false"}, lambda r: r["strategic"] is False),
    filter_case({"strategic": "1"}, lambda r: r["strategic"] is True),
    filter_case(
        {"strategic": "false", "parent": "integrated-circuits"},
        lambda r: not r["strategic"] and r["parent_id"] == "integrated-circuits",
    ),
    filter_case({"strategic": "true", "parent": "integrated-circuits"}, lambda r: False),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"), [({"strategic": "false"}, "-name"), ({"parent": "digital-economy,integrated-circuits"}, None)]
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("strategic", "maybe"),
    ("strategic", "true,false"),
    ("strategic", ""),
    ("parent", "Digital Economy"),
    ("parent", "digital-economy,,"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {"parent": "parent_id"}


@pytest.mark.parametrize(("expand", "id_field"), EXPANSIONS.items())
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_every_declared_expansion_is_tested():
    assert EXPANSIONS == declared_expansions(NAME)


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("eSports", "esports"),
        ("semiconductors", "semiconductors"),
        ("aerospace", "aerospace"),
        ("payment", "third-party-payment"),
    ],
)
def test_q_finds_the_matching_industry_within_industries(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_the_three_strategic_industries(client):
    _, body = get_ok(client, "/v1/industries?strategic=true")
    assert body["meta"]["total"] == 3
    assert [r["name"] for r in body["data"]] == ["Artificial intelligence", "Bio-medicine", "Integrated circuits"]


def test_third_party_payment_and_esports_are_vertical_spaces_of_the_digital_economy(client):
    assert sorted(listed_ids(client, NAME, {"parent": "digital-economy"})) == ["esports", "third-party-payment"]


def test_chip_design_refines_integrated_circuits_by_our_reading(client):
    _, chip_design = get_ok(client, "/v1/industries/chip-design?expand=parent")
    assert chip_design["parent_basis"] == "inferred"
    assert chip_design["parent"]["id"] == "integrated-circuits"
    assert chip_design["parent"]["strategic"] is True
    _, circuits = get_ok(client, "/v1/industries/integrated-circuits")
    assert circuits["links"]["industries"] == "/v1/industries?parent=integrated-circuits"


def test_every_industry_of_the_taxonomy_is_served(client):
    assert len(listed_ids(client, NAME)) == len(seed_records(NAME))


def test_integrated_circuits_links_to_projects_and_the_conferences(client):
    _, circuits = get_ok(client, "/v1/industries/integrated-circuits")
    assert circuits["links"]["projects"] == "/v1/projects?industry=integrated-circuits"
    _, chips = get_ok(client, "/v1/industries/semiconductors")
    assert chips["links"]["parks"] == "/v1/parks?industry=semiconductors"
    assert circuits["links"]["conferences"] == "/v1/conferences?industry=integrated-circuits"


def test_names_sort_ignoring_case(client):
    names = [industry["name"] for industry in list_all(client, "industries", {"sort": "name"})]
    assert names.index("Elderly services") < names.index("eSports") < names.index("Finance")
    assert names == sorted(names, key=str.lower)
    backwards = [industry["name"] for industry in list_all(client, "industries", {"sort": "-name", "limit": 3})]
    assert backwards == names[::-1]
