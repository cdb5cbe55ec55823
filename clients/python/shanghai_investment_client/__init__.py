"""Python client of the Shanghai Global Investment Promotion Conference API.

``Client`` with a collection per kind of record (``client.projects.iter(...)``
follows cursors), ``ApiError`` carrying the problem document, and
``expanded`` for relations inlined by ``expand=``. The typed records, pages
and enums are in ``shanghai_investment_client.models``; every operation,
generated from the API's OpenAPI document, is in ``.generated.api``.
"""

from ._client import ApiError, Client, Collection, Operation, Page, expanded, next_cursor
from .generated.types import UNSET, Unset

__all__ = ["UNSET", "ApiError", "Client", "Collection", "Operation", "Page", "Unset", "expanded", "next_cursor"]
