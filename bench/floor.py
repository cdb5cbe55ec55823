"""The floor: a bare WSGI callable answering precomputed bytes.

Served by the same gunicorn configuration as the product
(``gunicorn --config gunicorn.conf.py bench.floor:app``), it is the most any
Python app can do on this stack: no routing, no framework, no I/O. The body
is the product's own ``/v1/industries`` response when the harness provides it
(``FLOOR_BODY``, a file path), so both send the same bytes.
"""

import os


def _body():
    path = os.environ.get("FLOOR_BODY")
    if not path:
        return b'{"data":[],"links":{"self":"/"},"meta":{}}'
    with open(path, "rb") as handle:
        return handle.read()


BODY = _body()
HEADERS = [("Content-Type", "application/json"), ("Content-Length", str(len(BODY)))]


def app(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
