from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.project import (
    ProjectDetailQueryArgsSchema,
    ProjectPageSchema,
    ProjectQueryArgsSchema,
)

from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["projects"]

blp = Blueprint(
    "projects",
    __name__,
    url_prefix=COLLECTION.path,
    description="Investment projects signed at the conference that the source names (5 of the 216), with their industries and organizations.",
)


@blp.route("")
class Projects(MethodView):
    @blp.doc(operationId="listProjects")
    @blp.arguments(ProjectQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, ProjectPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List signed projects"""
        return list_response(COLLECTION, args)


@blp.route("/<string:project_id>", parameters=[{"in": "path", "name": "project_id", "example": "5g-valley"}])
class ProjectById(MethodView):
    @blp.doc(operationId="getProject")
    @blp.arguments(ProjectDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Project"))
    def get(self, args, project_id):
        """Get a signed project"""
        return detail_response(COLLECTION, project_id, args)
