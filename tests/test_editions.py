"""Every edition of the conference is covered: a date, a venue and at least
one cited document each; every outside fact cites a document with a URL."""

import pytest

from schemas.collections import COLLECTIONS
from schemas.conference import FIGURE_FIELDS
from seed.load import load_seed, walk_sources

SEED = load_seed()
CONFERENCES = {record["year"]: record for record in SEED.records["conferences"]}


def test_every_year_since_2021_is_an_edition():
    assert sorted(CONFERENCES) == list(range(2021, max(CONFERENCES) + 1))
    assert len(CONFERENCES) >= 5
    assert [CONFERENCES[year]["edition"] for year in sorted(CONFERENCES)] == list(range(1, len(CONFERENCES) + 1))


@pytest.mark.parametrize("year", sorted(CONFERENCES))
def test_each_edition_has_a_date_a_venue_and_a_cited_document(year):
    conference = CONFERENCES[year]
    assert conference["date"].year == year
    assert conference["venue"] or conference["venue_zh"]
    assert conference["id"] == f"shanghai-global-investment-promotion-conference-{year}"
    assert any(SEED.documents[source["document"]]["url"] for source in conference["sources"])


@pytest.mark.parametrize("year", sorted(CONFERENCES))
def test_each_headline_figure_is_one_of_its_reported_values(year):
    conference = CONFERENCES[year]
    for field in FIGURE_FIELDS:
        figures = [figure for figure in conference["reported_figures"] if figure["field"] == field]
        if conference[field] is None:
            assert not [figure for figure in figures if figure["headline"]], field
            continue
        [headline] = [figure for figure in figures if figure["headline"]]
        value = conference[field]
        assert (headline["amount"], headline["currency"]) == (
            (value["amount"], value["currency"]) if isinstance(value, dict) else (value, None)
        )
        assert headline["headline_reason"]


def test_every_outside_fact_cites_a_url_document_with_a_note():
    for collection in COLLECTIONS:
        for record in SEED.records[collection.name]:
            for field, source in walk_sources(collection.record_schema(), record):
                document = SEED.documents[source["document"]]
                if source["document"] not in SEED.texts:
                    assert document["url"] and document["accessed_on"], (record["id"], field)
                    assert source["quote"] is None and source["note"], (record["id"], field)


def test_the_2021_disagreement_is_served_with_the_article_as_headline():
    figures = [f for f in CONFERENCES[2021]["reported_figures"] if f["field"] == "signed_value"]
    assert {(f["amount"], f["headline"]) for f in figures} == {
        (490_000_000_000, True),
        (489_800_000_000, False),
        (490_000_000, False),
    }
    [headline] = [f for f in figures if f["headline"]]
    assert any(source["quote"] for source in headline["sources"])


def test_the_2022_us_dollar_disagreement_is_served():
    figures = [f for f in CONFERENCES[2022]["reported_figures"] if f["field"] == "signed_value_usd"]
    assert {(f["amount"], f["headline"]) for f in figures} == {(84_300_000_000, True), (84_400_000_000, False)}


def test_the_article_has_its_original_publication():
    article = SEED.documents["shanghai-investment-conference-2021"]
    assert article["publication"] == "Los Angeles Times"
    assert article["author_ids"] == ["zhu-shenshen", "wang-yanlin", "cao-qian"]
    original = SEED.documents[article["original_document_id"]]
    assert original["publication"] == "Shanghai Daily" and str(original["published_on"]) == "2021-04-07"


def test_shared_entities_are_linked_from_every_edition_they_appear_in():
    officials = {year: record["official_ids"] for year, record in CONFERENCES.items()}
    assert [year for year, ids in sorted(officials.items()) if "gong-zheng" in ids] == [2021, 2022, 2023, 2025]
    bilibili_years = {p["year"] for p in SEED.records["projects"] if "bilibili" in p["organization_ids"]} | {
        p["year"] for p in SEED.records["partners"] if p["organization_id"] == "bilibili"
    }
    assert bilibili_years == {2021, 2024}
