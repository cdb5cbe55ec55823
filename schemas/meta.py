from marshmallow import EXCLUDE, Schema, fields

from . import base
from .collections import BY_NAME


class CollectionEntrySchema(Schema):
    name = base.string("Collection name (URL segment).")
    href = base.string("URL path of the collection.")
    description = base.string("What the collection holds.")
    count = fields.Integer(required=True, metadata={"description": "Number of records."})


class IndexSchema(Schema):
    """Entry point of API version 1."""

    api_version = base.string("API version (`v1`).")
    dataset_version = base.string("Version of the dataset served.")
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


class CitedLicenseSchema(Schema):
    name = fields.String(required=True)
    url = fields.String(required=True)


class DatasetCitationSchema(Schema):
    """How to cite this dataset, at the version served."""

    title = base.string("The dataset's title.")
    version = base.string("The dataset version cited.")
    url = base.string(
        "Where the dataset is served: absolute when the server is configured with its public address "
        "(`PUBLIC_URL`), else the path `/v1/meta` on this server. Never taken from the request's `Host`."
    )
    license = fields.Nested(CitedLicenseSchema, required=True)
    date = base.string("When this version was built (ISO 8601 date).")
    text = base.string("The citation as one plain-text reference.")


class DataPackageSchema(Schema):
    """A Frictionless Data Package (v1) descriptor: one CSV resource per collection and link table, with
    Table Schema field types, primary keys and foreign keys; `path`s are relative to this document."""

    class Meta:
        unknown = EXCLUDE

    profile = fields.String(required=True)
    name = fields.String(required=True)
    title = fields.String(required=True)
    version = fields.String(required=True)
    created = fields.String(required=True)
    homepage = fields.String(required=True)
    licenses = fields.List(fields.Dict(keys=fields.String(), values=fields.String()), required=True)
    resources = fields.List(
        fields.Dict(keys=fields.String(), values=fields.Raw()),
        required=True,
        metadata={"description": "Tabular data resources (see the Table Schema specification)."},
    )


class MetaSchema(Schema):
    """About the dataset: version, build, licence, sources and record counts."""

    dataset_version = fields.String(
        required=True, metadata={"description": "Hash of the seed files the database was built from."}
    )
    built_at = base.string("When the database was built (ISO 8601, UTC).")
    synthetic = fields.Boolean(
        required=True, metadata={"description": "True only for generated benchmark data, never the real dataset."}
    )
    license = fields.Nested(LicenseSchema, required=True)
    # The documents collection's own response component (one `Document` in the spec).
    documents = base.nested_list(
        BY_NAME["documents"].response_schema, "Source documents every `sources[].document` refers to."
    )
    counts = fields.Dict(
        keys=fields.String(),
        values=fields.Integer(),
        required=True,
        metadata={"description": "Records per collection."},
    )
    citation = base.string("How to cite the source article.")
    dataset_citation = fields.Nested(DatasetCitationSchema, required=True)
