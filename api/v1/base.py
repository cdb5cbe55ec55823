"""What every v1 resource module shares: the blueprint class (strict query
parsing, 400 on bad input) and the two views' bodies.

The rule for query parameters, on every endpoint: an unknown parameter, or a
single-value parameter sent more than once, is a 400 ``invalid_parameter``
naming each. A view declaring its parameters (``blp.arguments(...,
location="query")``) is held to them by ``QueryParser``; any other endpoint
(the entry points, health, problem types, the documentation pages, the
OpenAPI document, static files) takes none, which ``refuse_undeclared_parameters``
enforces before it runs.
"""

import functools
from typing import ClassVar

import flask_smorest
from flask import current_app, request
from marshmallow import RAISE, Schema, ValidationError
from webargs.fields import DelimitedList
from webargs.flaskparser import FlaskParser
from webargs.multidictproxy import MultiDictProxy

from ..exports import export_response, requested_format
from ..http import json_response
from ..problems import UNKNOWN_PARAMETER, invalid_parameters, parameter_problem
from ..query import RequestUrl, get_record, list_records

REPEATED_PARAMETER = "Given more than once; this parameter takes a single value."


@functools.cache
def parameter_names(schema_class):
    """``({parameter: field name}, required field names)`` of a query schema."""
    fields = schema_class().fields
    names = {field.data_key or name: name for name, field in fields.items()}
    return names, frozenset(name for name, field in fields.items() if field.required)


@functools.lru_cache(maxsize=1024)  # bounded: clients choose the combinations of parameters
def schema_loading(schema_class, names):
    return schema_class(only=names)


def narrowed(schema, args):
    """``schema`` loading only the parameters ``args`` sends and the required
    ones: marshmallow visits every field of a schema on each load, present or
    not, and a list declares twenty or more. Whatever else ``args`` sends is
    still an unknown parameter."""
    names, required = parameter_names(type(schema))
    return schema_loading(type(schema), required.union(names[key] for key in args if key in names))


class QueryParser(FlaskParser):
    """Unknown query parameters are errors, and bad input is a 400, not a 422."""

    DEFAULT_VALIDATION_STATUS = 400
    DEFAULT_UNKNOWN_BY_LOCATION: ClassVar[dict] = {"query": RAISE, "path": RAISE}

    def parse(self, argmap, req=None, **kwargs):
        """Query strings are loaded by their schema ``narrowed`` to the request's parameters."""
        if isinstance(argmap, Schema) and kwargs.get("location") == "query":
            argmap = narrowed(argmap, (req or request).args)
        return super().parse(argmap, req, **kwargs)

    def load_querystring(self, req, schema):
        """A list parameter sent repeated (``kind=a&kind=b``, as generated clients
        send lists whatever ``explode: false`` says) means ``kind=a,b``; any
        other parameter sent repeated is an error, named beside the others."""
        lists = {field.data_key or name for name, field in schema.fields.items() if isinstance(field, DelimitedList)}
        # A plain dict, not a werkzeug MultiDict: the schema looks up each of its
        # fields, and a MultiDict answers every absent one by raising an HTTP exception.
        args, repeated = {}, []
        loaded = MultiDictProxy(args, schema, known_multi_fields=tuple(self.KNOWN_MULTI_FIELDS))
        for key, values in req.args.lists():
            if len(values) > 1 and key not in lists:
                repeated.append(key)
            args[key] = ",".join(values) if key in lists else values if key in loaded.multiple_keys else values[0]
        if repeated:
            messages = schema.validate(loaded)
            messages.update({key: [REPEATED_PARAMETER] for key in repeated})
            raise ValidationError(messages)
        return loaded


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = QueryParser()

    def arguments(self, schema, *, location="json", **kwargs):
        """flask-smorest's decorator; a view parsing the query string is marked
        so that ``refuse_undeclared_parameters`` leaves it to its schema."""
        decorator = super().arguments(schema, location=location, **kwargs)
        if location != "query":
            return decorator

        def declare(view):
            parsed = decorator(view)
            parsed.declares_query_parameters = True
            return parsed

        return declare


def declares_query_parameters(endpoint):
    """Whether the view of ``endpoint`` parses the query string with a schema."""
    view_class = getattr(current_app.view_functions.get(endpoint), "view_class", None)
    return getattr(getattr(view_class, "get", None), "declares_query_parameters", False)


def refuse_undeclared_parameters():
    """Before any view (``before_request``): an endpoint that declares no query
    parameters takes none. A preflight ``OPTIONS`` and an unrouted URL are
    left to their own answers."""
    if not request.args or request.endpoint is None or request.method == "OPTIONS":
        return
    if not declares_query_parameters(request.endpoint):
        raise parameter_problem(invalid_parameters({name: [UNKNOWN_PARAMETER] for name in request.args}))


def paged_response(args, export, page):
    """A list-like answer: ``export(format)`` when a CSV or NDJSON export is
    asked for, else the JSON page ``page(url)`` makes, with its ``Link`` header."""
    export_format = requested_format(args)
    if export_format != "json":
        return export(export_format)
    body, link = page(RequestUrl(request.path, request.args))
    return json_response(body, link=link)


def list_response(collection, args):
    return paged_response(
        args,
        lambda export_format: export_response(collection, args, export_format),
        lambda url: list_records(collection, args, url),
    )


def detail_response(collection, record_id, args):
    return json_response(get_record(collection, record_id, args))
