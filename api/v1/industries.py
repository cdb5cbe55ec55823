from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.industry import (
    IndustryDetailQueryArgsSchema,
    IndustryPageSchema,
    IndustryQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["industries"]

blp = Blueprint(
    "industries",
    __name__,
    url_prefix=COLLECTION.path,
    description="The shared industry taxonomy used by projects, parks, partners, strategies and statements.",
)


@blp.route("")
class Industries(MethodView):
    @blp.doc(operationId="listIndustries")
    @blp.arguments(IndustryQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, IndustryPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List industries"""
        return list_response(COLLECTION, args)


@blp.route(
    "/<string:industry_id>", parameters=[{"in": "path", "name": "industry_id", "example": "integrated-circuits"}]
)
class IndustryById(MethodView):
    @blp.doc(operationId="getIndustry")
    @blp.arguments(IndustryDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Industry"))
    def get(self, args, industry_id):
        """Get an industry"""
        return detail_response(COLLECTION, industry_id, args)
