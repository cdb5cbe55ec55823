from marshmallow import Schema, fields, validate

from . import base

# A source's path within its record: `sources.0`, `reported_figures.2.sources.0`.
FIELD_PATTERN = r"^[a-z_]+\.[0-9]+(?:\.[a-z_]+\.[0-9]+)*$"


# A claim's links (``schemas.collections.link_names``): the cited record may be of any collection.
CLAIM_LINKS = (
    ("record", lambda: base.string("The cited record.")),
    ("document", lambda: base.string("The cited document in /v1/documents.")),
    (
        "text",
        lambda: fields.String(
            required=True,
            allow_none=True,
            metadata={"description": "The document's verbatim text served by this API; null for an outside page."},
        ),
    ),
)


class ClaimSchema(Schema):
    """One citation behind a served value: which record and which of its sources, the document cited, and
    the verbatim quote with its place in the document's stored text (or, for an outside page, our note)."""

    id = fields.String(
        required=True,
        metadata={
            "description": "Stable identifier: the collection, the record's id and the source's path (`.` and `_` "
            "as `-`), joined by `--`. Unchanged across builds while the seed does not change."
        },
    )
    collection = base.string("Collection of the cited record.")
    record_id = base.slug(required=True, metadata={"description": "Id of the record in its collection."})
    field = fields.String(
        required=True,
        validate=validate.Regexp(FIELD_PATTERN),
        metadata={
            "description": "Path of this source within the record's representation: `sources.0` supports the "
            "record, `reported_figures.2.sources.0` the value at `reported_figures.2`."
        },
    )
    document = base.slug(
        required=True,
        metadata={"description": "Id of the cited document in /v1/documents.", "references": "documents"},
    )
    quote = fields.String(
        required=True,
        allow_none=True,
        metadata={"description": "Verbatim span of the document's stored text. Null for an outside publication."},
    )
    start = base.offset(
        "Where the quote starts in the document's stored text (`links.text`), in Unicode code points from 0: "
        "`text[start:end] == quote`.",
        required=True,
    )
    end = base.offset("Where the quote ends (exclusive), in code points.", required=True)
    note = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "What the document reports, in this dataset's own words (always given for an "
            "outside publication)."
        },
    )
    url = fields.String(
        required=True, allow_none=True, metadata={"description": "The document's public URL. Null when not known."}
    )
    links = base.links_field(
        "URL paths of this claim (`self`), the cited record (`record`), the document "
        "(`document`) and its stored text (`text`, null for an outside publication).",
        required=True,
    )


class ClaimQueryArgsSchema(base.ListQueryArgsSchema):
    fields_ = base.fields_param(ClaimSchema)
    sort = base.sort_param("id", "collection", "document")
    collection = base.any_of(
        "Only claims behind records of these collections.", column="collection", example=["projects"]
    )
    record = base.any_of(
        "Only claims behind these records (ids).", column="record_id", example=["bilibili-new-headquarters"]
    )
    field = base.any_of(
        "Only claims at these source paths.",
        column="field",
        item=fields.String(validate=validate.Regexp(FIELD_PATTERN)),
        example=["sources.0"],
    )
    document = base.any_of(
        "Only claims citing these documents.", column="document", example=["shanghai-investment-conference-2021"]
    )


ClaimPageSchema = base.page_of(ClaimSchema, "Claim")


class ClaimDetailQueryArgsSchema(base.DetailQueryArgsSchema):
    fields_ = base.fields_param(ClaimSchema)
