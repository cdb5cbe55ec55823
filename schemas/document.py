from marshmallow import Schema, fields, validate

from . import base

# A list or a document can also be answered as BibTeX (``format=bibtex`` or ``Accept``).
BIBTEX = "bibtex"
BIBTEX_MEDIA_TYPE = "application/x-bibtex"


# A document's links besides its relations (``schemas.collections.link_names``).
DOCUMENT_LINKS = (
    (
        "text",
        lambda: fields.String(
            required=True,
            allow_none=True,
            metadata={"description": "The verbatim text served by this API (`text_url`); null for an outside page."},
        ),
    ),
)


class DocumentSeedSchema(Schema):
    """A source document. A document whose text this dataset stores is quoted
    verbatim; an outside publication is cited by URL only, with a note in our
    own words, and none of its text is copied."""

    id = base.slug(required=True, metadata={"description": "Stable identifier (slug)."})
    title = base.text("Headline as printed.", nullable=True)
    bylines = fields.List(fields.String(), required=True, metadata={"description": "Authors as printed."})
    author_ids = fields.List(
        base.slug(),
        required=True,
        metadata={
            "description": "The bylined authors' ids in /v1/people (possibly none).",
            "references": "people",
            "expand": "authors",
        },
    )
    publication = base.text("Publication (publisher) as printed.")
    publication_note = base.text(
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
    original_document_id = base.slug(
        required=True,
        allow_none=True,
        metadata={
            "description": "The document this one republishes (same text, earlier publication), when known. "
            "Null otherwise.",
            "references": "documents",
            "expand": "original_document",
        },
    )
    file = fields.String(
        required=True,
        allow_none=True,
        validate=validate.Regexp(r"^[a-z0-9-]+\.txt$"),
        load_only=True,
        metadata={"description": "File under seed/sources/ holding the verbatim text."},
    )
    language = base.text("ISO 639-1 language code.")


class CslDateSchema(Schema):
    date_parts = fields.List(
        fields.List(fields.Integer()),
        data_key="date-parts",
        required=True,
        metadata={"description": "`[[year, month, day]]`."},
    )


class CslNameSchema(Schema):
    literal = base.string("The name as printed.")


class CslJsonSchema(Schema):
    """The document as one CSL-JSON item (Citation Style Language), for reference managers."""

    id = fields.String(required=True)
    type = base.string("`article-newspaper` or `webpage`.")
    title = fields.String(metadata={"description": "Absent when the headline is not known."})
    author = fields.List(fields.Nested(CslNameSchema), required=True)
    container_title = fields.String(data_key="container-title", required=True)
    issued = fields.Nested(CslDateSchema, metadata={"description": "Absent when the date is not known."})
    accessed = fields.Nested(CslDateSchema, metadata={"description": "Absent for a document stored here."})
    url = fields.String(data_key="URL", metadata={"description": "Absent when not known."})
    language = fields.String(required=True)
    note = fields.String(metadata={"description": "Publication details, when given."})


class CitationSchema(Schema):
    """Ready-made citations of a document (BibTeX: `format=bibtex` or `Accept: application/x-bibtex`)."""

    text = base.string("A plain-text reference.")
    csl_json = fields.Nested(CslJsonSchema, required=True)


class DocumentSchema(DocumentSeedSchema):
    """A source document the records cite: its metadata, where its stored text is, how to cite it."""

    class Meta:
        exclude = ("file",)

    text_url = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "URL path of the verbatim text served by this API. Null for outside publications."},
    )
    citation = fields.Nested(CitationSchema, required=True)
    links = base.links_field(
        "URL paths of this document (`self`), its text (`text`, null when not stored here), "
        "its authors, the document it republishes, the documents republishing it and the claims citing it.",
        required=True,
    )


class DocumentQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(DocumentSchema)
    expand = base.expand_param(DocumentSchema)
    sort = base.sort_param("id", "publication")
    format = fields.String(
        validate=validate.OneOf((*base.EXPORT_FORMATS, BIBTEX)),
        metadata={
            "title": "DocumentListOutput",
            "description": "Response format: `json` (paginated), or `csv` / `ndjson` / `bibtex` (every matching "
            "document, streamed). Overrides `Accept`; without either, JSON.",
        },
    )
    language = base.any_of(
        "Only documents in these languages.",
        column="language",
        item=fields.String(validate=validate.Regexp(r"^[a-z]{2}$")),
        example=["zh"],
    )
    author = base.any_of("Only documents bylined by any of these people.", link="author_ids", example=["zhu-shenshen"])
    original_document = base.any_of(
        "Only documents republishing any of these documents.",
        column="original_document_id",
        example=["shine-2021-04-07-conference-date"],
    )
    published_on__gte = base.bound("published_on", ">=", "publication date", fields.Date)
    published_on__lte = base.bound("published_on", "<=", "publication date", fields.Date)


DocumentPageSchema = base.page_of(DocumentSchema, "Document")
DocumentDetailQueryArgsSchema = type(
    "DocumentDetailQueryArgsSchema",
    (base.detail_args_of(DocumentSchema, "Document"),),
    {
        "format": fields.String(
            validate=validate.OneOf(("json", BIBTEX)),
            metadata={
                "title": "DocumentOutput",
                "description": "Response format: `json`, or `bibtex`. Overrides `Accept`; without either, JSON.",
            },
        )
    },
)
