"""What each page shows, read from the store once and shared by the HTML page and its JSON twin.

Each function takes a ``Store`` and the page's parameters and returns a frozen record (the API's
response model), or raises ``NotFound``. No SQL and no markup here: reads go through ``store.py``,
markup is in the templates.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Quote
from ..records import Cluster, OutletStats, SpeakerActivity, SpeakerInfo, StoredArticle, StoredQuote
from ..store import Store
from ..writers import SpeakerColors, render_highlighted

__all__ = ["NotFound", "OutletView", "QuotePage", "QuoteView", "SearchFilters", "SpeakerView",
           "article_view", "highlight", "outlet_view", "quote_view", "search_view", "speaker_view"]

MAX_CLUSTER_QUOTES = 200  # repetitions listed on a quote page; the cluster's size still counts all


class NotFound(Exception):
    """No such speaker, article, outlet or quote; the message says which."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """A search's words and filters, as the search page and ``/api/quotes`` take them."""

    q: str | None = None
    speaker: str | None = None
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None

    def store_arguments(self) -> dict[str, object]:
        """Keyword arguments for ``Store.search``/``count``; an all-digit speaker is a speaker id."""
        speaker: str | int | None = self.speaker
        if speaker is not None and speaker.isascii() and speaker.isdigit() and len(speaker) < 19:  # not "²" or "١"
            speaker = int(speaker)
        return {"query": self.q, "speaker": speaker, "outlet": self.outlet, "date_from": self.date_from,
                "date_to": self.date_to, "type": self.type}

    def is_empty(self) -> bool:
        return not any((self.q, self.speaker, self.outlet, self.date_from, self.date_to, self.type))


@dataclass(frozen=True, slots=True)
class QuotePage:
    """One page of quotes: ``total`` matches in all, ``quotes`` from ``offset`` (at most ``limit``)."""

    total: int
    limit: int
    offset: int
    quotes: tuple[StoredQuote, ...]


@dataclass(frozen=True, slots=True)
class SpeakerView:
    """A speaker page: who, counts by month/outlet/cue/type, and a page of their quotes, newest first."""

    speaker: SpeakerInfo
    activity: SpeakerActivity
    quotes: QuotePage


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote page: the quote and its cluster (first appearance, up to MAX_CLUSTER_QUOTES repetitions)."""

    quote: StoredQuote
    cluster: Cluster | None


@dataclass(frozen=True, slots=True)
class OutletView:
    """An outlet page: its numbers and its latest quotes."""

    outlet: OutletStats
    quotes: QuotePage


def search_view(store: Store, filters: SearchFilters, limit: int, offset: int) -> QuotePage:
    """Quotes matching the filters (best match first, or newest first without words)."""
    arguments = filters.store_arguments()
    quotes = store.search(**arguments, limit=limit, offset=offset)  # type: ignore[arg-type]
    total = store.count(**arguments)  # type: ignore[arg-type]
    return QuotePage(total, limit, offset, tuple(quotes))


def speaker_view(store: Store, speaker_id: int, limit: int, offset: int) -> SpeakerView:
    """A speaker with activity counts and a page of quotes; an absorbed id gives the speaker it joined."""
    speaker = store.speaker(speaker_id)
    activity = store.speaker_activity(speaker_id)
    if speaker is None or activity is None:
        raise NotFound(f"No speaker with id {speaker_id}.")
    quotes = search_view(store, SearchFilters(speaker=str(speaker.id)), limit, offset)
    return SpeakerView(speaker, activity, quotes)


def quote_view(store: Store, quote_id: int) -> QuoteView:
    """A quote and its provenance cluster (earliest first, the list cut at MAX_CLUSTER_QUOTES)."""
    quote = store.quote(quote_id)
    if quote is None:
        raise NotFound(f"No quote with id {quote_id}.")
    cluster = store.cluster(quote.cluster_id) if quote.cluster_id is not None else None
    if cluster is not None and len(cluster.quotes) > MAX_CLUSTER_QUOTES:
        cluster = replace(cluster, quotes=cluster.quotes[:MAX_CLUSTER_QUOTES])
    return QuoteView(quote, cluster)


def outlet_view(store: Store, name: str, limit: int, offset: int) -> OutletView:
    """An outlet's numbers and latest quotes."""
    outlet = store.outlet(name)
    if outlet is None:
        raise NotFound(f"No outlet named {name!r}.")
    return OutletView(outlet, search_view(store, SearchFilters(outlet=outlet.name), limit, offset))


def article_view(store: Store, article_id: int) -> StoredArticle:
    """An article with its text, input metadata and quotes."""
    article = store.article(article_id)
    if article is None:
        raise NotFound(f"No article with id {article_id}.")
    return article


def highlight(article: StoredArticle, *, speaker_link: str = "/speakers/{}") -> str:
    """The article text highlighted as ``quotegraph extract --format html`` does (escaped HTML).

    Each quote's speaker label links to ``speaker_link`` formatted with the speaker's id.
    """
    quotes = [Quote.from_dict(stored.record) for stored in article.quotes]
    links = [speaker_link.format(stored.speaker.id) if stored.speaker else None for stored in article.quotes]
    return render_highlighted(article.text, quotes, SpeakerColors(), label_links=links)
