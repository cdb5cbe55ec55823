"""Full-text search in SQL: a client's text as an FTS5 query, how hits are
ranked, counted and excerpted, and what the build stores for frequent words.

The build (``seed.build.rank_frequent_words``) ranks and counts frequent words
with these very statements, so both give the same scores, order and cursors.
"""

import html
import re
import unicodedata

from schemas.query_language import parse

from .db import get_db, placeholders

# FTS5's unicode61 tokenizer splits at every punctuation character, so a
# printed figure like 74.9 would be the two words 74 and 9 (and 74 or 9 would
# find it). Between digits, a decimal point is indexed (and searched) as a
# private-use character, which unicode61 keeps inside a word: 74.9 is one
# word. Stored text is shown with it turned back into a point.
DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")
DECIMAL_MARK = "\ue000"
# Chinese and Japanese put no space between words, and unicode61 takes a run of
# such characters (with any letters and digits touching it) for one word: 上海
# inside 上海全球投资促进大会, or 216 inside 签约216个, would not be found. Each of
# these characters is indexed (and searched) as a word of its own, split from
# the next character or figure by a word joiner (a separator to unicode61,
# invisible, and never in stored text); a search for 上海 is the phrase 上 海.
# Query terms are read as NFKC (full-width ｓｈａｎｇｈａｉ as shanghai), stored
# text as printed: a compatibility character (①, ㎡) is found by its plain form.
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
CJK_BOUNDARY = re.compile(f"(?<=[{CJK}])(?=\\w)|(?<=\\w)(?=[{CJK}])")
CJK_SEPARATOR = "\u2060"
# A word of ASCII letters and digits, or a figure (``indexed_text``): one
# unicode61 token, whatever the text around it.
PLAIN_WORD = re.compile(r"[A-Za-z0-9]+(?:\ue000[0-9]+)*")
# A possessive is the word it follows: `Huawei's` and `Huawei’s` find Huawei.
POSSESSIVE = re.compile(r"(?<=\w)['’][sS]$")

# A hit's relevance: BM25 over the FTS index with names weighing ten times the
# rest of a record's text, negated so that higher is better, rounded so that
# equal scores compare equal in cursors.
SCORE_SQL = 'round(-bm25("search_fts", 10.0, 1.0), 6)'
# A hit's best matching excerpt, its matches between two control characters
# that record text never holds (the build strips them), so that the text can be
# HTML-escaped before they become <mark> and </mark> (``snippet_html``).
MATCH_START, MATCH_END = "\x02", "\x03"
SNIPPET_SQL = """snippet("search_fts", -1, char(2), char(3), '…', 16)"""
# Hits of a match, everywhere or in one collection's run of rowids (the
# "search_ranges" table).
COUNT_SQL = 'SELECT count(*) FROM "search_fts" WHERE "search_fts" MATCH ?'
COUNT_IN_RANGE_SQL = COUNT_SQL + ' AND "rowid" BETWEEN ? AND ?'
# Ranking reads the FTS index alone (no row of "search" per hit); a kind is a
# range of rowids (seed.build.record_search_ranges), which the index seeks.
# The page's rows and snippets are fetched afterwards, for the page only.
RANKED = f"""(
    SELECT "search_fts"."rowid" AS "rowid", {SCORE_SQL} AS "score"
    FROM "search_fts" WHERE "search_fts" MATCH ?
)"""  # nosec B608: SCORE_SQL is a constant expression; values are bound
RANKED_IN_RANGE = f"""
    SELECT "search_fts"."rowid" AS "rowid", {SCORE_SQL} AS "score"
    FROM "search_fts" WHERE "search_fts" MATCH ? AND "search_fts"."rowid" BETWEEN ? AND ?
"""  # nosec B608: SCORE_SQL is a constant expression; values are bound
NO_HITS = '(SELECT NULL AS "rowid", NULL AS "score" WHERE 0)'
# The first page of a frequent word, ranked at build time.
RANKED_AT_BUILD = """(
    SELECT "search_rowid" AS "rowid", "score" FROM "search_frequent_hits" WHERE "word" = ?
)"""
RANGES = 'SELECT "first_rowid", "last_rowid" FROM "search_ranges" WHERE "collection" IN ({}) ORDER BY "first_rowid"'
# ``(rowid, kind, id, title, snippet)`` of some hits (a page's rowids).
SNIPPETS = f"""
    SELECT s."rowid", s."collection", s."id", s."title", {SNIPPET_SQL}
    FROM "search_fts" JOIN "search" AS s ON s."rowid" = "search_fts"."rowid"
    WHERE "search_fts" MATCH ? AND "search_fts"."rowid" IN ({{}})
"""  # nosec B608: SNIPPET_SQL is a constant expression; values are bound
SNIPPETS_AT_BUILD = """
    SELECT s."rowid", s."collection", s."id", s."title", h."snippet"
    FROM "search_frequent_hits" AS h JOIN "search" AS s ON s."rowid" = h."search_rowid"
    WHERE h."word" = ? AND h."search_rowid" IN ({})
"""
FREQUENT_TOTALS = 'SELECT "collection", "total" FROM "search_frequent" WHERE "word" = ?'


def indexed_text(text):
    """``text`` as the full-text index holds it (and a search term as it is
    looked up): decimal points between digits marked (``DECIMAL_MARK``), and
    Chinese and Japanese characters split (``CJK_SEPARATOR``)."""
    return CJK_BOUNDARY.sub(CJK_SEPARATOR, DECIMAL_POINT.sub(DECIMAL_MARK, text))


def shown_text(text):
    """Stored ``indexed_text`` as it is shown."""
    # str.replace, not str.translate: a translation table costs a lookup per character.
    return text.replace(DECIMAL_MARK, ".").replace(CJK_SEPARATOR, "")


def quoted_term(term):
    """One term (``schemas.query_language.Term``) as an FTS5 string: quoted,
    so that nothing in it is FTS5 syntax; a word without its possessive."""
    text = unicodedata.normalize("NFKC", term.text)
    text = text if term.phrase else POSSESSIVE.sub("", text)
    return '"' + indexed_text(text).replace('"', '""') + '"' + ("*" if term.prefix else "")


def fts_query(text):
    """A client's search text (``schemas.query_language``) as a safe FTS5
    query: every term quoted, so FTS5 syntax is searched as plain words,
    never interpreted; only the operators of the language (AND, OR, NOT)
    are written here, around the terms."""
    query = parse(text)
    groups = [
        quoted_term(group[0]) if len(group) == 1 else "(" + " OR ".join(map(quoted_term, group)) + ")"
        for group in query.required
    ]
    # A text of no terms (validation refuses it from clients) matches nothing.
    found = " AND ".join(groups) or '""'
    if not query.excluded:
        return found
    return f"({found}) NOT ({' OR '.join(map(quoted_term, query.excluded))})"


def plain_words(text):
    """The plain words of ``text``: runs of ASCII letters and digits, figures
    (``74.9``) included, in lower case (FTS5 folds case). The build ranks the
    frequent ones; a search for one of them is answered from what it stored."""
    return [word.lower() for word in PLAIN_WORD.findall(indexed_text(text))]


def plain_word(text):
    """``text`` as one plain word (see ``plain_words``; a possessive is its
    word, as in ``fts_query``), or None when it is not one."""
    text = indexed_text(POSSESSIVE.sub("", text.strip()))
    words = plain_words(text)
    return words[0] if len(words) == 1 and len(words[0]) == len(text) else None


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


def hit_details(snippets, params, rowids):
    """``{rowid: (kind, id, title, snippet)}`` of ``rowids`` by ``snippets``
    (``SNIPPETS`` or ``SNIPPETS_AT_BUILD``, whose ``params`` precede the rowids)."""
    if not rowids:
        return {}
    sql = snippets.format(placeholders(rowids))
    return {
        rowid: (kind, record_id, shown_text(title), snippet_html(snippet))
        for rowid, kind, record_id, title, snippet in get_db().execute(sql, [*params, *rowids])
    }


def snippet_html(snippet):
    """A stored or computed snippet as HTML: the record's text escaped, its matches in <mark>."""
    escaped = html.escape(snippet, quote=False)
    return shown_text(escaped.replace(MATCH_START, "<mark>").replace(MATCH_END, "</mark>"))


def live_ranking(match, kinds):
    """The hits of ``match`` ranked per request, in ``kinds`` (all when empty):
    ``(subquery of rowid and score, its parameters, SQL counting them with the same parameters)``."""
    if not kinds:
        return RANKED, [match], COUNT_SQL
    ranges = get_db().execute(RANGES.format(placeholders(kinds)), kinds).fetchall()
    if not ranges:  # kinds without records
        return NO_HITS, [], "SELECT 0"
    params = [value for first, last in ranges for value in (match, first, last)]
    table = "(" + " UNION ALL ".join([RANKED_IN_RANGE] * len(ranges)) + ")"
    total = "SELECT " + " + ".join([f"({COUNT_IN_RANGE_SQL})"] * len(ranges))  # nosec B608: constant SQL, values bound
    return table, params, total


def matches_clause(collection, text, *, probe):
    """``(condition, parameters)`` selecting the records of ``collection``
    that match the search ``text``: ``IN`` over the hits or, with ``probe``,
    ``EXISTS`` probing the index for the record's row (see
    ``query.filter_clauses``)."""
    if not collection.seeded:
        # A derived collection has its own index, whose rowids are its table's.
        index = f"{collection.table}_fts"
        return f'"rowid" IN (SELECT "rowid" FROM "{index}" WHERE "{index}" MATCH ?)', [fts_query(text)]  # nosec B608: identifiers from the registry, value bound
    params = [collection.name, fts_query(text)]
    # CROSS JOIN fixes the join order: SQLite would otherwise read every
    # "search" row of the collection and look each up in the hits.
    if probe:
        return (
            'EXISTS (SELECT 1 FROM "search" AS "s" CROSS JOIN "search_fts" ON "search_fts"."rowid" = "s"."rowid" '
            f'WHERE "s"."collection" = ? AND "s"."id" = "{collection.table}"."id" AND "search_fts" MATCH ?)'  # nosec B608: identifiers from the schemas' whitelist, values bound
        ), params
    return (
        '"id" IN (SELECT "s"."id" FROM "search_fts" CROSS JOIN "search" AS "s" '
        'ON "s"."rowid" = "search_fts"."rowid" WHERE "s"."collection" = ? AND "search_fts" MATCH ?)'
    ), params
