"""``GET /v1/autocomplete``: record names for a typed prefix, for typeahead."""

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

# One collection's matches of one tier, in key order: a range of the primary key.
MATCHES = (
    'SELECT "key", "search_rowid" FROM "autocomplete" WHERE "collection" = ? AND "tier" = ? '
    'AND "key" >= ? AND "key" < ? ORDER BY "key" LIMIT ?'
)
# Above every character: ``prefix + END`` bounds the keys starting with ``prefix``.
END = "\U0010ffff"


def suggestions(prefix, collections, limit):
    """``[(collection, id, name)]``: names starting with ``prefix`` (by name),
    then names with a later word starting with it (by the text from that word)."""
    db = get_db()
    found, chosen = [], set()
    for tier in (0, 1):
        matches = []
        for collection in collections:
            rows = db.execute(MATCHES, [collection, tier, prefix, prefix + END, limit + MAX_SUGGESTIONS]).fetchall()
            matches += [(key, rowid) for key, rowid in rows]
        for _, rowid in sorted(matches):
            if rowid not in chosen and len(found) < limit:
                chosen.add(rowid)
                found.append(rowid)
        if len(found) >= limit:
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
