from marshmallow import Schema, fields, validate

from .base import slug, text


class DocumentSchema(Schema):
    """A source document. The article's text is served verbatim; an outside
    publication is cited by URL only."""

    id = slug(required=True, metadata={"description": "Stable identifier (slug)."})
    title = text("Headline as printed.", nullable=True)
    bylines = fields.List(fields.String(), required=True, metadata={"description": "Authors as printed."})
    publication = text("Publication as printed.")
    publication_note = text("Further publication details as printed, or why the document is cited.", nullable=True)
    published_on = fields.Date(
        required=True, allow_none=True, metadata={"description": "Publication date. Null when not printed."}
    )
    url = fields.Url(required=True, allow_none=True, metadata={"description": "Public URL. Null when not known."})
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
