from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.person import (
    PersonDetailQueryArgsSchema,
    PersonPageSchema,
    PersonQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["people"]

blp = Blueprint(
    "people",
    __name__,
    url_prefix=COLLECTION.path,
    description="Every person the source names, with role and organization.",
)


@blp.route("")
class People(MethodView):
    @blp.doc(operationId="listPeople")
    @blp.arguments(PersonQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, PersonPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List people"""
        return list_response(COLLECTION, args)


@blp.route("/<string:person_id>", parameters=[{"in": "path", "name": "person_id", "example": "gong-zheng"}])
class PersonById(MethodView):
    @blp.doc(operationId="getPerson")
    @blp.arguments(PersonDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Person"))
    def get(self, args, person_id):
        """Get a person"""
        return detail_response(COLLECTION, person_id, args)
