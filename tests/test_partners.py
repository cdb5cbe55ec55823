"""/v1/partners: the collection contract, its filters, expansions, search and key facts."""

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

NAME = "partners"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"kind": "corporate-executive"}, any_of("kind", "corporate-executive")),
    filter_case({"kind": "industrial-entity"}, any_of("kind", "industrial-entity")),
    filter_case(
        {"kind": "industrial-entity,corporate-executive"}, any_of("kind", "industrial-entity", "corporate-executive")
    ),
    filter_case({"year": "2021"}, any_of("year", 2021)),
    filter_case({"year": "2020"}, any_of("year", 2020)),
    filter_case({"year": "2020,2021"}, any_of("year", 2020, 2021)),
    filter_case({"year__gte": "2021"}, at_least("year", 2021)),
    filter_case({"year__gte": "2022"}, at_least("year", 2022)),
    filter_case({"year__lte": "2021"}, at_most("year", 2021)),
    filter_case({"year__lte": "2020"}, at_most("year", 2020)),
    filter_case({"organization": "blackstone"}, any_of("organization_id", "blackstone")),
    filter_case({"organization": "pwc,cbre,huawei"}, any_of("organization_id", "pwc", "cbre", "huawei")),
    filter_case({"person": "zhang-lei"}, any_of("person_id", "zhang-lei")),
    filter_case({"person": "shen-nanpeng,michael-diekmann"}, any_of("person_id", "shen-nanpeng", "michael-diekmann")),
    filter_case({"person": "li-qiang"}, any_of("person_id", "li-qiang")),
    filter_case({"industry": "semiconductors"}, any_of("industry_ids", "semiconductors")),
    filter_case(
        {"industry": "electronics-manufacturing-and-design-supply-chain,robots"},
        any_of("industry_ids", "electronics-manufacturing-and-design-supply-chain", "robots"),
    ),
    filter_case({"conference": CONFERENCE_2021}, any_of("conference_id", CONFERENCE_2021)),
    filter_case({"conference": "no-such-conference"}, any_of("conference_id", "no-such-conference")),
    filter_case(
        {"kind": "corporate-executive", "organization": "sequoia-capital,semi"},
        lambda r: r["kind"] == "corporate-executive" and r["organization_id"] in ("sequoia-capital", "semi"),
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [({"kind": "industrial-entity,corporate-executive"}, "-kind,name"), ({"year__gte": "2021"}, "-year")],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("kind", "not-a-kind"),
    ("kind", "corporate-executive,not-a-kind"),
    ("kind", ""),
    ("year", "abc"),
    ("year__gte", "twenty"),
    ("year__lte", "2021-01-01"),
    ("organization", "Black Stone"),
    ("person", "Zhang_Lei"),
    ("industry", "SEMI"),
    ("conference", "2021!"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {
    "conference": "conference_id",
    "person": "person_id",
    "organization": "organization_id",
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
        ("Diekmann", "michael-diekmann-allianz-se"),
        ("Wakefield", "cushman-wakefield"),
        ("semiconductor", "semi"),
    ],
)
def test_q_finds_the_matching_partner_within_partners(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_there_are_four_corporate_executive_partners(client):
    _, body = get_ok(client, "/v1/partners?kind=corporate-executive")
    assert body["meta"]["total"] == 4
    assert sorted(r["id"] for r in body["data"]) == [
        "michael-diekmann-allianz-se",
        "shen-nanpeng-sequoia-capital",
        "stephen-schwarzman-blackstone",
        "zhang-lei-hillhouse-capital",
    ]


def test_there_are_six_industrial_entity_partners(client):
    assert sorted(listed_ids(client, NAME, {"kind": "industrial-entity"})) == [
        "cbre",
        "china-association-for-public-companies",
        "china-europe-association-for-technical-and-economic-cooperation",
        "cushman-wakefield",
        "pwc",
        "semi",
    ]


def test_corporate_executives_have_a_person_and_entities_do_not(client):
    _, body = get_ok(client, "/v1/partners?limit=100")
    for partner in body["data"]:
        assert (partner["person_id"] is not None) == (partner["kind"] == "corporate-executive"), partner["id"]
        assert partner["programme"] == "Shanghai Global Investment Partnership Program"


def test_semi_partners_in_the_electronics_supply_chain(client):
    _, semi = get_ok(client, "/v1/partners/semi")
    assert semi["focus"] == "Electronics manufacturing and design supply chain"
    assert semi["industry_ids"] == ["electronics-manufacturing-and-design-supply-chain", "semiconductors"]
