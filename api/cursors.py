"""Opaque keyset cursors: signed with the deployment's secret, bound to one
query (its fingerprint) and one dataset version, with a single valid spelling.

A cursor is an ``itsdangerous`` URL-safe signed token of
``{"q": <query fingerprint>, "d": "next" | "prev", "k": [<sort key values>]}``.
Whatever a client sends instead (another query's cursor, a cursor of an older
dataset, a re-encoded or re-padded one, a signed payload of another shape) is
a ``400 invalid_cursor``, never an error of ours.
"""

import hashlib

import orjson
from itsdangerous import BadData, BadSignature, URLSafeSerializer

from .problems import ApiProblem

DIRECTIONS = ("next", "prev")
INT64 = range(-(2**63), 2**63)


class CompactJSON:
    """The payload serializer ``itsdangerous`` signs: orjson, compact and deterministic."""

    @staticmethod
    def dumps(value):
        return orjson.dumps(value).decode()

    @staticmethod
    def loads(data):
        return orjson.loads(data)


def bad_cursor(detail):
    return ApiProblem(
        "invalid_cursor",
        "The cursor is not valid for this query; restart from the first page.",
        [{"location": "query", "parameter": "cursor", "detail": detail}],
    )


def is_key_value(value):
    return value is None or isinstance(value, str | float) or (type(value) is int and value in INT64)


class Cursors:
    """Encodes and decodes the cursors of one dataset version."""

    def __init__(self, secret, dataset_version):
        if not secret:
            raise ValueError("a cursor secret is required")
        self.serializer = URLSafeSerializer(
            secret,
            salt=f"cursor {dataset_version}",
            serializer=CompactJSON,
            signer_kwargs={"digest_method": hashlib.sha256},
        )

    def encode(self, query, direction, values):
        return self.serializer.dumps({"q": query, "d": direction, "k": values})

    def decode(self, query, cursor, key_count):
        """``(direction, values)`` of a cursor issued for ``query`` (its fingerprint)."""
        try:
            data = self.serializer.loads(cursor)
        except BadSignature:
            raise bad_cursor("Not issued by this API for the current dataset version.") from None
        except (BadData, ValueError, TypeError, UnicodeError):
            raise bad_cursor("Malformed.") from None
        if not isinstance(data, dict) or set(data) != {"q", "d", "k"}:
            raise bad_cursor("Malformed.")
        if data["q"] != query:
            raise bad_cursor("Issued for different filters, sort or search.")
        values = data["k"]
        if data["d"] not in DIRECTIONS or not isinstance(values, list) or len(values) != key_count:
            raise bad_cursor("Malformed.")
        if not all(is_key_value(value) for value in values):
            raise bad_cursor("Malformed.")
        # One spelling per cursor: padding or another base64 alphabet would
        # otherwise make equivalent URLs, each a cache entry of its own.
        if self.serializer.dumps(data) != cursor:
            raise bad_cursor("Malformed.")
        return data["d"], values
