"""The write half of the corpus store: one article, its quotes, speakers, mentions and clusters.

Private to ``store.py``, which re-exports ``check_storable``; nothing else imports this module.
``Store.add_result`` opens the transaction and hands its connection to ``ArticleWriter``. The SQL
here belongs to the store's schema (``store.SCHEMA_SQL``); the merge rules it applies are
``speakers_index.py`` and ``quote_clusters.py``.
"""

from __future__ import annotations

import collections
import datetime
import hashlib
import json
import re
import sqlite3
from typing import Any
from urllib.parse import urlsplit

from .errors import InputError
from .model import Article, Quote, Result
from .quote_clusters import NormalisedQuote, exact_key, lookup_keys, match, normalise, verbatim_text
from .speakers_index import ArticleNames, Candidate, SpeakerIdentity, choose_full_name, identify

__all__ = ["ArticleWriter", "CANDIDATES_PER_KEY", "ClusterCache", "EARLIEST_FIRST", "MAX_CLUSTER_CANDIDATES", "bindable", "check_storable", "content_hash"]

MAX_CLUSTER_CANDIDATES = 64  # quotes compared per new quote; bounds ingest cost on stock phrases
# Latest quotes read per lookup key: a key many quotes share (a common opening like "we are not
# going to") gives only its latest few, so the rarer keys a true match shares are never crowded out.
CANDIDATES_PER_KEY = 16
EXACT_CANDIDATES = 4  # latest quotes read under the whole-text key
# A candidate must share this many lookup keys to be read and compared: one shared 5-gram is mostly
# a stock phrase, and reading every such quote back made the store's time per article grow with the
# corpus (benchmarks/bench_scale.py). A quote with MANY_KEYS keys or more (about 20 words) needs one
# more: long quotes collide on two stock phrases often, and their true matches share many keys.
# Cost, on 5,000 generated articles: 98.6% of the joins an uncapped key index finds (99.0% with two
# keys for every quote, 99.7% reading every candidate); time per article at 100,000 articles 6.6 ->
# 5.1 ms.
MIN_SHARED_KEYS = 2
MANY_KEYS = 10
KEYS_PER_STATEMENT = 100  # keys looked up in one compound SELECT (SQLite allows 500 parts)
_LATEST_FOR_KEY = f"SELECT * FROM (SELECT quote_id FROM quote_keys WHERE key = ? ORDER BY quote_id DESC LIMIT {CANDIDATES_PER_KEY})"


def _shared_keys_sql(keys: int) -> str:
    """Earlier quotes and how many of ``keys`` lookup keys they share, from each key's latest quotes."""
    return f"SELECT quote_id, COUNT(*) FROM ({' UNION ALL '.join([_LATEST_FOR_KEY] * keys)}) GROUP BY quote_id"
MATCH_PREFERENCE = ("exact", "trimmed", "ellipsis", "similar")  # which candidate's cluster a quote joins
CACHED_QUOTES = 32768  # stored quotes kept normalised in memory: candidates are mostly recent quotes
_SURROGATE = re.compile("[\ud800-\udfff]")
# A cluster's members, earliest first: undated articles after dated ones, then ingest order.
EARLIEST_FIRST = "q.published IS NULL, q.published, q.article_id, q.position"


class ClusterCache:
    """Stored quotes' normalised verbatim text and cluster, by quote id, for the most recent CACHED_QUOTES.

    A quote's verbatim text and cluster never change once committed, so entries stay true; only
    what a transaction read or wrote is held back (``pending``) until it commits, since a rolled-back
    quote's id is given to the next quote stored.
    """

    def __init__(self, size: int = CACHED_QUOTES) -> None:
        self.size = size
        self._entries: collections.OrderedDict[int, tuple[NormalisedQuote, int]] = collections.OrderedDict()

    def get(self, quote_id: int) -> tuple[NormalisedQuote, int] | None:
        entry = self._entries.get(quote_id)
        if entry is not None:
            self._entries.move_to_end(quote_id)
        return entry

    def commit(self, pending: dict[int, tuple[NormalisedQuote, int]]) -> None:
        """Keep what a committed transaction read or wrote; the oldest entries go past ``size``."""
        self._entries.update(pending)
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)


class ArticleWriter:
    """Writes one article and its quotes, inside a transaction the caller (``Store.add_result``) holds."""

    def __init__(self, db: sqlite3.Connection, cache: ClusterCache | None = None) -> None:
        self.db = db
        self.cache = cache or ClusterCache(0)
        self.pending: dict[int, tuple[NormalisedQuote, int]] = {}  # for the cache, once the caller commits
        self.article_uid = 0
        self.outlet: str | None = None
        self.published: str | None = None
        self._text = ""
        self._names: ArticleNames | None = None
        self._speakers: dict[tuple[str, str], int] = {}
        self._mentions: dict[tuple[int, int], int] = {}

    def add(self, article: Article, result: Result, published: datetime.date | str | None) -> bool:
        """Insert the article and its quotes; False (nothing written) if its id or text is stored.

        Raises:
            InputError: the text holds unpaired surrogates (E028), which SQLite cannot store as UTF-8.
        """
        check_storable(article)
        digest = content_hash(article.text)
        if self.db.execute("SELECT 1 FROM articles WHERE source_id = ? OR content_hash = ?", (bindable(article.id), digest)).fetchone():
            return False
        row = tuple(bindable(value) if isinstance(value, str) else value for value in _article_row(article, digest, published))
        self.article_uid = self.db.execute(
            "INSERT INTO articles (source_id, content_hash, url, outlet, title, published, text, meta, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row).lastrowid
        self.outlet, self.published, self._text = row[3], row[5], article.text
        for position, quote in enumerate(result.quotes):
            self._add_quote(position, quote)
        return True

    def _add_quote(self, position: int, quote: Quote) -> None:
        """Insert one quote with its speaker, mention and cluster."""
        speaker = quote.speaker
        speaker_id = self._speaker_id(speaker.name, speaker.kind) if speaker else None
        mention_id = self._mention_id(speaker_id, speaker.mention) if speaker and speaker_id is not None else None
        verbatim = verbatim_text(quote)
        normalised = normalise(verbatim) if verbatim else None
        keys = lookup_keys(normalised) if normalised is not None else []
        cluster_id = self._cluster_id(normalised, keys) if normalised is not None else None
        quote_id = self.db.execute(
            "INSERT INTO quotes (article_id, position, text, start, end, type, confidence, cue, speaker_id, speaker_name,"
            " speaker_kind, mention_id, verbatim, words, cluster_id, outlet, published, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.article_uid, position, quote.text, quote.start, quote.end, quote.type, quote.confidence,
             quote.cue.text if quote.cue else None, speaker_id, speaker.name if speaker else None,
             speaker.kind if speaker else None, mention_id, verbatim, normalised.dump() if keys else None,
             cluster_id, self.outlet, self.published, json.dumps(quote.to_dict(), ensure_ascii=False))).lastrowid
        if normalised is not None and cluster_id is not None:
            self._join_cluster(quote_id, cluster_id, keys)
            if keys:
                self.pending[quote_id] = (normalised, cluster_id)

    # speakers

    def _speaker_id(self, name: str, kind: str) -> int:
        """The stored speaker for a name in this article, created (and merged) as the rules say."""
        if (name, kind) not in self._speakers:
            self._speakers[(name, kind)] = self._link(identify(name, kind, self.article_uid))
        return self._speakers[(name, kind)]

    def _link(self, identity: SpeakerIdentity) -> int:
        """A surname joins a stored full name if the rules allow; otherwise the speaker with its key, created if new."""
        if identity.is_surname_only:
            rows = self.db.execute("SELECT id, first_name FROM speakers WHERE surname = ? AND kind = 'person' AND length(first_name) > 1"
                                   " AND merged_into IS NULL", (identity.surname,)).fetchall()
            if self._names is None:
                self._names = ArticleNames(self._text)
            chosen = choose_full_name(identity, [Candidate(*row) for row in rows], self._names)
            if chosen is not None:
                return chosen
        row = self.db.execute("SELECT id, merged_into FROM speakers WHERE key = ?", (identity.key,)).fetchone()
        if row is not None:
            if row[1] is not None:  # absorbed earlier, now ambiguous: it stands on its own again
                self.db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", (row[0],))
            return row[0]
        speaker_id = self.db.execute(
            "INSERT INTO speakers (key, name, kind, first_name, surname, article_id) VALUES (?, ?, ?, ?, ?, ?)",
            (identity.key, identity.name, identity.kind, identity.first_name, identity.surname,
             self.article_uid if identity.scoped else None)).lastrowid
        if identity.first_name and not identity.is_surname_only:
            self._absorb_surname_only(speaker_id, identity.surname)
        return speaker_id

    def _absorb_surname_only(self, speaker_id: int, surname: str | None) -> None:
        """A new full name takes over the surname-only speaker when it is the only full name with that surname."""
        full = self.db.execute("SELECT COUNT(*) FROM speakers WHERE surname = ? AND kind = 'person' AND length(first_name) > 1", (surname,)).fetchone()[0]
        row = self.db.execute("SELECT id FROM speakers WHERE key = ? AND merged_into IS NULL", (f"person:~{surname}",)).fetchone()
        if full != 1 or row is None:
            return
        self.db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (speaker_id, row[0]))
        self.db.execute("UPDATE mentions SET speaker_id = ? WHERE speaker_id = ?", (speaker_id, row[0]))
        self.db.execute("UPDATE speakers SET merged_into = ? WHERE id = ?", (speaker_id, row[0]))

    def _mention_id(self, speaker_id: int, mention: Any) -> int:
        """The mention row for this span of the article (one row per span, shared by its quotes)."""
        span = (mention.start, mention.end)
        if span not in self._mentions:
            self._mentions[span] = self.db.execute(
                "INSERT INTO mentions (article_id, speaker_id, text, start, end) VALUES (?, ?, ?, ?, ?)",
                (self.article_uid, speaker_id, mention.text, mention.start, mention.end)).lastrowid
        return self._mentions[span]

    # clusters

    def _cluster_id(self, normalised: NormalisedQuote, keys: list[int]) -> int:
        """The cluster of the best-matching earlier quote, or a new cluster.

        The same words first (the whole-text key); otherwise the earlier quotes sharing the most
        keys, from the latest CANDIDATES_PER_KEY of each key, MAX_CLUSTER_CANDIDATES at most, most
        shared first: the work per quote stays bounded however many quotes share a common key.
        """
        if keys:
            same = [row[0] for row in self.db.execute(
                f"SELECT quote_id FROM quote_keys WHERE key = ? ORDER BY quote_id DESC LIMIT {EXACT_CANDIDATES}", (exact_key(normalised),))]
            for candidate, cluster_id in self._candidates(same):
                if candidate.words == normalised.words:
                    return cluster_id
            shared: collections.Counter[int] = collections.Counter()
            for start in range(0, len(keys), KEYS_PER_STATEMENT):
                chunk = keys[start : start + KEYS_PER_STATEMENT]
                shared.update(dict(self.db.execute(_shared_keys_sql(len(chunk)), chunk).fetchall()))
            best: tuple[int, int] | None = None
            needed = MIN_SHARED_KEYS + (len(keys) >= MANY_KEYS)
            likely = [quote_id for quote_id, count in shared.most_common(MAX_CLUSTER_CANDIDATES) if count >= needed]
            for candidate, cluster_id in self._candidates(likely):
                kind = match(normalised, candidate)
                rank = MATCH_PREFERENCE.index(kind) if kind else None
                if rank is not None and (best is None or rank < best[0]):
                    best = (rank, cluster_id)
                    if rank <= 1:  # no exact match exists (the whole-text key said so): trimmed is the best there is
                        break
            if best is not None:
                return best[1]
        return self.db.execute("INSERT INTO clusters (size) VALUES (0)").lastrowid

    def _candidates(self, ids: list[int]) -> list[tuple[NormalisedQuote, int]]:
        """Normalised text and cluster of these stored quotes, in the order given: from the cache, else read."""
        found = {quote_id: self.pending.get(quote_id) or self.cache.get(quote_id) for quote_id in ids}
        missing = [quote_id for quote_id, entry in found.items() if entry is None]
        if missing:
            for quote_id, verbatim, stored, cluster_id in self.db.execute(
                    f"SELECT id, verbatim, words, cluster_id FROM quotes WHERE id IN ({','.join('?' * len(missing))})", missing):
                words = NormalisedQuote.load(stored) if stored is not None else normalise(verbatim)
                found[quote_id] = self.pending[quote_id] = (words, cluster_id)
        return [entry for entry in found.values() if entry is not None]

    def _join_cluster(self, quote_id: int, cluster_id: int, keys: list[int]) -> None:
        """Index the quote's keys, count it, and make it the first appearance if it is the earliest."""
        self.db.executemany("INSERT OR IGNORE INTO quote_keys (key, quote_id) VALUES (?, ?)", [(key, quote_id) for key in keys])
        self.db.execute(f"""UPDATE clusters SET size = size + 1, first_quote_id = (
            SELECT q.id FROM quotes q WHERE q.id IN (?, coalesce(first_quote_id, ?)) ORDER BY {EARLIEST_FIRST} LIMIT 1)
            WHERE id = ?""", (quote_id, quote_id, cluster_id))


# --- helpers ----------------------------------------------------------------------------------


def check_storable(article: Article) -> None:
    """Raise E028 for text SQLite cannot store: unpaired surrogates (JSON escapes like ``\\ud800``)."""
    try:
        article.text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InputError("E028", offset=error.start) from error


def bindable(value: str) -> str:
    """``value`` with lone surrogates as U+FFFD: SQLite takes UTF-8 only, and ids and metadata may hold them
    (a file name that is not UTF-8, a bad ``\\ud800`` escape in a JSONL field); the text itself is refused (E028)."""
    return _SURROGATE.sub("\ufffd", value)


def content_hash(text: str) -> str:
    """sha256 of the text (hex): the identity of an article's content."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _article_row(article: Article, digest: str, published: datetime.date | str | None) -> tuple:
    """The articles row for an Article: url, outlet, title and date taken from its meta."""
    from .pipeline import article_date, parse_date  # here, not at the top: pipeline imports spaCy

    meta = article.meta
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    outlet = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
    if not outlet and url:
        host = urlsplit(url).hostname or ""
        outlet = host.removeprefix("www.") or None
    date = article_date(article) or parse_date(published)
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    rest = {key: value for key, value in meta.items() if not key.startswith("_")}
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    return (article.id, digest, url, outlet, title, date.isoformat() if date else None, article.text,
            json.dumps(rest, ensure_ascii=False, default=str), now)
