"""``GET /v1/autocomplete``: record names for a typed prefix, for typeahead."""

import heapq

import orjson
from flask import request
from flask.views import MethodView

from schemas.autocomplete import MAX_SUGGESTIONS, NAMED, AutocompleteQueryArgsSchema, AutocompleteSchema, words_of
from schemas.collections import BY_NAME

from ..db import dataset, get_db, placeholders
from ..http import json_response
from ..query import RequestUrl, page_url
from ..search_sql import shown_text
from .base import Blueprint

blp = Blueprint(
    "autocomplete",
    __name__,
    url_prefix="/v1/autocomplete",
    description="Typeahead: records whose name starts with what has been typed, across collections.",
)

# One tier's matches in order (key, then record): a range of the (tier, key, search_rowid)
# index across every collection, or of the primary key in one collection.
MATCHES = (
    'SELECT "key", "search_rowid" FROM "autocomplete" WHERE "tier" = ? AND "key" >= ? AND "key" < ? '
    'ORDER BY "key", "search_rowid"'
)
MATCHES_IN = (
    'SELECT "key", "search_rowid" FROM "autocomplete" WHERE "collection" = ? AND "tier" = ? '
    'AND "key" >= ? AND "key" < ? ORDER BY "key", "search_rowid"'
)
# Above every character: ``prefix + END`` bounds the keys starting with ``prefix``.
END = "\U0010ffff"


def matches(db, tier, prefix, collections):
    """The open cursors yielding ``(key, search rowid)`` of one tier's matches,
    each in order: one across every collection, else one per collection asked for."""
    bounds = [tier, prefix, prefix + END]
    if set(collections) == set(NAMED):
        return [db.execute(MATCHES, bounds)]
    return [db.execute(MATCHES_IN, [collection, *bounds]) for collection in dict.fromkeys(collections)]


def suggestions(prefix, collections, limit):
    """``[(collection, id, name)]``: names starting with ``prefix`` (by name),
    then names with a later word starting with it (by the text from that
    word). The matches are read only as far as the suggestions need."""
    db = get_db()
    found = []
    for tier in (0, 1):
        cursors = matches(db, tier, prefix, collections)
        for _, rowid in heapq.merge(*cursors):
            if len(found) == limit:
                break
            if rowid not in found:
                found.append(rowid)
        for cursor in cursors:
            cursor.close()
        if len(found) == limit:
            break
    if not found:
        return []
    sql = f'SELECT "rowid", "collection", "id", "title" FROM "search" WHERE "rowid" IN ({placeholders(found)})'  # nosec B608: placeholders only
    rows = {row[0]: row[1:] for row in db.execute(sql, found)}
    return [rows[rowid] for rowid in found]


@blp.route("")
class Autocomplete(MethodView):
    @blp.doc(operationId="autocomplete")
    @blp.arguments(AutocompleteQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, AutocompleteSchema)
    def get(self, args):
        """Suggest records for a typed prefix

        Up to 10 records (`limit`) whose name starts with `q`, then records with a later word of the name
        starting with it, across every named collection or the `collection`s given; each with its id,
        collection, name and URL path. Case, accents and punctuation are ignored."""
        prefix = " ".join(words_of(args["q"]))
        limit = args.get("limit", MAX_SUGGESTIONS)
        found = suggestions(prefix, args.get("collection") or NAMED, limit) if prefix else []
        data = [
            {"id": record_id, "collection": name, "name": shown_text(title), "url": f"{BY_NAME[name].path}/{record_id}"}
            for name, record_id, title in found
        ]
        url = RequestUrl(request.path, request.args)
        body = {"data": data, "links": {"self": page_url(url)}, "meta": {"dataset_version": dataset().version}}
        return json_response(orjson.dumps(body))
