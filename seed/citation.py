"""Ready-made citations of a source document, from its served representation
(dates as ISO strings): a plain-text reference, CSL-JSON and BibTeX."""

import datetime

# Characters BibTeX gives a meaning; written escaped inside a field.
BIBTEX_ESCAPES = str.maketrans({c: "\\" + c for c in "&%$#_{}"} | {"\\": r"\textbackslash{}", "~": r"\~{}"})


def is_webpage(document):
    """An outside publication (cited by URL, text not stored) is a web page; a stored one a newspaper article."""
    return document["text_url"] is None


def date_parts(iso):
    return {"date-parts": [[int(part) for part in iso.split("-")]]}


def csl_json(document):
    item = {
        "id": document["id"],
        "type": "webpage" if is_webpage(document) else "article-newspaper",
        "title": document["title"],
        "author": [{"literal": name} for name in document["bylines"]],
        "container-title": document["publication"],
        "issued": document["published_on"] and date_parts(document["published_on"]),
        "accessed": document["accessed_on"] and date_parts(document["accessed_on"]),
        "URL": document["url"],
        "language": document["language"],
        "note": document["publication_note"],
    }
    return {key: value for key, value in item.items() if value is not None}


def long_date(iso):
    day = datetime.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def names(bylines):
    return bylines[0] if len(bylines) == 1 else ", ".join(bylines[:-1]) + " and " + bylines[-1]


def citation_text(document):
    """``Bylines, “Title”, Publication, 28 April 2021. URL (accessed 6 December 2026).``"""
    parts = [names(document["bylines"])] if document["bylines"] else []
    parts.append(f"\u201c{document['title']}\u201d" if document["title"] else "[untitled]")
    parts.append(document["publication"])
    if document["published_on"]:
        parts.append(long_date(document["published_on"]))
    text = ", ".join(parts) + "."
    if document["url"]:
        text += f" {document['url']}"
        if document["accessed_on"]:
            text += f" (accessed {long_date(document['accessed_on'])})"
        text += "."
    return text


def bibtex(document):
    """One BibTeX entry keyed by the document's id: ``@article`` for a stored
    newspaper article, ``@misc`` for an outside page."""
    fields = {
        "author": " and ".join("{" + name.translate(BIBTEX_ESCAPES) + "}" for name in document["bylines"]) or None,
        "title": document["title"] and "{" + document["title"].translate(BIBTEX_ESCAPES) + "}",
        ("howpublished" if is_webpage(document) else "journal"): document["publication"].translate(BIBTEX_ESCAPES),
        "year": document["published_on"] and document["published_on"][:4],
        "month": document["published_on"] and str(int(document["published_on"][5:7])),
        "day": document["published_on"] and str(int(document["published_on"][8:10])),
        "url": document["url"],
        "urldate": document["accessed_on"],
        "language": document["language"],
        "note": document["publication_note"] and document["publication_note"].translate(BIBTEX_ESCAPES),
    }
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items() if value is not None)
    kind = "misc" if is_webpage(document) else "article"
    return f"@{kind}{{{document['id']},\n{body}\n}}\n"
