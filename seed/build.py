"""Building the SQLite store from the validated seed.

Layout (all derived from the record schemas, so a new field needs no change here):

- one table per collection: a column per scalar field (money as ``<name>_amount``
  and ``<name>_currency``), plus ``record``, the record's JSON representation
  exactly as the API serves it;
- one link table per list field (``<table>_<field>``: ``id``, ``value``,
  ``position``), e.g. ``projects_industry_ids``;
- ``documents`` (a collection, with the verbatim text and a BibTeX entry),
  ``sources`` (every quote, with the field path it supports and its offsets in
  the text), ``claims`` (the sources as a collection), ``search`` +
  ``search_fts`` (FTS5), ``metadata``;
- ``documents_fts`` and ``claims_fts``: the provenance collections' own
  full-text indexes (``q=``), apart from ``/v1/search``;
- ``search_ranges``: each collection's run of ``search`` rowids;
- ``group_counts``: every grouping without a filter, and ``group_counts_within``
  every grouping within one value of another small field (``api.groups``);
- ``autocomplete``: the prefix keys of every record name (``api.v1.autocomplete``);
- ``search_frequent`` + ``search_frequent_hits``: the matches per collection
  and the first ranked hits of every plain word that matches many records
  (see ``rank_frequent_words``).

``DatabaseWriter`` writes every dataset, the seed's (``build``) and the
synthetic ones (``seed.synthetic``), from the rows ``RecordRows`` makes of
loaded records.
"""

import datetime
import itertools
import operator
import os
from decimal import Decimal
from pathlib import Path

import orjson
import sqlite_utils
from marshmallow import fields, validate

from api.db import placeholders
from api.groups import groupable, stored_groups, stored_groups_within, stores_within
from api.search_sql import (
    CJK_SEPARATOR,
    COUNT_IN_RANGE_SQL,
    COUNT_SQL,
    DECIMAL_MARK,
    MATCH_END,
    MATCH_START,
    RANKED,
    SNIPPETS,
    fts_query,
    indexed_text,
    plain_words,
    shown_text,
)
from schemas.autocomplete import NAMED, prefix_keys
from schemas.base import MAX_LIMIT, MoneySchema, SourceSchema, sortable_fields, text_sort_fields
from schemas.collections import BY_NAME, COLLECTIONS, PROVENANCE, SERVED, reverse_relations

from .citation import bibtex, citation_text, csl_json
from .load import load_seed, quote_span, walk_sources

LICENSE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
    "note": "Applies to this dataset's structure and curation; quoted source text remains "
    "the property of its publishers and is quoted for citation.",
}

# Columns of a derived collection's table beside its record's: a document's
# verbatim text (served as text/plain) and its BibTeX entry.
STORED_BESIDE = {"documents": {"text": str, "bibtex": str}}
# What ``q=`` searches in a derived collection (its ``<table>_fts`` index).
SEARCHED_TEXT = {
    "documents": """coalesce("title", '') || ' ' || "publication" || ' ' || coalesce("publication_note", '') """
    """|| ' ' || json_extract("record", '$.bylines')""",
    "claims": """coalesce("quote", '') || ' ' || coalesce("note", '')""",
}

SCALARS = {fields.String: str, fields.Integer: int, fields.Boolean: int, fields.Date: str}
TITLE_FIELDS = ("name", "text", "city")
# The characters that mark matches in a snippet and decimal points in the
# index (api.search_sql) are never text.
NOT_IN_SEARCH_TEXT = str.maketrans({MATCH_START: " ", MATCH_END: " ", DECIMAL_MARK: " ", CJK_SEPARATOR: None})
# Strings held to a set of values or a pattern (kinds, roles, bases,
# currencies; ids, slugs) are codes, not words a reader searches for.
CODE_VALIDATORS = (validate.OneOf, validate.Regexp)
# Money is indexed as the sources print it: `490 billion yuan`, `US$74.9 billion`.
MONEY_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))
MONEY_AS_PRINTED = {"CNY": "{} yuan", "USD": "US${}"}
# Ranking reads every hit of a search (BM25 needs each hit's length, ~1.5 us a
# hit here), so a word in tens of thousands of records costs tens of
# milliseconds however small the page. The first page of a one-word search
# matching at least this many records is ranked at build time instead.
FREQUENT_WORD_HITS = 1000


def column_type(field):
    for field_class, python_type in SCALARS.items():
        if isinstance(field, field_class):
            return python_type
    return None


def is_money(field):
    return isinstance(field, fields.Nested) and field.nested is MoneySchema


def scalar_columns(schema):
    """``{column: (python type, not null, referenced table or None)}`` of a record schema."""
    columns = {}
    for name, field in schema.fields.items():
        if field.dump_only:
            continue
        python_type = column_type(field)
        if python_type:
            target = field.metadata.get("references")
            columns[name] = (python_type, not field.allow_none, target and target.replace("-", "_"))
        elif is_money(field):
            columns[f"{name}_amount"] = (int, False, None)
            columns[f"{name}_currency"] = (str, False, None)
    return columns


def list_fields(schema):
    """``{field: referenced table or None}`` for list-of-scalar fields (stored as link tables)."""
    return {
        name: (field.metadata.get("references") or "").replace("-", "_") or None
        for name, field in schema.fields.items()
        if isinstance(field, fields.List) and column_type(field.inner)
    }


def link_table(collection, field_name):
    return f"{collection.table}_{field_name}"


def link_sort_columns(collection):
    """The record's sort keys copied into its link tables (``sort_<field>``), so
    that "records linked to X, in this order" is one index range: a filter on
    a relation stays as cheap at a million records as at a hundred."""
    return [name for name in sortable_fields(collection.query_schema) if name != "id"]


def link_rows(collection, schema, representation):
    """``{link table: [row, ...]}`` for one record's list fields."""
    sort_values = {f"sort_{name}": representation[name] for name in link_sort_columns(collection)}
    return {
        link_table(collection, name): [
            {"id": representation["id"], "value": value, "position": position, **sort_values}
            for position, value in enumerate(representation[name])
        ]
        for name in list_fields(schema)
    }


def row_of(record, schema):
    """The scalar columns of one dumped record."""
    row = {}
    for name, field in schema.fields.items():
        if field.dump_only:
            continue
        if column_type(field):
            value = record[name]
            row[name] = int(value) if isinstance(value, bool) else value
        elif is_money(field):
            money = record[name] or {}
            row[f"{name}_amount"] = money.get("amount")
            row[f"{name}_currency"] = money.get("currency")
    return row


def build_links(collection, record, own=None):
    """``links`` of one record, keyed by ``link_names``: every record of a kind
    has them all (``own``: the collection's ``own_links`` by name)."""
    links = {"self": f"{collection.path}/{record['id']}", **(own or {})}
    for name, field in collection.record_fields.items():
        expand = field.metadata.get("expand")
        if not expand:
            continue
        target = f"/v1/{field.metadata['references']}"
        value = record[name]
        if isinstance(field, fields.List):
            links[expand] = [f"{target}/{item}" for item in value]
        else:
            links[expand] = f"{target}/{value}" if value else None
    for other, param, _ in reverse_relations()[collection.name]:
        links[other.table] = f"{other.path}?{param}={record['id']}"
    return links


def represent(collection, schema, loaded):
    """The record as the API serves it: id first, then fields, links, sources."""
    dumped = schema.dump(loaded)
    dumped["links"] = build_links(collection, dumped)
    order = ["id", *(n for n in dumped if n not in ("id", "links", "sources")), "links", "sources"]
    return {name: dumped[name] for name in order}


def search_text(schema, value):
    """The text a reader would search for in ``value``, a representation (or
    part of one) of ``schema``: free text, numbers, money as printed. Codes
    (``CODE_VALIDATORS``), references and links are not words; source quotes
    are evidence shared by many records (one sentence names five projects),
    so they stay out too. Money (an ``amount`` beside a ``currency``, the
    dataset's convention) is one text, as printed."""
    money = "amount" in schema.fields and "currency" in schema.fields and value.get("currency") is not None
    if money:
        yield money_as_printed(value)
    for name, field in schema.fields.items():
        if name in value and not (money and name == "amount"):
            yield from field_text(field, value[name])


def field_text(field, value):
    if value is None:
        return
    if isinstance(field, fields.List):
        for item in value:
            yield from field_text(field.inner, item)
    elif isinstance(field, fields.Nested):
        if not isinstance(field.schema, SourceSchema):
            yield from search_text(field.schema, value)
    elif isinstance(field, fields.Integer):
        yield str(value)
    elif isinstance(field, fields.String) and not field.metadata.get("references"):
        if not any(isinstance(rule, CODE_VALIDATORS) for rule in field.validators):
            yield value.translate(NOT_IN_SEARCH_TEXT)


def money_as_printed(money):
    """An amount as the sources print it (``MONEY_AS_PRINTED``), in the
    largest scale word it reaches: 74900000000 USD is `US$74.9 billion`."""
    amount = Decimal(money["amount"])
    number = str(amount)
    for scale, word in MONEY_SCALES:
        if amount >= scale:
            number = f"{amount / scale:f} {word}"
            break
    return MONEY_AS_PRINTED[money["currency"]].format(number)


def create_index(db, table, columns, *, nocase=()):
    """An index on ``columns``, those of ``nocase`` ordered ignoring ASCII case
    as the API sorts them (``schemas.base.text_sort_fields``), so that a page
    in that order is one range of it."""
    terms = ", ".join(f'"{column}"' + (" COLLATE NOCASE" if column in nocase else "") for column in columns)
    suffix = "_nocase" if nocase and set(columns) & set(nocase) else ""
    name = f"idx_{table}_{'_'.join(columns)}{suffix}"
    db.execute(f'CREATE INDEX "{name}" ON "{table}" ({terms})')


def filtered_columns(collection):
    """The columns a collection's filters compare."""
    return {
        field.metadata["filter"]["column"]
        for field in collection.query_fields.values()
        if (field.metadata.get("filter") or {}).get("column")
    }


def indexed_columns(collection, columns):
    """Every column of a seeded collection is indexed (a filter on any of them
    stays one index range); a derived one indexes what its filters compare."""
    return columns if collection.seeded else {name: columns[name] for name in filtered_columns(collection)}


def create_tables(db):
    db["metadata"].create({"key": str, "value": str}, pk="key", not_null={"value"})
    for collection in SERVED:
        schema = collection.record_schema()
        columns = scalar_columns(schema)
        db[collection.table].create(
            {
                **{name: spec[0] for name, spec in columns.items()},
                **STORED_BESIDE.get(collection.name, {}),
                "record": str,
            },
            pk="id",
            not_null={name for name, spec in columns.items() if spec[1]} | {"record"},
        )
    for collection in PROVENANCE:
        db.execute(f'CREATE VIRTUAL TABLE "{collection.table}_fts" USING fts5("body", tokenize=\'porter unicode61\')')
    # Foreign keys need every referenced table to exist first.
    for collection in SERVED:
        schema = collection.record_schema()
        table = db[collection.table]
        columns = scalar_columns(schema)
        foreign = [(collection.table, name, target, "id") for name, (_, _, target) in columns.items() if target]
        sort_columns = {f"sort_{name}": columns[name][0] for name in link_sort_columns(collection)}
        text_sorts = text_sort_fields(collection.record_schema, collection.query_schema)
        for name, target in list_fields(schema).items():
            links = link_table(collection, name)
            db[links].create(
                {"id": str, "value": str, "position": int, **sort_columns},
                pk=("id", "value"),
                not_null={"position", *sort_columns},
                foreign_keys=[("id", collection.table, "id")] + ([("value", target, "id")] if target else []),
            )
            db[links].create_index(["value", "id"])
            for column in sort_columns:
                create_index(db, links, ["value", column, "id"], nocase={f"sort_{name}" for name in text_sorts})
        if foreign:
            db.add_foreign_keys(foreign)
        sortable = sortable_fields(collection.query_schema)
        for name in indexed_columns(collection, columns):
            if name != "id":
                table.create_index([name, "id"])
                if name in text_sorts:  # the sort's order, beside the filter's equality
                    create_index(db, collection.table, [name, "id"], nocase=text_sorts)
                # A filter on this column in any sort order is one index range too.
                for sort in sortable:
                    if sort not in (name, "id"):
                        create_index(db, collection.table, [name, sort, "id"], nocase=text_sorts - {name})
        for name in sortable_fields(collection.query_schema):
            if name not in columns or not columns[name][1]:
                raise ValueError(f"{collection.name}: sortable field {name!r} must be a not-null column")
    db["sources"].create(
        {
            "collection": str,
            "record_id": str,
            "field": str,
            "document_id": str,
            "quote": str,
            "start": int,
            "end": int,
        },
        pk=("collection", "record_id", "field"),
        not_null={"document_id"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["sources"].create_index(["document_id"])
    db["search"].create(
        {"rowid": int, "collection": str, "id": str, "title": str, "body": str},
        pk="rowid",
        not_null={"collection", "id", "title", "body"},
    )
    db["search"].create_index(["collection", "id"], unique=True)
    db["search"].enable_fts(["title", "body"], fts_version="FTS5", tokenize="porter unicode61", create_triggers=False)
    db["search_ranges"].create(
        {"collection": str, "first_rowid": int, "last_rowid": int},
        pk="collection",
        not_null={"first_rowid", "last_rowid"},
    )
    db["search_frequent"].create(
        {"word": str, "collection": str, "total": int}, pk=("word", "collection"), not_null={"total"}
    )
    db["search_frequent_hits"].create(
        {"word": str, "position": int, "search_rowid": int, "score": float, "snippet": str},
        pk=("word", "position"),
        not_null={"search_rowid", "score", "snippet"},
        foreign_keys=[("search_rowid", "search", "rowid")],
    )


def index_search(db, frequent_word_hits=FREQUENT_WORD_HITS):
    """Once every "search" row is in: the FTS index, each collection's rowid
    range, the frequent words' first pages. Returns how many frequent words."""
    db["search"].rebuild_fts()
    ranges = record_search_ranges(db)
    return rank_frequent_words(db, ranges, frequent_word_hits)


def record_search_ranges(db):
    """Each collection's rows of "search" are one run of rowids (the builds
    insert them collection by collection): a kind filter is then a rowid
    range, which the FTS index seeks by itself, instead of a join per hit.
    Returns ``{collection: (first rowid, last rowid)}``."""
    ranges = db.execute(
        'SELECT "collection", min("rowid"), max("rowid"), count(*) FROM "search" GROUP BY "collection"'
    ).fetchall()
    for collection, first, last, rows in ranges:
        if last - first + 1 != rows:
            raise ValueError(f"search rows of {collection} are not one run of rowids")
    db["search_ranges"].insert_all(
        {"collection": collection, "first_rowid": first, "last_rowid": last} for collection, first, last, _ in ranges
    )
    return {collection: (first, last) for collection, first, last, _ in ranges}


def rank_frequent_words(db, ranges, threshold=FREQUENT_WORD_HITS):
    """For every plain word of the indexed text (``api.search_sql.plain_words``,
    the words a search is answered for from what is stored here) matching
    ``threshold`` records or more: its matches in each collection (counted in
    the collection's rowid range of ``ranges``) and its first ``MAX_LIMIT + 1``
    hits (the largest page, and whether another follows) with their snippets,
    by the very queries the API would run for it. Returns how many words."""
    words = set()
    for title, body in db.execute('SELECT "title", "body" FROM "search"'):
        words.update(plain_words(title))
        words.update(plain_words(body))
    frequent, hits = [], []
    for word in sorted(words):
        match = fts_query(word)
        (total,) = db.execute(COUNT_SQL, [match]).fetchone()
        if total < threshold:
            continue
        for collection, (first, last) in ranges.items():
            (matches,) = db.execute(COUNT_IN_RANGE_SQL, [match, first, last]).fetchone()
            if matches:
                frequent.append({"word": word, "collection": collection, "total": matches})
        ranked = db.execute(
            f'SELECT "rowid", "score" FROM {RANKED} ORDER BY "score" DESC, "rowid" LIMIT ?',  # nosec B608: a constant subquery
            [match, MAX_LIMIT + 1],
        ).fetchall()
        # Snippets of the ranked rows only (snippet() of every hit would read them all).
        rowids = [rowid for rowid, _ in ranked]
        snippets = {row[0]: row[-1] for row in db.execute(SNIPPETS.format(placeholders(rowids)), [match, *rowids])}
        hits.extend(
            {"word": word, "position": position, "search_rowid": rowid, "score": score, "snippet": snippets[rowid]}
            for position, (rowid, score) in enumerate(ranked)
        )
    db["search_frequent"].insert_all(frequent)
    db["search_frequent_hits"].insert_all(hits)
    return len({row["word"] for row in frequent})


def build_group_counts(db):
    """``group_counts``: every collection's groupings without a filter
    (``api.groups``), each group's served JSON with its positions in both
    orders, so that any page of them is one index range; and
    ``group_counts_within``: the groupings within each value of another field,
    for the pairs of fields ``stores_within`` admits. Returns those pairs as
    ``[collection, within, by]``."""
    db.execute(
        'CREATE TABLE "group_counts" ("collection" TEXT NOT NULL, "by" TEXT NOT NULL, '
        '"count_position" INTEGER NOT NULL, "key_position" INTEGER NOT NULL, "key", "label" TEXT NOT NULL, '
        '"total_groups" INTEGER NOT NULL, "group" TEXT NOT NULL, '
        'PRIMARY KEY ("collection", "by", "count_position")) WITHOUT ROWID'
    )
    db.execute(
        'CREATE TABLE "group_counts_within" ("collection" TEXT NOT NULL, "by" TEXT NOT NULL, '
        '"within" TEXT NOT NULL, "within_value" NOT NULL, "count_position" INTEGER NOT NULL, '
        '"key_position" INTEGER NOT NULL, "total_groups" INTEGER NOT NULL, "group" TEXT NOT NULL, '
        'PRIMARY KEY ("collection", "by", "within", "within_value", "count_position")) WITHOUT ROWID'
    )
    pairs = []
    for collection in COLLECTIONS:
        total_groups = {}
        for by in groupable(collection):
            rows = stored_groups(collection, by, db)
            db["group_counts"].insert_all(rows)
            total_groups[by] = len(rows)
        for within, by in itertools.product(groupable(collection), repeat=2):
            if stores_within(total_groups, within, by):
                db["group_counts_within"].insert_all(stored_groups_within(collection, within, by, db))
                pairs.append([collection.name, within, by])
    db["group_counts"].create_index(["collection", "by", "key_position"], unique=True)
    db["group_counts"].create_index(["collection", "by", "key"])
    db["group_counts_within"].create_index(["collection", "by", "within", "within_value", "key_position"], unique=True)
    return pairs


def build_autocomplete(db):
    """``autocomplete``: every prefix key (``schemas.autocomplete.prefix_keys``)
    of every named record, by collection, with the record's ``search`` row:
    the suggestions for a prefix are one range of the primary key in one
    collection, or of the (tier, key) index in all of them."""
    db.execute(
        'CREATE TABLE "autocomplete" ("collection" TEXT NOT NULL, "tier" INTEGER NOT NULL, "key" TEXT NOT NULL, '
        '"search_rowid" INTEGER NOT NULL REFERENCES "search" ("rowid"), '
        'PRIMARY KEY ("collection", "tier", "key", "search_rowid")) WITHOUT ROWID'
    )
    rows = db.execute(
        f'SELECT "rowid", "collection", "title" FROM "search" WHERE "collection" IN ({placeholders(NAMED)})',  # nosec B608: placeholders only
        NAMED,
    )
    statement = 'INSERT OR IGNORE INTO "autocomplete" VALUES (?, ?, ?, ?)'
    while batch := rows.fetchmany(10_000):
        db.conn.executemany(
            statement,
            [
                (collection, tier, key, rowid)
                for rowid, collection, title in batch
                for tier, key in prefix_keys(shown_text(title))
            ],
        )
    # Every collection's suggestions of one tier in key order, as one range.
    db["autocomplete"].create_index(["tier", "key", "search_rowid"])


# Writing goes as fast as SQLite allows: the file is a private ``.partial``
# until it is complete, so no journal or sync is needed to survive a crash.
BULK_PRAGMAS = (
    "journal_mode = OFF",
    "synchronous = OFF",
    "locking_mode = EXCLUSIVE",
    "temp_store = MEMORY",
    "cache_size = -1000000",
)


def insert_sql(table, columns):
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({placeholders(columns)})'  # nosec B608: names from the schema-built tables, values bound


def built_at_now():
    """Now, or the time SOURCE_DATE_EPOCH pins for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC) if epoch else datetime.datetime.now(datetime.UTC)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


class DatabaseWriter:
    """Writes a dataset to ``output``, atomically: into ``<output>.partial``,
    renamed over ``output`` by ``finish``. The tables and the documents first,
    then the records' rows in batches (``RecordRows``), then ``finish``: the
    indexes, the full-text index, the metadata."""

    def __init__(self, output, documents, texts):
        self.output = Path(output)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.partial = self.output.with_name(self.output.name + ".partial")
        self.partial.unlink(missing_ok=True)
        self.db = db = sqlite_utils.Database(self.partial)
        for pragma in BULK_PRAGMAS:
            db.execute(f"PRAGMA {pragma}")
        # Records reference each other across tables, so integrity is checked
        # once everything is in (PRAGMA foreign_key_check in finish), not row by row.
        create_tables(db)
        # Rows first, indexes after: one sorted build per index instead of random inserts.
        self.indexes = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name != 'search'"
        ).fetchall()
        for name, _ in self.indexes:
            db.execute(f'DROP INDEX "{name}"')
        self.columns = {table: [column.name for column in db[table].columns] for table in db.table_names()}
        self.statements = {table: insert_sql(table, names) for table, names in self.columns.items()}
        self.texts = texts
        self.insert(document_rows(documents, texts, self.columns))

    def insert(self, rows):
        """``{table: [tuple in the table's column order, ...]}``."""
        for table, table_rows in rows.items():
            self.db.conn.executemany(self.statements[table], table_rows)

    def finish(
        self,
        version,
        counts,
        *,
        built_at=None,
        synthetic=None,
        check_foreign_keys=True,
        frequent_word_hits=FREQUENT_WORD_HITS,
        say=lambda message: None,
    ):
        """Indexes, search, metadata (``synthetic``: its description, else a real
        dataset); then the file replaces ``output``. Returns how many frequent words."""
        db = self.db
        for _, sql in self.indexes:
            db.execute(sql)
        say("indexes")
        groupings_within = build_group_counts(db)
        build_autocomplete(db)
        say("groups, autocomplete")
        frequent = index_search(db, frequent_word_hits)
        say(f"full-text index, first pages of {frequent} frequent words")
        counts = {**counts, **index_provenance(db)}
        built_at = built_at or built_at_now()
        metadata = {
            "dataset_version": version,
            "built_at": built_at,
            "datapackage": orjson.dumps(datapackage(version, built_at, LICENSE)).decode(),
            "license": orjson.dumps(LICENSE).decode(),
            "counts": orjson.dumps(counts).decode(),
            "synthetic": "true" if synthetic else "false",
            "groupings_within": orjson.dumps(groupings_within).decode(),
            **(synthetic or {}),
        }
        db["metadata"].insert_all({"key": key, "value": value} for key, value in metadata.items())
        if check_foreign_keys:
            violations = db.execute("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise ValueError(f"foreign key violations: {violations[:10]}")
        db.conn.commit()
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        self.partial.replace(self.output)
        return frequent


class RecordRows:
    """The rows of every table for records of one collection: the scalar
    columns and the served representation, the link tables, the sources and
    the search rows, as tuples in each table's column order (``columns``, of
    ``DatabaseWriter``)."""

    def __init__(self, columns, documents, texts):
        self.columns = columns
        self.documents = documents
        self.texts = texts
        self.schemas = {}
        self.spans = {}

    def locate(self, source):
        """Set the source's ``start`` and ``end`` in its document's text (None
        for an outside publication); a quote checked by ``seed.load``."""
        key = (source["document"], source["quote"], source.get("occurrence"))
        if key not in self.spans:
            text = self.texts.get(source["document"])
            self.spans[key] = quote_span(text, *key[1:]) if text is not None else (None, None)
        source["start"], source["end"] = self.spans[key]

    def __call__(self, collection, records, first_rowid):
        """``{table: [tuple, ...]}`` for ``records`` (as loaded), whose search rows start after ``first_rowid``."""
        name = collection.name
        if name not in self.schemas:
            self.schemas[name] = collection.record_schema()
        schema = self.schemas[name]
        tables = {
            collection.table: [],
            "sources": [],
            "claims": [],
            "search": [],
            **{link_table(collection, f): [] for f in list_fields(schema)},
        }
        rowid = first_rowid
        for loaded in records:
            cited = list(walk_sources(schema, loaded))
            for _, source in cited:
                self.locate(source)
            representation = represent(collection, schema, loaded)
            row = row_of(representation, schema)
            row["record"] = orjson.dumps(representation).decode()
            tables[collection.table].append(row)
            for table_name, rows_of_link in link_rows(collection, schema, representation).items():
                tables[table_name].extend(rows_of_link)
            tables["sources"].extend(
                {
                    "collection": name,
                    "record_id": loaded["id"],
                    "field": field,
                    "document_id": source["document"],
                    "quote": source["quote"],
                    "start": source["start"],
                    "end": source["end"],
                }
                for field, source in cited
            )
            tables["claims"].extend(
                claim_row(name, loaded["id"], field, source, self.documents[source["document"]]["url"])
                for field, source in cited
            )
            rowid += 1
            title = next(representation[f] for f in TITLE_FIELDS if f in representation)
            body = {k: v for k, v in representation.items() if k not in TITLE_FIELDS}
            tables["search"].append(
                {
                    "rowid": rowid,
                    "collection": name,
                    "id": loaded["id"],
                    "title": indexed_text(title.translate(NOT_IN_SEARCH_TEXT)),
                    "body": indexed_text("\n".join(search_text(schema, body))),
                }
            )
        return {table: list(map(operator.itemgetter(*self.columns[table]), rows)) for table, rows in tables.items()}


def document_rows(documents, texts, columns):
    """``{table: [tuple, ...]}`` of the documents collection: each document's
    row (its verbatim text and BibTeX entry beside its record) and link rows."""
    collection = BY_NAME["documents"]
    schema = collection.record_schema()
    tables = {collection.table: [], **{link_table(collection, name): [] for name in list_fields(schema)}}
    for document_id, document in documents.items():
        representation = schema.dump(document)
        text_url = f"/v1/meta/documents/{document_id}.txt" if document_id in texts else None
        representation["text_url"] = text_url
        representation["citation"] = {"text": citation_text(representation), "csl_json": csl_json(representation)}
        representation["links"] = build_links(collection, representation, {"text": text_url})
        row = row_of(representation, schema)
        row.update(text=texts.get(document_id), bibtex=bibtex(representation))
        row["record"] = orjson.dumps(representation).decode()
        tables[collection.table].append(row)
        for table_name, rows_of_link in link_rows(collection, schema, representation).items():
            tables[table_name].extend(rows_of_link)
    return {table: list(map(operator.itemgetter(*columns[table]), rows)) for table, rows in tables.items()}


def claim_id(collection_name, record_id, field):
    """Stable while the seed is: the record and the source's path in it (``--``
    is in no slug, so the parts stay apart)."""
    return f"{collection_name}--{record_id}--{field.replace('.', '-').replace('_', '-')}"


def claim_row(collection_name, record_id, field, source, url):
    """The claims row of one source (located: ``RecordRows.locate``)."""
    claim = {
        "id": claim_id(collection_name, record_id, field),
        "collection": collection_name,
        "record_id": record_id,
        "field": field,
        "document": source["document"],
        "quote": source["quote"],
        "start": source["start"],
        "end": source["end"],
        "note": source.get("note"),
        "url": url,
    }
    text_url = f"/v1/meta/documents/{source['document']}.txt" if source["start"] is not None else None
    own = {"record": f"/v1/{collection_name}/{record_id}", "document": f"/v1/documents/{source['document']}"}
    claim["links"] = build_links(BY_NAME["claims"], claim, {**own, "text": text_url})
    return {**{name: value for name, value in claim.items() if name != "links"}, "record": orjson.dumps(claim).decode()}


def index_provenance(db):
    """Fill the derived collections' full-text indexes; return their counts."""
    counts = {}
    # Figures (74.9) indexed as one word, as in the search index and as q= looks them up.
    db.register_function(indexed_text, deterministic=True, replace=True)
    for collection in PROVENANCE:
        table = collection.table
        db.execute(
            f'INSERT INTO "{table}_fts" ("rowid", "body") SELECT "rowid", indexed_text({SEARCHED_TEXT[collection.name]}) FROM "{table}"'  # nosec B608: identifiers and expressions are constants
        )
        counts[collection.name] = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # nosec B608: a constant identifier
    return counts


DATASET_NAME = "shanghai-investment"
DATASET_TITLE = "Shanghai Global Investment Promotion Conference: source-cited records"
# Table Schema types of the store's scalar columns.
TABLE_SCHEMA_TYPES = {
    fields.Boolean: "boolean",
    fields.Integer: "integer",
    fields.Date: "date",
    fields.String: "string",
}


def table_schema_type(field):
    return next(name for field_class, name in TABLE_SCHEMA_TYPES.items() if isinstance(field, field_class))


def table_field(name, type_, required, description):
    field = {"name": name, "type": type_, "description": description}
    if required:
        field["constraints"] = {"required": True}
    return field


def resource(name, fields_, primary_key, foreign_keys, description):
    return {
        "name": name,
        "path": f"datapackage/{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": {"fields": fields_, "primaryKey": primary_key, "foreignKeys": foreign_keys},
    }


def foreign_key(column, target, table):
    # A reference to the resource itself is written with an empty name.
    return {"fields": column, "reference": {"resource": "" if target == table else target, "fields": "id"}}


def datapackage_resources():
    """A resource (one CSV) per served collection, with the store's scalar
    columns, and one per link table (a list field), typed from the schemas."""
    resources = []
    for collection in SERVED:
        schema = collection.record_schema()
        columns = scalar_columns(schema)
        described = []
        for name, field in schema.fields.items():
            description = field.metadata.get("description", "")
            if name in columns:
                described.append(table_field(name, table_schema_type(field), columns[name][1], description))
            elif is_money(field):
                described.append(table_field(f"{name}_amount", "integer", False, f"{description} Amount."))
                described.append(table_field(f"{name}_currency", "string", False, "ISO 4217 currency code."))
        keys = [foreign_key(name, target, collection.table) for name, (_, _, target) in columns.items() if target]
        resources.append(
            resource(collection.table, described, ["id"], keys, " ".join(collection.record_schema.__doc__.split()))
        )
        for name, target in list_fields(schema).items():
            table = link_table(collection, name)
            item = schema.fields[name].inner
            described = [
                table_field("id", "string", True, f"Id in {collection.table}."),
                table_field("value", table_schema_type(item), True, f"One of the record's {name}."),
                table_field("position", "integer", True, "Position of the value in the list, from 0."),
            ]
            keys = [foreign_key("id", collection.table, table)]
            if target:
                keys.append(foreign_key("value", target, table))
            resources.append(
                resource(table, described, ["id", "value"], keys, f"{collection.table}.{name}, a row each.")
            )
    return resources


def datapackage(version, built_at, license_):
    """The Frictionless Data Package descriptor of the dataset's CSVs (served
    at /v1/meta/datapackage.json; paths relative to it)."""
    return {
        "profile": "tabular-data-package",
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "version": version,
        "created": built_at,
        "homepage": "/v1/meta",
        "licenses": [{"name": "CC-BY-4.0", "path": license_["url"], "title": license_["name"]}],
        "resources": datapackage_resources(),
    }


def build(output, *, data_dir=None, sources_dir=None, built_at=None, frequent_word_hits=FREQUENT_WORD_HITS):
    """Validate the seed and write the database to ``output`` (atomically)."""
    kwargs = {k: v for k, v in (("data_dir", data_dir), ("sources_dir", sources_dir)) if v}
    seed = load_seed(**kwargs)
    writer = DatabaseWriter(output, seed.documents, seed.texts)
    record_rows = RecordRows(writer.columns, seed.documents, seed.texts)
    rowid = 0
    for collection in COLLECTIONS:
        records = seed.records[collection.name]
        writer.insert(record_rows(collection, records, rowid))
        rowid += len(records)
    counts = {collection.name: len(seed.records[collection.name]) for collection in COLLECTIONS}
    writer.finish(seed.version, counts, built_at=built_at, frequent_word_hits=frequent_word_hits)
    return seed.version, counts
