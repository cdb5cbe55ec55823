"""The registry of collections: one place naming each kind of record, its
schemas, its seed file and its table."""

import functools
from dataclasses import dataclass
from functools import cached_property

from marshmallow import Schema, fields

from .base import expanded_of, sparse_of, string
from .city_strategy import CityStrategyQueryArgsSchema, CityStrategySchema
from .claim import CLAIM_LINKS, ClaimQueryArgsSchema, ClaimSchema
from .conference import ConferenceQueryArgsSchema, ConferenceSchema
from .document import DOCUMENT_LINKS, DocumentQueryArgsSchema, DocumentSchema
from .industry import IndustryQueryArgsSchema, IndustrySchema
from .organization import OrganizationQueryArgsSchema, OrganizationSchema
from .park import ParkQueryArgsSchema, ParkSchema
from .partner import PartnerQueryArgsSchema, PartnerSchema
from .person import PersonQueryArgsSchema, PersonSchema
from .project import ProjectQueryArgsSchema, ProjectSchema
from .statement import StatementQueryArgsSchema, StatementSchema


@dataclass(frozen=True)
class Collection:
    name: str  # URL segment, e.g. "city-strategies"
    singular: str  # e.g. "city strategy"
    record_schema: type
    query_schema: type
    # Records read from the seed file of the same name, searched in /v1/search.
    # Otherwise the build derives them from the seed's documents and sources
    # (provenance), and ``q=`` searches an index of their own (``<table>_fts``).
    seeded: bool = True
    # ``links`` keys other than relations, after ``self``: name -> a function
    # making the field that describes it (a document's stored text, say).
    own_links: tuple = ()

    @cached_property
    def query_fields(self):
        """The query schema's fields, bound once (instantiating a schema per request is costly)."""
        return self.query_schema().fields

    @cached_property
    def record_fields(self):
        return self.record_schema().fields

    @property
    def component(self):
        """The record's OpenAPI component name (``ProjectSchema`` -> ``Project``)."""
        return self.record_schema.__name__.removesuffix("Schema")

    @cached_property
    def response_schema(self):
        """The record as served: its fields plus the relations ``expand=`` may inline."""
        return expanded_of(self.record_schema, self.component, lambda name: BY_NAME[name].component)

    @cached_property
    def sparse_schema(self):
        return sparse_of(self.response_schema, self.component)

    @property
    def table(self):
        return self.name.replace("-", "_")

    @property
    def seed_file(self):
        return f"{self.table}.yaml"

    @property
    def path(self):
        return f"/v1/{self.name}"


COLLECTIONS = (
    Collection("conferences", "conference", ConferenceSchema, ConferenceQueryArgsSchema),
    Collection("projects", "project", ProjectSchema, ProjectQueryArgsSchema),
    Collection("partners", "partner", PartnerSchema, PartnerQueryArgsSchema),
    Collection("parks", "park", ParkSchema, ParkQueryArgsSchema),
    Collection("city-strategies", "city strategy", CityStrategySchema, CityStrategyQueryArgsSchema),
    Collection("organizations", "organization", OrganizationSchema, OrganizationQueryArgsSchema),
    Collection("people", "person", PersonSchema, PersonQueryArgsSchema),
    Collection("industries", "industry", IndustrySchema, IndustryQueryArgsSchema),
    Collection("statements", "statement", StatementSchema, StatementQueryArgsSchema),
)

# Where every value comes from: the documents, and one claim per citation.
PROVENANCE = (
    Collection(
        "documents", "document", DocumentSchema, DocumentQueryArgsSchema, seeded=False, own_links=DOCUMENT_LINKS
    ),
    Collection("claims", "claim", ClaimSchema, ClaimQueryArgsSchema, seeded=False, own_links=CLAIM_LINKS),
)

# Every collection the API serves.
SERVED = COLLECTIONS + PROVENANCE

BY_NAME = {collection.name: collection for collection in SERVED}


@functools.cache
def reverse_relations():
    """For each collection, the filters of the collections (itself included)
    that point at it: ``{target name: [(collection, query parameter, record field)]}``."""
    found = {collection.name: [] for collection in SERVED}
    for collection in SERVED:
        for param, field in collection.query_fields.items():
            spec = field.metadata.get("filter") or {}
            field_name = spec.get("column") or spec.get("link")
            metadata = collection.record_fields[field_name].metadata if field_name else {}
            target = metadata.get("references")
            if target and not metadata.get("symmetric") and "operator" not in spec and "variant" not in spec:
                found[target].append((collection, field.data_key or param, field_name))
    return found


def link_names(collection):
    """The keys of every ``links`` of a collection's records, in order: ``self``,
    the collection's own links, each forward relation (its ``expand`` name: a
    URL, a list of URLs, or null) and each reverse relation (the other
    collection's table name: the URL of its list filtered on this record,
    listing no record when none links here)."""
    forward = [field.metadata["expand"] for field in collection.record_fields.values() if field.metadata.get("expand")]
    reverse = [other.table for other, _, _ in reverse_relations()[collection.name]]
    names = ["self", *(name for name, _ in collection.own_links), *forward, *reverse]
    if len(set(names)) != len(names):
        raise ValueError(f"{collection.name}: two relations share a name in {names}")
    return names


def links_schema(collection):
    """The ``links`` object of a collection's records, every key required (``link_names``)."""
    attrs = {"self": string("This record.")}
    attrs.update((name, make_field()) for name, make_field in collection.own_links)
    for name, field in collection.record_fields.items():
        expand = field.metadata.get("expand")
        if not expand:
            continue
        target = field.metadata["references"]
        if isinstance(field, fields.List):
            attrs[expand] = fields.List(
                fields.String(),
                required=True,
                metadata={"description": f"The records of `{name}` in /v1/{target}, in order (possibly none)."},
            )
        else:
            attrs[expand] = fields.String(
                required=True,
                allow_none=True,
                metadata={"description": f"The record of `{name}` in /v1/{target}; null when `{name}` is."},
            )
    for other, param, field_name in reverse_relations()[collection.name]:
        attrs[other.table] = fields.String(
            required=True,
            metadata={
                "description": f"{other.path}?{param}=<id>: the {other.name} whose `{field_name}` names this "
                f"{collection.singular} (a list, possibly empty)."
            },
        )
    attrs["__doc__"] = f"URL paths of this {collection.singular} and of its related records; always every key."
    return type(f"{collection.component}LinksSchema", (Schema,), attrs)
