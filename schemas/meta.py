from marshmallow import Schema, fields

from .document import DocumentSchema


class CollectionEntrySchema(Schema):
    name = fields.String(required=True, metadata={"description": "Collection name (URL segment)."})
    href = fields.String(required=True, metadata={"description": "URL path of the collection."})
    description = fields.String(required=True, metadata={"description": "What the collection holds."})
    count = fields.Integer(required=True, metadata={"description": "Number of records."})


class IndexSchema(Schema):
    """Entry point of API version 1."""

    api_version = fields.String(required=True, metadata={"description": "API version (`v1`)."})
    dataset_version = fields.String(required=True, metadata={"description": "Version of the dataset served."})
    collections = fields.List(fields.Nested(CollectionEntrySchema), required=True)
    links = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        required=True,
        metadata={"description": "Search, dataset metadata, documentation and the OpenAPI document."},
    )


class LicenseSchema(Schema):
    name = fields.String(required=True)
    url = fields.String(required=True)
    note = fields.String(required=True)


class MetaSchema(Schema):
    """About the dataset: version, build, licence, sources and record counts."""

    dataset_version = fields.String(
        required=True, metadata={"description": "Hash of the seed files the database was built from."}
    )
    built_at = fields.String(required=True, metadata={"description": "When the database was built (ISO 8601, UTC)."})
    synthetic = fields.Boolean(
        required=True, metadata={"description": "True only for generated benchmark data, never the real dataset."}
    )
    license = fields.Nested(LicenseSchema, required=True)
    documents = fields.List(
        fields.Nested(DocumentSchema),
        required=True,
        metadata={"description": "Source documents every `sources[].document` refers to."},
    )
    counts = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        required=True,
        metadata={"description": "Records per collection."},
    )
    citation = fields.String(required=True, metadata={"description": "How to cite the source article."})
