"""/v1/statements: the collection contract, its filters, expansions, search and key facts."""

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

NAME = "statements"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"topic": "digital-economy"}, any_of("topic", "digital-economy")),
    filter_case({"topic": "five-new-cities"}, any_of("topic", "five-new-cities")),
    filter_case(
        {"topic": "investment-promotion,partnership-program"},
        any_of("topic", "investment-promotion", "partnership-program"),
    ),
    filter_case({"speaker": "gong-zheng"}, any_of("speaker_ids", "gong-zheng")),
    filter_case({"speaker": "li-qiang,qiu-wei"}, any_of("speaker_ids", "li-qiang", "qiu-wei")),
    filter_case({"speaker": "zhang-lei"}, any_of("speaker_ids", "zhang-lei")),
    filter_case({"organization": "bilibili"}, any_of("organization_ids", "bilibili")),
    filter_case({"organization": "huawei,pinduoduo"}, any_of("organization_ids", "huawei", "pinduoduo")),
    filter_case({"industry": "digital-economy"}, any_of("industry_ids", "digital-economy")),
    filter_case({"industry": "semiconductors,education"}, any_of("industry_ids", "semiconductors", "education")),
    filter_case({"year": "2021"}, any_of("year", 2021)),
    filter_case({"year": "2022,2023"}, any_of("year", 2022, 2023)),
    filter_case({"year": "1999"}, any_of("year", 1999)),
    filter_case({"credited_to": "speakers"}, any_of("credited_to", "speakers")),
    filter_case({"credited_to": "organization,reporter"}, any_of("credited_to", "organization", "reporter")),
    filter_case({"conference": CONFERENCE_2021}, any_of("conference_id", CONFERENCE_2021)),
    filter_case({"conference": "no-such-conference"}, any_of("conference_id", "no-such-conference")),
    filter_case(
        {"topic": "digital-economy", "organization": "bilibili,semi"},
        lambda r: r["topic"] == "digital-economy" and {"bilibili", "semi"} & set(r["organization_ids"]),
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [({"topic": "digital-economy,partnership-program"}, "-topic"), ({"industry": "digital-economy"}, None)],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("credited_to", "nobody"),
    ("year", "last"),
    ("topic", "not-a-topic"),
    ("topic", "digital-economy,weather"),
    ("topic", ""),
    ("speaker", "Gong Zheng"),
    ("organization", "Huawei"),
    ("industry", "digital_economy"),
    ("conference", "?"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {
    "conference": "conference_id",
    "speakers": "speaker_ids",
    "organizations": "organization_ids",
    "industries": "industry_ids",
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
        ("ambassadors", "partners-as-brand-ambassadors"),
        ("NetEase", "huawei-and-netease-investments"),
        ('"five new cities"', "five-new-cities-brands"),
        ("threshold*", "digital-economy-entry-thresholds"),
    ],
)
def test_q_finds_the_matching_statement_within_statements(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_huawei_and_netease_invested_7_and_5_billion_yuan(client):
    _, statement = get_ok(client, "/v1/statements/huawei-and-netease-investments")
    assert "7 billion yuan and 5 billion yuan" in statement["text"]
    assert statement["organization_ids"] == ["huawei", "netease", "shanghai-commission-of-economy-and-informatization"]
    assert statement["text"] == statement["sources"][0]["quote"]


def test_four_statements_are_about_the_digital_economy(client):
    _, body = get_ok(client, "/v1/statements?topic=digital-economy")
    assert body["meta"]["total"] == 4


def test_the_city_leaders_speakers_keep_their_order_when_expanded(client):
    _, statement = get_ok(client, "/v1/statements/investment-promotion-commitment?expand=speakers")
    assert [s["name"] for s in statement["speakers"]] == ["Li Qiang", "Gong Zheng"]


def test_the_regional_headquarters_statement_names_bilibili_meituan_and_bytedance(client):
    assert listed_ids(client, NAME, {"organization": "meituan"}) == ["regional-headquarters"]
    _, statement = get_ok(client, "/v1/statements/regional-headquarters?expand=organizations")
    assert [o["name"] for o in statement["organizations"]] == ["Bilibili", "Meituan", "ByteDance"]
