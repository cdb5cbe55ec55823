import orjson
from flask import Response, current_app, request
from flask.views import MethodView
from werkzeug.utils import send_file

from schemas.collections import COLLECTIONS
from schemas.meta import IndexSchema, MetaSchema

from ..db import dataset, get_db
from ..http import json_response
from ..problems import ApiProblem
from .base import Blueprint

blp = Blueprint("meta", __name__, url_prefix="/v1", description="The API's entry point and the dataset's metadata.")

CITATION = (
    "Zhu Shenshen, Wang Yanlin and Cao Qian, \u201cShanghai seals projects worth US$74.9 billion\u201d, "
    "Los Angeles Times (as printed; Newspapers in English)."
)

# The same bytes under their registered type (the default) or, for clients and
# generators that only know a binary body by its generic name, when `Accept` asks for it.
DATABASE_TYPES = ("application/vnd.sqlite3", "application/octet-stream")


def single_byte_range(environ):
    """The request as the file download reads it: a ``Range`` in another unit
    than bytes is ignored, as RFC 9110 asks, and so is one of several ranges
    (no multipart answers); a malformed bytes range is still a 416."""
    unit, _, ranges = environ.get("HTTP_RANGE", "bytes=").partition("=")
    if unit.strip().lower() == "bytes" and "," not in ranges:
        return environ
    return {name: value for name, value in environ.items() if name != "HTTP_RANGE"}


@blp.route("")
class Index(MethodView):
    @blp.doc(operationId="getIndex")
    @blp.response(200, IndexSchema)
    def get(self):
        """List every collection and entry point"""
        counts = dataset().counts
        body = {
            "api_version": "v1",
            "dataset_version": dataset().version,
            "collections": [
                {
                    "name": collection.name,
                    "href": collection.path,
                    "description": (collection.record_schema.__doc__ or "").strip(),
                    "count": counts.get(collection.name, 0),
                }
                for collection in COLLECTIONS
            ],
            "links": {
                "search": "/v1/search?q={query}",
                "meta": "/v1/meta",
                "openapi": "/openapi.json",
                "docs": "/docs",
                "redoc": "/redoc",
            },
        }
        return json_response(orjson.dumps(body))


@blp.route("/meta")
class Meta(MethodView):
    @blp.doc(operationId="getMeta")
    @blp.response(200, MetaSchema)
    def get(self):
        """Describe the dataset: version, build, licence, sources and counts"""
        current = dataset()
        documents = [orjson.loads(row[0]) for row in get_db().execute('SELECT "record" FROM "documents" ORDER BY "id"')]
        body = {
            "dataset_version": current.version,
            "built_at": current.built_at,
            "synthetic": current.synthetic,
            "license": current.license,
            "documents": documents,
            "counts": current.counts,
            "citation": CITATION,
        }
        return json_response(orjson.dumps(body))


@blp.route("/meta/documents/<string:document_id>.txt")
class DocumentText(MethodView):
    @blp.doc(
        operationId="getDocumentText",
        responses={
            "200": {
                "description": "The document's verbatim text.",
                "content": {"text/plain": {"schema": {"type": "string"}}},
            }
        },
    )
    def get(self, document_id):
        """Get a source document's verbatim text"""
        row = get_db().execute('SELECT "text" FROM "documents" WHERE "id" = ?', (document_id,)).fetchone()
        if row is None or row[0] is None:
            raise ApiProblem("not_found", f"No document text with id {document_id!r}.")
        return Response(row[0], mimetype="text/plain")


@blp.route("/meta/database")
class Database(MethodView):
    @blp.doc(
        operationId="getDatabase",
        responses={
            "200": {
                "description": "The whole dataset as the SQLite file this API serves (read-only snapshot).",
                "content": {
                    media_type: {"schema": {"type": "string", "format": "binary"}} for media_type in DATABASE_TYPES
                },
            }
        },
    )
    def get(self):
        """Download the whole dataset as a SQLite database"""
        current = dataset()
        return send_file(
            current.path,
            single_byte_range(request.environ),
            response_class=current_app.response_class,
            mimetype=request.accept_mimetypes.best_match(DATABASE_TYPES, default=DATABASE_TYPES[0]),
            as_attachment=True,
            download_name=f"shanghai-investment-{current.version}.db",
            etag=f"sqlite-{current.version}",
            conditional=True,
            max_age=current_app.config["CACHE_MAX_AGE"],
        )
