"""/v1/documents: the source documents, each with ready-made citations; BibTeX
by ``format=bibtex`` or ``Accept: application/x-bibtex``, a list's entries
one after another."""

from flask.views import MethodView

from schemas.base import full_or_sparse
from schemas.collections import BY_NAME
from schemas.document import (
    BIBTEX,
    BIBTEX_MEDIA_TYPE,
    DocumentDetailQueryArgsSchema,
    DocumentPageSchema,
    DocumentQueryArgsSchema,
)

from ..db import get_db
from ..exports import OFFERED, export_rows, not_acceptable
from ..http import json_response, preferred_media_type
from ..problems import ApiProblem, invalid_parameters, parameter_problem
from .base import Blueprint, detail_response, list_response

COLLECTION = BY_NAME["documents"]

blp = Blueprint(
    "documents",
    __name__,
    url_prefix=COLLECTION.path,
    description="The source documents every claim cites: metadata, the stored text's URL and ready-made "
    "citations (plain text, CSL-JSON, BibTeX).",
)


def wants_bibtex(args, offered, *, negotiated):
    """``format=`` wins; else whether ``Accept`` prefers BibTeX to the ``offered``
    media types. A ``negotiated`` URL (the list) answers a 406 naming all of them
    when ``Accept`` allows none; a record answers JSON, as every record does."""
    if args.get("format"):
        return args["format"] == BIBTEX
    offered = (*offered, BIBTEX_MEDIA_TYPE)
    best = preferred_media_type(offered)
    if best is None and negotiated:
        raise not_acceptable(offered)
    return best == BIBTEX_MEDIA_TYPE


def refuse_what_bibtex_cannot_honour(args):
    """BibTeX entries are whole and not paged: ``cursor``, ``fields=`` and
    ``expand=`` (which page and shape JSON records) are refused, each named."""
    refused = {"cursor": ["BibTeX is not paginated; drop the cursor."]} if args.get("cursor") else {}
    whole = ["BibTeX entries are whole; drop it or ask for JSON."]
    refused |= {name: whole for name, key in (("fields", "fields_"), ("expand", "expand")) if args.get(key)}
    if refused:
        raise parameter_problem(invalid_parameters(refused))


def bibtex_response(entries):
    return json_response("\n".join(entries), mimetype=BIBTEX_MEDIA_TYPE)


@blp.route("")
class Documents(MethodView):
    @blp.doc(operationId="listDocuments")
    @blp.arguments(DocumentQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, DocumentPageSchema, headers={"Link": "LINK"})
    def get(self, args):
        """List documents"""
        if not wants_bibtex(args, OFFERED, negotiated=True):
            return list_response(COLLECTION, args)
        refuse_what_bibtex_cannot_honour(args)
        return bibtex_response(row[0] for row in export_rows(COLLECTION, args, "bibtex"))


@blp.route(
    "/<string:document_id>",
    parameters=[{"in": "path", "name": "document_id", "example": "shanghai-investment-conference-2021"}],
)
class DocumentById(MethodView):
    @blp.doc(operationId="getDocument")
    @blp.arguments(DocumentDetailQueryArgsSchema(), location="query", as_kwargs=False)
    @blp.response(200, full_or_sparse("Document"))
    def get(self, args, document_id):
        """Get a document"""
        if not wants_bibtex(args, ("application/json",), negotiated=False):
            return detail_response(COLLECTION, document_id, args)
        refuse_what_bibtex_cannot_honour(args)
        row = get_db().execute('SELECT "bibtex" FROM "documents" WHERE "id" = ?', (document_id,)).fetchone()
        if row is None:
            raise ApiProblem("not_found", f"No document with id {document_id!r}.")
        return bibtex_response([row[0]])
