"""What every v1 resource module shares: the blueprint class (strict query
parsing, 400 on bad input) and the two views' bodies."""

from typing import ClassVar

import flask_smorest
from flask import request
from marshmallow import RAISE
from webargs.fields import DelimitedList
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy
from werkzeug.datastructures import MultiDict

from ..exports import export_response, requested_format
from ..http import json_response
from ..query import RequestUrl, get_record, list_records


class QueryParser(FlaskParser):
    """Unknown query parameters are errors, and bad input is a 400, not a 422."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION: ClassVar[dict] = {"query": RAISE, "path": RAISE}

    def load_querystring(self, req, schema):
        """A list parameter sent repeated (``kind=a&kind=b``, as generated clients
        send lists whatever ``explode: false`` says) means ``kind=a,b``."""
        lists = {field.data_key or name for name, field in schema.fields.items() if isinstance(field, DelimitedList)}
        args = MultiDict()
        for key, values in req.args.lists():
            args.setlist(key, [",".join(values)] if key in lists and len(values) > 1 else values)
        return MultiDictProxy(args, schema, known_multi_fields=tuple(self.KNOWN_MULTI_FIELDS))


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = QueryParser()


def list_response(collection, args):
    export_format = requested_format(args, request.accept_mimetypes)
    if export_format != "json":
        return export_response(collection, args, export_format)
    body, link = list_records(collection, args, RequestUrl(request.path, request.args))
    return json_response(body, link=link)


def detail_response(collection, record_id, args):
    return json_response(get_record(collection, record_id, args))
