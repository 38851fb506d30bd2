"""What the corpus store gives back: frozen records for quotes, speakers, articles, clusters, outlets.

Plain data with ``to_dict()`` (JSON-ready, nested records as dicts), built by ``store.py`` from its
rows. Nothing here reads the database. ``StoredQuote.record`` is the quote exactly as in the output
contract (``Quote.to_dict()``), so nothing is lost between ``extract`` and the store.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["ArticleRef", "Cluster", "OutletStats", "SpeakerActivity", "SpeakerInfo", "SpeakerRef", "StoredArticle", "StoredQuote"]


class _Record:
    """``to_dict`` for the dataclasses below."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True, slots=True)
class SpeakerRef(_Record):
    """A stored speaker, briefly: ``id`` for ``Store.speaker(id)``, the canonical name, the kind."""

    id: int
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class ArticleRef(_Record):
    """A stored article, briefly. ``id`` is the store's number; ``source_id`` the input's id."""

    id: int
    source_id: str
    title: str | None
    outlet: str | None
    published: str | None  # YYYY-MM-DD or None
    url: str | None


@dataclass(frozen=True, slots=True)
class StoredQuote(_Record):
    """One stored quote.

    Attributes:
        id: the store's quote number (``Store.quote(id)``).
        text, type, start, end, confidence: as extracted; offsets index the article's text.
        cue: the reporting cue's text, or None.
        speaker: the speaker across articles, or None when extraction found none.
        speaker_name: the name extraction gave within the article (may differ from ``speaker.name``).
        mention: the speaker mention as written (``Prime Minister Justin Trudeau``), or None.
        article: where it appeared.
        cluster_id: its provenance cluster (``Store.cluster``), None for indirect speech.
        record: the quote as the output contract's JSON object.
    """

    id: int
    text: str
    type: str
    start: int
    end: int
    confidence: float
    cue: str | None
    speaker: SpeakerRef | None
    speaker_name: str | None
    mention: str | None
    article: ArticleRef
    cluster_id: int | None
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Cluster(_Record):
    """The same quote across articles: its first appearance and every repetition.

    Attributes:
        first: the earliest appearance (by published date, then ingest order).
        quotes: every member, earliest first (``first`` included).
        article_count, outlet_count: distinct articles and outlets it appeared in.
    """

    id: int
    size: int
    article_count: int
    outlet_count: int
    first: StoredQuote
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class SpeakerInfo(_Record):
    """A speaker across articles, with counts.

    Attributes:
        aliases: the names extraction gave it in its articles, most used first.
        article: set for a speaker that belongs to one article only (anonymous, unknown, descriptions).
        first_published, last_published: dates of its earliest and latest quoted article.
    """

    id: int
    name: str
    kind: str
    quote_count: int
    article_count: int
    outlet_count: int
    first_published: str | None
    last_published: str | None
    aliases: tuple[str, ...] = ()
    article: ArticleRef | None = None


@dataclass(frozen=True, slots=True)
class SpeakerActivity(_Record):
    """When, where and how a speaker is quoted (the speaker page's chart and lists).

    Attributes:
        months: quotes per month (``YYYY-MM``), earliest first; months without quotes are absent.
        undated: quotes from articles without a published date (not in ``months``).
        outlets: quotes per outlet, most first (at most ``top``).
        cues: quotes per reporting cue (lowercased), most first (at most ``top``).
        types: quotes per type (direct, mixed, indirect).
    """

    speaker_id: int
    months: dict[str, int]
    undated: int
    outlets: dict[str, int]
    cues: dict[str, int]
    types: dict[str, int]


@dataclass(frozen=True, slots=True)
class StoredArticle(_Record):
    """A stored article with its text, input metadata and quotes in text order."""

    ref: ArticleRef
    text: str
    meta: dict[str, Any]
    content_hash: str
    ingested_at: str
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class OutletStats(_Record):
    """One outlet's numbers.

    Attributes:
        anonymous_quotes: quotes whose speaker is an anonymous source.
        anonymous_share: anonymous_quotes / quote_count (0.0 for an outlet without quotes).
        quote_types: quote count by type (direct, mixed, indirect).
        top_speakers: the most quoted named speakers (persons and organizations) and their counts.
    """

    name: str
    article_count: int
    quote_count: int
    anonymous_quotes: int
    anonymous_share: float
    quote_types: dict[str, int]
    top_speakers: tuple[tuple[SpeakerRef, int], ...]
    first_published: str | None
    last_published: str | None
