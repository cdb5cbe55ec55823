import datetime
import zipfile

import orjson
from flask import Response, current_app, stream_with_context
from flask.views import MethodView

from schemas.collections import SERVED
from schemas.meta import DataPackageSchema, IndexSchema, MetaSchema

from ..db import dataset, file_replaced, get_db
from ..exports import as_attachment, csv_chunks
from ..http import file_validator, json_response, preferred_media_type, send_stored_file
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
# Generators (openapi-python-client) type a download by application/octet-stream.
ZIP_TYPES = ("application/zip", "application/octet-stream")
TEXT = {"schema": {"type": "string"}}
BINARY = {"schema": {"type": "string", "format": "binary"}}


def file_response(description, content):
    """The documented 200 of a view that answers a file rather than JSON."""
    return {"200": {"description": description, "content": content}}


CSV_BATCH = 1000


def data_package():
    """The Data Package descriptor the build wrote (seed.build.datapackage)."""
    row = get_db().execute("""SELECT "value" FROM "metadata" WHERE "key" = 'datapackage'""").fetchone()
    return orjson.loads(row[0])


def dataset_citation(current, package):
    """How to cite this dataset, as a whole and at this version."""
    # Not the request's Host: a client would choose what a cached answer tells everyone else.
    url = f"{current_app.config['PUBLIC_URL'].rstrip('/')}/v1/meta"
    date = current.built_at[:10]
    license_ = current.license
    return {
        "title": package["title"],
        "version": current.version,
        "url": url,
        "license": {"name": license_["name"], "url": license_["url"]},
        "date": date,
        "text": f"{package['title']}, version {current.version} ({date}). {url}. Licence: {license_['name']}.",
    }


def data_package_resource(package, name):
    resource = next((r for r in package["resources"] if r["name"] == name), None)
    if resource is None:
        raise ApiProblem("not_found", f"No table named {name!r} in the data package.")
    return resource


def csv_rows(resource):
    """A resource's CSV, header first, in batches of rows (bytes), in primary key order."""
    names = [field["name"] for field in resource["schema"]["fields"]]
    columns = ", ".join(f'"{name}"' for name in names)
    order = ", ".join(f'"{name}"' for name in resource["schema"]["primaryKey"])
    # Names from the descriptor the build wrote from the schemas, not from the request.
    rows = get_db().execute(f'SELECT {columns} FROM "{resource["name"]}" ORDER BY {order}')  # nosec B608
    return csv_chunks(names, iter(lambda: rows.fetchmany(CSV_BATCH), []))


class Chunks:
    """A write-only file whose bytes are taken as they come (a streamed zip)."""

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def take(self):
        data, self.chunks = b"".join(self.chunks), []
        return data


def zip_member(name, built_at):
    """A zip entry dated when the dataset was built (not when it is sent): the
    same dataset is always the same bytes, as its strong ETag promises."""
    member = zipfile.ZipInfo(name, date_time=datetime.datetime.fromisoformat(built_at).timetuple()[:6])
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16  # a regular file, readable by all
    return member


def zipped_package(package, built_at):
    """The descriptor and every CSV as one zip, streamed (zipfile writes to an
    unseekable file with data descriptors)."""
    out = Chunks()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zip_member("datapackage.json", built_at), orjson.dumps(package, option=orjson.OPT_INDENT_2))
        yield out.take()
        for resource in package["resources"]:
            with archive.open(zip_member(resource["path"], built_at), "w") as member:
                for data in csv_rows(resource):
                    member.write(data)
                    yield out.take()
    yield out.take()


def database_etag(current, media_type):
    """The download's strong validator: the dataset version names the data, and
    the file's own validator this build of it (the same seed built by other
    code, or another SQLite, is other bytes). Each media type it is sent as is
    a representation of its own."""
    _, _, size, modified_ns = current.file_identity
    etag = f"sqlite-{current.version}-{file_validator(size, modified_ns)}"
    return etag if media_type == DATABASE_TYPES[0] else f"{etag}-octet-stream"


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
                for collection in SERVED
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
            "dataset_citation": dataset_citation(current, data_package()),
        }
        return json_response(orjson.dumps(body))


@blp.route("/meta/documents/<string:document_id>.txt")
class DocumentText(MethodView):
    @blp.doc(
        operationId="getDocumentText", responses=file_response("The document's verbatim text.", {"text/plain": TEXT})
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
            **file_response(
                "The whole dataset as the SQLite file this API serves (read-only snapshot).",
                dict.fromkeys(DATABASE_TYPES, BINARY),
            ),
            "206": {
                "description": "One byte range of the file (`Range: bytes=first-last`; several ranges, or another "
                "unit, get the whole file). `If-Range` with the file's strong ETag resumes a download.",
                "headers": {"Content-Range": {"schema": {"type": "string"}, "example": "bytes 0-15/4153344"}},
                "content": dict.fromkeys(DATABASE_TYPES, BINARY),
            },
            "416": "RANGE_NOT_SATISFIABLE",
        },
    )
    def get(self):
        """Download the whole dataset as a SQLite database"""
        current = dataset()
        if file_replaced(current):  # its bytes would not be the version this ETag names
            raise ApiProblem(
                "service_unavailable", "The database changed since start-up; it is served after a restart."
            )
        media_type = preferred_media_type(DATABASE_TYPES) or DATABASE_TYPES[0]
        return send_stored_file(
            current.path,
            database_etag(current, media_type),
            current.file_identity[3],
            mimetype=media_type,
            as_attachment=True,
            download_name=f"shanghai-investment-{current.version}.db",
            max_age=current_app.config["CACHE_MAX_AGE"],
        )


@blp.route("/meta/datapackage.json")
class DataPackage(MethodView):
    @blp.doc(operationId="getDataPackage")
    @blp.response(200, DataPackageSchema)
    def get(self):
        """Describe the dataset as a Frictionless Data Package of CSV tables"""
        return json_response(orjson.dumps(data_package()))


@blp.route("/meta/datapackage/<string:table>.csv", parameters=[{"in": "path", "name": "table", "example": "projects"}])
class DataPackageTable(MethodView):
    @blp.doc(
        operationId="getDataPackageTable",
        responses=file_response(
            "One table of the data package as CSV (header row first), in primary key order.", {"text/csv": TEXT}
        ),
    )
    def get(self, table):
        """Download one table of the data package as CSV"""
        resource = data_package_resource(data_package(), table)
        return Response(stream_with_context(csv_rows(resource)), mimetype="text/csv")


@blp.route("/meta/datapackage.zip")
class DataPackageZip(MethodView):
    @blp.doc(
        operationId="getDataPackageZip",
        responses=file_response(
            "The data package as one zip: `datapackage.json` and every table's CSV.", dict.fromkeys(ZIP_TYPES, BINARY)
        ),
    )
    def get(self):
        """Download the data package (descriptor and CSVs) as one zip"""
        current = dataset()
        media_type = preferred_media_type(ZIP_TYPES) or ZIP_TYPES[0]
        response = Response(stream_with_context(zipped_package(data_package(), current.built_at)), mimetype=media_type)
        return as_attachment(response, f"shanghai-investment-{current.version}", "zip")
