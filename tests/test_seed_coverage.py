"""The dataset covers the article: every number and every proper name in it is modelled.

These tests read the article itself, so a fact the seed forgets fails here.
"Modelled" means held in a structured field of a record (an integer, a money
amount, a name, a role...), not merely inside a quote.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import pytest

from seed.load import load_seed

ARTICLE = "shanghai-investment-conference-2021"
SEED = load_seed()
TEXT = SEED.texts[ARTICLE]
RECORDS = SEED.records


def by_id(collection):
    return {record["id"]: record for record in RECORDS[collection]}


# ---------------------------------------------------------------------------
# What the dataset holds as structured values (quotes excluded)
# ---------------------------------------------------------------------------

# Fields that copy a whole sentence of the article: any name in the sentence
# would trivially "appear" there, so they do not count as modelling it.
VERBATIM_FIELDS = {
    ("statements", "text"),
    ("conferences", "programmes.summary"),
}


def walk(value, path=""):
    """Yield ``(field path without positions, value)`` for every leaf, ``sources`` excluded."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "sources":
                continue
            yield from walk(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, path)
    else:
        yield path, value


def walk_nodes(value):
    """Every dict and list inside a record, ``sources`` excluded."""
    yield value
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "sources" and isinstance(item, (dict, list)):
                yield from walk_nodes(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                yield from walk_nodes(item)


def structured_integers():
    return {
        value
        for items in RECORDS.values()
        for record in items
        for _, value in walk(record)
        if isinstance(value, int) and not isinstance(value, bool)
    }


def structured_money():
    """``(amount, currency)`` of every money value."""
    return {
        (node["amount"], node["currency"])
        for items in RECORDS.values()
        for record in items
        for node in walk_nodes(record)
        if isinstance(node, dict) and set(node) == {"amount", "currency"}
    }


def group_sizes():
    """Sizes of the groups the dataset models: records per collection, records
    sharing a field value (e.g. partners of kind ``corporate-executive``, industries
    with ``strategic: true``) and lengths of lists (e.g. a conference's strategic
    industries)."""
    sizes = set()
    for items in RECORDS.values():
        sizes.add(len(items))
        shared = Counter(
            (field, value)
            for record in items
            for field, value in record.items()
            if field not in ("id", "sources") and isinstance(value, (str, int, bool))
        )
        sizes.update(shared.values())
        for record in items:
            sizes.update(len(node) for node in walk_nodes(record) if isinstance(node, list) and node)
    return sizes


def structured_strings():
    """Every string value of the records and of the document metadata, verbatim sentences excluded."""
    strings = []
    for collection, items in RECORDS.items():
        for record in items:
            strings.extend(
                value
                for path, value in walk(record)
                if isinstance(value, str) and (collection, path) not in VERBATIM_FIELDS
            )
    for doc in SEED.documents.values():
        strings.extend(
            value
            for _, value in walk({k: doc[k] for k in ("title", "bylines", "publication", "publication_note")})
            if value
        )
    return strings


INTEGERS = structured_integers()
MONEY = structured_money()
COUNTS = group_sizes()
STRINGS = structured_strings()
WHOLE_VALUES = set(STRINGS)


def within_word_boundaries(phrase):
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])")


def in_structured_text(phrase):
    pattern = within_word_boundaries(phrase)
    return any(pattern.search(string) for string in STRINGS)


# ---------------------------------------------------------------------------
# a. Numbers
# ---------------------------------------------------------------------------

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3,
}  # fmt: skip
NUMBER = re.compile(
    r"(?P<usd>US\$)?(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?P<yuan>\s+yuan)?"
)
NUMBER_WORD = re.compile(r"\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)

# Numerals that are part of a name, not a quantity. Each is checked as text
# (test_numbers_inside_names_are_modelled_as_names) instead of as a value.
NUMBERS_IN_NAMES = {
    "COVID-19": "the vaccine project 'New single-dose COVID-19 vaccine production facility'",
    "5G": "the '5G valley' project and the '5G' industry",
    "third-party": "the industry 'Third-party payment'",
}
# Number words that are not quantities at all.
NOT_QUANTITIES = {
    "one of the world’s top": "idiom in 'one of the world’s top investment destinations', not a count",
}


@dataclass(frozen=True)
class Mention:
    text: str  # as printed, e.g. "US$74.9 billion"
    value: int | Decimal
    currency: str | None  # "CNY" for yuan, "USD" for US$, None for a plain number
    line: int  # in the article

    def __str__(self):
        return f"{self.text} (line {self.line})"


def excluded_spans():
    spans = []
    for phrase in (*NUMBERS_IN_NAMES, *NOT_QUANTITIES):
        spans.extend(match.span() for match in re.finditer(re.escape(phrase), TEXT))
    return spans


def line_of(offset):
    return TEXT.count("\n", 0, offset) + 1


def numeric_mentions():
    """Every quantity the article prints, as a value (``490 billion yuan`` -> 490000000000 CNY),
    and the numerals glued to words that are not listed in NUMBERS_IN_NAMES."""
    skip = excluded_spans()
    mentions, glued = [], []
    for match in NUMBER.finditer(TEXT):
        if any(start <= match.start("digits") < end for start, end in skip):
            continue
        before, after = TEXT[match.start() - 1 : match.start()], TEXT[match.end() : match.end() + 1]
        if (not match["usd"] and (before.isalnum() or before == "-")) or after.isalpha() or after == "-":
            glued.append(TEXT[max(match.start() - 10, 0) : match.end() + 10])
            continue
        value = Decimal(match["digits"].replace(",", "")) * SCALES.get(match["scale"], 1)
        value = int(value) if value == value.to_integral_value() else value  # fractions stay Decimal
        currency = "USD" if match["usd"] else "CNY" if match["yuan"] else None
        mentions.append(Mention(match[0].strip(), value, currency, line_of(match.start())))
    for match in NUMBER_WORD.finditer(TEXT):
        if any(start <= match.start() < end for start, end in skip):
            continue
        mentions.append(Mention(match[0], NUMBER_WORDS[match[0].lower()], None, line_of(match.start())))
    return mentions, glued


MENTIONS, GLUED_NUMERALS = numeric_mentions()


def test_numerals_inside_words_are_listed_as_names():
    """A numeral glued to a word (``COVID-19``, ``5G``) is part of a name: list it in
    NUMBERS_IN_NAMES, with the record naming it, so the names check covers it."""
    assert GLUED_NUMERALS == []


def test_the_number_extraction_finds_the_articles_figures():
    """Sanity check of the extraction itself on figures we know are printed."""
    found = {mention.text for mention in MENTIONS}
    expected = {
        "216", "490 billion yuan", "US$74.9 billion", "14", "40", "18.5 billion yuan",
        "US$2.8 billion", "7 billion yuan", "5 billion yuan", "2021", "Four", "six", "three", "five",
    }  # fmt: skip
    assert expected <= found, f"not extracted: {expected - found}"
    values = {(mention.value, mention.currency) for mention in MENTIONS}
    assert (490_000_000_000, "CNY") in values
    assert (74_900_000_000, "USD") in values
    assert (2_800_000_000, "USD") in values


@pytest.mark.parametrize("mention", MENTIONS, ids=str)
def test_every_number_in_the_article_is_a_structured_value(mention):
    """Money is a money value with the same amount and currency; any other number is an
    integer field or the size of a modelled group."""
    if mention.currency:
        assert (mention.value, mention.currency) in MONEY, (
            f"{mention.text!r}: no money value {mention.value} {mention.currency} in the dataset"
        )
    else:
        assert mention.value in INTEGERS | COUNTS, (
            f"{mention.text!r}: {mention.value} is neither an integer field nor a group size in the dataset"
        )


@pytest.mark.parametrize("name", sorted(NUMBERS_IN_NAMES))
def test_numbers_inside_names_are_modelled_as_names(name):
    assert name in TEXT, f"{name!r} is no longer in the article: drop it from NUMBERS_IN_NAMES"
    assert any(name.lower() in string.lower() for string in STRINGS), f"{name!r}: {NUMBERS_IN_NAMES[name]} is missing"


@pytest.mark.parametrize("phrase", sorted(NOT_QUANTITIES))
def test_number_exclusions_are_still_in_the_article(phrase):
    assert phrase in TEXT, f"{phrase!r} is no longer in the article: drop it from NOT_QUANTITIES"


# ---------------------------------------------------------------------------
# b. Proper names
# ---------------------------------------------------------------------------

# Capitalised words that are not names. Keep this list small: every other
# capitalised word sequence of the article must be in the dataset.
STOP_WORDS = {
    # Sentence-initial common words.
    "The": "sentence start",
    "They": "sentence start",
    "It": "sentence start",
    "In": "sentence start",
    "With": "sentence start",
    "Each": "sentence start",
    "Members": "sentence start ('Members of the ... Program')",
    "Business": "sentence start ('Business leaders and government officials')",
    "City": "sentence start ('City leaders, including ...')",
    # Typography and style.
    "SHANGHAI": "the article's all-caps lead word; the name Shanghai is checked wherever else it is printed",
    "Internet": "a common noun capitalised by house style ('vertical Internet spaces')",
}
# Words that join the parts of one name ("Cushman & Wakefield", "Shanghai
# Commission of Economy and Informatization") or list several names ("Huawei
# and NetEase"); a run of names is split at them when it is not one name.
JOINERS = {"of", "for", "and", "&"}
# "US$" is a currency sign, checked with the amounts by the numbers test.
CURRENCY_SIGN = "US$"
# Punctuation that ends a name (hyphens and apostrophes inside words do not).
BREAKS = re.compile(r"[,.;:!?()\[\]“”\"—–\n]|\s-\s|^-\s", re.MULTILINE)


def capitalised(token):
    return token[:1].isalpha() and any(char.isupper() for char in token)


def clean(token):
    token = token.strip("‘’'\"")
    return re.sub(r"[’']s$", "", token)


def name_runs():
    """Capitalised word sequences, joiners kept inside (``Michael Diekmann of Allianz SE``)."""
    runs = []
    for chunk in BREAKS.split(TEXT.replace(CURRENCY_SIGN, " ")):
        run = []
        tokens = [clean(token) for token in chunk.split()]
        for position, token in enumerate(tokens):
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            if capitalised(token) and token.lower() not in NUMBER_WORDS and not (not run and token in STOP_WORDS):
                run.append(token)
            elif token in JOINERS and run and capitalised(following):
                run.append(token)
            else:
                if run:
                    runs.append(tuple(run))
                run = []
        if run:
            runs.append(tuple(run))
    return list(dict.fromkeys(runs))


def split_into_names(run):
    """The names a run consists of, or None when some part is not in the dataset.

    A run that is printed inside a structured string (``Yangtze River Delta``
    in a positioning) is one name. Otherwise it must split, at joiners or
    between words, into parts that are each a whole structured value: a name,
    a role, a city (``Party Secretary`` + ``Li Qiang``)."""
    if in_structured_text(" ".join(run)):
        return [" ".join(run)]
    # best[i]: fewest whole values covering run[:i], or None.
    best = [[]] + [None] * len(run)
    for end in range(1, len(run) + 1):
        if run[end - 1] in JOINERS:
            if best[end - 1] is not None:
                best[end] = best[end - 1]
            continue
        for start in range(end):
            if best[start] is None or run[start] in JOINERS:
                continue
            phrase = " ".join(run[start:end])
            if phrase in WHOLE_VALUES and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = [*best[start], phrase]
    return best[-1]


RUNS = name_runs()


def test_the_name_extraction_finds_the_articles_names():
    """Sanity check of the extraction on names we know are printed."""
    names = {name for run in RUNS for name in split_into_names(run) or [" ".join(run)]}
    expected = {
        "Michael Diekmann", "Allianz SE", "Cushman & Wakefield",
        "China-Europe Association for Technical and Economic Cooperation", "Beidou West Hongqiao Base",
        "Yangtze River Delta", "HelloBike", "ByteDance", "eSports", "Shanghai Commission of Economy and Informatization",
        "Party Secretary", "Li Qiang", "Los Angeles Times", "COVID-19",
    }  # fmt: skip
    assert expected <= names, f"not extracted: {expected - names}"


@pytest.mark.parametrize("run", RUNS, ids=" ".join)
def test_every_proper_name_in_the_article_is_in_a_structured_field(run):
    """Names, organizations, places, roles and titles are held as field values, not only quoted."""
    assert split_into_names(run) is not None, (
        f"{' '.join(run)!r}: not in any structured field (nor splittable into whole names, roles or places)"
    )


@pytest.mark.parametrize("word", sorted(STOP_WORDS))
def test_stop_words_are_still_needed(word):
    """The stop-list only holds words the article actually capitalises."""
    assert within_word_boundaries(word).search(TEXT), f"{word!r} is no longer in the article: drop it"


# ---------------------------------------------------------------------------
# c. Key facts
# ---------------------------------------------------------------------------

CONFERENCE_ID = "shanghai-global-investment-promotion-conference-2021"


def test_the_conference_signed_216_projects_worth_490_billion_yuan():
    conference = by_id("conferences")[CONFERENCE_ID]
    assert conference["name"] == "Shanghai Global Investment Promotion Conference"
    assert conference["city"] == "Shanghai"
    assert conference["signed_projects_count"] == 216
    assert conference["signed_value"] == {"amount": 490_000_000_000, "currency": "CNY"}
    assert conference["signed_value_usd"] == {"amount": 74_900_000_000, "currency": "USD"}


def test_the_conference_was_held_for_the_first_time_on_7_april_2021():
    """The date is not in the article; it is cited from Shanghai Daily by URL."""
    conference = by_id("conferences")[CONFERENCE_ID]
    assert conference["edition"] == 1
    assert conference["year"] == 2021
    assert conference["date"] == datetime.date(2021, 4, 7)
    date_sources = [source for source in conference["sources"] if source["quote"] is None]
    assert "shine-2021-04-07-conference-date" in [source["document"] for source in date_sources]
    document = SEED.documents["shine-2021-04-07-conference-date"]
    assert document["url"].startswith("https://www.shine.cn/")
    assert document["published_on"] == datetime.date(2021, 4, 7)


def test_city_leaders_li_qiang_and_gong_zheng():
    conference = by_id("conferences")[CONFERENCE_ID]
    people = by_id("people")
    assert conference["official_ids"] == ["li-qiang", "gong-zheng"]
    assert (people["li-qiang"]["name"], people["li-qiang"]["role"], people["li-qiang"]["place"]) == (
        "Li Qiang", "Party Secretary", "Shanghai",
    )  # fmt: skip
    assert (people["gong-zheng"]["name"], people["gong-zheng"]["role"], people["gong-zheng"]["place"]) == (
        "Gong Zheng", "Mayor", "Shanghai",
    )  # fmt: skip


def test_14_new_industrial_parks_make_40_in_total():
    conference = by_id("conferences")[CONFERENCE_ID]
    batch = by_id("parks")["new-industrial-parks-2021"]
    assert conference["new_industrial_parks_count"] == 14
    assert batch["park_count"] == 14
    assert batch["city_total_park_count"] == 40
    assert batch["industry_ids"] == ["chip-design", "advanced-materials", "data-harbor", "robots", "aerospace"]


def test_three_strategic_industries():
    conference = by_id("conferences")[CONFERENCE_ID]
    strategic = [record["id"] for record in RECORDS["industries"] if record["strategic"]]
    assert conference["strategic_industry_ids"] == ["integrated-circuits", "artificial-intelligence", "bio-medicine"]
    assert strategic == conference["strategic_industry_ids"]


def test_four_corporate_executives_are_partners():
    executives = [record for record in RECORDS["partners"] if record["kind"] == "corporate-executive"]
    assert {(record["person_id"], record["organization_id"]) for record in executives} == {
        ("michael-diekmann", "allianz-se"),
        ("stephen-schwarzman", "blackstone"),
        ("zhang-lei", "hillhouse-capital"),
        ("shen-nanpeng", "sequoia-capital"),
    }
    assert {record["year"] for record in executives} == {2021}


def test_six_industrial_entities_are_partners():
    entities = [record for record in RECORDS["partners"] if record["kind"] == "industrial-entity"]
    organizations = by_id("organizations")
    assert [organizations[record["organization_id"]]["name"] for record in entities] == [
        "SEMI",
        "China Association for Public Companies",
        "China-Europe Association for Technical and Economic Cooperation",
        "PwC",
        "CBRE",
        "Cushman & Wakefield",
    ]
    assert {record["year"] for record in entities} == {2021}
    semi = by_id("partners")["semi"]
    assert semi["focus"] == "Electronics manufacturing and design supply chain"


def test_five_new_cities():
    assert [record["city"] for record in RECORDS["city-strategies"]] == [
        "Jiading", "Qingpu", "Songjiang", "Fengxian", "Nanhui",
    ]  # fmt: skip
    qingpu = by_id("city-strategies")["qingpu"]
    assert [platform["name"] for platform in qingpu["platforms"]] == [
        "Beidou West Hongqiao Base",
        "Shixi Software Information Park",
        "Huawei Research and Development Center",
    ]


def test_five_named_projects():
    """The article names 5 of the 216 projects (other sources name more, in other records)."""
    quoted = [
        record["id"]
        for record in RECORDS["projects"]
        if any(source["document"] == ARTICLE and source["quote"] for source in record["sources"])
    ]
    assert quoted == [
        "single-dose-covid-19-vaccine-production-facility",
        "bilibili-new-headquarters",
        "electronics-materials-park",
        "5g-valley",
        "smart-driving-ai-chip-development-project",
    ]


def investments(organization_id):
    return [
        (item["amount"], item["amount_usd"], item["period"], item["reported_by_id"])
        for item in by_id("organizations")[organization_id]["investments"]
    ]


def test_sequoia_invested_18_5_billion_yuan_last_year():
    assert investments("sequoia-capital") == [
        (
            {"amount": 18_500_000_000, "currency": "CNY"},
            {"amount": 2_800_000_000, "currency": "USD"},
            "last year",
            None,
        ),
    ]


def test_huawei_invested_7_billion_and_netease_5_billion_yuan():
    """As reported by the Shanghai Commission of Economy and Informatization."""
    commission = "shanghai-commission-of-economy-and-informatization"
    assert investments("huawei") == [({"amount": 7_000_000_000, "currency": "CNY"}, None, "recently", commission)]
    assert investments("netease") == [({"amount": 5_000_000_000, "currency": "CNY"}, None, "recently", commission)]


def test_qiu_wei_heads_the_commissions_software_and_information_service_division():
    qiu_wei = by_id("people")["qiu-wei"]
    organizations = by_id("organizations")
    division = organizations[qiu_wei["organization_id"]]
    assert qiu_wei["name"] == "Qiu Wei"
    assert qiu_wei["role"] == "Head of the software and information service division"
    assert division["name"].startswith("Software and information service division")
    assert division["parent_id"] == "shanghai-commission-of-economy-and-informatization"
    assert organizations[division["parent_id"]]["name"] == "Shanghai Commission of Economy and Informatization"
