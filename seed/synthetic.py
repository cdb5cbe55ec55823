"""A synthetic dataset at scale, for benchmarks only: ``python -m seed --synthetic N``.

Its records are made up, then written as the real build writes the seed's
(``seed.build.RecordRows`` and ``DatabaseWriter``: the same tables, served
representations, links, sources, search rows and metadata). Made up, it is
never served by default: it is written to ``build/synthetic-N.db`` (never
``build/data.db``) and says so everywhere:

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
collection and chunk). Chunks of records and their rows are made by worker
processes and handed to the writer one chunk at a time, so memory does not
grow with N.
"""

import datetime
import gc
import hashlib
import itertools
import multiprocessing
import os
import random
import re
import time
from pathlib import Path

from marshmallow import RAISE, ValidationError, fields, validate

from schemas.base import CURRENCIES, MoneySchema
from schemas.collections import BY_NAME, COLLECTIONS

from .build import TITLE_FIELDS, DatabaseWriter, RecordRows
from .load import load_seed

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


def check_sample(collection, schema, records, loaded_schema_errors):
    """Validate a sample the way the seed is validated (schema.load, unknown fields refused)."""
    for record in records:
        try:
            schema.load(schema.dump(record), unknown=RAISE)
        except ValidationError as error:
            loaded_schema_errors.append(f"{collection.name} {record['id']}: {error.messages}")


_STATE = None  # (generator, record rows) while a build runs; forked workers inherit it


def make_rows(task):
    """Rows of every table for one chunk of a collection: ``{table: [tuple, ...]}``."""
    name, begin, stop, first_rowid = task
    generator, record_rows = _STATE
    collection = BY_NAME[name]
    gc_was_enabled = gc.isenabled()
    gc.disable()  # many small dicts, no cycles
    try:
        return record_rows(collection, generator.chunk(collection, begin, stop), first_rowid)
    finally:
        if gc_was_enabled:
            gc.enable()


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

    # Every record goes through its schema (as the seed does) up to FULL_CHECK
    # projects; above, the first records of each collection do.
    problems = []
    for collection in COLLECTIONS:
        schema = collection.record_schema()
        count = counts[collection.name]
        if n <= FULL_CHECK:
            for begin in range(1, count + 1, CHUNK):
                records = generator.chunk(collection, begin, min(begin + CHUNK, count + 1))
                check_sample(collection, schema, records, problems)
        else:
            check_sample(collection, schema, generator.chunk(collection, 1, min(21, count + 1)), problems)
    if problems:
        raise ValueError("synthetic records fail their schema:\n" + "\n".join(problems[:20]))

    # Records, their served representation, link, source and search rows,
    # made in worker processes (forked: they share the state below), inserted here.
    writer = DatabaseWriter(output, real.documents, real.texts)
    global _STATE
    _STATE = (generator, RecordRows(writer.columns))
    tasks, rowid = [], 0
    for collection in COLLECTIONS:
        for begin in range(1, counts[collection.name] + 1, CHUNK):
            stop = min(begin + CHUNK, counts[collection.name] + 1)
            tasks.append((collection.name, begin, stop, rowid))
            rowid += stop - begin
    processes = min(os.cpu_count() or 1, 4) if n > 2 * CHUNK else 1
    done = {}
    try:
        if processes > 1:
            pool = multiprocessing.get_context("fork").Pool(processes)
            results = pool.imap(make_rows, tasks)
        else:
            pool, results = None, map(make_rows, tasks)
        for (name, begin, stop, _), rows in zip(tasks, results, strict=True):
            writer.insert(rows)
            done[name] = done.get(name, 0) + stop - begin
            if done[name] == counts[name]:
                say(f"{name}: {counts[name]} records ({time.perf_counter() - started:.1f}s)")
        if pool:
            pool.close()
            pool.join()
    finally:
        _STATE = None

    version = dataset_version(n, seed, real.version)
    writer.finish(
        version,
        counts,
        built_at=built_at,
        synthetic={
            "synthetic_projects": str(n),
            "synthetic_seed": str(seed),
            "synthetic_note": "Made-up records for benchmarks: ids and names say Synthetic; quotes are real "
            "sentences of the article that support nothing about these records. Never serve as data.",
        },
        # The generator references only records it makes; checking that is slow past this size.
        check_foreign_keys=n <= 100_000,
        say=lambda message: say(f"{message} ({time.perf_counter() - started:.1f}s)"),
    )
    say(f"done ({time.perf_counter() - started:.1f}s)")
    return version, counts
