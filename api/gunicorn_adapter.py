"""The one place that reaches into gunicorn's internals.

gunicorn answers what it refuses before the app runs (an over-long request
line, too many or too large headers, a malformed request) with an HTML page
written by ``gunicorn.util.write_error``; no setting, server hook or worker
method offers another page. Replacing that function in each worker (from
the public ``post_worker_init`` hook) makes those answers the API's problem
document. tests/test_gunicorn_adapter.py fails when an upgrade of gunicorn
changes what this relies on; pyproject.toml allows only the versions it covers.
"""

import inspect

from gunicorn import util

from .problems import refusal

# gunicorn.workers.base.Worker.handle_error calls util.write_error(client, status_int, reason, mesg).
WRITE_ERROR_PARAMETERS = ("sock", "status_int", "reason", "mesg")


def write_refusal(sock, status_int, reason, mesg):
    """``util.write_error``'s replacement: the refusal as a problem document
    (in the API's words: ``mesg``, gunicorn's, is left out)."""
    util.write_nonblock(sock, refusal(status_int, reason))


def install():
    """Answer gunicorn's refusals as problems, or fail the worker's boot on a gunicorn that works otherwise."""
    if util.write_error is write_refusal:
        return
    parameters = tuple(inspect.signature(util.write_error).parameters)
    if parameters != WRITE_ERROR_PARAMETERS or not callable(getattr(util, "write_nonblock", None)):
        raise RuntimeError(f"gunicorn.util.write_error{parameters} is not the function api.gunicorn_adapter replaces")
    util.write_error = write_refusal
