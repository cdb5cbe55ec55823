from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.partner import (
    PartnerDetailQueryArgsSchema,
    PartnerPageSchema,
    PartnerQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["partners"]

blp = Blueprint(
    "partners",
    __name__,
    url_prefix=COLLECTION.path,
    description="Shanghai Global Investment Partners: corporate executives and industrial entities of the partnership program.",
)


@blp.route("")
class Partners(MethodView):
    @blp.doc(operationId="listPartners")
    @blp.arguments(PartnerQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, PartnerPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List global investment partners"""
        return list_response(COLLECTION, args)


@blp.route("/<string:partner_id>", parameters=[{"in": "path", "name": "partner_id", "example": "semi"}])
class PartnerById(MethodView):
    @blp.doc(operationId="getPartner")
    @blp.arguments(PartnerDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Partner"))
    def get(self, args, partner_id):
        """Get a global investment partner"""
        return detail_response(COLLECTION, partner_id, args)
