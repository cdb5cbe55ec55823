"""How the OpenAPI document is put together beyond what each view declares:
the document's header, shared response components (problems, 304), and the
headers and error responses every operation has."""

from apispec import BasePlugin

from schemas.problem import ProblemSchema

from .problems import PROBLEM_MEDIA_TYPE

API_TITLE = "Shanghai Global Investment Promotion Conference API"
API_DESCRIPTION = """\
Read-only, source-cited data about the Shanghai Global Investment Promotion
Conference (first held in 2021): the signed investment projects the source
names, the Shanghai Global Investment Partners, the new industrial parks, the
"five new cities" strategies, and the organizations, people and industries
they involve.

Every record carries `sources`: verbatim quotes of the source article. What
the article does not report is `null`. Money is an integer amount with an
ISO 4217 currency, exactly as reported.

Lists are paginated with an opaque keyset `cursor` (`links.next`, `links.prev`
and the `Link` header). Every response has a strong `ETag`; send it back in
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
    "DEFAULT_ERROR": "Any other error (405 method not allowed, 429 too many requests, 500), as a problem document.",
}


def register_components(spec):
    """Shared components; registered before the blueprints so they replace
    flask-smorest's lazy defaults (which would use `application/json`)."""
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
    spec.components.response(
        "NOT_MODIFIED",
        {
            "description": "The representation matches `If-None-Match`.",
            "headers": {"ETag": "STRONG_ETAG", "X-Request-ID": "X_REQUEST_ID"},
        },
    )


class CommonResponsesPlugin(BasePlugin):
    """Adds to every operation what the HTTP layer does for all of them."""

    def operation_helper(self, path=None, operations=None, **kwargs):
        for operation in operations.values():
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
