"""The SQLite store built from the seed: layout, integrity, search, metadata, reproducibility."""

import fnmatch
import json
import sqlite3
from pathlib import Path

import pytest
from marshmallow import fields

from api.query import keyset_clause, order_by, select_sql, text_sorts
from schemas.base import sortable_fields
from schemas.collections import COLLECTIONS
from seed.build import build
from seed.load import DATA_DIR, SOURCES_DIR, load_seed, parse_yaml

REPO = Path(__file__).resolve().parent.parent
BUILT_AT = "2021-04-07T00:00:00Z"  # as in conftest.py
COLLECTION_IDS = [collection.name for collection in COLLECTIONS]


def connect(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


@pytest.fixture(scope="module")
def db(database):
    connection = connect(database)
    yield connection
    connection.close()


def seed_file(name):
    return parse_yaml((DATA_DIR / name).read_text(encoding="utf-8"))


def columns(db, table):
    return {row["name"]: row for row in db.execute(f'PRAGMA table_info("{table}")')}


def foreign_keys(db, table):
    return {(row["from"], row["table"], row["to"]) for row in db.execute(f'PRAGMA foreign_key_list("{table}")')}


def index_columns(db, table):
    """Every index of the table as its ordered column list."""
    return [
        [row["name"] for row in sorted(db.execute(f'PRAGMA index_info("{index["name"]}")'), key=lambda r: r["seqno"])]
        for index in db.execute(f'PRAGMA index_list("{table}")').fetchall()
    ]


def indexed_first_columns(db, table):
    """Columns that lead some index of the table (the primary key's included)."""
    leading = set()
    for index in db.execute(f'PRAGMA index_list("{table}")').fetchall():
        info = db.execute(f'PRAGMA index_info("{index["name"]}")').fetchall()
        leading.add(min(info, key=lambda row: row["seqno"])["name"])
    return leading


def list_fields(collection):
    """``{field: referenced collection or None}`` for list-of-scalar fields, stored as link tables."""
    return {
        name: field.metadata.get("references")
        for name, field in collection.record_schema().fields.items()
        if isinstance(field, fields.List) and not isinstance(field.inner, fields.Nested)
    }


def scalar_references(collection):
    return {
        name: field.metadata["references"]
        for name, field in collection.record_schema().fields.items()
        if field.metadata.get("references") and not isinstance(field, fields.List)
    }


def table_of(collection_name):
    return collection_name.replace("-", "_")


def metadata(db):
    return {row["key"]: row["value"] for row in db.execute("SELECT key, value FROM metadata")}


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_each_collection_has_a_table_keyed_by_id_with_the_record_json(db, collection):
    table = columns(db, collection.table)
    assert table, f"no table {collection.table}"
    assert [name for name, column in table.items() if column["pk"]] == ["id"]
    assert table["record"]["notnull"] == 1


def test_documents_table_keyed_by_id_with_the_record_json(db):
    table = columns(db, "documents")
    assert [name for name, column in table.items() if column["pk"]] == ["id"]
    assert table["record"]["notnull"] == 1


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_list_fields_are_link_tables_with_foreign_keys_to_both_sides(db, collection):
    """e.g. ``projects_industry_ids(id -> projects.id, value -> industries.id, position,
    sort_name)``: the record's sort keys ride along so a relation filter is one index range."""
    sort_columns = {f"sort_{name}" for name in sortable_fields(collection.query_schema) if name != "id"}
    for name, target in list_fields(collection).items():
        link = f"{collection.table}_{name}"
        assert set(columns(db, link)) == {"id", "value", "position", *sort_columns}, link
        for column in sort_columns:
            assert ["value", column, "id"] in index_columns(db, link), link
        expected = {("id", collection.table, "id")}
        if target:
            expected.add(("value", table_of(target), "id"))
        assert foreign_keys(db, link) == expected, link


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_reference_columns_have_foreign_keys(db, collection):
    """e.g. ``projects.conference_id -> conferences.id``."""
    expected = {(name, table_of(target), "id") for name, target in scalar_references(collection).items()}
    assert foreign_keys(db, collection.table) == expected


def test_sources_reference_documents(db):
    assert foreign_keys(db, "sources") == {("document_id", "documents", "id")}


def test_no_foreign_key_violations(db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_database_integrity(db):
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_every_scalar_column_is_indexed(db, collection):
    """Filters and sorts never scan a table."""
    scalar = set(columns(db, collection.table)) - {"id", "record"}
    assert scalar, collection.table
    missing = scalar - indexed_first_columns(db, collection.table)
    assert not missing, f"{collection.table}: no index on {sorted(missing)}"


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_link_tables_are_indexed_both_ways(db, collection):
    for name in list_fields(collection):
        link = f"{collection.table}_{name}"
        assert {"id", "value"} <= indexed_first_columns(db, link), link


def test_sources_are_indexed_by_document(db):
    assert "document_id" in indexed_first_columns(db, "sources")


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_record_counts_match_the_seed_files(db, collection):
    expected = len(seed_file(collection.seed_file))
    assert db.execute(f"SELECT count(*) FROM {collection.table}").fetchone()[0] == expected


def test_documents_match_the_seed(db):
    documents = seed_file("documents.yaml")
    rows = {row["id"]: row for row in db.execute("SELECT * FROM documents")}
    assert set(rows) == {doc["id"] for doc in documents}
    for doc in documents:
        if doc["file"]:
            assert rows[doc["id"]]["text"] == (SOURCES_DIR / doc["file"]).read_text(encoding="utf-8")
        else:
            assert rows[doc["id"]]["text"] is None


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_record_json_parses_and_matches_its_row(db, collection):
    """``record`` is the API representation: same id, a self link, scalar columns mirror it."""
    for row in db.execute(f"SELECT * FROM {collection.table}"):
        record = json.loads(row["record"])
        assert record["id"] == row["id"]
        assert record["links"]["self"] == f"/v1/{collection.name}/{row['id']}"
        assert record["sources"], row["id"]
        for column in row.keys():
            if column in ("id", "record"):
                continue
            if column in record:
                value = record[column]
                assert row[column] == (int(value) if isinstance(value, bool) else value), (row["id"], column)
            else:
                name, _, part = column.rpartition("_")
                money = record[name]
                assert row[column] == (money[part] if money else None), (row["id"], column)


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_link_rows_mirror_the_record_lists_in_order(db, collection):
    for name in list_fields(collection):
        for row in db.execute(f"SELECT id, record FROM {collection.table}"):
            stored = [
                value
                for (value,) in db.execute(
                    f"SELECT value FROM {collection.table}_{name} WHERE id = ? ORDER BY position", (row["id"],)
                )
            ]
            assert stored == json.loads(row["record"])[name], (row["id"], name)


def sources_in(value):
    """Every entry of every ``sources`` list in a seed record, nested ones included."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "sources":
                yield from item
            else:
                yield from sources_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from sources_in(item)


def test_every_citation_is_stored_with_its_verbatim_quote(db):
    expected = sum(
        1 for collection in COLLECTIONS for record in seed_file(collection.seed_file) for _ in sources_in(record)
    )
    assert db.execute("SELECT count(*) FROM sources").fetchone()[0] == expected
    not_verbatim = db.execute(
        "SELECT s.* FROM sources s JOIN documents d ON d.id = s.document_id "
        "WHERE d.text IS NOT NULL AND (s.quote IS NULL OR instr(d.text, s.quote) = 0)"
    ).fetchall()
    assert [dict(row) for row in not_verbatim] == []


# ---------------------------------------------------------------------------
# Search
# ---------------------------------------------------------------------------


def test_search_fts_is_an_fts5_table(db):
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    assert "USING FTS5" in sql.upper()


def test_every_record_is_searchable(db):
    expected = sum(len(seed_file(collection.seed_file)) for collection in COLLECTIONS)
    assert db.execute("SELECT count(*) FROM search").fetchone()[0] == expected
    assert db.execute("SELECT count(*) FROM search_fts").fetchone()[0] == expected


def test_each_collection_is_one_run_of_search_rowids(db):
    """A kind filter on search is a rowid range: the ranges tile the table."""
    ranges = db.execute("SELECT collection, first_rowid, last_rowid FROM search_ranges ORDER BY first_rowid").fetchall()
    assert {row[0] for row in ranges} == {collection.name for collection in COLLECTIONS}
    for collection, first, last in ranges:
        rows = db.execute("SELECT DISTINCT collection FROM search WHERE rowid BETWEEN ? AND ?", [first, last])
        assert [row[0] for row in rows] == [collection]
    assert sum(last - first + 1 for _, first, last in ranges) == db.execute("SELECT count(*) FROM search").fetchone()[0]


def test_only_words_of_many_records_are_ranked_at_build(db, tmp_path):
    """The seed has no word in 1,000 records: every search ranks live. At a low
    threshold every plain word's first 101 hits are stored, totals included."""
    assert db.execute("SELECT count(*) FROM search_frequent").fetchone()[0] == 0
    path = tmp_path / "frequent.db"
    build(path, built_at="2021-04-07T00:00:00Z", frequent_word_hits=5)
    frequent = sqlite3.connect(path)
    totals = dict(frequent.execute("SELECT word, sum(total) FROM search_frequent GROUP BY word"))
    assert totals and min(totals.values()) >= 5
    for word, total in totals.items():
        live = frequent.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [f'"{word}"']).fetchone()
        stored = frequent.execute("SELECT count(*) FROM search_frequent_hits WHERE word = ?", [word]).fetchone()
        assert (total, stored[0]) == (live[0], min(total, 101)), word
    assert frequent.execute("PRAGMA foreign_key_check").fetchall() == []


def test_semiconductor_finds_semi(db):
    """Full-text search (porter stemming): 'semiconductor' finds SEMI and the semiconductors industry."""
    hits = {
        (row["collection"], row["id"])
        for row in db.execute(
            "SELECT s.collection, s.id FROM search_fts JOIN search s ON s.rowid = search_fts.rowid "
            "WHERE search_fts MATCH 'semiconductor'"
        )
    }
    assert {
        ("organizations", "semi"),
        ("partners", "semi"),
        ("statements", "semi-role"),
        ("industries", "semiconductors"),
    } <= hits


# ---------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------


def test_metadata_records_version_build_time_license_and_counts(db):
    values = metadata(db)
    assert values["dataset_version"] == load_seed().version
    assert values["built_at"] == BUILT_AT
    license_ = json.loads(values["license"])
    assert license_["name"] == "CC BY 4.0"
    assert license_["url"] == "https://creativecommons.org/licenses/by/4.0/"
    sources = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    assert json.loads(values["counts"]) == {
        **{collection.name: len(seed_file(collection.seed_file)) for collection in COLLECTIONS},
        "documents": len(seed_file("documents.yaml")),
        "claims": sources,
    }
    assert values["synthetic"] == "false"


def test_the_build_leaves_no_partial_file(database):
    assert not database.with_name(database.name + ".partial").exists()


# ---------------------------------------------------------------------------
# Reproducibility
# ---------------------------------------------------------------------------


def dump(path):
    """Schema and every row of every table, in stored order."""
    connection = connect(path)
    try:
        schema = connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        tables = [row["name"] for row in schema if row["type"] == "table"]
        return [tuple(row) for row in schema], {
            table: [tuple(row) for row in connection.execute(f'SELECT * FROM "{table}"')] for table in tables
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    first = tmp_path_factory.mktemp("first") / "data.db"
    second = tmp_path_factory.mktemp("second") / "data.db"
    return build(first, built_at=BUILT_AT), build(second, built_at=BUILT_AT), first, second


def test_the_build_is_deterministic(two_builds):
    """Same seed and build time: the same tables holding the same rows in the same order."""
    (version_a, counts_a), (version_b, counts_b), first, second = two_builds
    assert version_a == version_b
    assert counts_a == counts_b
    schema_a, rows_a = dump(first)
    schema_b, rows_b = dump(second)
    assert schema_a == schema_b
    assert rows_a.keys() == rows_b.keys()
    for table in rows_a:
        assert rows_a[table] == rows_b[table], f"table {table} differs between builds"


def test_the_build_matches_the_session_database(two_builds, database):
    _, _, first, _ = two_builds
    assert dump(first) == dump(database)


def build_version(seed_copy, tmp_path):
    version, _ = build(tmp_path / "out.db", data_dir=seed_copy[0], sources_dir=seed_copy[1], built_at=BUILT_AT)
    return version


def test_dataset_version_depends_on_content_not_location(seed_copy, tmp_path, db):
    assert build_version(seed_copy, tmp_path) == metadata(db)["dataset_version"]


def test_dataset_version_changes_when_a_seed_file_changes(seed_copy, tmp_path, db):
    path = seed_copy[0] / "people.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# reviewed again\n", encoding="utf-8")
    assert build_version(seed_copy, tmp_path) != metadata(db)["dataset_version"]


def test_dataset_version_changes_when_a_source_text_changes(seed_copy, tmp_path, db):
    path = seed_copy[1] / "shanghai-investment-conference-2021.txt"
    path.write_bytes(path.read_bytes() + b"\n")
    assert build_version(seed_copy, tmp_path) != metadata(db)["dataset_version"]


def test_the_built_at_time_does_not_change_the_version(tmp_path, db):
    version, _ = build(tmp_path / "later.db", built_at="2030-01-01T00:00:00Z")
    assert version == metadata(db)["dataset_version"]


# ---------------------------------------------------------------------------
# Repository hygiene
# ---------------------------------------------------------------------------


def gitignored(path):
    """Whether a simple .gitignore pattern (``dir/``, ``*.ext``, ``name``) matches ``path``."""
    parts = path.split("/")
    for line in (REPO / ".gitignore").read_text(encoding="utf-8").splitlines():
        pattern = line.strip()
        if not pattern or pattern.startswith(("#", "!")):
            continue
        anchored = pattern.startswith("/")
        pattern = pattern.strip("/")
        if line.strip().endswith("/"):
            directories = parts[:-1][:1] if anchored else parts[:-1]
            if any(fnmatch.fnmatch(part, pattern) for part in directories):
                return True
        elif "/" in pattern or anchored:
            if fnmatch.fnmatch(path, pattern):
                return True
        elif any(fnmatch.fnmatch(part, pattern) for part in parts):
            return True
    return False


@pytest.mark.parametrize("path", ["build/data.db", "build/data.db.partial"])
def test_the_built_database_is_not_committed(path):
    """The database is a build artefact, ignored by git."""
    assert gitignored(path)


def test_a_database_elsewhere_is_not_committed_either():
    assert gitignored("data.db")


@pytest.mark.parametrize("collection", COLLECTIONS, ids=COLLECTION_IDS)
def test_a_page_in_any_sort_after_a_cursor_is_one_index_range(db, collection):
    """Text sorts ignore case (COLLATE NOCASE) in the order, the keyset
    comparison and the indexes alike, so SQLite reads a page as one range of
    an index and never sorts."""
    nocase = text_sorts(collection)
    for column in sortable_fields(collection.query_schema):
        for descending in (False, True):
            keys = [(column, descending)] if column == "id" else [(column, descending), ("id", descending)]
            condition, params = keyset_clause(keys, ["x"] * len(keys), False, nocase)
            sql = select_sql('"record"', f'"{collection.table}"', [condition], order_by(keys, False, nocase))
            plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql} LIMIT 1", params))
            assert "SEARCH" in plan and "TEMP B-TREE" not in plan, (collection.name, column, plan)
