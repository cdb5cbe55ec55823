"""The search query language of ``q=``: parsed once, for validation (the
``q`` parameters of the schemas) and for the FTS5 query the API runs
(``api.search_sql.fts_query``).

Words are ANDed; a double-quoted phrase stays a phrase and a trailing ``*``
makes a prefix term. Anything else, FTS5 syntax included, is searched as
plain words. A query is bounded, so that no search costs much more than an
ordinary one: distinct terms only, at most ``MAX_TERMS`` of them, at most
``MAX_PREFIX_TERMS`` prefix terms, each prefix at least
``MIN_PREFIX_LENGTH`` characters long.
"""

import re
from dataclasses import dataclass

from marshmallow import ValidationError

MAX_LENGTH = 200
MAX_TERMS = 10
MAX_PREFIX_TERMS = 3
MIN_PREFIX_LENGTH = 3

TOKEN = re.compile(r'"[^"]*"|\S+')
WORD = re.compile(r"\w")
# Control characters (NUL included) are not text, and SQLite's FTS5 parser
# stops at a NUL: they separate terms like spaces.
CONTROL_TO_SPACE = {code: " " for code in range(32)}


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool


def terms(text):
    """The distinct terms of a query, in order. Tokens without a word
    character (punctuation, symbols) are no terms."""
    found = []
    for token in TOKEN.findall(text.translate(CONTROL_TO_SPACE)):
        prefix = token.endswith("*") and not token.startswith('"')
        body = token.strip('"').rstrip("*")
        term = Term(body, prefix)
        if WORD.search(body) and term not in found:
            found.append(term)
    return found


def check(text):
    """Raise ``ValidationError`` with the one problem of a query, if any."""
    if len(text) > MAX_LENGTH:
        raise ValidationError(f"At most {MAX_LENGTH} characters.")
    found = terms(text)
    if not found:
        raise ValidationError("Must contain at least one word.")
    if len(found) > MAX_TERMS:
        raise ValidationError(f"At most {MAX_TERMS} distinct terms (found {len(found)}).")
    prefixes = [term for term in found if term.prefix]
    if len(prefixes) > MAX_PREFIX_TERMS:
        raise ValidationError(f"At most {MAX_PREFIX_TERMS} prefix terms (`word*`), found {len(prefixes)}.")
    short = [term.text for term in prefixes if len(term.text) < MIN_PREFIX_LENGTH]
    if short:
        raise ValidationError(
            f"A prefix term needs at least {MIN_PREFIX_LENGTH} characters before `*` (`{short[0]}*`)."
        )
