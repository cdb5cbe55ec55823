"""``GET /v1/<collection>/groups``: one route per collection, added to the
collection's own blueprint (see ``api.groups``)."""

from flask.views import MethodView

from schemas.groups import GROUPS

from ..groups import group_page, groups_export
from .base import paged_response

DESCRIPTION = """\
Counts the {plural} the filters select (the list's filters and `q`) for each value of `by`, with the sums of their \
money fields per currency (never converted, never mixed). A record with several values of a list field counts in \
each of its groups; the records without a value form the group whose `key` is null. Paged like lists (`limit`, \
`cursor`, `links.next`); `format=csv` exports every group."""


def operation_id(collection):
    return "group" + "".join(part.capitalize() for part in collection.name.split("-"))


def add_groups_route(blp, collection):
    """Register ``/groups`` on ``blp``, the blueprint of ``collection``."""
    query_schema, page_schema = GROUPS[collection.name]

    def get(self, args):
        return paged_response(
            args,
            lambda export_format: groups_export(collection, args, export_format),
            lambda url: group_page(collection, args, url),
        )

    get.__doc__ = f"Group {collection.name.replace('-', ' ')} by a field\n\n" + DESCRIPTION.format(
        plural=collection.name.replace("-", " ")
    )
    get = blp.response(200, page_schema, headers={"Link": "LINK"})(get)
    get = blp.arguments(query_schema(), location="query", as_kwargs=False)(get)
    get = blp.doc(operationId=operation_id(collection))(get)
    view = type(f"{collection.component}Groups", (MethodView,), {"get": get})
    blp.route("/groups")(view)
