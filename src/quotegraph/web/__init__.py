"""The web UI and JSON API over a corpus database: ``create_app(db)`` (``quotegraph serve``)."""

from .app import create_app

__all__ = ["create_app"]
