from marshmallow import Schema, fields, validate

from .base import slug, text


class DocumentSchema(Schema):
    """A source document. A document whose text this dataset stores is quoted
    verbatim; an outside publication is cited by URL only, with a note in our
    own words, and none of its text is copied."""

    id = slug(required=True, metadata={"description": "Stable identifier (slug)."})
    title = text("Headline as printed.", nullable=True)
    bylines = fields.List(fields.String(), required=True, metadata={"description": "Authors as printed."})
    author_ids = fields.List(
        slug(),
        required=True,
        metadata={"description": "The bylined authors' ids in /v1/people (possibly none).", "references": "people"},
    )
    publication = text("Publication (publisher) as printed.")
    publication_note = text(
        "Further publication details: where the copy read was published, why a field is null, "
        "or why the document is cited.",
        nullable=True,
    )
    published_on = fields.Date(
        required=True, allow_none=True, metadata={"description": "Publication date. Null when not printed."}
    )
    accessed_on = fields.Date(
        required=True,
        allow_none=True,
        metadata={"description": "When the page at `url` was read. Null for a document whose text is stored here."},
    )
    url = fields.Url(required=True, allow_none=True, metadata={"description": "Public URL. Null when not known."})
    original_document_id = slug(
        required=True,
        allow_none=True,
        metadata={
            "description": "The document this one republishes (same text, earlier publication), when known. "
            "Null otherwise.",
            "references": "documents",
        },
    )
    file = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(r"^[a-z0-9-]+\.txt$"),
        load_only=True,
        metadata={"description": "File under seed/sources/ holding the verbatim text."},
    )
    language = text("ISO 639-1 language code.")
    text_url = fields.String(
        dump_only=True,
        allow_none=True,
        metadata={"description": "URL path of the verbatim text served by this API. Null for outside publications."},
    )
