"""The HTTP API: screening, lists, entities, a yente-compatible match endpoint; see docs/api.md."""

from embargo.api.app import create_app
from embargo.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
