"""Request parameters shared by pages and API routes (with their bounds), and the per-thread stores.

Every parameter is declared once here with its limits, so the HTML page and its JSON twin accept
exactly the same URLs and the OpenAPI schema documents them.
"""

from __future__ import annotations

import threading
from typing import Literal

from fastapi import Path, Query

from ..store import Store
from .views import SearchFilters

__all__ = ["ID", "MAX_NAME_CHARS", "MAX_OFFSET", "MAX_PAGE_SIZE", "MAX_QUERY_CHARS", "PAGE_SIZE", "Paging", "QuoteType", "SpeakerKind",
           "StorePool", "paging", "search_filters"]

MAX_QUERY_CHARS = 500
MAX_NAME_CHARS = 200
PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000  # deep pages cost a scan each; narrow the search instead
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
MAX_ID = 2**63 - 1  # SQLite's largest integer

# Friendlier messages than the validator's, by parameter name, for values that miss a pattern.
PATTERN_MESSAGES = {"from": "{value!r} is not a date; use YYYY-MM-DD.", "to": "{value!r} is not a date; use YYYY-MM-DD."}

QuoteType = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]


def ID(what: str):  # noqa: N802 - reads as a type in route signatures
    """A path parameter holding a store id (1 to SQLite's largest integer)."""
    return Path(ge=1, le=MAX_ID, description=f"The {what}'s id in the store.")


async def search_filters(
    q: str | None = Query(None, max_length=MAX_QUERY_CHARS, description="Words in the quote (stemmed, all required, any order; every character is plain text)."),
    speaker: str | None = Query(None, max_length=MAX_NAME_CHARS, description="A speaker id, a full name, a surname or an organization."),
    outlet: str | None = Query(None, max_length=MAX_NAME_CHARS, description="Outlet name (case-insensitive)."),
    date_from: str | None = Query(None, alias="from", pattern=DATE_PATTERN, description="Published on or after (YYYY-MM-DD)."),
    date_to: str | None = Query(None, alias="to", pattern=DATE_PATTERN, description="Published on or before (YYYY-MM-DD)."),
    type: QuoteType | None = Query(None, description="Quote type."),
) -> SearchFilters:
    """The search filters of a request (blank ones were dropped by the guard)."""
    return SearchFilters(q, speaker, outlet, date_from, date_to, type)


class Paging:
    """``limit`` and ``offset`` of a request."""

    __slots__ = ("limit", "offset")

    def __init__(self, limit: int, offset: int) -> None:
        self.limit = limit
        self.offset = offset


async def paging(
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Quotes per page."),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Skip this many first."),
) -> Paging:
    return Paging(limit, offset)


class StorePool:
    """One read-only ``Store`` per thread, opened on first use there and closed together.

    FastAPI runs the routes in a thread pool; a connection per thread lets SQLite read in parallel
    instead of queueing on one connection's lock.

    Raises:
        StoreError: from the constructor, when the database is missing or not quotegraph's.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []
        self.get()  # fail now, not on the first request

    def get(self) -> Store:
        """This thread's store."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.path, readonly=True)
            with self._lock:
                self._opened.append(store)
            self._local.store = store
        return store

    def close(self) -> None:
        """Close every store opened."""
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        self._local = threading.local()
