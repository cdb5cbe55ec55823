from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.statement import (
    StatementDetailQueryArgsSchema,
    StatementPageSchema,
    StatementQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["statements"]

blp = Blueprint(
    "statements",
    __name__,
    url_prefix=COLLECTION.path,
    description="Statements the source reports: commitments, the digital economy, the partnership program.",
)


@blp.route("")
class Statements(MethodView):
    @blp.doc(operationId="listStatements")
    @blp.arguments(StatementQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, StatementPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List statements"""
        return list_response(COLLECTION, args)


@blp.route(
    "/<string:statement_id>",
    parameters=[{"in": "path", "name": "statement_id", "example": "digital-economy-entry-thresholds"}],
)
class StatementById(MethodView):
    @blp.doc(operationId="getStatement")
    @blp.arguments(StatementDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Statement"))
    def get(self, args, statement_id):
        """Get a statement"""
        return detail_response(COLLECTION, statement_id, args)
