"""Every fact in the seed is cited: quotes are verbatim spans of the source article.

These tests read the YAML files directly (not through ``seed.load``), so they
also guard the loader's own checks.
"""

from pathlib import Path

import pytest

from schemas.collections import COLLECTIONS
from seed.load import DATA_DIR, SOURCES_DIR, load_seed, parse_yaml, walk_sources

REPO = Path(__file__).resolve().parent.parent
ARTICLE = "shanghai-investment-conference-2021.txt"
# The reviewed copy of the article, shared between checkouts. CI places a copy
# of shared/ beside the clone, so it is also looked for relative to the repo.
SHARED_ARTICLE_CANDIDATES = (
    Path("/work/shared/sources") / ARTICLE,
    REPO.parent / "shared" / "sources" / ARTICLE,
)


def read_yaml(name):
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return parse_yaml(handle)


DOCUMENTS = {doc["id"]: doc for doc in read_yaml("documents.yaml")}
TEXTS = {
    doc_id: (SOURCES_DIR / doc["file"]).read_text(encoding="utf-8") for doc_id, doc in DOCUMENTS.items() if doc["file"]
}


def yaml_sources(value, path=""):
    """Yield ``(field path, source)`` for every entry of every ``sources`` list, at any depth."""
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key == "sources" and isinstance(item, list):
                for position, source in enumerate(item):
                    yield f"{where}.{position}", {"note": None, **source}  # a note is optional beside a quote
            else:
                yield from yaml_sources(item, where)
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from yaml_sources(item, f"{path}.{position}")


def all_citations():
    """``(seed file, record id, field path, source)`` for every citation in the seed."""
    for collection in COLLECTIONS:
        for record in read_yaml(collection.seed_file):
            for field, source in yaml_sources(record):
                yield collection.seed_file, record["id"], field, source


CITATIONS = list(all_citations())


def describe(citation):
    seed_file, record_id, field, source = citation
    return f"{seed_file} {record_id} {field} -> {source['document']}: {source['quote']!r}"


def test_the_seed_has_citations_including_nested_ones():
    """Sanity: records are cited, and nested sources (an organization's investments) are found too."""
    fields = {field for _, _, field, _ in CITATIONS}
    assert len(CITATIONS) > 100
    assert any(field.startswith("investments.") for field in fields)


def test_every_citation_names_a_known_document():
    unknown = [describe(c) for c in CITATIONS if c[3]["document"] not in DOCUMENTS]
    assert not unknown, "citations of unknown documents:\n" + "\n".join(unknown)


def test_every_quote_is_a_verbatim_substring_of_its_document():
    """A quote is copied character for character from the stored text (curly quotes, dashes and all)."""
    not_verbatim = [
        describe(c)
        for c in CITATIONS
        if c[3]["quote"] is not None and c[3]["document"] in TEXTS and c[3]["quote"] not in TEXTS[c[3]["document"]]
    ]
    assert not not_verbatim, "quotes not found verbatim:\n" + "\n".join(not_verbatim)


def test_quotes_are_not_blank_or_padded():
    bad = [
        describe(c)
        for c in CITATIONS
        if c[3]["quote"] is not None and (not c[3]["quote"].strip() or c[3]["quote"] != c[3]["quote"].strip())
    ]
    assert not bad, "blank or padded quotes:\n" + "\n".join(bad)


def test_a_document_with_text_is_always_quoted():
    """Null quotes are only for documents without a text file."""
    unquoted = [describe(c) for c in CITATIONS if c[3]["quote"] is None and c[3]["document"] in TEXTS]
    assert not unquoted, "citations of a stored text without a quote:\n" + "\n".join(unquoted)


def test_a_document_without_text_is_cited_without_a_quote():
    """An outside publication's text is not in the dataset, so a quote of it could not be checked."""
    unverifiable = [describe(c) for c in CITATIONS if c[3]["quote"] is not None and c[3]["document"] not in TEXTS]
    assert not unverifiable, "quotes of documents whose text is not stored:\n" + "\n".join(unverifiable)


def test_a_document_without_text_is_cited_with_a_note():
    """What an outside publication reports is said in our own words, never copied."""
    unexplained = [describe(c) for c in CITATIONS if c[3]["document"] not in TEXTS and not (c[3]["note"] or "").strip()]
    assert not unexplained, "citations of outside publications without a note:\n" + "\n".join(unexplained)


def test_documents_without_text_have_a_url():
    """An outside publication is cited by its public URL."""
    for doc_id, doc in DOCUMENTS.items():
        if not doc["file"]:
            assert doc["url"], f"documents.yaml {doc_id}: no text file and no URL"
            assert doc["url"].startswith(("https://", "http://")), f"documents.yaml {doc_id}: {doc['url']!r}"


def test_every_source_file_belongs_to_a_document():
    """seed/sources holds exactly the texts documents.yaml declares."""
    declared = {doc["file"] for doc in DOCUMENTS.values() if doc["file"]}
    present = {path.name for path in SOURCES_DIR.glob("*.txt")}
    assert declared == present


def test_the_loader_finds_the_same_citations():
    """``seed.load.walk_sources`` (used by the build) misses no nested source."""
    seed = load_seed()
    loaded = [
        (collection.seed_file, record["id"], field, dict(source))
        for collection in COLLECTIONS
        for record in seed.records[collection.name]
        for field, source in walk_sources(collection.record_schema(), record)
    ]

    def by_place(citation):
        return citation[:3]

    assert sorted(loaded, key=by_place) == sorted(CITATIONS, key=by_place)


def test_the_article_is_the_reviewed_shared_copy():
    """seed/sources holds the article byte for byte as reviewed in shared/sources."""
    shared = next((path for path in SHARED_ARTICLE_CANDIDATES if path.is_file()), None)
    if shared is None:
        pytest.skip("no shared copy of the article at " + " or ".join(str(path) for path in SHARED_ARTICLE_CANDIDATES))
    assert (SOURCES_DIR / ARTICLE).read_bytes() == shared.read_bytes()


def test_the_article_is_utf8_text():
    raw = (SOURCES_DIR / ARTICLE).read_bytes()
    raw.decode("utf-8")  # raises if not
    assert b"\x00" not in raw


@pytest.mark.parametrize("doc_id", sorted(TEXTS))
def test_document_metadata_is_printed_in_the_document(doc_id):
    """Title, bylines, publication and publication note are copied from the text itself."""
    doc, text = DOCUMENTS[doc_id], TEXTS[doc_id]
    assert doc["title"] and doc["title"] in text
    assert doc["bylines"], f"{doc_id}: no bylines"
    for byline in doc["bylines"]:
        assert byline in text, f"{doc_id}: byline {byline!r} not in the text"
    assert doc["publication"] in text
    if doc["publication_note"]:
        for part in doc["publication_note"].split("; "):
            assert part in text, f"{doc_id}: publication note part {part!r} not in the text"


def test_the_article_headline_byline_and_publication():
    """The article as printed: Los Angeles Times, headline, three authors."""
    doc = DOCUMENTS["shanghai-investment-conference-2021"]
    assert doc["title"] == "Shanghai seals projects worth US$74.9 billion"
    assert doc["bylines"] == ["Zhu Shenshen", "Wang Yanlin", "Cao Qian"]
    assert doc["publication"] == "Los Angeles Times"
    assert doc["language"] == "en"
    assert "- Zhu Shenshen, Wang Yanlin and Cao Qian" in TEXTS[doc["id"]]
