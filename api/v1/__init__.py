"""API version 1: one module per resource, registered from one tuple."""

from .. import service
from . import (
    city_strategies,
    claims,
    conferences,
    documents,
    industries,
    meta,
    organizations,
    parks,
    partners,
    people,
    projects,
    search,
    statements,
)

BLUEPRINTS = (
    meta.blp,
    conferences.blp,
    projects.blp,
    partners.blp,
    parks.blp,
    city_strategies.blp,
    organizations.blp,
    people.blp,
    industries.blp,
    statements.blp,
    documents.blp,
    claims.blp,
    search.blp,
    service.blp,
)


def register_blueprints(api):
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
