"""The API's records, pages, enums and problem document, typed (generated
from openapi.yaml into ``.generated.models``)."""

from .generated.models import *  # noqa: F403
from .generated.models import SearchHitKind, SuggestionCollection
from .generated.models import __all__ as _generated

# The names the query parameters' enums had in 1.0.0, before the answers'
# fields shared them: kept so that code written against 1.0.0 still imports.
SearchKindItem = SearchHitKind
AutocompleteCollectionItem = SuggestionCollection

__all__ = [*_generated, "AutocompleteCollectionItem", "SearchKindItem"]
