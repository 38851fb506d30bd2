"""Ingest: read articles, extract quotes in worker processes, store each article in one transaction.

``ingest`` composes ``reading.read_inputs`` (done by the caller), ``pipeline.extract_batch`` and
``Store.add_result``; the calling process is the only writer. Articles already stored (same id or
same text) are skipped before extraction, so a re-run after a crash only extracts what is missing.
It yields one ``IngestEvent`` per input and never prints: the CLI reports.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from .errors import InputError
from .model import Article, Result
from .pipeline import extract_batch
from .reading import Failure
from .settings import Settings
from .store import Store, check_storable

__all__ = ["IngestEvent", "ingest", "ingest_extracted"]

Status = Literal["ingested", "present", "skipped"]
# Articles read ahead of the writer at most: bounds memory on large inputs (the pool would
# otherwise read every input at once) while keeping the workers fed.
MAX_IN_FLIGHT = 256


@dataclass(frozen=True, slots=True)
class IngestEvent:
    """What happened to one input.

    Attributes:
        source: the article id, or where an unreadable input came from.
        status: ``ingested`` (stored now), ``present`` (stored before: same id or text), ``skipped``
            (unreadable or unusable; ``message`` says why).
        message: the one-line ``[Exxx] ...`` reason for a skipped input.
        quotes: quotes stored for an ingested article.
    """

    source: str
    status: Status
    message: str = ""
    quotes: int = 0


def ingest(items: Iterable[Article | Failure], store: Store, *, settings: Settings | None = None, n_process: int = 2) -> Iterator[IngestEvent]:
    """Extract and store every new article; one event per input.

    Events for stored-before and unreadable inputs come as soon as they are seen (possibly ahead of
    articles still being extracted); articles come in input order.

    Args:
        items: what ``read_inputs`` yields.
        store: the database to write (this process is its only writer).
        settings: extraction settings; ``settings.date`` is the publication date for articles without one.
        n_process: extraction worker processes.
    """
    settings = settings or Settings()
    pending: collections.deque[Article] = collections.deque()
    early: collections.deque[IngestEvent] = collections.deque()
    lock = threading.Lock()  # the feeder runs in the worker pool's thread
    room = threading.Semaphore(MAX_IN_FLIGHT)
    stop = threading.Event()

    def to_extract() -> Iterator[Article]:
        for item in items:
            event = _early_event(item, store)
            with lock:
                if event is not None:
                    early.append(event)
                else:
                    pending.append(item)  # type: ignore[arg-type]
            if event is None:
                while not room.acquire(timeout=0.1):  # backpressure: the pool reads its input eagerly
                    if stop.is_set():
                        return
                yield item  # type: ignore[misc]

    results = extract_batch(to_extract(), settings=settings, n_process=n_process)
    try:
        for result in results:
            with lock:
                article = pending.popleft()
                ready = _drain(early)
            room.release()
            yield from ready
            yield _store(store, article, result, settings.date)
    finally:
        stop.set()  # before closing the pool, so a feeder waiting for room ends
        results.close()
    yield from _drain(early)


def ingest_extracted(items: Iterable[tuple[Article, Result] | Failure], store: Store, *, published: str | None = None) -> Iterator[IngestEvent]:
    """Store articles extracted elsewhere (``quotegraph spark`` output, ``spark_rows.read_result_files``).

    The same rules as ``ingest`` without the extraction: stored-before articles are ``present``,
    unreadable ones and those whose extraction failed are ``skipped``, every other article is
    stored in its own transaction, with or without quotes.

    Args:
        items: ``(Article, Result)`` pairs, or a Failure for what could not be read back.
        store: the database to write.
        published: publication date for articles without one (``--date``).
    """
    for item in items:
        if isinstance(item, Failure):
            yield IngestEvent(item.source, "skipped", item.message)
            continue
        article, result = item
        if result.error is not None:
            yield IngestEvent(article.id, "skipped", result.error)
            continue
        yield _early_event(article, store) or _store(store, article, result, published)


def _early_event(item: Article | Failure, store: Store) -> IngestEvent | None:
    """The event for an input decided before extraction (unreadable, or stored before), else None."""
    if isinstance(item, Failure):
        return IngestEvent(item.source, "skipped", item.message)
    try:
        check_storable(item)
    except InputError as error:
        return IngestEvent(item.id, "skipped", str(error))
    if store.has_article(item):
        return IngestEvent(item.id, "present")
    return None


def _store(store: Store, article: Article, result: Result, date: str | None) -> IngestEvent:
    """Store one extracted article (or report why it was not usable)."""
    if result.error is not None:
        return IngestEvent(article.id, "skipped", result.error)
    if store.add_result(article, result, published=date):
        return IngestEvent(article.id, "ingested", quotes=len(result.quotes))
    return IngestEvent(article.id, "present")  # the same article twice in one run


def _drain(events: collections.deque[IngestEvent]) -> list[IngestEvent]:
    drained = list(events)
    events.clear()
    return drained
