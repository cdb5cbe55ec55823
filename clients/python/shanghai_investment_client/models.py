"""The API's records, pages, enums and problem document, typed (generated
from openapi.yaml into ``.generated.models``)."""

from .generated.models import *  # noqa: F403
from .generated.models import __all__ as __all__
