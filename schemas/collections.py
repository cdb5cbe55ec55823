"""The registry of collections: one place naming each kind of record, its
schemas, its seed file and its table."""

from dataclasses import dataclass
from functools import cached_property

from .base import expanded_of, sparse_of
from .city_strategy import CityStrategyQueryArgsSchema, CityStrategySchema
from .conference import ConferenceQueryArgsSchema, ConferenceSchema
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

BY_NAME = {collection.name: collection for collection in COLLECTIONS}
