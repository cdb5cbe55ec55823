"""A client library for accessing Shanghai Global Investment Promotion Conference API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
