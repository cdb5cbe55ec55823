"""The search query language (``q=``) and what it finds: the article's
figures and possessives as printed, alternatives, exclusions, record text
only in snippets, and the one sort a search has."""

import re

import pytest
from marshmallow import ValidationError, fields, validate

from api.search_sql import fts_query
from schemas.collections import COLLECTIONS
from schemas.query_language import check
from seed.load import SOURCES_DIR
from tests.collection_contract import seed_records

ARTICLE = (SOURCES_DIR / "shanghai-investment-conference-2021.txt").read_text(encoding="utf-8")
CONFERENCE_2021 = ("conferences", "shanghai-global-investment-promotion-conference-2021")


def hits(client, q, **params):
    response = client.get("/v1/search", query_string={"q": q, "limit": 100, **params})
    assert response.status_code == 200, (q, response.get_json())
    body = response.get_json()
    assert len(body["data"]) == body["meta"]["total"]
    return body["data"]


def found(client, q, **params):
    return {(hit["kind"], hit["id"]) for hit in hits(client, q, **params)}


def refusal(client, q):
    response = client.get("/v1/search", query_string={"q": q})
    assert response.status_code == 400, q
    [error] = response.get_json()["errors"]
    assert error["parameter"] == "q"
    return error["detail"]


def figures_of_the_article():
    """Every number of the article as printed, with its `US$` when it has one
    (`216`, `US$74.9`), and without (`74.9`)."""
    printed = re.findall(r"(?:US\$)?\d+(?:\.\d+)?", ARTICLE)
    return sorted({*printed, *(figure.removeprefix("US$") for figure in printed)})


def test_the_article_prints_the_figures_this_test_expects():
    assert figures_of_the_article() == [
        "14",
        "18.5",
        "19",
        "2.8",
        "2021",
        "216",
        "40",
        "490",
        "5",
        "7",
        "74.9",
        "US$2.8",
        "US$74.9",
    ]


@pytest.mark.parametrize("figure", figures_of_the_article())
def test_every_figure_of_the_article_finds_the_records_printing_it(client, figure):
    results = hits(client, figure)
    assert results, figure
    number = figure.removeprefix("US$")
    for hit in results:  # the figure itself is marked, never a part of another number
        assert re.search(rf"<mark>{re.escape(figure)}</mark>(?!\d|\.\d)", hit["snippet"]), (figure, hit)
    if figure != number:
        assert found(client, figure) <= found(client, number)


@pytest.mark.parametrize(
    ("q", "record"),
    [
        ("74.9", CONFERENCE_2021),
        ("US$74.9", CONFERENCE_2021),
        ('"US$74.9 billion"', CONFERENCE_2021),
        ("490", CONFERENCE_2021),
        ('"490 billion yuan"', CONFERENCE_2021),
        ("216", CONFERENCE_2021),
        ("14", ("parks", "new-industrial-parks-2021")),
        ("40", ("parks", "new-industrial-parks-2021")),
        ("18.5", ("organizations", "sequoia-capital")),
        ('"18.5 billion yuan"', ("organizations", "sequoia-capital")),
        ("US$2.8", ("organizations", "sequoia-capital")),
        ('"7 billion yuan"', ("organizations", "huawei")),
        ('"5 billion yuan"', ("organizations", "netease")),
        ("COVID-19", ("projects", "single-dose-covid-19-vaccine-production-facility")),
        ("5G", ("projects", "5g-valley")),
        ("2021", ("partners", "cbre")),
    ],
)
def test_figures_and_amounts_as_printed_find_the_record_carrying_them(client, q, record):
    assert record in found(client, q)


def test_a_figure_is_one_word_not_its_digits(client):
    assert found(client, "74") == found(client, "9") == set()
    assert CONFERENCE_2021 not in found(client, '"74 9"')


def test_chinese_is_found_inside_a_longer_run_of_characters(client):
    conferences = {("conferences", record["id"]) for record in seed_records("conferences")}
    assert all("投资" in record["name_zh"] for record in seed_records("conferences"))
    assert conferences <= found(client, "投资") and conferences <= found(client, "投资促进")
    assert found(client, "促进投资") & conferences == set()  # the characters in their order, as a phrase
    for hit in hits(client, "投资"):
        assert "<mark>投资</mark>" in hit["snippet"] and "</mark><mark>" not in hit["snippet"]
        assert "\u2060" not in hit["snippet"] + hit["title"]


def test_full_width_letters_and_digits_search_as_ascii(client):
    assert found(client, "ｓｈａｎｇｈａｉ") == found(client, "shanghai") != set()
    assert found(client, "２１６") == found(client, "216") != set()


def test_a_possessive_finds_its_word(client):
    huawei = found(client, "Huawei")
    assert ("organizations", "huawei") in huawei
    assert found(client, "Huawei’s") == found(client, "Huawei's") == found(client, "huawei’S") == huawei
    assert found(client, "Huawei’s headquarters") == found(client, "Huawei headquarters")


def test_or_finds_either_and_exclusion_leaves_records_out(client):
    huawei, netease = found(client, "huawei"), found(client, "netease")
    assert huawei - netease and netease - huawei and huawei & netease
    assert found(client, "huawei OR netease") == huawei | netease
    assert found(client, "huawei OR netease OR huawei") == huawei | netease
    assert found(client, "huawei -netease") == huawei - netease
    assert found(client, "-netease huawei") == huawei - netease
    both = found(client, "investment")
    assert found(client, 'investment -"Shanghai Global"') == both - found(client, '"Shanghai Global"')
    assert found(client, "huawei OR netease shanghai") == (huawei | netease) & found(client, "shanghai")
    assert found(client, "huawei or netease") == huawei & netease & found(client, "or")


@pytest.mark.parametrize(
    ("q", "problem"),
    [
        ("-huawei", "only excludes"),
        ('-"five new cities" -netease', "only excludes"),
        ("OR huawei", "`OR` stands between two terms"),
        ("huawei OR", "`OR` stands between two terms"),
        ("huawei OR OR netease", "`OR` stands between two terms"),
        ("huawei OR -netease", "`OR` stands between two terms"),
        (" OR ".join(f"word{n}" for n in range(11)), "At most 10 distinct terms (found 11)"),
        ("shanghai " + " ".join(f"-word{n}" for n in range(10)), "At most 10 distinct terms (found 11)"),
        ("shanghai -sem* -chi* -inv* OR", "`OR` stands"),
        ("shanghai -sem* -chi* -inv* com*", "At most 3 prefix terms"),
        ("shanghai -se*", "at least 3 characters"),
    ],
)
def test_the_language_refuses_with_one_400_naming_the_problem(client, q, problem):
    assert problem in refusal(client, q)
    for path in ("/v1/projects", "/v1/organizations"):
        assert client.get(path, query_string={"q": q}).status_code == 400


QUOTED = re.compile(r'"(?:[^"]|"")*"\*?')


@pytest.mark.parametrize(
    "q",
    [
        "chip",
        "a OR b c",
        'x -"y z" -wor*',
        'NEAR(a b) OR "c" -{title}:d',
        '"unterminated OR x',
        'a"b OR c""d -e"f',
        "title:chip OR ^body -(x) AND y",
        "semi* OR chi* -(inv*",
        "US$74.9 Huawei’s",
    ],
)
def test_no_client_text_is_ever_fts5_syntax(q):
    check(q)
    query = fts_query(q)
    # Outside its quoted strings, the FTS5 query holds only the language's operators.
    assert re.fullmatch(r"[()\s]*(?:(?:AND|OR|NOT)[()\s]+)*", QUOTED.sub(" ", query) + " "), query


def test_control_characters_separate_terms_and_never_reach_fts5():
    assert fts_query("a\x00b\x1fc") == '"a" AND "b" AND "c"'


def choices_and_patterns(schema):
    """Every choice of a field held to a set of values (kinds, roles, bases, currencies), recursively."""
    for field in schema.fields.values():
        while isinstance(field, fields.List):
            field = field.inner
        if isinstance(field, fields.Nested):
            yield from choices_and_patterns(field.schema)
        for rule in field.validators:
            if isinstance(rule, validate.OneOf):
                yield from rule.choices


def test_snippets_show_record_text_never_codes_or_ids(client):
    semi = [hit for hit in hits(client, "semiconductor") if hit["id"] == "semi"]
    assert semi and all("global-investment-partner" not in hit["snippet"] for hit in semi)
    codes = {code for collection in COLLECTIONS for code in choices_and_patterns(collection.record_schema())}
    assert {"global-investment-partner", "reported", "inferred", "CNY", "after-the-event"} <= codes
    with client.application.app_context():
        from api.db import get_db

        rows = get_db().execute('SELECT "id", "title", "body" FROM "search"').fetchall()
    for record_id, title, body in rows:
        lines = {title, *body.split("\n")}
        assert not lines & codes, (record_id, lines & codes)
        assert record_id not in lines


def test_search_accepts_the_sort_it_reports(client):
    plain = client.get("/v1/search?q=shanghai&limit=5").get_json()
    assert plain["meta"]["sort"] == ["-score"]
    sorted_ = client.get("/v1/search?q=shanghai&limit=5&sort=-score").get_json()
    assert sorted_["data"] == plain["data"] and sorted_["meta"] == plain["meta"]
    for sort in ("score", "-name", "-score,-score"):
        response = client.get("/v1/search", query_string={"q": "shanghai", "sort": sort})
        assert response.status_code == 400, sort
        [error] = response.get_json()["errors"]
        assert error["parameter"] == "sort"
    response = client.get("/v1/search?q=shanghai&sort=score")
    assert "-score" in response.get_json()["errors"][0]["detail"]


def test_the_parser_counts_alternatives_and_exclusions():
    check(" OR ".join(f"word{n}" for n in range(10)))
    check("a " + " ".join(f"-word{n}" for n in range(9)))
    with pytest.raises(ValidationError):
        check("a " + " ".join(f"-word{n}" for n in range(10)))
