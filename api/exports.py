"""Whole-collection exports: CSV and NDJSON, streamed, with the list's filters and sort.

The format comes from ``format=`` or, failing that, from the ``Accept``
header. An export carries every matching record (``limit``, when given,
caps the rows); it is not paginated, so ``cursor`` does not apply. It is
an attachment named after the collection (``projects.csv``).

A CSV cell, by one rule (``CSV_RULE``, also in the OpenAPI document): null
is an empty cell; a money value is two columns, ``<field>_amount`` and
``<field>_currency``; a list of ids or codes is its items joined by ``;``
(``[]`` when empty, so that it differs from null); any other list or object
is JSON.
"""

import csv
import io

import orjson
from apispec import BasePlugin
from flask import Response, stream_with_context
from marshmallow import fields

from schemas.base import EXPORT_FORMATS, MoneySchema
from schemas.document import BIBTEX, BIBTEX_MEDIA_TYPE
from schemas.problem import ProblemSchema

from .db import get_db
from .http import preferred_media_type
from .problems import PROBLEM_MEDIA_TYPE, ApiProblem, invalid_parameters, parameter_problem
from .query import filter_clauses, order_by, select_sql, shape, sort_keys, text_sorts

MEDIA_TYPES = {"json": "application/json", "csv": "text/csv", "ndjson": "application/x-ndjson"}
OFFERED = tuple(MEDIA_TYPES.values())  # JSON first: the answer to a request without Accept
LIST_SEPARATOR = ";"  # ids and codes never contain it
CSV_RULE = (
    "In CSV, null is an empty cell; money is two columns, `<field>_amount` and `<field>_currency`; a list of ids "
    f"or codes is its items joined by `{LIST_SEPARATOR}` (`[]` when empty); any other list or object is JSON. "
    "A record's `links` are not a column (NDJSON and JSON carry them)."
)
BATCH = 500


def requested_format(args):
    """``json``, ``csv`` or ``ndjson``: ``format=`` wins, then the ``Accept`` header."""
    if args.get("format"):
        return args["format"]
    best = preferred_media_type(OFFERED)
    if best is None:
        raise not_acceptable(OFFERED)
    return next(name for name, media_type in MEDIA_TYPES.items() if media_type == best)


def not_acceptable(offered):
    """The 406 of a URL answering the ``offered`` media types, none of which ``Accept`` allows."""
    return ApiProblem(
        "not_acceptable",
        f"This URL can answer {', '.join(offered)}; Accept allows none of them.",
        [{"location": "header", "parameter": "Accept", "detail": "No acceptable media type."}],
    )


def as_attachment(response, name, export_format):
    """An export is a file to save, named ``<name>.<format>``."""
    response.headers.set("Content-Disposition", "attachment", filename=f"{name}.{export_format}")
    return response


def refuse_cursor(args):
    """Exports (of records, of groups) are whole, never pages."""
    if args.get("cursor"):
        raise parameter_problem(invalid_parameters({"cursor": ["Exports are not paginated; drop the cursor."]}))


def export_rows(collection, args, column):
    """The stored ``column`` (``record``, or another rendering such as
    ``bibtex``) of every record the filters select, in the list's order,
    ``limit`` capping them. The query runs now, so a bad one fails while a
    problem response can still be sent."""
    clauses, params = filter_clauses(collection, args)
    order = order_by(sort_keys(collection, args), False, text_sorts(collection))
    sql = select_sql(f'"{column}"', f'"{collection.table}"', clauses, order)
    if args.get("limit"):
        sql += " LIMIT ?"
        params = [*params, args["limit"]]
    return get_db().execute(sql, params)


def export_response(collection, args, export_format):
    refuse_cursor(args)
    if export_format == "csv":
        # What CSV cannot carry is refused, not dropped: nested records, and links (each record's URLs).
        refused = {}
        if args.get("expand"):
            refused["expand"] = ["CSV has no nested records; use NDJSON or JSON."]
        if "links" in (args.get("fields_") or ()):
            refused["fields"] = ["CSV has no links column; drop `links` or use NDJSON or JSON."]
        if refused:
            raise parameter_problem(invalid_parameters(refused))
    rows = export_rows(collection, args, "record")

    def batches():
        while batch := rows.fetchmany(BATCH):
            records = [orjson.loads(row[0]) for row in batch]
            yield shape(records, collection, args)

    render = render_csv if export_format == "csv" else render_ndjson
    body = stream_with_context(render(collection, args, batches()))
    return as_attachment(Response(body, mimetype=MEDIA_TYPES[export_format]), collection.name, export_format)


def render_ndjson(collection, args, batches):
    for records in batches:
        yield b"".join(orjson.dumps(record) + b"\n" for record in records)


def csv_columns(collection, selected):
    """``(column, field name, part)``: money splits into amount and currency."""
    columns = []
    record_fields = collection.record_fields
    # The representation's order: id and the record's own fields, sources last.
    for name in sorted(record_fields, key=lambda name: name == "sources"):
        field = record_fields[name]
        if name == "links" or (selected and name not in selected and name != "id"):
            continue
        if isinstance(field, fields.Nested) and field.nested is MoneySchema:
            columns += [(f"{name}_amount", name, "amount"), (f"{name}_currency", name, "currency")]
        else:
            columns.append((name, name, None))
    return columns


def csv_cell(value):
    """One cell by ``CSV_RULE`` (money is split into its columns before)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and value and all(isinstance(item, str | int) for item in value):
        return LIST_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode()
    return value


def csv_chunks(header, batches):
    """CSV bytes: the header row, then each batch of rows as it comes."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    yield buffer.getvalue().encode()
    for rows in batches:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(rows)
        yield buffer.getvalue().encode()


def render_csv(collection, args, batches):
    columns = csv_columns(collection, args.get("fields_"))

    def row(record):
        cells = []
        for _, name, part in columns:
            value = record.get(name)
            cells.append(csv_cell(value.get(part) if part and value else value))
        return cells

    yield from csv_chunks([column for column, _, _ in columns], ([row(r) for r in records] for records in batches))


class ExportsDocPlugin(BasePlugin):
    """Documents, on every operation taking ``format``, the export media types and 406."""

    def init_spec(self, spec):
        super().init_spec(spec)
        spec.components.response(
            "NOT_ACCEPTABLE",
            {
                "description": "`Accept` allows none of JSON, CSV or NDJSON.",
                "content": {PROBLEM_MEDIA_TYPE: {"schema": ProblemSchema}},
            },
            lazy=True,
        )

    def operation_helper(self, path=None, operations=None, **kwargs):
        for operation in operations.values():
            parameters = operation.get("parameters", [])
            choice = next((p for p in parameters if isinstance(p, dict) and p.get("name") == "format"), None)
            if choice is None:
                continue
            formats = choice.get("schema", {}).get("enum", EXPORT_FORMATS)
            responses = operation["responses"]
            ok = responses[200] if 200 in responses else responses["200"]
            if "csv" in formats:
                ok["content"]["text/csv"] = {
                    "schema": {"type": "string", "description": f"One row per record, a column per field. {CSV_RULE}"},
                    "example": "id,name,industry_ids\r\n5g-valley,5G valley,5g;digital-economy\r\n",
                }
                ok["content"]["application/x-ndjson"] = {
                    "schema": {"type": "string", "description": "One JSON record per line."}
                }
                ok.setdefault("headers", {})["Content-Disposition"] = {
                    "description": "CSV and NDJSON exports: `attachment; filename=<collection>.csv` (or `.ndjson`); "
                    "a grouping's, `<collection>-by-<by>.csv`.",
                    "schema": {"type": "string"},
                }
                responses["406"] = "NOT_ACCEPTABLE"
            if BIBTEX in formats:
                ok["content"][BIBTEX_MEDIA_TYPE] = {
                    "schema": {"type": "string", "description": "BibTeX entries, one per document."},
                    "example": "@article{shanghai-investment-conference-2021,\n  journal = {Los Angeles Times}\n}\n",
                }
