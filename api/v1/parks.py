from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.park import (
    ParkDetailQueryArgsSchema,
    ParkPageSchema,
    ParkQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["parks"]

blp = Blueprint(
    "parks",
    __name__,
    url_prefix=COLLECTION.path,
    description="New industrial parks: the announced batch with its focus areas and the city's total, and every park the source names.",
)


@blp.route("")
class Parks(MethodView):
    @blp.doc(operationId="listParks")
    @blp.arguments(ParkQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, ParkPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List industrial parks"""
        return list_response(COLLECTION, args)


@blp.route("/<string:park_id>", parameters=[{"in": "path", "name": "park_id", "example": "new-industrial-parks-2021"}])
class ParkById(MethodView):
    @blp.doc(operationId="getPark")
    @blp.arguments(ParkDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Park"))
    def get(self, args, park_id):
        """Get an industrial park"""
        return detail_response(COLLECTION, park_id, args)
