"""/v1/organizations: the collection contract, its filters, expansions, search and key facts."""

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

NAME = "organizations"
COMMISSION = "shanghai-commission-of-economy-and-informatization"
DIVISION = "shanghai-commission-of-economy-and-informatization-software-and-information-service-division"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"kind": "company"}, any_of("kind", "company")),
    filter_case({"kind": "association"}, any_of("kind", "association")),
    filter_case({"kind": "government-body"}, any_of("kind", "government-body")),
    filter_case({"kind": "association,government-body"}, any_of("kind", "association", "government-body")),
    filter_case({"role": "investor"}, any_of("roles", "investor")),
    filter_case({"role": "global-investment-partner"}, any_of("roles", "global-investment-partner")),
    filter_case({"role": "platform-operator,project-owner"}, any_of("roles", "platform-operator", "project-owner")),
    filter_case(
        {"role": "regional-headquarters,digital-economy-company"},
        any_of("roles", "regional-headquarters", "digital-economy-company"),
    ),
    filter_case({"parent": COMMISSION}, any_of("parent_id", COMMISSION)),
    filter_case({"parent": f"huawei,{COMMISSION}"}, any_of("parent_id", "huawei", COMMISSION)),
    filter_case({"parent": "huawei"}, any_of("parent_id", "huawei")),
    filter_case({"kind": "company", "role": "investor"}, lambda r: r["kind"] == "company" and "investor" in r["roles"]),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"), [({"role": "global-investment-partner,investor"}, "-name"), ({"q": "Shanghai"}, None)]
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("kind", "not-a-kind"),
    ("kind", "Company"),
    ("role", "not-a-role"),
    ("role", "investor,banker"),
    ("parent", "Shanghai Commission"),
    ("parent", ""),
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
        ("Sequoia", "sequoia-capital"),
        ("Wakefield", "cushman-wakefield"),
        ("informatization", COMMISSION),
        ("semiconductor", "semi"),
    ],
)
def test_q_finds_the_matching_organization_within_organizations(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_the_reported_investments_are_huawei_netease_and_sequoia(client):
    investors = get_ok(client, "/v1/organizations?role=investor&limit=100")[1]["data"]
    assert sorted(r["id"] for r in investors if r["investments"]) == ["huawei", "netease", "sequoia-capital"]


def test_sequoia_invested_18_5_billion_yuan_last_year(client):
    _, sequoia = get_ok(client, "/v1/organizations/sequoia-capital")
    [investment] = sequoia["investments"]
    assert investment["amount"] == {"amount": 18500000000, "currency": "CNY"}
    assert investment["amount_usd"] == {"amount": 2800000000, "currency": "USD"}
    assert investment["period"] == "last year"
    assert investment["location"] == "Shanghai"


@pytest.mark.parametrize(("organization", "amount"), [("huawei", 7000000000), ("netease", 5000000000)])
def test_huawei_and_netease_investments_are_reported_by_the_commission(client, organization, amount):
    _, record = get_ok(client, f"/v1/organizations/{organization}")
    [investment] = record["investments"]
    assert investment["amount"] == {"amount": amount, "currency": "CNY"}
    assert investment["amount_usd"] is None
    assert investment["reported_by_id"] == COMMISSION
    assert investment["sources"][0]["quote"]


def test_the_software_division_sits_under_the_commission(client):
    _, division = get_ok(client, f"/v1/organizations/{DIVISION}?expand=parent")
    assert division["parent_id"] == COMMISSION
    assert division["parent"]["name"] == "Shanghai Commission of Economy and Informatization"
    _, commission = get_ok(client, f"/v1/organizations/{COMMISSION}")
    assert commission["links"]["organizations"] == f"/v1/organizations?parent={COMMISSION}"


def test_the_partner_organizations_are_the_partners_that_are_not_executives(client):
    """The 2021 executives are the Partners; their firms are linked, not partners themselves."""
    partners = listed_ids(client, NAME, {"role": "global-investment-partner"})
    records = get_ok(client, "/v1/partners?limit=100")[1]["data"]
    assert sorted(partners) == sorted({r["organization_id"] for r in records if r["kind"] != "corporate-executive"})


def test_a_repeated_list_parameter_means_any_of(client):
    """Generated clients send lists as repeated keys; `kind=a&kind=b` is `kind=a,b`."""
    repeated = client.get("/v1/organizations?kind=company&kind=association&limit=100").get_json()["data"]
    joined = client.get("/v1/organizations?kind=company,association&limit=100").get_json()["data"]
    assert repeated == joined and joined
