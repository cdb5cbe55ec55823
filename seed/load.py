"""Reading and validating the reviewed seed files.

Every record goes through the same marshmallow schema the API documents its
responses with. Any problem (a malformed field, an id that does not resolve,
a quote that is not verbatim in its document) stops the build with a message
naming the file, the record and the field.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from marshmallow import RAISE, Schema, ValidationError, fields

from schemas.collections import COLLECTIONS
from schemas.conference import FIGURE_FIELDS
from schemas.document import DocumentSeedSchema

SEED_DIR = Path(__file__).resolve().parent
DATA_DIR = SEED_DIR / "data"
SOURCES_DIR = SEED_DIR / "sources"
DOCUMENTS_FILE = "documents.yaml"


class SeedError(Exception):
    """The seed is invalid; the message lists every problem found."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("invalid seed data:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Seed:
    documents: dict  # id -> loaded document
    texts: dict  # document id -> verbatim text (documents with a file)
    records: dict  # collection name -> list of loaded records, in file order
    version: str  # hash of every seed file


def flatten_errors(messages, prefix=""):
    """marshmallow's nested error dict as ``("a.0.b", "message")`` pairs."""
    if isinstance(messages, dict):
        for key, value in messages.items():
            yield from flatten_errors(value, f"{prefix}.{key}" if prefix else str(key))
    else:
        for message in messages:
            if isinstance(message, (dict, list)):
                yield from flatten_errors(message, prefix)
            else:
                yield prefix or "_schema", message


def parse_yaml(stream):
    """YAML text or a stream, read safely by libyaml's parser (the pure-Python one is ~9× slower)."""
    return yaml.load(stream, Loader=yaml.CSafeLoader)


def read_yaml(path):
    try:
        with path.open(encoding="utf-8") as handle:
            data = parse_yaml(handle)
    except (OSError, yaml.YAMLError) as error:
        raise SeedError([f"{path.name}: cannot read: {error}"]) from None
    if not isinstance(data, list):
        raise SeedError([f"{path.name}: must be a list of records"])
    return data


def load_file(path, schema, problems):
    """Validate every record of a seed file; collect problems rather than stop at the first."""
    loaded = []
    seen = set()
    for position, raw in enumerate(read_yaml(path), start=1):
        label = raw.get("id") if isinstance(raw, dict) else None
        where = f"{path.name}: record {position} (id={label!r})"
        try:
            record = schema.load(raw, unknown=RAISE)
        except ValidationError as error:
            problems.extend(f"{where}: field {field}: {message}" for field, message in flatten_errors(error.messages))
            continue
        if record["id"] in seen:
            problems.append(f"{where}: field id: duplicate id")
        seen.add(record["id"])
        loaded.append(record)
    return loaded


def walk_references(schema, data, path=""):
    """Yield ``(field path, target collection, id)`` for every reference in a loaded record."""
    for name, field in schema.fields.items():
        value = data.get(name)
        if value is None:
            continue
        where = f"{path}{name}"
        target = field.metadata.get("references")
        if target:
            for position, item in enumerate(value if isinstance(field, fields.List) else [value]):
                yield (f"{where}.{position}" if isinstance(field, fields.List) else where), target, item
            continue
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested) and isinstance(inner.schema, Schema):
            items = value if isinstance(field, fields.List) else [value]
            for position, item in enumerate(items):
                prefix = f"{where}.{position}." if isinstance(field, fields.List) else f"{where}."
                yield from walk_references(inner.schema, item, prefix)


def walk_sources(schema, data, path=""):
    """Yield ``(field path, source)`` for every source entry in a loaded record, nested ones included."""
    for name, field in schema.fields.items():
        value = data.get(name)
        inner = field.inner if isinstance(field, fields.List) else field
        if not value or not isinstance(inner, fields.Nested):
            continue
        items = value if isinstance(field, fields.List) else [value]
        for position, item in enumerate(items):
            where = f"{path}{name}.{position}"
            if name == "sources":
                yield where, item
            else:
                yield from walk_sources(inner.schema, item, f"{where}.")


def quote_span(text, quote, occurrence=None):
    """``(start, end)`` of ``quote`` in ``text``, in code points (``text[start:end]
    == quote``): its only occurrence, or its ``occurrence``-th (from 1), which
    must be given when it occurs more than once. ValueError says what is wrong."""
    starts = []
    start = text.find(quote)
    while start != -1:
        starts.append(start)
        start = text.find(quote, start + 1)
    if not starts:
        raise ValueError("quote is not verbatim")
    if occurrence is None:
        if len(starts) > 1:
            raise ValueError(f"quote occurs {len(starts)} times: say which with `occurrence` (1 to {len(starts)})")
        occurrence = 1
    if occurrence > len(starts):
        raise ValueError(f"occurrence {occurrence}: the quote occurs only {len(starts)} time(s)")
    return starts[occurrence - 1], starts[occurrence - 1] + len(quote)


def check_references(records, documents, problems):
    """Every id names a record, once in any list of ids; a symmetric relation
    (``possibly_same_as_ids``) holds both ways and never names its own record."""
    known = {name: {record["id"] for record in items} for name, items in records.items()}
    known["documents"] = set(documents)
    for collection in COLLECTIONS:
        schema = collection.record_schema()
        # The lists of ids, found once per collection: (field name, whether symmetric).
        id_lists = [
            (name, bool(field.metadata.get("symmetric")))
            for name, field in schema.fields.items()
            if isinstance(field, fields.List) and field.metadata.get("references")
        ]
        by_id = {record["id"]: record for record in records[collection.name]}
        for record in records[collection.name]:
            where = f"{collection.seed_file}: record id={record['id']!r}: field"
            for field, target, value in walk_references(schema, record):
                if value not in known[target]:
                    problems.append(f"{where} {field}: unknown {target} id {value!r}")
            for name, symmetric in id_lists:
                ids = record.get(name)
                if not ids:
                    continue
                for twice in sorted({value for value in ids if ids.count(value) > 1}):
                    problems.append(f"{where} {name}: names {twice!r} twice")
                if symmetric:
                    check_symmetric(by_id, record, name, f"{where} {name}", problems)


def check_symmetric(by_id, record, name, where, problems):
    """``record``'s ``name`` never names ``record`` and is named back by each
    record it names (``by_id``: the records of its collection by id)."""
    if record["id"] in record[name]:
        problems.append(f"{where}: names the record itself")
    for other_id in record[name]:
        other = by_id.get(other_id)
        if other is not None and other_id != record["id"] and record["id"] not in other[name]:
            problems.append(f"{where}: {other_id!r} does not name this record back")


def check_quotes(records, documents, texts, problems):
    """A source citing a stored text quotes it verbatim (a note beside the
    quote is optional); a source citing an outside publication copies none of
    it: no quote, a note in our own words saying what the page reports."""
    for collection in COLLECTIONS:
        schema = collection.record_schema()
        for record in records[collection.name]:
            for field, source in walk_sources(schema, record):
                where = f"{collection.seed_file}: record id={record['id']!r}: field {field}"
                document, quote = source["document"], source["quote"]
                if document not in documents:
                    continue  # reported by check_references
                if document in texts:
                    if quote is None:
                        problems.append(f"{where}: a quote is required for {document!r}")
                        continue
                    try:
                        quote_span(texts[document], quote, source.get("occurrence"))
                    except ValueError as error:
                        problems.append(f"{where}: {error} in {document!r}: {quote!r}")
                    continue
                if source.get("occurrence") is not None:
                    problems.append(f"{where}.occurrence: {document!r} is an outside publication: nothing to count")
                if documents[document]["url"] is None:
                    problems.append(f"{where}: {document!r} has neither text nor URL to cite")
                if quote is not None:
                    problems.append(
                        f"{where}.quote: {document!r} is an outside publication: cite it with a note, not a quote"
                    )
                if not source.get("note"):
                    problems.append(f"{where}.note: a note saying what {document!r} reports is required")


def check_documents(documents, texts, people, problems):
    """An outside publication is cited by URL and must say what it is and
    when it was read; references between documents and to authors resolve."""
    for doc_id, doc in documents.items():
        where = f"{DOCUMENTS_FILE}: record id={doc_id!r}"
        if doc_id not in texts:
            for name in ("url", "publication", "language", "accessed_on"):
                if doc.get(name) is None:
                    problems.append(f"{where}: field {name}: required for an outside publication")
            if doc["title"] is None and doc["publication_note"] is None:
                problems.append(f"{where}: field publication_note: say why the title is null")
        for position, person in enumerate(doc["author_ids"]):
            if person not in people:
                problems.append(f"{where}: field author_ids.{position}: unknown people id {person!r}")
        original = doc["original_document_id"]
        if original is not None and (original not in documents or original == doc_id):
            problems.append(f"{where}: field original_document_id: unknown documents id {original!r}")


def check_bases(records, problems):
    """A ``<x>_basis`` field is set exactly when its value ``<x>`` (or
    ``<x>_id`` / ``<x>_ids``) is: a basis with nothing to qualify, or a value
    without its basis, is a mistake."""
    for collection in COLLECTIONS:
        names = collection.record_schema().fields
        pairs = []
        for name in names:
            if name.endswith("_basis"):
                stem = name.removesuffix("_basis")
                subject = next((n for n in (stem, f"{stem}_id", f"{stem}_ids") if n in names), None)
                if subject:
                    pairs.append((name, subject))
        for record in records[collection.name]:
            for name, subject in pairs:
                has_value = record[subject] not in (None, [])
                if has_value != (record[name] is not None):
                    state = "set" if record[name] is not None else "null"
                    problems.append(
                        f"{collection.seed_file}: record id={record['id']!r}: field {name}: is {state} "
                        f"but {subject} is {'set' if has_value else 'empty'}"
                    )


def check_editions(records, problems):
    """Consistency within and around each conference record."""
    years = {record["id"]: record["year"] for record in records["conferences"]}
    for record in records["conferences"]:
        where = f"conferences.yaml: record id={record['id']!r}"
        officials = [official["person_id"] for official in record["official_roles"]]
        if officials != record["official_ids"]:
            problems.append(f"{where}: field official_ids: must list official_roles' person_id in order: {officials}")
        if record["end_date"] is not None and record["end_date"] < record["date"]:
            problems.append(f"{where}: field end_date: before date")
        for field in FIGURE_FIELDS:
            figures = [f for f in record["reported_figures"] if f["field"] == field]
            if not figures:
                continue
            headlines = [f for f in figures if f["headline"]]
            value = record[field]
            shown = (value["amount"], value["currency"]) if isinstance(value, dict) else (value, None)
            if len(headlines) != 1:
                problems.append(f"{where}: field reported_figures: {field} needs exactly one headline value")
            elif (headlines[0]["amount"], headlines[0]["currency"]) != shown:
                problems.append(f"{where}: field {field}: differs from its headline reported figure")
        for position, figure in enumerate(record["reported_figures"]):
            if figure["headline"] != (figure["headline_reason"] is not None):
                problems.append(
                    f"{where}: field reported_figures.{position}.headline_reason: given exactly for the headline value"
                )
    for collection in COLLECTIONS:
        names = collection.record_schema().fields
        if collection.name == "conferences" or not {"conference_id", "year"} <= set(names):
            continue
        for record in records[collection.name]:
            expected = years.get(record["conference_id"])
            if record["conference_id"] in years and record["year"] != expected:
                problems.append(
                    f"{collection.seed_file}: record id={record['id']!r}: field year: "
                    f"{record['year']!r} is not the year of {record['conference_id']!r} ({expected})"
                )
            elif record["conference_id"] is None and record["year"] is not None:
                problems.append(
                    f"{collection.seed_file}: record id={record['id']!r}: field year: set without a conference"
                )


def check_roles_and_credits(records, problems):
    for record in records["organizations"]:
        extra = sorted(set(record["inferred_roles"]) - set(record["roles"]))
        if extra:
            problems.append(
                f"organizations.yaml: record id={record['id']!r}: field inferred_roles: not in roles: {extra}"
            )
    for record in records["statements"]:
        where = f"statements.yaml: record id={record['id']!r}: field credited_to"
        if (record["credited_to"] == "speakers") != bool(record["speaker_ids"]):
            problems.append(f"{where}: `speakers` exactly when speaker_ids names someone")
        if record["credited_to"] == "organization" and not record["organization_ids"]:
            problems.append(f"{where}: `organization` needs the organization in organization_ids")


def seed_files(data_dir, sources_dir):
    return sorted(data_dir.glob("*.yaml")) + sorted(sources_dir.glob("*.txt"))


def dataset_version(data_dir, sources_dir):
    """A short hash of every seed file's name and bytes: same seed, same version."""
    digest = hashlib.sha256()
    for path in seed_files(data_dir, sources_dir):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_seed(data_dir=DATA_DIR, sources_dir=SOURCES_DIR):
    problems = []
    documents = {doc["id"]: doc for doc in load_file(data_dir / DOCUMENTS_FILE, DocumentSeedSchema(), problems)}
    texts = {}
    for doc in documents.values():
        if doc["file"]:
            try:
                texts[doc["id"]] = (sources_dir / doc["file"]).read_text(encoding="utf-8")
            except OSError as error:
                problems.append(f"{DOCUMENTS_FILE}: record id={doc['id']!r}: field file: {error}")
    records = {
        collection.name: load_file(data_dir / collection.seed_file, collection.record_schema(), problems)
        for collection in COLLECTIONS
    }
    if not problems:
        check_references(records, documents, problems)
        check_documents(documents, texts, {person["id"] for person in records["people"]}, problems)
        check_quotes(records, documents, texts, problems)
        check_bases(records, problems)
        check_editions(records, problems)
        check_roles_and_credits(records, problems)
    if problems:
        raise SeedError(problems)
    return Seed(documents, texts, records, dataset_version(data_dir, sources_dir))
