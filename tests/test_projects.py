"""/v1/projects: the collection contract, its filters, expansions, search and key facts."""

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

NAME = "projects"
CONFERENCE_2021 = "shanghai-global-investment-promotion-conference-2021"


@pytest.mark.parametrize("check", CONTRACT_CHECKS, ids=lambda check: check.__name__)
def test_collection_contract(client, check):
    check(client, NAME)


FILTERS = [
    filter_case({"year": "2021"}, any_of("year", 2021)),
    filter_case({"year": "2022,2023"}, any_of("year", 2022, 2023)),
    filter_case({"year": "1999"}, any_of("year", 1999)),
    filter_case({"conference": CONFERENCE_2021}, any_of("conference_id", CONFERENCE_2021)),
    filter_case({"conference": "no-such-conference"}, any_of("conference_id", "no-such-conference")),
    filter_case(
        {"conference": f"no-such-conference,{CONFERENCE_2021}"},
        any_of("conference_id", "no-such-conference", CONFERENCE_2021),
    ),
    filter_case({"industry": "integrated-circuits"}, any_of("industry_ids", "integrated-circuits")),
    filter_case({"industry": "bio-medicine,5g"}, any_of("industry_ids", "bio-medicine", "5g")),
    filter_case({"industry": "aerospace"}, any_of("industry_ids", "aerospace")),
    filter_case({"organization": "bilibili"}, any_of("organization_ids", "bilibili")),
    filter_case({"organization": "huawei,bilibili"}, any_of("organization_ids", "huawei", "bilibili")),
    filter_case({"organization": "huawei"}, any_of("organization_ids", "huawei")),
    filter_case({"park": "electronics-materials-park"}, any_of("park_id", "electronics-materials-park")),
    filter_case(
        {"park": "shixi-software-information-park,electronics-materials-park"},
        any_of("park_id", "shixi-software-information-park", "electronics-materials-park"),
    ),
    filter_case(
        {"possibly_same_as": "cansino-covid-19-vaccine-project"},
        any_of("possibly_same_as_ids", "cansino-covid-19-vaccine-project"),
    ),
    filter_case(
        {"possibly_same_as": "bilibili-new-headquarters"}, any_of("possibly_same_as_ids", "bilibili-new-headquarters")
    ),
    filter_case(
        {"industry": "integrated-circuits", "park": "electronics-materials-park"},
        lambda r: "integrated-circuits" in r["industry_ids"] and r["park_id"] == "electronics-materials-park",
    ),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filter_lists_exactly_the_matching_seed_records(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


@pytest.mark.parametrize(
    ("filters", "sort"),
    [({"industry": "integrated-circuits,bio-medicine,5g"}, None), ({"conference": CONFERENCE_2021}, "-name")],
)
def test_filtered_pages_visit_each_matching_record_once(client, filters, sort):
    check_filtered_pagination(client, NAME, filters, sort)


def test_every_declared_filter_is_tested():
    assert {name for case in FILTERS for name in case.values[0]} == declared_filters(NAME)


BAD_VALUES = [
    ("year", "last"),
    ("conference", "Not A Slug"),
    ("industry", "Not_A_Slug"),
    ("industry", ""),
    ("industry", "5g,"),
    ("organization", "-bilibili"),
    ("park", "PARK"),
]


@pytest.mark.parametrize(("parameter", "value"), BAD_VALUES)
def test_invalid_filter_value_is_a_400_naming_the_parameter(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


EXPANSIONS = {
    "conference": "conference_id",
    "organizations": "organization_ids",
    "industries": "industry_ids",
    "park": "park_id",
    "possibly_same_as": "possibly_same_as_ids",
}


@pytest.mark.parametrize(("expand", "id_field"), EXPANSIONS.items())
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_every_declared_expansion_is_tested():
    assert EXPANSIONS == declared_expansions(NAME)


def test_expand_industries_and_conference_together(client):
    check_expansions_together(client, NAME, ["industries", "conference"])
    _, project = get_ok(client, "/v1/projects/smart-driving-ai-chip-development-project?expand=industries,conference")
    assert [i["name"] for i in project["industries"]] == [
        "Smart driving",
        "Artificial intelligence",
        "Semiconductors",
    ]
    assert project["conference"]["id"] == CONFERENCE_2021
    assert project["conference"]["signed_projects_count"] == 216


def test_q_vaccine_finds_only_the_vaccine_projects(client):
    assert sorted(listed_ids(client, NAME, {"q": "vaccine"})) == [
        "cansino-covid-19-vaccine-project",
        "single-dose-covid-19-vaccine-production-facility",
        "sph-cansino-vaccine-project",
    ]


@pytest.mark.parametrize(
    ("query", "expected_id"),
    [
        ("vaccine", "single-dose-covid-19-vaccine-production-facility"),
        ("vacc*", "single-dose-covid-19-vaccine-production-facility"),
        ('"smart driving"', "smart-driving-ai-chip-development-project"),
        ("Bilibili", "bilibili-new-headquarters"),
    ],
)
def test_q_finds_the_matching_project_within_projects(client, query, expected_id):
    check_q_finds(client, NAME, query, expected_id)


def test_q_without_a_match_lists_nothing(client):
    assert_lists_exactly(client, NAME, {"q": "xylophone"}, set())


def test_the_article_names_five_of_the_216_projects(client):
    quoted = [
        record["id"]
        for record in get_ok(client, "/v1/projects?year=2021&limit=100")[1]["data"]
        if any(source["quote"] for source in record["sources"])
    ]
    assert sorted(quoted) == [
        "5g-valley",
        "bilibili-new-headquarters",
        "electronics-materials-park",
        "single-dose-covid-19-vaccine-production-facility",
        "smart-driving-ai-chip-development-project",
    ]


def test_the_2021_chip_projects_share_one_industry(client):
    assert sorted(listed_ids(client, NAME, {"industry": "semiconductors", "year": "2021"})) == [
        "electronics-materials-park",
        "smart-driving-ai-chip-development-project",
        "tongcheng-photoresist-project",
        "xingchen-vehicle-chip-headquarters",
    ]


def test_the_electronics_materials_park_project_and_park_point_at_each_other(client):
    _, project = get_ok(client, "/v1/projects/electronics-materials-park")
    assert project["park_id"] == "electronics-materials-park"
    _, park = get_ok(client, project["links"]["park"])
    assert park["project_id"] == "electronics-materials-park"
    assert park["links"]["project"] == project["links"]["self"]


def test_bilibili_headquarters_belongs_to_bilibili(client):
    _, project = get_ok(client, "/v1/projects/bilibili-new-headquarters")
    assert project["organization_ids"] == ["bilibili"]
    assert project["value"] is None and project["value_usd"] is None
