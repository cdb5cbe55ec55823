"""The query layer: filters (full-text ones from ``search_sql``), sort,
keyset pagination, sparse fieldsets and expansion, for every collection. A
list is made from the parsed arguments and the ``RequestUrl``, passed in.

Column and table names come only from the schemas' metadata (a whitelist);
every value a client sends is a bound parameter.
"""

import datetime
import hashlib
import re
import threading
from dataclasses import dataclass
from urllib.parse import urlencode

import orjson
from flask import current_app
from werkzeug.datastructures import MultiDict

from schemas.base import DEFAULT_LIMIT, SLUG_PATTERN, SLUG_RULE, default_sort, expansions, text_sort_fields
from schemas.collections import BY_NAME

from .db import dataset, get_db, placeholders
from .problems import ApiProblem
from .search_sql import frequent_total, matches_clause

# Query parameters that shape the representation or the page, not which records match.
PAGE_PARAMETERS = frozenset({"cursor", "limit", "fields", "expand", "format"})
FTS_PROBE_COST = 6  # see list_records


@dataclass(frozen=True)
class RequestUrl:
    """The URL a list or search was asked for: its path and its query
    parameters as sent (repeated ones included). Page links repeat them; the
    query's fingerprint is made of them."""

    path: str
    query: MultiDict


def fingerprint_of(url):
    """Identity of the query at ``url``: the path and every parameter that
    selects or orders records (so not the page's), each with its values in the
    order sent (``sort=a&sort=b`` is not ``sort=b&sort=a``)."""
    items = sorted((key, url.query.getlist(key)) for key in url.query if key not in PAGE_PARAMETERS)
    return hashlib.blake2b(orjson.dumps([url.path, items]), digest_size=8).hexdigest()


# ---------------------------------------------------------------------------
# Lists
# ---------------------------------------------------------------------------


def sql_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


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
        if spec.get("variant"):
            clauses.append(variant_clause(collection, spec, value, values))
            if spec["variant"] == "not":
                params.extend(values)
            continue
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
        clause, values = matches_clause(collection, args["q"], probe=probe)
        clauses.append(clause)
        params.extend(values)
    return clauses, params


def text_sorts(collection):
    return text_sort_fields(collection.record_schema, collection.query_schema)


def variant_clause(collection, spec, value, values):
    """The condition of a derived filter (``schemas.base.derived_filters``):
    ``__not`` (none of ``values``; a missing value or an empty list matches)
    or ``__isnull`` (``value`` true: no value, or no link at all). A link
    test is an ``EXISTS`` probe of the (id, value) key: these filters keep
    most records, so the sort's index drives."""
    column, link = spec.get("column"), spec.get("link")
    if column and spec["variant"] == "not":
        return f'("{column}" IS NULL OR "{column}" NOT IN ({placeholders(values)}))'
    if column:
        return f'"{column}" IS {"" if value else "NOT "}NULL'
    condition = f'"link"."id" = "{collection.table}"."id"'
    if spec["variant"] == "not":
        condition += f' AND "link"."value" IN ({placeholders(values)})'
    exists = f'EXISTS (SELECT 1 FROM "{collection.table}_{link}" AS "link" WHERE {condition})'  # nosec B608: identifiers from the schemas' whitelist, values bound
    return f"NOT {exists}" if spec["variant"] == "not" or value else exists


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


def sort_value(column, nocase):
    """The placeholder a sort key is compared with: for a text key (``nocase``)
    one ignoring ASCII case, as the order and the build's indexes do. (The
    collation goes on the value: on the column, SQLite would no longer see an
    index range.)"""
    return "? COLLATE NOCASE" if column in nocase else "?"


def keyset_clause(keys, values, backwards, nocase=frozenset()):
    """Rows strictly after ``values`` in the order of ``keys`` (before, when ``backwards``)."""
    directions = {descending != backwards for _, descending in keys}
    if len(directions) == 1:
        # Row values keep the comparison a single index range.
        operator = "<" if directions.pop() else ">"
        columns = ", ".join(f'"{column}"' for column, _ in keys)
        compared = ", ".join(sort_value(column, nocase) for column, _ in keys)
        return f"({columns}) {operator} ({compared})", list(values)
    alternatives, params = [], []
    for position, (column, descending) in enumerate(keys):
        operator = "<" if descending != backwards else ">"
        equal = [f'"{c}" = {sort_value(c, nocase)}' for c, _ in keys[:position]]
        alternatives.append("(" + " AND ".join([*equal, f'"{column}" {operator} {sort_value(column, nocase)}']) + ")")
        params.extend(values[: position + 1])
    return "(" + " OR ".join(alternatives) + ")", params


def order_by(keys, backwards, nocase=frozenset()):
    """The ORDER BY of ``keys``: text keys (``nocase``) ignoring ASCII case."""
    return ", ".join(
        f'"{column}"{" COLLATE NOCASE" if column in nocase else ""} {"DESC" if descending != backwards else "ASC"}'
        for column, descending in keys
    )


def page_url(url, **overrides):
    """``url`` with some query parameters replaced (None removes one)."""
    items = [(k, v) for k, v in url.query.items(multi=True) if k not in overrides]
    items.extend((k, v) for k, v in overrides.items() if v is not None)
    query = urlencode(items, safe=",*")
    return f"{url.path}?{query}" if query else url.path


def select_sql(columns, source, clauses, order=None):
    """``SELECT columns FROM source``, with the ``clauses`` ANDed and the order
    when given: the statement of every page, count and export."""
    sql = f"SELECT {columns} FROM {source}"  # nosec B608: identifiers from the schemas' whitelist, values bound
    if clauses:
        sql += f" WHERE {' AND '.join(clauses)}"
    if order:
        sql += f" ORDER BY {order}"
    return sql


def select_page(table, clauses, params, keys, limit, cursor, extra_columns, query, nocase=frozenset()):
    """Run a keyset-paginated query over ``table`` (a table name or a
    subquery) and ``clauses``, with ``params`` (the subquery's, then the
    clauses'); return ``(rows, next cursor, prev cursor)``. ``query`` is the
    fingerprint the cursors are bound to (``fingerprint_of``); ``nocase`` the
    keys compared ignoring ASCII case.

    ``rows`` are ``(key values..., extra columns...)`` tuples in display order.
    """
    cursors = current_app.extensions["cursors"]
    backwards = False
    clauses = list(clauses)
    params = list(params)
    if cursor is not None:
        direction, values = cursors.decode(query, cursor, len(keys))
        backwards = direction == "prev"
        condition, condition_params = keyset_clause(keys, values, backwards, nocase)
        clauses.append(condition)
        params.extend(condition_params)
    key_columns = ", ".join(f'"{column}"' for column, _ in keys)
    sql = select_sql(key_columns + extra_columns, table, clauses, order_by(keys, backwards, nocase)) + " LIMIT ?"
    rows = get_db().execute(sql, [*params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()
    count = len(keys)
    first, last = (list(rows[0][:count]), list(rows[-1][:count])) if rows else (None, None)
    # Moving forward there is a previous page whenever we came from a cursor; moving back, always a next one.
    has_next = more if not backwards else cursor is not None
    has_prev = cursor is not None if not backwards else more
    next_cursor = cursors.encode(query, "next", last) if has_next and rows else None
    prev_cursor = cursors.encode(query, "prev", first) if has_prev and rows else None
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


def page_body(data, total, limit, sort, next_cursor, prev_cursor, url):
    """The list envelope around already-encoded ``data``, and its ``Link`` header."""
    links = {"self": page_url(url)}
    if next_cursor:
        links["next"] = page_url(url, cursor=next_cursor)
    if prev_cursor:
        links["prev"] = page_url(url, cursor=prev_cursor)
    meta = {"total": total, "limit": limit, "sort": sort, "dataset_version": dataset().version}
    body = b'{"data":' + data + b',"links":' + orjson.dumps(links) + b',"meta":' + orjson.dumps(meta) + b"}"
    return body, link_header(links)


COUNT_CACHE_SIZE = 1024
COUNT_LOCK = threading.Lock()


def count(query_fingerprint, sql, params):
    """The number ``sql`` counts (with ``params``) for the query of that
    fingerprint. Paging through a large result asks the same count on every
    page; the data being immutable, it is computed once per query and worker,
    and the oldest is forgotten first."""
    counts = current_app.extensions["counts"]
    total = counts.get(query_fingerprint)
    if total is None:
        total = get_db().execute(sql, params).fetchone()[0]
        with COUNT_LOCK:  # gthread workers share the dict between threads
            counts[query_fingerprint] = total
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
    if not spec.get("link") or spec.get("variant") or len(args[name]) != 1:
        return None
    columns = ", ".join(['"id"', *(f'"sort_{column}" AS "{column}"' for column, _ in keys if column != "id")])
    return f'(SELECT {columns} FROM "{collection.table}_{spec["link"]}" WHERE "value" = ?)', [args[name][0]]  # nosec B608: identifiers from the schemas' whitelist, value bound


def records_by_id(collection, ids):
    """The stored representations of ``ids``, in that order."""
    sql = f'SELECT "id", "record" FROM "{collection.table}" WHERE "id" IN ({placeholders(ids)})'  # nosec B608: identifiers from the schemas' whitelist, values bound
    found = dict(get_db().execute(sql, ids).fetchall())
    return [found[record_id] for record_id in ids]


def list_records(collection, args, url):
    """The page body for a collection list request (``args`` parsed from
    ``url``), and its ``Link`` header."""
    keys = sort_keys(collection, args)
    nocase = text_sorts(collection)
    limit = args.get("limit", DEFAULT_LIMIT)
    by_relation = relation_range(collection, args, keys)
    if by_relation:
        table, table_params = by_relation
        rows, next_cursor, prev_cursor = select_page(
            table, [], table_params, keys, limit, args.get("cursor"), "", fingerprint_of(url), nocase
        )
        position = [column for column, _ in keys].index("id")
        raw = records_by_id(collection, [row[position] for row in rows])
        total = matching(collection, args, url, table, [], table_params)
    else:
        table = f'"{collection.table}"'
        clauses, params = filter_clauses(collection, args)
        page_clauses, page_params = clauses, params
        size = dataset().counts[collection.name]
        total = matching(collection, args, url, table, clauses, params)
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
            table, page_clauses, page_params, keys, limit, args.get("cursor"), ', "record"', fingerprint_of(url), nocase
        )
        raw = [row[-1] for row in rows]
    if args.get("fields_") or args.get("expand"):
        data = orjson.dumps(shape([orjson.loads(r) for r in raw], collection, args))
    else:
        # Stored representations are already the served JSON: splice, don't re-encode.
        data = b"[" + ",".join(raw).encode() + b"]"
    sort = [("-" if descending else "") + column for column, descending in keys]
    return page_body(data, total, limit, sort, next_cursor, prev_cursor, url)


def matching(collection, args, url, table, clauses, params):
    """How many records the filters select: the build's own counts when they
    hold the answer (no filter at all, or only a frequent word), else counted
    (``params`` are the ``table``'s, then the ``clauses``')."""
    filtered = any(field.metadata.get("filter") and name in args for name, field in collection.query_fields.items())
    if not filtered and ("q" not in args or collection.seeded):  # the build counts frequent words in /v1/search only
        known = frequent_total(args["q"], [collection.name]) if "q" in args else dataset().counts[collection.name]
        if known is not None:
            return known
    return count(fingerprint_of(url), select_sql("count(*)", table, clauses), params)


def link_header(links):
    """RFC 8288 ``Link`` header for a page's navigation links."""
    return ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if rel != "self") or None


def get_record(collection, record_id, args):
    row = get_db().execute(f'SELECT "record" FROM "{collection.table}" WHERE "id" = ?', (record_id,)).fetchone()  # nosec B608: identifiers from the schemas' whitelist, values bound
    if row is None:
        # Seeded records' ids are slugs; a derived collection's (a claim's) are composed of them.
        hint = "" if not collection.seeded or re.match(SLUG_PATTERN, record_id) else f" An id must be {SLUG_RULE}."
        raise ApiProblem("not_found", f"No {collection.singular} with id {record_id!r}.{hint}")
    if args.get("fields_") or args.get("expand"):
        return orjson.dumps(shape([orjson.loads(row[0])], collection, args)[0])
    return row[0].encode()
