"""A synthetic dataset at scale, for benchmarks only: ``python -m seed --synthetic N``.

It has exactly the schema of the real build (the tables, link tables, indexes,
FTS and the served representations come from ``seed.build``'s own functions),
but its records are made up, so it is never served by default: it is written to
``build/synthetic-N.db`` (never ``build/data.db``) and says so everywhere:

- ``metadata.synthetic`` is ``true`` (``/v1/meta`` shows it);
- every id reads ``synthetic-<kind>-<number>`` (``synthetic-project-000001``)
  and every name or text starts with ``Synthetic``;
- sources quote real, verbatim sentences of the article (the schema requires
  quotes of the seed's documents), which support nothing about the record.

Sizes: ``N`` projects (the large collection the benchmarks page through and
filter); the other collections scale with it (``SCALE``): organizations and
people N/10, partners and statements N/100, parks N/1,000, industries
N/10,000, never fewer than the real seed has. Records are generated from the
record schemas' fields and metadata (types, choices, nullability, references),
so a field added to a schema is generated without a change here.

The same ``N`` and ``--seed`` always give the same records (a seeded RNG per
collection and chunk). A 1,000,000-project build (about 1.2 M records) takes
about a minute: rows go in with ``executemany`` with the journal and syncs off,
indexes are created after the rows, and the FTS index is built once, at the end.
"""

import dataclasses
import datetime
import gc
import hashlib
import itertools
import multiprocessing
import operator
import os
import random
import re
import sqlite3
import time
from pathlib import Path

import orjson
import sqlite_utils
from marshmallow import RAISE, ValidationError, fields, validate

from schemas.base import CURRENCIES, MoneySchema
from schemas.collections import BY_NAME, COLLECTIONS
from schemas.document import DocumentSchema

from .build import (
    LICENSE,
    TITLE_FIELDS,
    create_tables,
    index_search,
    link_rows,
    link_table,
    list_fields,
    represent,
    reverse_filters,
    row_of,
    search_text,
)
from .load import load_seed, walk_sources

GENERATOR_VERSION = "1"
DEFAULT_SEED = 20210407
CHUNK = 10_000
FULL_CHECK = 10_000
# collection: (N divided by, at least)
SCALE = {
    "conferences": (1_000_000, 1),
    "projects": (1, 1),
    "partners": (100, 10),
    "parks": (1_000, 3),
    "city-strategies": (200_000, 5),
    "organizations": (10, 20),
    "people": (10, 10),
    "industries": (10_000, 25),
    "statements": (100, 10),
}
NULL_SHARE = 0.25  # of nullable fields and optional references
DISTINCT_TEXTS = 50  # values of a free-text field other than a name (so it filters like a real one)
STOP_WORDS = frozenset(
    "about after also been from have into its more most other over said some such than that their them they this "
    "those through very were what when where which while will with would".split()
)


def default_output(n):
    return f"build/synthetic-{n}.db"


def sizes(n):
    """Records per collection for ``n`` projects."""
    return {name: max(minimum, n // divisor) for name, (divisor, minimum) in SCALE.items()}


def record_id(collection, index, width):
    return f"synthetic-{collection.singular.replace(' ', '-')}-{index:0{width}d}"


def id_width(count):
    return max(6, len(str(count)))


def article(seed):
    """The seed's main document: the one with text (its quotes keep records valid)."""
    doc_id, text = next(iter(seed.texts.items()))
    return doc_id, text


def quote_pool(text):
    """Verbatim sentences of the article, long enough to be a quote."""
    sentences = []
    for paragraph in text.splitlines():
        for sentence in re.split(r"(?<=[.!?”])\s+", paragraph.strip()):
            if 40 <= len(sentence) <= 300 and sentence in text:
                sentences.append(sentence)
    return sorted(set(sentences))


def vocabulary(text):
    """Words of the article, so that searches for real words find synthetic records."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)}
    return sorted(words - STOP_WORDS)


class Generator:
    """Makes ``loaded`` records (what ``schema.load`` would return) from the schemas.

    Each schema is compiled once into a list of ``(field, make)`` steps. Two
    RNGs per chunk: one for the top-level references only (so the first pass,
    which only needs to know which references exist, replays just those) and
    one for everything else.
    """

    def __init__(self, counts, doc_id, quotes, words, seed):
        self.counts = counts
        self.widths = {name: id_width(count) for name, count in counts.items()}
        self.words = [word.capitalize() for word in words], words
        self.seed = seed
        self.allowed = {}
        one = [[{"document": doc_id, "quote": quote, "note": None}] for quote in quotes]
        two = [
            [{"document": doc_id, "quote": a, "note": None}, {"document": doc_id, "quote": b, "note": None}]
            for a, b in itertools.pairwise(quotes)
        ]
        self.source_lists = one + two
        self.plans = {}

    def id_of(self, collection_name, index):
        return record_id(BY_NAME[collection_name], index, self.widths[collection_name])

    def rngs(self, collection, start):
        base = f"{self.seed}:{GENERATOR_VERSION}:{collection.name}:{start}"
        # Reproducible made-up data, not secrets.
        return random.Random(base + ":values"), random.Random(base + ":references")  # noqa: S311  # nosec B311: reproducible made-up data, not secrets

    def plan(self, collection):
        """``(steps, reference steps)`` of a collection's records."""
        if collection.name not in self.plans:
            schema = collection.record_schema()
            steps = self.compile(collection, schema, top=True)
            self.plans[collection.name] = (steps, [(n, make) for n, make, is_ref in steps if is_ref])
        return self.plans[collection.name]

    def chunk(self, collection, start, stop):
        """Records ``start``..``stop - 1`` (1-based) of a collection, always the same for the same seed."""
        steps, _ = self.plan(collection)
        values, refs = self.rngs(collection, start)
        return [{name: make(values, refs, index) for name, make, _ in steps} for index in range(start, stop)]

    def referenced(self, collection, start, stop):
        """``{field: set of ids}`` referenced by the same records (replaying only the ``refs`` stream)."""
        _, steps = self.plan(collection)
        _, refs = self.rngs(collection, start)
        found = {name: set() for name, _ in steps}
        for index in range(start, stop):
            for name, make in steps:
                value = make(None, refs, index)
                if isinstance(value, list):
                    found[name].update(value)
                else:
                    found[name].add(value)
        return found

    def compile(self, collection, schema, *, top):
        steps = []
        for name, field in schema.fields.items():
            if field.dump_only:
                continue
            is_ref = top and bool(field.metadata.get("references"))
            steps.append((name, self.step(collection, name, field, top), is_ref))
        return steps

    def step(self, collection, name, field, top):
        if name == "id" and top:
            return lambda values, refs, index: self.id_of(collection.name, index)
        if name == "sources":
            pool = self.source_lists
            return lambda values, refs, index: pool[int(values.random() * len(pool))]
        target = field.metadata.get("references")
        if target:
            return self.reference(collection, field, target, top)
        make = self.plain(collection, name, field)
        if field.allow_none:
            return lambda values, refs, index: None if values.random() < NULL_SHARE else make(values, refs, index)
        return make

    def reference(self, collection, field, target, top):
        own = target == collection.name
        count = self.counts[target]
        width = self.widths[target]
        prefix = record_id(BY_NAME[target], 0, width)[:-width]

        def one(rng, top_index):
            return f"{prefix}{1 + int(rng.random() * top_index):0{width}d}" if top_index >= 1 else None

        if isinstance(field, fields.List):
            if own:
                return lambda values, refs, index: []
            # Industries are the shared taxonomy: everything has at least one.
            low = 1 if target == "industries" else 0

            def many(values, refs, index):
                rng = refs if top else values
                return sorted({one(rng, count) for _ in range(min(low + int(rng.random() * (4 - low)), count))})

            return many

        def single(values, refs, index):
            rng = refs if top else values
            if field.allow_none and rng.random() < NULL_SHARE:
                return None
            return one(rng, index - 1 if own else count)

        return single

    def plain(self, collection, name, field):
        if isinstance(field, fields.List):
            inner = field.inner
            if isinstance(inner, fields.Nested):
                nested = self.nested(collection, inner)
                return lambda values, refs, index: [
                    nested(values, refs, index) for _ in range(int(values.random() * 3))
                ]
            choices = one_of(inner)
            if choices:
                choices = list(choices)
                return lambda values, refs, index: values.sample(
                    choices, 1 + int(values.random() * min(2, len(choices)))
                )
            make = self.plain(collection, name, inner)
            return lambda values, refs, index: [make(values, refs, index) for _ in range(int(values.random() * 3))]
        if isinstance(field, fields.Nested):
            return self.nested(collection, field)
        return self.scalar(collection, name, field)

    def nested(self, collection, field):
        schema = field.schema
        if isinstance(schema, MoneySchema):
            currencies = self.currencies(field)
            return lambda values, refs, index: {
                "amount": (1 + int(values.random() * 10_000)) * 1_000_000,
                "currency": currencies[int(values.random() * len(currencies))],
            }
        steps = self.compile(collection, schema, top=False)
        return lambda values, refs, index: {name: make(values, refs, index) for name, make, _ in steps}

    def currencies(self, field):
        """The currencies a money field accepts (some are pinned to one), found once per field."""
        accepted = []
        for currency in CURRENCIES:
            try:
                field.deserialize({"amount": 1, "currency": currency})
            except ValidationError:
                continue
            accepted.append(currency)
        return accepted

    def scalar(self, collection, name, field):
        choices = one_of(field)
        if choices:
            choices = list(choices)
            return lambda values, refs, index: choices[int(values.random() * len(choices))]
        if isinstance(field, fields.Boolean):
            return lambda values, refs, index: values.random() < 0.2
        if isinstance(field, fields.Integer):
            if "year" in name:
                return lambda values, refs, index: 2021
            if name == "edition":
                return lambda values, refs, index: 1
            return lambda values, refs, index: 1 + int(values.random() * 500)
        if isinstance(field, fields.Date):
            day = datetime.date(2021, 4, 7)
            return lambda values, refs, index: day + datetime.timedelta(days=int(values.random() * 366))
        if isinstance(field, fields.String):
            if name in TITLE_FIELDS:
                capitalized, words = self.words
                label = "city" if name == "city" else collection.singular
                size = len(words)
                return lambda values, refs, index: (
                    f"Synthetic {capitalized[int(values.random() * size)]} {words[int(values.random() * size)]} "
                    f"{label} {index}"
                )
            label = f"Synthetic {name.replace('_', ' ')}"
            return lambda values, refs, index: f"{label} {int(values.random() * DISTINCT_TEXTS)}"
        raise TypeError(f"{collection.name}.{name}: no synthetic value for {type(field).__name__}")


def one_of(field):
    for validator in field.validators:
        if isinstance(validator, validate.OneOf):
            return validator.choices
    return None


def cached_schema(collection):
    """The collection with one schema instance (``represent`` would build one per record)."""
    schema = collection.record_schema()
    return dataclasses.replace(collection, record_schema=lambda: schema), schema


def insert_rows(db, table, rows):
    """``executemany`` in the table's column order (``rows`` are dicts with every column)."""
    columns = [column.name for column in db[table].columns]
    db.conn.executemany(insert_sql(table, columns), ([row.get(c) for c in columns] for row in rows))


def insert_sql(table, columns):
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'  # nosec B608: names from the schema-built tables, values bound


def check_sample(collection, schema, records, loaded_schema_errors):
    """Validate a sample the way the seed is validated (schema.load, unknown fields refused)."""
    for record in records:
        try:
            schema.load(schema.dump(record), unknown=RAISE)
        except ValidationError as error:
            loaded_schema_errors.append(f"{collection.name} {record['id']}: {error.messages}")


_STATE = None  # (generator, present, incoming, columns) while a build runs; forked workers inherit it


def make_rows(task):
    """Rows of every table for one chunk of a collection: ``{table: [tuple, ...]}``."""
    name, begin, stop, rowid = task
    generator, present, incoming, columns = _STATE
    collection, schema = cached_schema(BY_NAME[name])
    lists = list_fields(schema)
    tables = {collection.table: [], "sources": [], "search": [], **{link_table(collection, f): [] for f in lists}}
    gc_was_enabled = gc.isenabled()
    gc.disable()  # many small dicts, no cycles
    try:
        for loaded in generator.chunk(collection, begin, stop):
            representation = represent(collection, loaded, incoming[name], present)
            row = row_of(representation, schema)
            row["record"] = orjson.dumps(representation).decode()
            tables[collection.table].append(row)
            for table_name, link_rows_of_record in link_rows(collection, schema, representation).items():
                tables[table_name].extend(link_rows_of_record)
            tables["sources"].extend(
                {
                    "collection": name,
                    "record_id": loaded["id"],
                    "field": field,
                    "document_id": source["document"],
                    "quote": source["quote"],
                }
                for field, source in walk_sources(schema, loaded)
            )
            rowid += 1
            title = next(representation[f] for f in TITLE_FIELDS if f in representation)
            body = {k: v for k, v in representation.items() if k not in TITLE_FIELDS}
            tables["search"].append(
                {
                    "rowid": rowid,
                    "collection": name,
                    "id": loaded["id"],
                    "title": title,
                    "body": "\n".join(search_text(body)),
                }
            )
    finally:
        if gc_was_enabled:
            gc.enable()
    return {table: list(map(operator.itemgetter(*columns[table]), rows)) for table, rows in tables.items()}


def dataset_version(n, seed, real_version):
    digest = hashlib.sha256(f"synthetic\0{GENERATOR_VERSION}\0{n}\0{seed}\0{real_version}".encode())
    return f"synthetic-{digest.hexdigest()[:12]}"


def build_synthetic(n, output, *, seed=DEFAULT_SEED, built_at=None, log=None):
    """Write a synthetic database of ``n`` projects to ``output``; return ``(version, counts)``."""
    if n < 1:
        raise ValueError("N must be at least 1")
    output = Path(output)
    if output.name == "data.db":
        raise ValueError("refusing to write a synthetic dataset over the served database path build/data.db")
    say = log or (lambda message: None)
    started = time.perf_counter()
    real = load_seed()
    doc_id, text = article(real)
    quotes = quote_pool(text)
    counts = sizes(n)
    generator = Generator(counts, doc_id, quotes, vocabulary(text), seed)

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    partial.unlink(missing_ok=True)
    db = sqlite_utils.Database(partial)
    for pragma in (
        "journal_mode = OFF",
        "synchronous = OFF",
        "locking_mode = EXCLUSIVE",
        "temp_store = MEMORY",
        "cache_size = -1000000",
    ):
        db.execute(f"PRAGMA {pragma}")
    create_tables(db)
    # Rows first, indexes after: one sorted build per index instead of random inserts.
    indexes = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name != 'search'"
    ).fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')

    document_schema = DocumentSchema()
    for document_id, document in real.documents.items():
        representation = document_schema.dump(document)
        has_text = document_id in real.texts
        representation["text_url"] = f"/v1/meta/documents/{document_id}.txt" if has_text else None
        insert_rows(
            db,
            "documents",
            [
                {
                    "id": document_id,
                    "publication": document["publication"],
                    "published_on": representation["published_on"],
                    "text": real.texts.get(document_id),
                    "record": orjson.dumps(representation).decode(),
                }
            ],
        )

    # Pass 1: which references exist (reverse links are only listed when non-empty).
    present = set()
    for collection in COLLECTIONS:
        for begin in range(1, counts[collection.name] + 1, CHUNK):
            found = generator.referenced(collection, begin, min(begin + CHUNK, counts[collection.name] + 1))
            for field_name, values in found.items():
                present.update((collection.name, field_name, value) for value in values)
    say(f"references of {sum(counts.values())} records ({time.perf_counter() - started:.1f}s)")

    # Every record goes through its schema (as the seed does) up to FULL_CHECK
    # projects; above, the first records of each collection do.
    problems = []
    for collection in COLLECTIONS:
        _, schema = cached_schema(collection)
        count = counts[collection.name]
        if n <= FULL_CHECK:
            for begin in range(1, count + 1, CHUNK):
                records = generator.chunk(collection, begin, min(begin + CHUNK, count + 1))
                check_sample(collection, schema, records, problems)
        else:
            check_sample(collection, schema, generator.chunk(collection, 1, min(21, count + 1)), problems)
    if problems:
        raise ValueError("synthetic records fail their schema:\n" + "\n".join(problems[:20]))

    # Pass 2: records, their served representation, link, source and search rows,
    # made in worker processes (forked: they share the state below), inserted here.
    global _STATE
    columns = {table: [column.name for column in db[table].columns] for table in db.table_names()}
    _STATE = (generator, present, reverse_filters(), columns)
    tasks, rowid = [], 0
    for collection in COLLECTIONS:
        for begin in range(1, counts[collection.name] + 1, CHUNK):
            stop = min(begin + CHUNK, counts[collection.name] + 1)
            tasks.append((collection.name, begin, stop, rowid))
            rowid += stop - begin
    statements = {table: insert_sql(table, names) for table, names in columns.items()}
    processes = min(os.cpu_count() or 1, 4) if n > 2 * CHUNK else 1
    done = {}
    try:
        if processes > 1:
            pool = multiprocessing.get_context("fork").Pool(processes)
            results = pool.imap(make_rows, tasks)
        else:
            pool, results = None, map(make_rows, tasks)
        for (name, begin, stop, _), tables in zip(tasks, results, strict=True):
            for table, rows in tables.items():
                db.conn.executemany(statements[table], rows)
            done[name] = done.get(name, 0) + stop - begin
            if done[name] == counts[name]:
                say(f"{name}: {counts[name]} records ({time.perf_counter() - started:.1f}s)")
        if pool:
            pool.close()
            pool.join()
    finally:
        _STATE = None

    for _, sql in indexes:
        db.execute(sql)
    say(f"indexes ({time.perf_counter() - started:.1f}s)")
    frequent = index_search(db)
    say(f"full-text index, first pages of {frequent} frequent words ({time.perf_counter() - started:.1f}s)")

    version = dataset_version(n, seed, real.version)
    if built_at is None:
        built_at = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    metadata = {
        "dataset_version": version,
        "built_at": built_at,
        "license": orjson.dumps(LICENSE).decode(),
        "counts": orjson.dumps(counts).decode(),
        "synthetic": "true",
        "synthetic_projects": str(n),
        "synthetic_seed": str(seed),
        "synthetic_note": "Made-up records for benchmarks: ids and names say Synthetic; quotes are real "
        "sentences of the article that support nothing about these records. Never serve as data.",
    }
    insert_rows(db, "metadata", [{"key": key, "value": value} for key, value in metadata.items()])
    if n <= 100_000:
        violations = db.execute("PRAGMA foreign_key_check").fetchall()
        if violations:
            raise ValueError(f"foreign key violations: {violations[:10]}")
    db.conn.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    partial.replace(output)
    say(f"done ({time.perf_counter() - started:.1f}s)")
    return version, counts


def is_synthetic(path):
    """True when the database at ``path`` says it is synthetic."""
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT value FROM metadata WHERE key = 'synthetic'").fetchone()
    finally:
        connection.close()
    return bool(row) and row[0] == "true"
