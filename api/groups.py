"""Group-by: how many records of a collection have each value of one of its
filterable fields (``by``), with the sums of their money fields per currency.

A record with several values of a list field (a project in two industries)
counts in each of its groups; records without a value form the group whose
key is null. Amounts are only ever added within one currency.

The data being immutable, every grouping without a filter is computed once
at build time (``seed.build.build_group_counts`` runs ``group_query`` and
stores the groups, in both orders, in ``group_counts``), and so is every
grouping whose one filter is one value of another groupable field (``within``:
the projects of one industry by park), in ``group_counts_within``, when the
two fields' groups multiply to at most ``WITHIN_CELLS``. Any other filtered
grouping runs the same query over the records the list's filters select
(``filter_clauses``).
"""

import functools

import orjson
from flask import Response
from marshmallow import fields

from schemas.base import CURRENCIES, DEFAULT_LIMIT, MoneySchema
from schemas.collections import BY_NAME
from schemas.groups import groupable_fields

from .db import dataset, get_db, placeholders
from .exports import MEDIA_TYPES, as_attachment, csv_cell, csv_chunks, refuse_cursor
from .query import count, filter_clauses, fingerprint_of, link_header, page_url, select_page, sql_value

# The groups' orders: ``sort=-count`` (the default; ties by key) and ``sort=key``. Nulls last.
ORDERS = {"-count": '"count" DESC, "key" IS NULL, "key"', "key": '"key" IS NULL, "key"'}
POSITION_COLUMNS = {"-count": "count_position", "key": "key_position"}
TITLE_FIELDS = ("name", "city", "text")
# The build stores the groupings by ``by`` within each value of ``within`` when the two fields' unfiltered
# groups multiply to at most this: the storage stays bounded, and at a million projects the pairs of small
# fields (industry and park) are stored while a grouping within one of the organizations is computed per request.
WITHIN_CELLS = 250_000


@functools.cache  # the schemas are fixed once imported: read once per collection, not per request
def groupable(collection):
    """``{by: filter spec}``: the fields a collection can be grouped by, its
    any-of and boolean filters (bounds and derived filters are not groupings)."""
    return {name: field.metadata["filter"] for name, field in groupable_fields(collection).items()}


@functools.cache  # as groupable
def money_totals(collection):
    """``((money field, currency), ...)``: the sums a group carries, in order. A
    field pinned to one currency is summed in that one only."""
    return tuple(
        (name, currency)
        for name, field in collection.record_fields.items()
        if isinstance(field, fields.Nested) and field.nested is MoneySchema
        for currency in ((field.metadata["currency"],) if field.metadata.get("currency") else CURRENCIES)
    )


def target_of(collection, by):
    """The collection the ``by`` field's values are ids in, or None."""
    spec = groupable(collection)[by]
    name = collection.record_fields[spec.get("column") or spec.get("link")].metadata.get("references")
    return BY_NAME[name] if name else None


def is_boolean(collection, by):
    spec = groupable(collection)[by]
    return isinstance(collection.record_fields[spec.get("column") or spec["link"]], fields.Boolean)


def group_query(collection, by, clauses, params, within=None):
    """``(sql, params)`` selecting ``key, count, s0, s1, ...`` (the sums of
    ``money_totals``) for every group of the records ``clauses`` select; with
    ``within`` (another groupable field), ``within, key, count, ...``: the
    groupings within each of that field's values at once."""
    spec = groupable(collection)[by]
    table = f'"{collection.table}"'
    money = money_totals(collection)
    clauses = list(clauses)
    within_spec = groupable(collection)[within] if within else {}
    if within_spec.get("column"):
        clauses.append(f'"{within_spec["column"]}" IS NOT NULL')
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""

    def sums(source):
        return "".join(
            f', sum(CASE WHEN {source}"{name}_currency" = \'{currency}\' THEN {source}"{name}_amount" END) AS "s{i}"'
            for i, (name, currency) in enumerate(money)
        )

    if spec.get("column") and not within:
        sql = f'SELECT "{spec["column"]}" AS "key", count(*) AS "count"{sums("")} FROM {table}{where} GROUP BY 1'  # nosec B608: identifiers and currencies from the schemas' whitelist, values bound
        return sql, list(params)
    # The filters name the collection's own table (``"id"``, ``"projects"."id"``): they select in a subquery.
    chosen_columns = "".join(f', "{name}_amount", "{name}_currency"' for name in dict(money))
    if spec.get("column"):
        chosen_columns += f', "{spec["column"]}" AS "key"'
        key, joins = '"chosen"."key"', ""
    else:
        # One pass over the chosen records: one without a value joins no link row, and its NULL key is the null group.
        key = '"link"."value"'
        joins = f' LEFT JOIN "{collection.table}_{spec["link"]}" AS "link" ON "link"."id" = "chosen"."id"'
    selected, group_by = f'{key} AS "key"', "1"
    if within_spec.get("column"):
        chosen_columns += f', "{within_spec["column"]}" AS "within"'
        selected, group_by = f'"chosen"."within" AS "within", {selected}', "1, 2"
    elif within:
        joins = f' JOIN "{collection.table}_{within_spec["link"]}" AS "within" ON "within"."id" = "chosen"."id"' + joins
        selected, group_by = f'"within"."value" AS "within", {selected}', "1, 2"
    chosen = f'(SELECT "id"{chosen_columns} FROM {table}{where})'  # nosec B608: identifiers from the schemas' whitelist, values bound
    chosen_sums = sums('"chosen".')
    sql = f'SELECT {selected}, count(*) AS "count"{chosen_sums} FROM {chosen} AS "chosen"{joins} GROUP BY {group_by}'  # nosec B608: as above
    return sql, list(params)


def null_label(collection, by):
    return "None" if groupable(collection)[by].get("link") else "Not reported"


def label_of(collection, by, key, titles):
    """A group's readable label: the related record's name, or the value itself."""
    if key is None:
        return null_label(collection, by)
    if titles is not None:
        return titles.get(key, key)
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def title_column(collection):
    return next(name for name in TITLE_FIELDS if name in collection.record_fields)


def group_of(collection, by, row, titles):
    """A group as served, from a ``group_query`` row (``titles``: the related records' names, or None)."""
    key, count, *totals = row
    if key is not None and is_boolean(collection, by):
        key = bool(key)
    sums = {}
    for (name, currency), total in zip(money_totals(collection), totals, strict=True):
        sums.setdefault(name, {})[currency] = total
    return {"key": key, "label": label_of(collection, by, key, titles), "count": count, "sums": sums}


def titles_of(db, collection, by, keys):
    """``{id: name}`` of the related records among ``keys``, or None when ``by`` holds plain values."""
    target = target_of(collection, by)
    if target is None:
        return None
    wanted = [key for key in keys if key is not None]
    found = {}
    for start in range(0, len(wanted), 500):
        batch = wanted[start : start + 500]
        sql = f'SELECT "id", "{title_column(target)}" FROM "{target.table}" WHERE "id" IN ({placeholders(batch)})'  # nosec B608: identifiers from the schemas' whitelist, values bound
        found.update(db.execute(sql, batch).fetchall())
    return found


def labels_from_build(collection, by, keys):
    """``{key: label}`` of ``keys`` as the build stored them (every key of a
    filtered grouping is one of the unfiltered grouping's)."""
    wanted = [key for key in keys if key is not None]
    if not wanted:
        return {}
    sql = f'SELECT "key", "label" FROM "group_counts" WHERE "collection" = ? AND "by" = ? AND "key" IN ({placeholders(wanted)})'  # nosec B608: only placeholders are formatted in; values are bound
    return dict(get_db().execute(sql, [collection.name, by, *wanted]).fetchall())


def positioned(collection, by, rows, titles):
    """The groups of ``rows`` (``group_query``'s) as the build stores them:
    ``(position by count, position by key, key, group)``, ordered by count."""
    groups = [group_of(collection, by, row, titles) for row in rows]
    by_key = sorted(range(len(groups)), key=lambda i: (groups[i]["key"] is None, groups[i]["key"]))
    key_positions = {index: position for position, index in enumerate(by_key, 1)}
    by_count = sorted(range(len(groups)), key=lambda i: (-groups[i]["count"], key_positions[i]))
    return [
        (position, key_positions[index], rows[index][0], groups[index]) for position, index in enumerate(by_count, 1)
    ]


def stored_groups(collection, by, titles_db):
    """Every group of the unfiltered ``by`` grouping, as rows of the
    ``group_counts`` table (the build's; ``titles_db`` holds the related records)."""
    sql, params = group_query(collection, by, [], [])
    rows = titles_db.execute(sql, params).fetchall()
    titles = titles_of(titles_db, collection, by, [row[0] for row in rows])
    return [
        {
            "collection": collection.name,
            "by": by,
            "count_position": count_position,
            "key_position": key_position,
            "key": key,
            "label": group["label"],
            "total_groups": len(rows),
            "group": orjson.dumps(group).decode(),
        }
        for count_position, key_position, key, group in positioned(collection, by, rows, titles)
    ]


def stores_within(total_groups, within, by):
    """Whether the build stores the groupings by ``by`` within each value of
    ``within`` (``total_groups``: ``{field: its unfiltered groups}``)."""
    return total_groups[within] * total_groups[by] <= WITHIN_CELLS


def stored_groups_within(collection, within, by, titles_db):
    """The groups by ``by`` of the records with each value of ``within``, as
    rows of the ``group_counts_within`` table (``within_value`` as the filter
    compares it)."""
    sql, params = group_query(collection, by, [], [], within)
    rows = titles_db.execute(sql, params).fetchall()
    titles = titles_of(titles_db, collection, by, list({row[1] for row in rows}))
    by_value = {}
    for row in rows:
        by_value.setdefault(row[0], []).append(row[1:])
    return [
        {
            "collection": collection.name,
            "by": by,
            "within": within,
            "within_value": value,
            "count_position": count_position,
            "key_position": key_position,
            "total_groups": len(value_rows),
            "group": orjson.dumps(group).decode(),
        }
        for value, value_rows in by_value.items()
        for count_position, key_position, _, group in positioned(collection, by, value_rows, titles)
    ]


def filters_in(collection, args):
    """The names of the filters ``args`` sets (``q`` included)."""
    names = [name for name, field in collection.query_fields.items() if field.metadata.get("filter") and name in args]
    return [*names, "q"] if "q" in args else names


def one_value_within(collection, args, names):
    """``(field, value)`` when the request's one filter (``names``: its
    ``filters_in``) is one value of a field the build stored this grouping
    within, else None."""
    if len(names) != 1 or (collection.name, names[0], args["by"]) not in dataset().groupings_within:
        return None
    value = args[names[0]]
    if isinstance(value, list):
        if len(value) != 1:
            return None
        value = value[0]
    return names[0], sql_value(value)


def grouped(collection, args):
    """``(table, params, columns, stored)``: the groups of the request as a
    table with ``position`` (in the requested order), and the ``columns`` to
    select from it: ``total_groups`` then, when ``stored``, ``group`` (the
    build's JSON), else ``key``, ``count``, ``s0``... (see ``served_groups``)."""
    by, sort = args["by"], args.get("sort", "-count")
    position = POSITION_COLUMNS[sort]
    names = filters_in(collection, args)
    within = one_value_within(collection, args, names) if names else ()
    if not names or within:  # the build's: unfiltered, or within one value of another field
        source, where = (
            ("group_counts_within", ' AND "within" = ? AND "within_value" = ?') if within else ("group_counts", "")
        )
        table = f'(SELECT "{position}" AS "position", "total_groups", "group" FROM "{source}" WHERE "collection" = ? AND "by" = ?{where})'  # nosec B608: names from POSITION_COLUMNS and this function
        return table, [collection.name, by, *within], ', "total_groups", "group"', True
    clauses, params = filter_clauses(collection, args)
    sql, params = group_query(collection, by, clauses, params)
    totals = "".join(f', "s{i}"' for i in range(len(money_totals(collection))))
    table = (
        f'(SELECT row_number() OVER (ORDER BY {ORDERS[sort]}) AS "position", count(*) OVER () AS "total_groups", '
        f'"key", "count"{totals} FROM ({sql}))'  # nosec B608: the query of group_query, values bound
    )
    return table, params, f', "total_groups", "key", "count"{totals}', False


def served_groups(collection, by, rows, stored):
    """The groups of ``rows`` (``position, total_groups, ...`` as ``grouped`` selects them)."""
    if stored:
        return [orjson.loads(row[2]) for row in rows]
    labels = labels_from_build(collection, by, [row[2] for row in rows])
    return [group_of(collection, by, row[2:], labels) for row in rows]


def group_page(collection, args, url):
    """The body of one page of groups, and its ``Link`` header."""
    table, params, columns, stored = grouped(collection, args)
    limit = args.get("limit", DEFAULT_LIMIT)
    rows, next_cursor, prev_cursor = select_page(
        table, [], params, [("position", False)], limit, args.get("cursor"), columns, fingerprint_of(url)
    )
    if rows:
        total_groups = rows[0][1]
    elif args.get("cursor"):
        total_groups = count(fingerprint_of(url), f"SELECT count(*) FROM {table}", params)  # nosec B608: as in grouped
    else:
        total_groups = 0
    links = {"self": page_url(url)}
    if next_cursor:
        links["next"] = page_url(url, cursor=next_cursor)
    if prev_cursor:
        links["prev"] = page_url(url, cursor=prev_cursor)
    meta = {
        "by": args["by"],
        "total_groups": total_groups,
        "limit": limit,
        "sort": [args.get("sort", "-count")],
        "dataset_version": dataset().version,
    }
    if stored:  # the build's JSON as it is
        data = b"[" + ",".join([row[2] for row in rows]).encode() + b"]"
    else:
        data = orjson.dumps(served_groups(collection, args["by"], rows, stored))
    body = b'{"data":' + data + b',"links":' + orjson.dumps(links) + b',"meta":' + orjson.dumps(meta) + b"}"
    return body, link_header(links)


def csv_header(collection):
    return ["key", "label", "count", *(f"{name}_sum_{currency}" for name, currency in money_totals(collection))]


def csv_row(group):
    sums = [total for by_currency in group["sums"].values() for total in by_currency.values()]
    return [csv_cell(value) for value in (group["key"], group["label"], group["count"], *sums)]


def groups_export(collection, args, export_format):
    """Every group (``limit`` caps them) as CSV or NDJSON, in the requested order."""
    refuse_cursor(args)
    table, params, columns, stored = grouped(collection, args)
    sql = f'SELECT "position"{columns} FROM {table} ORDER BY "position"'  # nosec B608: as in grouped
    if args.get("limit"):
        sql += " LIMIT ?"
        params = [*params, args["limit"]]
    groups = served_groups(collection, args["by"], get_db().execute(sql, params).fetchall(), stored)
    if export_format == "ndjson":
        body = b"".join(orjson.dumps(group) + b"\n" for group in groups)
    else:
        body = b"".join(csv_chunks(csv_header(collection), [[csv_row(group) for group in groups]]))
    response = Response(body, mimetype=MEDIA_TYPES[export_format])
    return as_attachment(response, f"{collection.name}-by-{args['by']}", export_format)
