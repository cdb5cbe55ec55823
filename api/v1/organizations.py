from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.organization import (
    OrganizationDetailQueryArgsSchema,
    OrganizationPageSchema,
    OrganizationQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["organizations"]

blp = Blueprint(
    "organizations",
    __name__,
    url_prefix=COLLECTION.path,
    description="Every company, association and government body the source names, with reported investments.",
)


@blp.route("")
class Organizations(MethodView):
    @blp.doc(operationId="listOrganizations")
    @blp.arguments(OrganizationQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, OrganizationPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List organizations"""
        return list_response(COLLECTION, args)


@blp.route(
    "/<string:organization_id>", parameters=[{"in": "path", "name": "organization_id", "example": "sequoia-capital"}]
)
class OrganizationById(MethodView):
    @blp.doc(operationId="getOrganization")
    @blp.arguments(OrganizationDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Organization"))
    def get(self, args, organization_id):
        """Get an organization"""
        return detail_response(COLLECTION, organization_id, args)
