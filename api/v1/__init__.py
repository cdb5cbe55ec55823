"""API version 1: one module per resource, registered from one tuple."""

from .. import service
from . import (
    autocomplete,
    city_strategies,
    conferences,
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
from .groups import add_groups_route

COLLECTION_MODULES = (
    conferences,
    projects,
    partners,
    parks,
    city_strategies,
    organizations,
    people,
    industries,
    statements,
)
# Every collection can be grouped by its filters: one generic route on each collection's blueprint.
for module in COLLECTION_MODULES:
    add_groups_route(module.blp, module.COLLECTION)

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
    search.blp,
    autocomplete.blp,
    service.blp,
)


def register_blueprints(api):
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
