"""Autocomplete: the query and response schemas, and the one normalization
both the build (``seed.build.build_autocomplete``) and the requests use."""

import re
import unicodedata

from marshmallow import Schema, fields, validate

from .base import PageLinksSchema, QueryInteger, any_of, choice, string
from .collections import COLLECTIONS

MAX_SUGGESTIONS = 10
MAX_PREFIX_LENGTH = 100
# Collections whose records have a name (statements have a text instead).
NAMED = tuple(c.name for c in COLLECTIONS if {"name", "city"} & set(c.record_schema().fields))


WORD = re.compile(r"\w+")


def words_of(text):
    """The words of ``text``, lower-cased, accents and punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return WORD.findall(plain.casefold())


def prefix_keys(name):
    """``[(tier, key)]`` a name is found by: the whole name (tier 0), then the
    text from each later word on (tier 1); a prefix of a key is a match."""
    words = words_of(name)
    return [(0 if position == 0 else 1, " ".join(words[position:])) for position in range(len(words))]


class AutocompleteQueryArgsSchema(Schema):
    q = fields.String(
        required=True,
        validate=validate.Length(min=1, max=MAX_PREFIX_LENGTH),
        metadata={
            "description": "What has been typed: records whose name starts with it come first, then those with a "
            "later word starting with it. Case, accents and punctuation are ignored.",
            "example": "shang",
        },
    )
    collection = any_of("Only records of these collections.", item=choice(NAMED), example=["organizations"])
    limit = QueryInteger(
        validate=validate.Range(min=1, max=MAX_SUGGESTIONS),
        metadata={"description": f"How many suggestions (1-{MAX_SUGGESTIONS}, default {MAX_SUGGESTIONS})."},
    )


class SuggestionSchema(Schema):
    id = string("Record id.")
    # A string, not an enum: a collection added within v1 must not break a client's parsing.
    collection = string("Collection of the record (one of the `collection` parameter's values).")
    name = string("The record's name.")
    url = string("URL path of the record.")


class AutocompleteMetaSchema(Schema):
    dataset_version = string("Version of the dataset served.")


class AutocompleteSchema(Schema):
    """Suggestions for a typed prefix, best first."""

    data = fields.List(fields.Nested(SuggestionSchema), required=True)
    links = fields.Nested(PageLinksSchema, required=True)
    meta = fields.Nested(AutocompleteMetaSchema, required=True)
