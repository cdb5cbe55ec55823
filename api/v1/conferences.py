from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.conference import (
    ConferenceDetailQueryArgsSchema,
    ConferencePageSchema,
    ConferenceQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["conferences"]

blp = Blueprint(
    "conferences",
    __name__,
    url_prefix=COLLECTION.path,
    description="Editions of the Shanghai Global Investment Promotion Conference: when, the signed projects' count and value, officials and programmes.",
)


@blp.route("")
class Conferences(MethodView):
    @blp.doc(operationId="listConferences")
    @blp.arguments(ConferenceQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, ConferencePageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List conferences"""
        return list_response(COLLECTION, args)


@blp.route(
    "/<string:conference_id>",
    parameters=[
        {"in": "path", "name": "conference_id", "example": "shanghai-global-investment-promotion-conference-2021"}
    ],
)
class ConferenceById(MethodView):
    @blp.doc(operationId="getConference")
    @blp.arguments(ConferenceDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Conference"))
    def get(self, args, conference_id):
        """Get a conference"""
        return detail_response(COLLECTION, conference_id, args)
