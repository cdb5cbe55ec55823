from marshmallow import Schema, fields

from . import base


class ProblemErrorSchema(Schema):
    """One offending input."""

    location = fields.String(
        required=True, metadata={"description": "Where the input was: `query`, `path` or `header`."}
    )
    parameter = base.string("The parameter's name as sent.")
    detail = base.string("What is wrong with it.")


class ProblemSchema(Schema):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    type = fields.String(
        required=True, metadata={"description": "URI reference identifying the problem type; it documents the problem."}
    )
    title = base.string("Short summary of the problem type.")
    status = fields.Integer(required=True, metadata={"description": "HTTP status code."})
    detail = base.string("Explanation specific to this occurrence.")
    code = base.string("Stable machine-readable problem code.")
    errors = base.nested_list(ProblemErrorSchema, "Every offending input (empty when the problem is not about input).")
    request_id = base.string("This request's id (also in `X-Request-ID`).")
    instance = fields.String(
        required=True,
        allow_none=True,
        metadata={
            "description": "The request path; null when the server refused the request before reading it "
            "(an over-long or malformed request line)."
        },
    )
