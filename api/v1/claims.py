from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.claim import ClaimDetailQueryArgsSchema, ClaimPageSchema, ClaimQueryArgsSchema
from schemas.collections import BY_NAME

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["claims"]

blp = Blueprint(
    "claims",
    __name__,
    url_prefix=COLLECTION.path,
    description="Provenance as a collection: one claim per citation behind every served value, with the "
    "verbatim quote and its place in the document's stored text.",
)


@blp.route("")
class Claims(MethodView):
    @blp.doc(operationId="listClaims")
    @blp.arguments(ClaimQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, ClaimPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List claims"""
        return list_response(COLLECTION, args)


@blp.route(
    "/<string:claim_id>",
    parameters=[
        {
            "in": "path",
            "name": "claim_id",
            "example": "projects--bilibili-new-headquarters--sources-0",
        }
    ],
)
class ClaimById(MethodView):
    @blp.doc(operationId="getClaim")
    @blp.arguments(ClaimDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Claim"))
    def get(self, args, claim_id):
        """Get a claim"""
        return detail_response(COLLECTION, claim_id, args)
