"""/v1/documents: the source documents with ready-made citations (text, CSL-JSON, BibTeX)."""

import pytest

from schemas.collections import BY_NAME, link_names
from tests.collection_contract import (
    assert_bad_parameter,
    assert_lists_exactly,
    assert_problem,
    check_cursor_is_bound_to_its_collection,
    check_cursor_is_bound_to_its_query,
    check_default_order_pagination,
    check_every_offending_parameter_is_named,
    check_expansion,
    check_limit_bounds,
    check_sorted_pagination,
    check_sparse_fieldsets,
    check_unknown_id_is_a_404_problem,
    check_unknown_names_are_400s,
    get_ok,
    ids_where,
    list_all,
    listed_ids,
    seed_records,
)

NAME = "documents"
ARTICLE = "shanghai-investment-conference-2021"
OUTSIDE = "shine-2021-04-07-conference-date"


@pytest.mark.parametrize(
    "check",
    [
        check_limit_bounds,
        check_default_order_pagination,
        check_sorted_pagination,
        check_cursor_is_bound_to_its_query,
        check_cursor_is_bound_to_its_collection,
        check_sparse_fieldsets,
        check_unknown_id_is_a_404_problem,
        check_unknown_names_are_400s,
        check_every_offending_parameter_is_named,
    ],
    ids=lambda check: check.__name__,
)
def test_collection_contract(client, check):
    check(client, NAME)


def test_every_seed_document_is_listed_with_metadata_text_url_and_citation(client):
    documents = list_all(client, NAME)
    assert {d["id"] for d in documents} == {d["id"] for d in seed_records(NAME)}
    keys = set(documents[0])
    for document in documents:
        assert set(document) == keys, document["id"]
        assert "file" not in document
        assert document["links"]["self"] == f"/v1/documents/{document['id']}"
        assert document["links"]["text"] == document["text_url"]
        assert document["citation"]["text"] and document["citation"]["csl_json"]["id"] == document["id"]
        _, detail = get_ok(client, document["links"]["self"])
        assert detail == document


def test_the_stored_article_keeps_its_text_url_and_cites_as_a_newspaper_article(client):
    _, article = get_ok(client, f"/v1/documents/{ARTICLE}")
    text = client.get(article["text_url"])
    assert text.status_code == 200 and text.mimetype == "text/plain"
    assert article["text_url"] == f"/v1/meta/documents/{ARTICLE}.txt"
    citation = article["citation"]
    assert citation["text"] == (
        "Zhu Shenshen, Wang Yanlin and Cao Qian, \u201cShanghai seals projects worth US$74.9 billion\u201d, "
        "Los Angeles Times, 28 April 2021. "
        "https://www.pressreader.com/usa/los-angeles-times/20210428/282200833773926."
    )
    csl = citation["csl_json"]
    assert csl["type"] == "article-newspaper"
    assert csl["author"] == [{"literal": "Zhu Shenshen"}, {"literal": "Wang Yanlin"}, {"literal": "Cao Qian"}]
    assert csl["container-title"] == "Los Angeles Times"
    assert csl["issued"] == {"date-parts": [[2021, 4, 28]]}
    assert "accessed" not in csl


def test_an_outside_page_cites_as_a_web_page_with_its_access_date(client):
    _, page = get_ok(client, f"/v1/documents/{OUTSIDE}")
    assert page["text_url"] is None and page["links"]["text"] is None
    assert page["citation"]["csl_json"]["type"] == "webpage"
    assert page["citation"]["csl_json"]["URL"] == "https://www.shine.cn/biz/economy/2104077105/"
    assert page["citation"]["text"].endswith("(accessed 6 December 2026).")


@pytest.mark.parametrize("how", ["format", "accept", "accept with charset"])
def test_bibtex_by_format_or_accept(client, how):
    url = f"/v1/documents/{ARTICLE}"
    if how == "format":
        response = client.get(f"{url}?format=bibtex")
    else:
        accept = "application/x-bibtex; charset=utf-8" if how == "accept with charset" else "application/x-bibtex"
        response = client.get(url, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.mimetype == "application/x-bibtex"
    entry = response.get_data(as_text=True)
    assert entry.startswith(f"@article{{{ARTICLE},\n")
    assert "  author = {{Zhu Shenshen} and {Wang Yanlin} and {Cao Qian}},\n" in entry
    assert "  title = {{Shanghai seals projects worth US\\$74.9 billion}},\n" in entry
    assert "  journal = {Los Angeles Times},\n" in entry
    assert "  year = {2021},\n" in entry
    assert entry.count("{") == entry.count("}")


def test_a_list_as_bibtex_holds_one_entry_per_matching_document(client):
    response = client.get("/v1/documents?format=bibtex&language=en")
    assert response.mimetype == "application/x-bibtex"
    entries = response.get_data(as_text=True).count("\n@") + 1
    assert entries == len(ids_where(NAME, lambda d: d["language"] == "en"))
    outside = client.get(f"/v1/documents/{OUTSIDE}?format=bibtex").get_data(as_text=True)
    assert outside.startswith(f"@misc{{{OUTSIDE},") and "urldate = {2026-12-06}" in outside
    assert client.get("/v1/documents").mimetype == "application/json"


def test_bibtex_is_not_paginated(client):
    _, first = get_ok(client, "/v1/documents?limit=1")
    cursor = first["links"]["next"].split("cursor=")[1]
    assert_problem(
        client.get(f"/v1/documents?format=bibtex&limit=1&cursor={cursor}"), 400, "invalid_parameter", "cursor"
    )
    both = client.get(f"/v1/documents?format=bibtex&limit=1&cursor={cursor}&fields=title").get_json()
    assert {error["parameter"] for error in both["errors"]} == {"cursor", "fields"}


@pytest.mark.parametrize("url", ["/v1/documents", f"/v1/documents/{ARTICLE}"])
@pytest.mark.parametrize("parameter", ["fields=title", "expand=authors"])
def test_bibtex_entries_are_whole(client, url, parameter):
    name = parameter.split("=")[0]
    assert_problem(client.get(f"{url}?format=bibtex&{parameter}"), 400, "invalid_parameter", name)
    by_accept = client.get(f"{url}?{parameter}", headers={"Accept": "application/x-bibtex"})
    assert_problem(by_accept, 400, "invalid_parameter", name)


def test_the_list_refuses_an_accept_it_cannot_answer_naming_bibtex_too(client):
    response = client.get("/v1/documents", headers={"Accept": "application/xml"})
    assert_problem(response, 406, "not_acceptable")
    assert "application/x-bibtex" in response.get_json()["detail"]
    # A record answers JSON whatever Accept says, as every record does.
    assert client.get(f"/v1/documents/{ARTICLE}", headers={"Accept": "application/xml"}).status_code == 200


def test_bibtex_of_an_unknown_document_is_a_404_problem(client):
    assert_problem(client.get("/v1/documents/no-such-document?format=bibtex"), 404, "not_found")


FILTERS = [
    ({"language": "zh"}, lambda d: d["language"] == "zh"),
    ({"language": "en,it"}, lambda d: d["language"] in ("en", "it")),
    ({"author": "zhu-shenshen"}, lambda d: "zhu-shenshen" in d["author_ids"]),
    ({"original_document": OUTSIDE}, lambda d: d["original_document_id"] == OUTSIDE),
    ({"published_on__gte": "2023-01-01"}, lambda d: d["published_on"] and str(d["published_on"]) >= "2023-01-01"),
    ({"published_on__lte": "2021-04-30"}, lambda d: d["published_on"] and str(d["published_on"]) <= "2021-04-30"),
]


@pytest.mark.parametrize(("params", "predicate"), FILTERS)
def test_filters_list_exactly_the_matching_documents(client, params, predicate):
    assert_lists_exactly(client, NAME, params, ids_where(NAME, predicate))


def test_q_searches_titles_publications_and_bylines(client):
    assert_lists_exactly(client, NAME, {"q": '"Los Angeles Times"'}, {ARTICLE})
    assert_lists_exactly(client, NAME, {"q": "Wang Yanlin"}, {ARTICLE})
    assert_lists_exactly(client, NAME, {"q": "74.9"}, {ARTICLE})  # a figure of its title, as printed
    # Chinese characters and the figures touching them are words of their own: 上海集中签约216个重大产业项目.
    signing = "chinadevelopment-2021-05-signing-216"
    for q in ("签约", "216", "重大产业项目"):
        assert signing in listed_ids(client, NAME, {"q": q}), q


@pytest.mark.parametrize(("parameter", "value"), [("format", "ris"), ("published_on__gte", "April"), ("author", "Zhu")])
def test_invalid_parameter_is_a_400_naming_it(client, parameter, value):
    assert_bad_parameter(client, NAME, {parameter: value}, parameter)


@pytest.mark.parametrize(
    ("expand", "id_field"), [("authors", "author_ids"), ("original_document", "original_document_id")]
)
def test_expand_inlines_the_referenced_records(client, expand, id_field):
    check_expansion(client, NAME, expand, id_field)


def test_claims_link_lists_the_claims_citing_the_document(client):
    _, article = get_ok(client, f"/v1/documents/{ARTICLE}")
    claims = list_all(client, "claims", {"document": ARTICLE})
    assert claims and article["links"]["claims"] == f"/v1/claims?document={ARTICLE}"
    assert all(claim["links"]["document"] == article["links"]["self"] for claim in claims)


def test_every_document_links_its_text_authors_original_republications_and_claims(client):
    documents = list_all(client, NAME)
    names = link_names(BY_NAME[NAME])
    assert names == ["self", "text", "authors", "original_document", "documents", "claims"]
    republished = 0
    for document in documents:
        links = document["links"]
        assert list(links) == names, document["id"]
        assert links["authors"] == [f"/v1/people/{person}" for person in document["author_ids"]]
        assert links["documents"] == f"/v1/documents?original_document={document['id']}"
        for republication in list_all(client, NAME, {"original_document": document["id"]}):
            assert republication["links"]["original_document"] == links["self"]
            republished += 1
    assert republished == sum(1 for document in documents if document["original_document_id"])
    assert republished, "some document republishes another"
