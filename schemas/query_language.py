"""The search query language of ``q=``: parsed once, for validation (the
``q`` parameters of the schemas) and for the FTS5 query the API runs
(``api.search_sql.fts_query``).

- Every word is required (``a b``: both).
- ``"a phrase"`` matches its words in that order.
- ``word*`` matches words starting with ``word``.
- ``a OR b`` (``OR`` in capitals, between two terms) matches either.
- ``-word`` or ``-"a phrase"`` excludes the records that hold it; a query
  needs at least one term to find besides its exclusions.

Anything else, FTS5 syntax included, is searched as plain words. A query is
bounded, so that no search costs much more than an ordinary one: at most
``MAX_TERMS`` terms (a repeated term counts once; alternatives and exclusions
count too), at most ``MAX_PREFIX_TERMS`` prefix terms, each prefix at least
``MIN_PREFIX_LENGTH`` characters long.
"""

import re
from dataclasses import dataclass

from marshmallow import ValidationError

MAX_LENGTH = 200
MAX_TERMS = 10
MAX_PREFIX_TERMS = 3
MIN_PREFIX_LENGTH = 3

OR = "OR"
# The language as the API documents it (``schemas.base.search_text``).
SYNTAX = (
    'Every word is required; `"a phrase"` matches words in that order; `word*` matches words starting '
    'with `word`; `a OR b` (`OR` in capitals) matches either; `-word` or `-"a phrase"` leaves out the '
    "records holding it (a query needs something to find besides). Case, accents, English word endings "
    "(`invest` finds `invested`) and a possessive `’s` do not matter; numbers and amounts match as "
    "printed (`216`, `74.9`, `US$74.9 billion`); full-width letters and digits as their ASCII. Chinese and "
    "Japanese match anywhere in a run of characters (`投资` finds `上海全球投资促进大会`). Any other syntax is "
    "searched as plain words."
)
TOKEN = re.compile(r'-?"[^"]*"|\S+')
# A term needs one character that is neither a control character, a space nor
# ASCII punctuation (the same rule as the `pattern` the OpenAPI document gives `q`).
WORD_CHARACTER = "[^\\u0000-\\u0020!-/:-@\\[-`{-~\\u007f]"
WORD = re.compile(WORD_CHARACTER)
# Control characters (NUL included) are not text, and SQLite's FTS5 parser
# stops at a NUL: they separate terms like spaces.
CONTROL_TO_SPACE = {code: " " for code in range(32)}


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class Query:
    """What a search asks for: every group of ``required`` (a group matches
    when any of its terms does), and none of ``excluded``."""

    required: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def terms(self):
        """Every term of the query as it is run (repeats removed)."""
        return [term for group in self.required for term in group] + list(self.excluded)


def term_of(token):
    """``(term, excluded)`` of one token, or None for a token without a word
    character (punctuation, symbols), which is no term."""
    excluded = len(token) > 1 and token.startswith("-")
    body = token[1:] if excluded else token
    phrase = body.startswith('"')
    prefix = body.endswith("*") and not phrase
    text = body.strip('"').rstrip("*")
    return (Term(text, prefix, phrase), excluded) if WORD.search(text) else None


def parse(text):
    """The ``Query`` of a search text; ``ValidationError`` when an ``OR``
    does not stand between two terms to find."""
    items = []
    for token in TOKEN.findall(text.translate(CONTROL_TO_SPACE)):
        item = OR if token == OR else term_of(token)
        if item is not None:
            items.append(item)
    groups, excluded = [], []
    for position, item in enumerate(items):
        if item == OR:
            before = items[position - 1] if position else None
            after = items[position + 1] if position + 1 < len(items) else None
            if not all(isinstance(side, tuple) and not side[1] for side in (before, after)):
                raise ValidationError("`OR` stands between two terms to find (`a OR b`), none of them excluded.")
            continue
        term, is_excluded = item
        if is_excluded:
            if term not in excluded:
                excluded.append(term)
        elif position and items[position - 1] == OR:
            if term not in groups[-1]:
                groups[-1].append(term)
        else:
            groups.append([term])
    required = []
    for group in map(tuple, groups):
        if not any(set(group) == set(earlier) for earlier in required):
            required.append(group)
    return Query(tuple(required), tuple(excluded))


def check(text):
    """Raise ``ValidationError`` with the one problem of a query, if any."""
    if len(text) > MAX_LENGTH:
        raise ValidationError(f"At most {MAX_LENGTH} characters.")
    query = parse(text)
    found = query.terms()
    if not found:
        raise ValidationError("Must contain at least one word.")
    if not query.required:
        raise ValidationError("Must contain a word or phrase to find: `-word` only excludes.")
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
