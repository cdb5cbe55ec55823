"""How the OpenAPI document is put together beyond what each view declares:
the document's header, shared response components (problems, 304), the
headers and error responses every operation has, and the shape that lets
generators (openapi-python-client, openapi-typescript) and linters (Redocly,
Spectral) take the document as it is: enums declared once as named
components, nullable enums as ``anyOf: [$ref, null]``, a description on every
operation, absolute URLs where OpenAPI requires them, no unused components."""

import re
from urllib.parse import urlsplit

from apispec import BasePlugin
from apispec.ext.marshmallow import MarshmallowPlugin, resolver
from apispec.ext.marshmallow.common import resolve_schema_cls
from flask_smorest.pagination import PaginationMetadataSchema

from schemas.base import expansions
from schemas.collections import SERVED, links_schema
from schemas.problem import ProblemSchema

from .exports import ExportsDocPlugin
from .problems import PROBLEM_MEDIA_TYPE

API_TITLE = "Shanghai Global Investment Promotion Conference API"
API_DESCRIPTION = """\
Read-only, source-cited data about the Shanghai Global Investment Promotion
Conference (first held in 2021): the signed investment projects the source
names, the Shanghai Global Investment Partners, the new industrial parks, the
"five new cities" strategies, and the organizations, people and industries
they involve.

Every record carries `sources`: a verbatim quote of the stored 2021 article
(with its character offsets), or for any other public page a `documents`
record and a note in our own words. What no source reports is `null`. Money
is an integer amount with an ISO 4217 currency, exactly as reported.

Lists are paginated with an opaque keyset `cursor` (`links.next`, `links.prev`
and the `Link` header). Every successful `GET` has a strong `ETag`; send it back in
`If-None-Match` to get `304 Not Modified`. Errors are RFC 9457 problem
documents (`application/problem+json`).
"""

HEADERS = {
    "STRONG_ETAG": {"description": "Strong validator of this representation.", "schema": {"type": "string"}},
    "CACHE_CONTROL": {"description": "How long the response may be reused.", "schema": {"type": "string"}},
    "X_REQUEST_ID": {
        "description": "The request's id: the one sent in `X-Request-ID` if valid, else generated.",
        "schema": {"type": "string"},
    },
    "LINK": {"description": "RFC 8288 links to the `next` and `prev` pages.", "schema": {"type": "string"}},
}

ERROR_RESPONSES = {
    "BAD_REQUEST": "Invalid query parameter or cursor; `errors` names each offending parameter.",
    "NOT_FOUND": "No record with this id, or nothing at this URL.",
    "DEFAULT_ERROR": "Any other error (405 method not allowed, 429 too many requests, 500, 503 when the dataset "
    "cannot be read), as a problem document.",
    "RANGE_NOT_SATISFIABLE": "`Range` asks for bytes the file does not hold; `Content-Range` gives its size.",
}

# Operations that are not a collection's list or detail (those get a
# description composed from their parameters, see `collection_description`).
# A view's own docstring description, when it has one, wins.
OPERATION_DESCRIPTIONS = {
    "getDataPackage": "The dataset as a Frictionless Data Package: one CSV table per collection and per list field, "
    "with Table Schema types, primary keys and foreign keys; the tables download from the paths it names.",
    "getDataPackageTable": "One table of the data package as CSV (a header row, then the rows in primary key "
    "order); `table` is a resource name of `datapackage.json`, an unknown one answers `404`.",
    "getDataPackageZip": "The whole data package in one zip: `datapackage.json` and every table's CSV, streamed.",
    "getLanding": "The API's home: its name and links to the versioned API (`/v1`), the dataset's metadata, the "
    "documentation (Swagger UI, ReDoc), this OpenAPI document and the health and readiness probes.",
    "getIndex": "The API's entry point: every collection with its URL path, description and record count, and "
    "links to search, the dataset metadata, the documentation and this OpenAPI document.",
    "getMeta": "The dataset's version (it changes whenever the data does), when it was built, its licence, the "
    "source documents that every `sources[].document` refers to, record counts and how to cite the source.",
    "getDatabase": "The SQLite file this API serves, for offline analysis. Its `ETag` follows the dataset version, "
    "so a conditional request answers `304` until the data changes.",
    "getDocumentText": "The verbatim text of a source document (`text/plain`); every `sources[].quote` is a span of "
    "it. A publication cited only by URL has no text here, and answers `404`.",
    "search": "Ranked full-text search across every collection, or only the `kind`s given, best hits first "
    "(`sort=-score`, the one order). `q` is a small query language: every word is required "
    '(`sequoia capital`), `"a phrase"` matches words in that order, `word*` matches word starts, '
    '`huawei OR netease` matches either, `-word` or `-"a phrase"` leaves records out (`chip -design`); '
    "anything else is searched as plain words, never as syntax. Numbers and amounts match as printed "
    "(`216`, `74.9`, `US$74.9 billion`), a possessive matches its word (`Huawei’s`). A record's text is its "
    "names, descriptions and notes, its numbers and its amounts as printed (`490 billion yuan`), not its "
    "codes (kinds, roles, ids). Each hit names its collection, id and URL path, with a snippet of that text "
    "whose matches are wrapped in `<mark>`. Paginated like every list: follow `links.next` or the `Link` header.",
    "getHealth": "Liveness: `200` whenever the process serves requests; the database is not touched.",
    "getReadiness": "Readiness: `200` with the dataset version when the database can be read, else a `503` problem.",
    "getProblemType": "Documents a problem type: the `type` of every problem document resolves here, with its "
    "status, title and when it happens. An unknown code answers `404`.",
}

# Parameters every list takes, described once in `collection_description`.
LIST_SHAPING_PARAMETERS = {"limit", "cursor", "sort", "q", "fields", "expand", "format"}


def register_components(spec):
    """Shared components; registered before the blueprints so they replace
    flask-smorest's lazy defaults (which would use `application/json`)."""
    for collection in SERVED:  # each kind's links, then its full and sparse records, all named in responses
        spec.components.schema(f"{collection.component}Links", schema=links_schema(collection))
        spec.components.schema(collection.component, schema=collection.response_schema)
        spec.components.schema(f"{collection.component}Sparse", schema=collection.sparse_schema)
    for name, header in HEADERS.items():
        spec.components.header(name, header)
    spec.components.parameter(
        "IF_NONE_MATCH_HEADER",
        "header",
        {
            "name": "If-None-Match",
            "description": "ETag(s) of a representation you hold; a match answers `304 Not Modified`.",
            "schema": {"type": "string"},
            "required": False,
        },
    )
    for name, description in ERROR_RESPONSES.items():
        spec.components.response(
            name,
            {
                "description": description,
                "headers": {"X-Request-ID": "X_REQUEST_ID"},
                "content": {PROBLEM_MEDIA_TYPE: {"schema": ProblemSchema}},
            },
            lazy=True,
        )
    # Lazy, like flask-smorest's own NOT_MODIFIED, which would otherwise
    # replace this one when first referenced.
    spec.components.response(
        "NOT_MODIFIED",
        {
            "description": "The representation matches `If-None-Match`.",
            "headers": {"ETag": "STRONG_ETAG", "X-Request-ID": "X_REQUEST_ID"},
        },
        lazy=True,
    )


def schema_name(schema):
    """Component name of a schema, as apispec names it, except flask-smorest's
    `PaginationMetadata`: this API pages with cursors, and inlining that schema
    in the (lazy, never referenced) `X-Pagination` header keeps it out of the
    document."""
    if resolve_schema_cls(schema) is PaginationMetadataSchema:
        return None
    return resolver(schema)


def spec_kwargs():
    """What `flask_smorest.Api` builds the document with."""
    return {
        "marshmallow_plugin": MarshmallowPlugin(schema_name_resolver=schema_name),
        "extra_plugins": [CommonResponsesPlugin(), ExportsDocPlugin()],
    }


def document_header(options):
    """The header options with what OpenAPI and the linters require: an
    absolute `info.contact.url` (a path is put under the first absolute server
    URL, else left out) and an explicit statement that no operation needs credentials."""
    options = dict(options)
    info = dict(options.get("info", {}))
    contact = dict(info.get("contact") or {})
    url = contact.get("url")
    if url and not urlsplit(url).scheme:
        bases = [server["url"] for server in options.get("servers", []) if urlsplit(server["url"]).scheme]
        if bases:  # as OpenAPI appends paths to a server URL
            contact["url"] = f"{bases[0].rstrip('/')}/{url.lstrip('/')}"
        else:
            del contact["url"]
    if contact:
        info["contact"] = contact
    options["info"] = info
    options.setdefault("security", [])  # public: no operation takes credentials
    return options


def pascal(name):
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def singular(name):
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def name_sort_orders(parameters):
    """`sort` values are fields, `-` prefixed for descending order; their
    `x-enum-varnames` (`NAME`, `NAME_DESC`) give generated enums readable
    members instead of `VALUE_1`."""
    for parameter in parameters:
        if isinstance(parameter, dict) and parameter.get("name") == "sort":
            items = parameter.get("schema", {}).get("items", {})
            if is_enum(items):
                items["x-enum-varnames"] = [
                    f"{value[1:]}_desc" if value.startswith("-") else value for value in items["enum"]
                ]


def is_enum(schema):
    return isinstance(schema, dict) and "enum" in schema and "$ref" not in schema


def collection_of(path):
    """(collection, is_detail) for a collection's list or detail path, else (None, False)."""
    for collection in SERVED:
        if path == collection.path:
            return collection, False
        if re.fullmatch(re.escape(collection.path) + r"/\{[^/}]+\}", path):
            return collection, True
    return None, False


def code_list(names):
    return ", ".join(f"`{name}`" for name in names)


def sentence(clauses):
    """Clauses joined by semicolons, as one sentence (with a leading space), or ""."""
    text = "; ".join(clauses)
    return f" {text[:1].upper()}{text[1:]}." if text else ""


def collection_description(collection, is_detail, parameters):
    """What every list or detail operation of a collection does, from its parameters."""
    names = [p["name"] for p in parameters if isinstance(p, dict) and p.get("in") == "query"]
    relations = list(expansions(collection.record_schema))
    shaping = []
    if "fields" in names:
        shaping.append("`fields` picks the fields returned (`id` always)")
    if "expand" in names and relations:
        shaping.append(f"`expand` inlines related records ({code_list(relations)})")
    if is_detail:
        return f"Returns one {collection.singular} by its id.{sentence(shaping)} An unknown id answers a `404` problem."
    limit = next((p["schema"] for p in parameters if isinstance(p, dict) and p.get("name") == "limit"), {})
    text = f"Returns a page of {collection.name.replace('-', ' ')}"
    if limit:
        text += f" (`limit`, {limit.get('minimum', 1)}-{limit.get('maximum')}, default {limit.get('default')})"
    text += ", in `sort` order; follow `links.next` or the `Link` header for the next page."
    filters = [p for p in parameters if isinstance(p, dict) and p.get("in") == "query"]
    filters = [p for p in filters if p["name"] not in LIST_SHAPING_PARAMETERS]
    kinds = {
        "comma-separated values match any of them": [
            p["name"] for p in filters if p.get("schema", {}).get("type") == "array" and not p["name"].endswith("__not")
        ],
        "none of the comma-separated values": [p["name"] for p in filters if p["name"].endswith("__not")],
        "inclusive bounds": [p["name"] for p in filters if re.search(r"__(gte|lte)$", p["name"])],
        "`true`: no value, `false`: some value": [p["name"] for p in filters if p["name"].endswith("__isnull")],
    }
    kinds["one value"] = [p["name"] for p in filters if not any(p["name"] in names for names in kinds.values())]
    described = [f"{code_list(names)} ({kind})" for kind, names in kinds.items() if names]
    if described:
        text += f" Filter with {'; '.join(described)}; every filter given must match."
    if "q" in names:
        text += " `q` searches within the collection."
    return text + sentence(shaping) + " An unknown or invalid parameter answers a `400` problem naming it."


class CommonResponsesPlugin(BasePlugin):
    """Adds to every operation what the HTTP layer does for all of them, and
    shapes schemas and operations for generators and linters."""

    def init_spec(self, spec):
        super().init_spec(spec)
        self.spec = spec
        self.schema_enums = {}  # frozenset of values -> name of a schema property's enum component
        self.parameter_enums = {}  # parameter name -> {"values", "sightings", "component"}
        spec.options.update(document_header(spec.options))

    def enum_ref(self, name, schema):
        """A `$ref` to the enum component ``name`` holding ``schema``'s values
        (null excluded), registered on first use."""
        values = [value for value in schema["enum"] if value is not None]
        types = schema.get("type", "string")
        types = [t for t in types if t != "null"] if isinstance(types, list) else [types]
        component = {"type": types[0] if len(types) == 1 else types, "enum": values}
        if schema.get("title"):
            component["title"] = schema["title"]
        existing = self.spec.components.schemas.get(name)
        if existing is None:
            self.spec.components.schema(name, component)
        elif existing != component:
            raise ValueError(f"Two different enums would be the component {name!r}: {existing} and {component}")
        return self.spec.components.get_ref("schema", name)

    def named_enum(self, name, schema):
        """``schema`` (an inline enum) as a reference to a named enum component;
        a nullable enum becomes `anyOf: [$ref, {type: null}]`."""
        nullable = None in schema["enum"] or "null" in (schema.get("type") or [])
        ref = self.enum_ref(name, schema)
        rest = {key: value for key, value in schema.items() if key not in ("enum", "type", "title")}
        if nullable:
            return {"anyOf": [ref, {"type": "null"}], **rest}
        return {**ref, **rest}

    def schema_helper(self, name, definition, **kwargs):
        """Components describe responses only (the API takes no request
        bodies), so a `writeOnly` property (a marshmallow `load_only` field,
        read from the seed but never served) is left out. Every enum of a
        component's properties becomes the component `<Schema><Property>`
        (array items: the singular property name), shared by the sparse variant."""
        properties = definition.get("properties", {})
        for prop in [
            prop for prop, schema in properties.items() if isinstance(schema, dict) and schema.get("writeOnly")
        ]:
            del properties[prop]
            if prop in definition.get("required", []):
                definition["required"].remove(prop)
        # A sparse record's enums are its full record's (`OrganizationSparse` -> `OrganizationKind`).
        owner = name.removesuffix("Sparse")
        # A record's `links` has the keys of its kind (`ProjectLinks`).
        if "links" in properties and f"{owner}Links" in self.spec.components.schemas:
            properties["links"] = self.spec.components.get_ref("schema", f"{owner}Links")
        for prop, schema in properties.items():
            if is_enum(schema):
                holder, key, component = properties, prop, owner + pascal(prop)
            elif isinstance(schema, dict) and is_enum(schema.get("items")):
                holder, key, component = schema, "items", owner + pascal(singular(prop))
            else:
                continue
            holder[key] = self.named_enum(component, holder[key])
            self.schema_enums.setdefault(frozenset(self.spec.components.schemas[component]["enum"]), component)
        return None

    def declare_parameter_enums(self, parameters):
        """Parameter enums declared once. One with exactly the values of a
        schema property's enum refers to that component. One that every
        operation taking the parameter shares (same name, same values, at least
        two operations) becomes the component named by its `title`, else by the
        parameter's name; parameters that only happen to share a name (`sort`)
        stay inline. Earlier operations are rewritten in place as later ones
        show whether the enum is shared."""
        for parameter in parameters:
            schema = parameter.get("schema") if isinstance(parameter, dict) else None
            if not isinstance(schema, dict):
                continue
            for holder, key in ((parameter, "schema"), (schema, "items")):
                inner = holder.get(key)
                if not is_enum(inner) or None in inner["enum"]:
                    continue
                values = frozenset(inner["enum"])
                if values in self.schema_enums:
                    holder[key] = self.named_enum(self.schema_enums[values], inner)
                    continue
                # A titled enum (`ProjectField`) is grouped by its title, others by parameter name.
                seen = self.parameter_enums.setdefault(
                    inner.get("title") or parameter["name"], {"values": set(), "sightings": [], "component": None}
                )
                seen["values"].add(values)
                seen["sightings"].append((holder, key, inner))
                if len(seen["values"]) > 1:  # not one enum after all: all inline
                    if seen["component"]:
                        del self.spec.components.schemas[seen["component"]]
                        seen["component"] = None
                    for earlier, earlier_key, original in seen["sightings"]:
                        earlier[earlier_key] = original
                elif len(seen["sightings"]) > 1:
                    seen["component"] = inner.get("title") or pascal(parameter["name"])
                    for earlier, earlier_key, original in seen["sightings"]:
                        earlier[earlier_key] = self.named_enum(seen["component"], original)

    def operation_helper(self, path=None, operations=None, **kwargs):
        collection, is_detail = collection_of(path)
        for operation in operations.values():
            parameters = operation.get("parameters", [])
            self.declare_parameter_enums(parameters)
            name_sort_orders(parameters)
            if not operation.get("description"):
                if collection is not None:
                    operation["description"] = collection_description(collection, is_detail, parameters)
                elif operation.get("operationId") in OPERATION_DESCRIPTIONS:
                    operation["description"] = OPERATION_DESCRIPTIONS[operation["operationId"]]
            responses = operation.setdefault("responses", {})
            for code, response in responses.items():
                if str(code) == "200" and isinstance(response, dict):
                    headers = response.setdefault("headers", {})
                    headers.update(
                        {"ETag": "STRONG_ETAG", "Cache-Control": "CACHE_CONTROL", "X-Request-ID": "X_REQUEST_ID"}
                    )
            present = {str(code) for code in responses}
            wanted = {"304": "NOT_MODIFIED", "400": "BAD_REQUEST"}
            if "{" in path:
                wanted["404"] = "NOT_FOUND"
            for code, component in wanted.items():
                if code not in present:
                    responses[code] = component
            parameters = operation.setdefault("parameters", [])
            if "IF_NONE_MATCH_HEADER" not in parameters:
                parameters.append("IF_NONE_MATCH_HEADER")
