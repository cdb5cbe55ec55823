"""The query layer: filters, sort, keyset pagination, full-text search,
sparse fieldsets and expansion, for every collection.

Column and table names come only from the schemas' metadata (a whitelist);
every value a client sends is a bound parameter.
"""

import base64
import datetime
import hashlib
import hmac
import re
import threading
from urllib.parse import urlencode

import orjson
from flask import current_app, request

from schemas.base import DEFAULT_LIMIT, default_sort, expansions
from schemas.collections import BY_NAME

from .db import dataset, get_db
from .problems import ApiProblem

# Query parameters that shape the representation or the page, not which records match.
PAGE_PARAMETERS = frozenset({"cursor", "limit", "fields", "expand", "format"})
FTS_TOKEN = re.compile(r'"[^"]*"|\S+')
WORD = re.compile(r"\w", re.UNICODE)
CONTROL_TO_SPACE = {code: " " for code in range(32)}
INT64 = range(-(2**63), 2**63)
PLAIN_WORD = re.compile(r"[A-Za-z]+")
FTS_PROBE_COST = 6  # see list_records
FREQUENT_TOTALS = 'SELECT "collection", "total" FROM "search_frequent" WHERE "word" = ?'


# ---------------------------------------------------------------------------
# Full-text queries
# ---------------------------------------------------------------------------


def fts_query(text):
    """A client's search text as a safe FTS5 query.

    Words are ANDed; a double-quoted phrase stays a phrase and a trailing
    ``*`` makes a prefix query. Everything else, FTS5 operators and syntax
    included, is quoted and so searched as plain words, never interpreted.
    """
    # Control characters (NUL included) are not text, and SQLite's FTS5
    # parser stops at a NUL: they become spaces.
    text = text.translate(CONTROL_TO_SPACE)
    terms = []
    for token in FTS_TOKEN.findall(text):
        prefix = token.endswith("*") and not token.startswith('"')
        body = token.strip('"').rstrip("*")
        if not WORD.search(body):
            continue
        terms.append('"' + body.replace('"', '""') + '"' + ("*" if prefix else ""))
    # Validation guarantees a word in ASCII terms; a text of only non-word
    # symbols (e.g. emoji) searches for nothing and matches nothing.
    return " ".join(terms) or '""'


def plain_word(text):
    """``text`` as the build keys its frequent words (one ASCII word, lower
    case: FTS5 folds case), or None when it is not one such word."""
    text = text.strip()
    return text.lower() if PLAIN_WORD.fullmatch(text) else None


def frequent_total(text, collections=None):
    """Matches of ``text`` in ``collections`` (all when None), from the build,
    when ``text`` is one plain word the build counted (one in many records:
    ``seed.build.rank_frequent_words``); else None, and it must be counted."""
    word = plain_word(text)
    if word is None:
        return None
    rows = get_db().execute(FREQUENT_TOTALS, [word]).fetchall()
    if not rows:
        return None
    totals = dict(rows)
    return sum(totals.get(name, 0) for name in collections) if collections else sum(totals.values())


# ---------------------------------------------------------------------------
# Cursors
# ---------------------------------------------------------------------------


def fingerprint():
    """Identity of the query a cursor belongs to: the collection and every
    parameter that selects or orders records."""
    items = sorted((k, v) for k, v in request.args.items(multi=True) if k not in PAGE_PARAMETERS)
    return hashlib.blake2b(orjson.dumps([request.path, items]), digest_size=8).hexdigest()


def cursor_key():
    secret = current_app.config["CURSOR_SECRET"]
    return hashlib.sha256(f"{secret}\0{dataset().version}".encode()).digest()


def encode_cursor(key, direction, values):
    payload = base64.urlsafe_b64encode(orjson.dumps({"f": fingerprint(), "d": direction, "k": values})).rstrip(b"=")
    signature = hmac.new(key, payload, hashlib.sha256).digest()[:12]
    return (payload + b"." + base64.urlsafe_b64encode(signature).rstrip(b"=")).decode()


def bad_cursor(detail):
    return ApiProblem(
        "invalid_cursor",
        "The cursor is not valid for this query; restart from the first page.",
        [{"location": "query", "parameter": "cursor", "detail": detail}],
    )


def decode_cursor(key, cursor, key_count):
    """``(direction, values)`` of a cursor issued for this very query and dataset version."""
    try:
        payload, signature = cursor.encode("ascii").split(b".")
        expected = hmac.new(key, payload, hashlib.sha256).digest()[:12]
        if not hmac.compare_digest(base64.urlsafe_b64decode(signature + b"=" * (-len(signature) % 4)), expected):
            raise bad_cursor("Not issued by this API for the current dataset version.")
        data = orjson.loads(base64.urlsafe_b64decode(payload + b"=" * (-len(payload) % 4)))
    except (ValueError, UnicodeEncodeError, orjson.JSONDecodeError):
        raise bad_cursor("Malformed.") from None
    if data.get("f") != fingerprint():
        raise bad_cursor("Issued for different filters, sort or search.")
    values = data.get("k")
    if data.get("d") not in ("next", "prev") or not isinstance(values, list) or len(values) != key_count:
        raise bad_cursor("Malformed.")
    if not all(
        value is None or isinstance(value, str | float) or (type(value) is int and value in INT64) for value in values
    ):
        raise bad_cursor("Malformed.")
    return data["d"], values


# ---------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------


def sql_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def placeholders(values):
    return ", ".join("?" * len(values))


def filter_clauses(collection, args, *, probe=False):
    """SQL conditions and parameters for every filter present in ``args``.

    A filter on a list field is an ``IN`` over its link table's (value, id)
    index, and ``q`` an ``IN`` over the full-text hits: the matches are
    fetched, then sorted, which suits few matches. With ``probe`` each is an
    ``EXISTS`` probing the link table's (id, value) key or the full-text index
    for the record's row instead, so the sort's index drives and ``LIMIT``
    stops the scan early, which suits many matches.
    """
    clauses, params = [], []
    for name, field in collection.query_fields.items():
        spec = field.metadata.get("filter")
        if not spec or name not in args:
            continue
        value = args[name]
        values = [sql_value(v) for v in (value if isinstance(value, list) else [value])]
        if spec.get("operator"):
            clauses.append(f'"{spec["column"]}" {spec["operator"]} ?')
        elif spec.get("column"):
            clauses.append(f'"{spec["column"]}" IN ({placeholders(values)})')
        elif probe:
            clauses.append(
                f'EXISTS (SELECT 1 FROM "{collection.table}_{spec["link"]}" AS "link" '  # nosec B608: identifiers from the schemas' whitelist, values bound
                f'WHERE "link"."id" = "{collection.table}"."id" AND "link"."value" IN ({placeholders(values)}))'
            )
        else:
            clauses.append(
                f'"id" IN (SELECT "id" FROM "{collection.table}_{spec["link"]}" WHERE "value" IN ({placeholders(values)}))'  # nosec B608: identifiers from the schemas' whitelist, values bound
            )
        params.extend(values)
    if "q" in args:
        # CROSS JOIN fixes the join order: SQLite would otherwise read every
        # "search" row of the collection and look each up in the hits.
        if probe:
            clauses.append(
                'EXISTS (SELECT 1 FROM "search" AS "s" CROSS JOIN "search_fts" ON "search_fts"."rowid" = "s"."rowid" '
                f'WHERE "s"."collection" = ? AND "s"."id" = "{collection.table}"."id" AND "search_fts" MATCH ?)'  # nosec B608: identifiers from the schemas' whitelist, values bound
            )
        else:
            clauses.append(
                '"id" IN (SELECT "s"."id" FROM "search_fts" CROSS JOIN "search" AS "s" '
                'ON "s"."rowid" = "search_fts"."rowid" WHERE "s"."collection" = ? AND "search_fts" MATCH ?)'
            )
        params.extend([collection.name, fts_query(args["q"])])
    return clauses, params


def sort_keys(collection, args):
    """``[(column, descending)]``, ending with the id as tie-breaker in the last key's direction."""
    requested = args.get("sort") or [default_sort(collection.query_schema)]
    keys, seen = [], set()
    for item in requested:
        column = item.removeprefix("-")
        if column not in seen:
            seen.add(column)
            keys.append((column, item.startswith("-")))
    if "id" not in seen:
        keys.append(("id", keys[-1][1]))
    return keys


def keyset_clause(keys, values, backwards):
    """Rows strictly after ``values`` in the order of ``keys`` (before, when ``backwards``)."""
    directions = {descending != backwards for _, descending in keys}
    if len(directions) == 1:
        # Row values keep the comparison a single index range.
        operator = "<" if directions.pop() else ">"
        columns = ", ".join(f'"{column}"' for column, _ in keys)
        return f"({columns}) {operator} ({placeholders(values)})", list(values)
    alternatives, params = [], []
    for position, (column, descending) in enumerate(keys):
        operator = "<" if descending != backwards else ">"
        equal = [f'"{c}" = ?' for c, _ in keys[:position]]
        alternatives.append("(" + " AND ".join([*equal, f'"{column}" {operator} ?']) + ")")
        params.extend(values[: position + 1])
    return "(" + " OR ".join(alternatives) + ")", params


def order_by(keys, backwards):
    return ", ".join(f'"{column}" {"DESC" if descending != backwards else "ASC"}' for column, descending in keys)


def page_url(**overrides):
    """This request's URL with some query parameters replaced (None removes one)."""
    items = [(k, v) for k, v in request.args.items(multi=True) if k not in overrides]
    items.extend((k, v) for k, v in overrides.items() if v is not None)
    query = urlencode(items, safe=",*")
    return f"{request.path}?{query}" if query else request.path


def select_page(table, clauses, params, keys, limit, cursor, extra_columns, table_params=()):
    """Run a keyset-paginated query over ``table`` (a table name or a
    subquery taking ``table_params``); return ``(rows, next cursor, prev cursor)``.

    ``rows`` are ``(key values..., extra columns...)`` tuples in display order.
    """
    cursor_key_bytes = cursor_key()
    backwards = False
    clauses = list(clauses)
    params = list(params)
    if cursor is not None:
        direction, values = decode_cursor(cursor_key_bytes, cursor, len(keys))
        backwards = direction == "prev"
        condition, condition_params = keyset_clause(keys, values, backwards)
        clauses.append(condition)
        params.extend(condition_params)
    key_columns = ", ".join(f'"{column}"' for column, _ in keys)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT {key_columns}{extra_columns} FROM {table} {where} ORDER BY {order_by(keys, backwards)} LIMIT ?"  # nosec B608: identifiers from the schemas' whitelist, values bound
    rows = get_db().execute(sql, [*table_params, *params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
    count = len(keys)
    first, last = (list(rows[0][:count]), list(rows[-1][:count])) if rows else (None, None)
    # Moving forward there is a previous page whenever we came from a cursor; moving back, always a next one.
    has_next = more if not backwards else cursor is not None
    has_prev = cursor is not None if not backwards else more
    next_cursor = encode_cursor(cursor_key_bytes, "next", last) if has_next and rows else None
    prev_cursor = encode_cursor(cursor_key_bytes, "prev", first) if has_prev and rows else None
    return rows, next_cursor, prev_cursor


def shape(records, collection, args):
    """Apply ``expand=`` then ``fields=`` to parsed records, in place."""
    expand = args.get("expand") or []
    if expand:
        expandable = expansions(collection.record_schema)
        db = get_db()
        for name in expand:
            field_name, field = expandable[name]
            target = BY_NAME[field.metadata["references"]]
            wanted = set()
            for record in records:
                value = record.get(field_name)
                wanted.update(value if isinstance(value, list) else [value] if value else [])
            ordered = sorted(wanted)
            sql = f'SELECT "id", "record" FROM "{target.table}" WHERE "id" IN ({placeholders(ordered)})'  # nosec B608: identifiers from the schemas' whitelist, values bound
            related = {row[0]: orjson.loads(row[1]) for row in db.execute(sql, ordered)}
            for record in records:
                value = record.get(field_name)
                record[name] = [related[i] for i in value] if isinstance(value, list) else related.get(value)
    selected = args.get("fields_")
    if selected:
        keep = {"id", *selected, *expand}
        for index, record in enumerate(records):
            records[index] = {k: v for k, v in record.items() if k in keep}
    return records


def page_body(data, total, limit, sort, next_cursor, prev_cursor):
    """The list envelope around already-encoded ``data``, and its ``Link`` header."""
    links = {"self": page_url()}
    if next_cursor:
        links["next"] = page_url(cursor=next_cursor)
    if prev_cursor:
        links["prev"] = page_url(cursor=prev_cursor)
    meta = {"total": total, "limit": limit, "sort": sort, "dataset_version": dataset().version}
    body = b'{"data":' + data + b',"links":' + orjson.dumps(links) + b',"meta":' + orjson.dumps(meta) + b"}"
    return body, link_header(links)


COUNT_CACHE_SIZE = 1024
COUNT_LOCK = threading.Lock()


def count(table, clauses, params, table_params=(), sql=None):
    """Records matching a query. Paging through a large result asks the same
    count on every page; the data being immutable, it is computed once per
    query (its fingerprint) and worker, and the oldest is forgotten first.
    ``sql`` replaces the ``SELECT count(*)`` over ``table`` and ``clauses``."""
    counts = current_app.extensions["counts"]
    key = fingerprint()
    total = counts.get(key)
    if total is None:
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = sql or f"SELECT count(*) FROM {table} {where}"  # nosec B608: identifiers from the schemas' whitelist, values bound
        total = get_db().execute(sql, [*table_params, *params]).fetchone()[0]
        with COUNT_LOCK:  # gthread workers share the dict between threads
            counts[key] = total
            while len(counts) > COUNT_CACHE_SIZE:
                del counts[next(iter(counts))]
    return total


def relation_range(collection, args, keys):
    """When the only criterion is one value of one relation (``industry=x``),
    the page is one range of that link table's ``(value, sort key, id)``
    index, whatever the collection's size: ``(table, params)``, else None."""
    present = [
        (name, field.metadata["filter"])
        for name, field in collection.query_fields.items()
        if field.metadata.get("filter") and name in args
    ]
    if "q" in args or len(present) != 1:
        return None
    name, spec = present[0]
    if not spec.get("link") or len(args[name]) != 1:
        return None
    columns = ", ".join(['"id"', *(f'"sort_{column}" AS "{column}"' for column, _ in keys if column != "id")])
    return f'(SELECT {columns} FROM "{collection.table}_{spec["link"]}" WHERE "value" = ?)', [args[name][0]]  # nosec B608: identifiers from the schemas' whitelist, value bound


def records_by_id(collection, ids):
    """The stored representations of ``ids``, in that order."""
    sql = f'SELECT "id", "record" FROM "{collection.table}" WHERE "id" IN ({placeholders(ids)})'  # nosec B608: identifiers from the schemas' whitelist, values bound
    found = dict(get_db().execute(sql, ids).fetchall())
    return [found[record_id] for record_id in ids]


def list_records(collection, args):
    """The page body for a collection list request, and its ``Link`` header."""
    keys = sort_keys(collection, args)
    limit = args.get("limit", DEFAULT_LIMIT)
    by_relation = relation_range(collection, args, keys)
    if by_relation:
        table, table_params = by_relation
        rows, next_cursor, prev_cursor = select_page(table, [], [], keys, limit, args.get("cursor"), "", table_params)
        position = [column for column, _ in keys].index("id")
        raw = records_by_id(collection, [row[position] for row in rows])
        total = matching(collection, args, table, [], [], table_params)
    else:
        table = f'"{collection.table}"'
        clauses, params = filter_clauses(collection, args)
        page_clauses, page_params = clauses, params
        size = dataset().counts[collection.name]
        total = matching(collection, args, table, clauses, params)
        # Several relation values, a relation and other filters, or a search:
        # scanning the sort's index and probing the links or the full-text
        # index reads about limit * size / total entries, fetching and sorting
        # the matches reads total; take the cheaper. A full-text probe costs
        # about what six fetched matches do (30 us against 5 us a row at
        # 1,000,000 projects), a link probe about one.
        probe_cost = FTS_PROBE_COST if "q" in args else 1
        probed = "q" in args or any(
            (collection.query_fields[name].metadata.get("filter") or {}).get("link")
            for name in args
            if name in collection.query_fields
        )
        if probed and total**2 > probe_cost * (limit + 1) * size:
            page_clauses, page_params = filter_clauses(collection, args, probe=True)
        rows, next_cursor, prev_cursor = select_page(
            table, page_clauses, page_params, keys, limit, args.get("cursor"), ', "record"'
        )
        raw = [row[-1] for row in rows]
    if args.get("fields_") or args.get("expand"):
        data = orjson.dumps(shape([orjson.loads(r) for r in raw], collection, args))
    else:
        # Stored representations are already the served JSON: splice, don't re-encode.
        data = b"[" + ",".join(raw).encode() + b"]"
    sort = [("-" if descending else "") + column for column, descending in keys]
    return page_body(data, total, limit, sort, next_cursor, prev_cursor)


def matching(collection, args, table, clauses, params, table_params=()):
    """How many records the filters select: the build's own counts when they
    hold the answer (no filter at all, or only a frequent word), else counted."""
    filtered = any(field.metadata.get("filter") and name in args for name, field in collection.query_fields.items())
    if not filtered:
        known = frequent_total(args["q"], [collection.name]) if "q" in args else dataset().counts[collection.name]
        if known is not None:
            return known
    return count(table, clauses, params, table_params)


def link_header(links):
    """RFC 8288 ``Link`` header for a page's navigation links."""
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if rel != "self") or None


def get_record(collection, record_id, args):
    row = get_db().execute(f'SELECT "record" FROM "{collection.table}" WHERE "id" = ?', (record_id,)).fetchone()  # nosec B608: identifiers from the schemas' whitelist, values bound
    if row is None:
        raise ApiProblem("not_found", f"No {collection.singular} with id {record_id!r}.")
    if args.get("fields_") or args.get("expand"):
        return orjson.dumps(shape([orjson.loads(row[0])], collection, args)[0])
    return row[0].encode()
