"""/v1/city-strategies: the collection contract, its filters, expansions, search and key facts."""

import pytest

from tests.collection_contract import (
    CONTRACT_CHECKS,
    any_of,
    assert_bad_parameter,
    assert_lists_exactly,
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

NAME = "city-strategies"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"industry": "digital-economy"}, any_of("industry_ids", "digital-economy")),
    filter_case({"industry": "health-and-medical"}, any_of("industry_ids", "health-and-medical")),
    filter_case(
        {"industry": "beauty-and-health,intelligent-manufacturing"},
        any_of("industry_ids", "beauty-and-health", "intelligent-manufacturing"),
    ),
    filter_case({"industry": "aerospace"}, any_of("industry_ids", "aerospace")),
    filter_case({"conference": CONFERENCE_2021}, any_of("conference_id", CONFERENCE_2021)),
    filter_case({"conference": "no-such-conference"}, any_of("conference_id", "no-such-conference")),
    filter_case(
        {"conference": f"{CONFERENCE_2021},no-such-conference"},
        any_of("conference_id", CONFERENCE_2021, "no-such-conference"),
    ),
    filter_case(
        {"conference": CONFERENCE_2021, "industry": "digitalization"},
        lambda r: r["conference_id"] == CONFERENCE_2021 and "digitalization" in r["industry_ids"],
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [
        ({"conference": CONFERENCE_2021}, "-city"),
        ({"industry": "digital-economy,digitalization,beauty-and-health"}, None),
    ],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("industry", "Digital Economy"),
    ("industry", ""),
    ("conference", "conference_2021"),
    ("city", "qingpu"),  # not a filter: the city is the record, use its id
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {"conference": "conference_id", "industries": "industry_ids"}


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
        ("automobile", "jiading"),
        ("Yangtze", "qingpu"),
        ("beauty", "fengxian"),
        ("Nanhui", "nanhui"),
    ],
)
def test_q_finds_the_matching_strategy_within_city_strategies(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_there_are_five_new_cities_listed_by_city_by_default(client):
    _, body = get_ok(client, "/v1/city-strategies")
    assert [r["city"] for r in body["data"]] == ["Fengxian", "Jiading", "Nanhui", "Qingpu", "Songjiang"]


def test_qingpu_has_three_platforms_in_the_order_printed(client):
    _, qingpu = get_ok(client, "/v1/city-strategies/qingpu")
    assert qingpu["positioning"] == "A digital hub in the Yangtze River Delta region"
    assert qingpu["platforms"] == [
        {"name": "Beidou West Hongqiao Base", "park_id": None, "organization_id": None},
        {
            "name": "Shixi Software Information Park",
            "park_id": "shixi-software-information-park",
            "organization_id": None,
        },
        {"name": "Huawei Research and Development Center", "park_id": None, "organization_id": "huawei"},
    ]


def test_platform_references_resolve(client):
    _, qingpu = get_ok(client, "/v1/city-strategies/qingpu")
    for platform in qingpu["platforms"]:
        if platform["park_id"]:
            get_ok(client, f"/v1/parks/{platform['park_id']}")
        if platform["organization_id"]:
            get_ok(client, f"/v1/organizations/{platform['organization_id']}")


def test_jiading_focuses_on_three_industries_in_order(client):
    _, jiading = get_ok(client, "/v1/city-strategies/jiading?expand=industries")
    assert [i["name"] for i in jiading["industries"]] == [
        "Intelligent auto manufacturing",
        "Health and medical",
        "Intelligent sensors",
    ]


def test_qingpu_lists_its_parks(client):
    assert listed_ids(client, "parks", {"city_strategy": "qingpu"}) == ["shixi-software-information-park"]
