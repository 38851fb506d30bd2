"""The corpus store: articles, quotes, speakers across articles and quote clusters in one SQLite file.

The only module with SQL. ``Store(path)`` opens (or creates) the database, applies schema
migrations, and offers ``add_result`` (one transaction per article) and read methods that return
the records of ``records.py``. The database opens in Datasette as it is, with full-text search on
``quotes`` (``quotes_fts``). Speaker merge rules live in ``speakers_index.py``, quote matching in
``quote_clusters.py``; this module only runs their look-ups. It does not extract anything.

A ``Store`` is one connection; its calls are serialised by a lock, so threads may share it.
"""

from __future__ import annotations

import collections
import datetime
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote as url_quote

from .errors import ConfigError, SchemaVersionError, StoreError
from .model import QUOTE_TYPES, Article, Result
from .records import ArticleRef, Cluster, OutletStats, SpeakerActivity, SpeakerInfo, SpeakerRef, StoredArticle, StoredQuote
from .settings import Settings
from .speakers_index import identify
from .store_writer import EARLIEST_FIRST, ArticleWriter, ClusterCache, bindable, check_storable, content_hash

__all__ = ["DEFAULT_DB", "EXPORT_TABLES", "SCHEMA_SQL", "SCHEMA_VERSION", "Store", "check_storable", "fts_query"]

DEFAULT_DB = Settings().db  # quotegraph.db in the working folder
BUSY_TIMEOUT_MS = 10_000
# WAL frames (pages) written before SQLite copies them back into the database file. Each article
# dirties ~150 pages spread over a large file (mostly quote_keys); SQLite's default of 1,000 made
# that copy-back, page by page with an fsync, the largest cost of ingest past ~10,000 articles. At
# 40,000 (a WAL of at most ~160 MB) a page dirtied by many articles is copied once: 7.5 -> 4.9 ms
# per article at 27,000-30,000 articles (benchmarks/bench_scale.py data). The WAL is emptied on
# close; after a crash SQLite replays it on the next open.
WAL_CHECKPOINT_PAGES = 40_000
WAL_KEPT_BYTES = 64 << 20  # a WAL file larger than this is truncated after each checkpoint
# Under this much free space, a failed write (SQLITE_IOERR) is taken as a full disk (E029).
DISK_FULL_BYTES = 1 << 20

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    id           INTEGER PRIMARY KEY,        -- ingest order
    source_id    TEXT NOT NULL UNIQUE,       -- the input's id: JSONL "id", else file stem or file:line
    content_hash TEXT NOT NULL UNIQUE,       -- sha256 of the text: the same article under another id
    url          TEXT,
    outlet       TEXT,                       -- input "outlet", else the url's host name
    title        TEXT,
    published    TEXT,                       -- YYYY-MM-DD (input date/published or --date), NULL if unknown
    text         TEXT NOT NULL,
    meta         TEXT NOT NULL DEFAULT '{}', -- the other input fields, as JSON
    ingested_at  TEXT NOT NULL               -- UTC, ISO 8601
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet COLLATE NOCASE, published);

CREATE TABLE IF NOT EXISTS speakers (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,  -- merge key (speakers_index.py): 'person:justin trudeau',
                                       -- 'person:~trudeau' (surname only), 'organization:mayo clinic',
                                       -- 'anonymous@12:senior official' (article 12 only)
    name        TEXT NOT NULL,         -- display name
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'anonymous', 'unknown')),
    first_name  TEXT,                  -- folded; persons named in full (one letter: an initial)
    surname     TEXT,                  -- folded; persons
    article_id  INTEGER REFERENCES articles (id),  -- set when the speaker belongs to one article
    merged_into INTEGER REFERENCES speakers (id)   -- a surname-only speaker absorbed by a full name
);
CREATE INDEX IF NOT EXISTS speakers_surname ON speakers (surname) WHERE surname IS NOT NULL;
CREATE INDEX IF NOT EXISTS speakers_name ON speakers (name COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    speaker_id  INTEGER NOT NULL REFERENCES speakers (id),
    text        TEXT NOT NULL,         -- as written: 'Prime Minister Justin Trudeau'
    start       INTEGER NOT NULL,      -- character offsets into articles.text
    end         INTEGER NOT NULL,
    UNIQUE (article_id, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_speaker ON mentions (speaker_id);

CREATE TABLE IF NOT EXISTS clusters (
    id             INTEGER PRIMARY KEY,
    first_quote_id INTEGER REFERENCES quotes (id),  -- earliest appearance: published date, then ingest order
    size           INTEGER NOT NULL DEFAULT 0       -- quotes in the cluster
);

CREATE TABLE IF NOT EXISTS quotes (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    position     INTEGER NOT NULL,     -- the quote's index in its article's result
    text         TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    type         TEXT NOT NULL CHECK (type IN ('direct', 'mixed', 'indirect')),
    confidence   REAL NOT NULL,
    cue          TEXT,
    speaker_id   INTEGER REFERENCES speakers (id),  -- NULL when extraction found no speaker
    speaker_name TEXT,                 -- the name extraction gave within the article
    speaker_kind TEXT,                 -- the kind extraction gave (person, organization, anonymous, unknown)
    mention_id   INTEGER REFERENCES mentions (id),
    verbatim     TEXT,                 -- words quoted verbatim, matched for clusters: the text of a direct
                                       -- quote, the longest quoted piece of a mixed one, NULL for indirect
    cluster_id   INTEGER REFERENCES clusters (id),
    outlet       TEXT,                 -- copied from the article: filters and Datasette facets without a join
    published    TEXT,                 -- copied from the article, as above
    record       TEXT NOT NULL,        -- the quote as the output contract's JSON
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS quotes_published ON quotes (published);
-- covers the speaker pages: counts, dates, articles, outlets and aliases without reading quote rows
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_id, published, article_id, outlet, speaker_name);
CREATE INDEX IF NOT EXISTS quotes_outlet ON quotes (outlet COLLATE NOCASE, published);
CREATE INDEX IF NOT EXISTS quotes_type ON quotes (type, published);
CREATE INDEX IF NOT EXISTS quotes_cluster ON quotes (cluster_id);

CREATE TABLE IF NOT EXISTS quote_keys (
    key      INTEGER NOT NULL,         -- quote_clusters.lookup_keys: hashes of the normalised verbatim
                                       -- text, its first/last words and winnowed word 5-grams
    quote_id INTEGER NOT NULL REFERENCES quotes (id),
    PRIMARY KEY (key, quote_id)
) WITHOUT ROWID;

-- Full-text search over quotes.text; content="quotes" is what Datasette and sqlite-utils detect.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    text, content="quotes", content_rowid="id", tokenize="porter unicode61 remove_diacritics 2"
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
"""

# MIGRATIONS[n] takes a database from user_version n to n + 1, in the transaction that records it.
MIGRATIONS: tuple[str, ...] = (
    SCHEMA_SQL,
    # 1 -> 2: a verbatim quote's normalised words (quote_clusters.NormalisedQuote.dump), so a cluster
    # candidate is read back without normalising its text again; NULL for quotes stored before.
    "ALTER TABLE quotes ADD COLUMN words TEXT;",
)
SCHEMA_VERSION = len(MIGRATIONS)

_QUOTE_COLUMNS = """q.id, q.text, q.type, q.start, q.end, q.confidence, q.cue, q.speaker_id, s.name, s.kind,
    q.speaker_name, m.text, q.cluster_id, q.record, a.id, a.source_id, a.title, a.outlet, a.published, a.url"""
_QUOTE_JOINS = """JOIN articles a ON a.id = q.article_id
    LEFT JOIN speakers s ON s.id = q.speaker_id LEFT JOIN mentions m ON m.id = q.mention_id"""
_QUOTE_FROM = f"quotes q {_QUOTE_JOINS}"
# CROSS JOIN makes SQLite read the full-text index first: its planner otherwise starts from a filter
# index and probes the index once per quote (600 ms on 100,000 quotes).
_FTS_DRIVEN = "quotes_fts CROSS JOIN quotes q ON q.id = quotes_fts.rowid"
# bm25 ranking costs about 1 microsecond per match (benchmarks/bench_search.py, 100,000 generated
# quotes: 97 ms for a word in every quote); above this many matches, results come newest first.
MAX_RANKED_MATCHES = 10_000

EXPORT_TABLES: dict[str, str] = {
    "quotes": f"""SELECT q.id, a.source_id AS article, q.position, q.published, q.outlet, q.type, q.text,
        q.start, q.end, q.speaker_id, s.name AS speaker, s.kind AS speaker_kind, q.speaker_name AS name_in_article,
        m.text AS mention, q.cue, q.confidence, q.cluster_id FROM {_QUOTE_FROM} ORDER BY q.id""",
    "speakers": """SELECT s.id, s.name, s.kind, COUNT(q.id) AS quotes, COUNT(DISTINCT q.article_id) AS articles,
        MIN(q.published) AS first_published, MAX(q.published) AS last_published
        FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id
        WHERE s.merged_into IS NULL GROUP BY s.id ORDER BY s.id""",
    "articles": """SELECT a.id, a.source_id, a.url, a.outlet, a.title, a.published, a.content_hash, a.ingested_at,
        (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, a.meta, a.text
        FROM articles a ORDER BY a.id""",
}


class _Plan(NamedTuple):
    """A search: filters as SQL on ``quotes q`` (with their parameters) and the words as an FTS query."""

    where: str
    params: list[Any]
    fts: str | None

    def filtered_by_words(self) -> tuple[str, list[Any]]:
        """The filters plus the words as a rowid set (for plans driven by a filter index)."""
        if self.fts is None:
            return self.where, self.params
        return f"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) AND {self.where}", [self.fts, *self.params]


class Store:
    """A quote corpus in one SQLite file (WAL mode), or ``:memory:``.

    Args:
        path: the database file; created with the schema when missing (unless ``readonly``).
        readonly: open for reading only; the file must exist and be a quotegraph database.

    Raises:
        StoreError: missing (read-only), not a database, not quotegraph's, or cannot be opened or written.
        SchemaVersionError: written by a newer quotegraph.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._cluster_cache = ClusterCache()  # recent quotes, normalised: most cluster candidates are found here
        self._db = self._connect()
        try:
            self._prepare()
        except BaseException:
            self._db.close()
            raise

    # --- opening ------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        """Open the connection: autocommit mode (transactions are explicit), shareable across threads."""
        memory = self.path == ":memory:"
        if self.readonly and not memory and not Path(self.path).is_file():
            raise StoreError("E020", path=self.path)
        mode = "ro" if self.readonly else "rwc"
        # A WAL database on a read-only file system opens only as immutable (SQLite cannot create
        # its -shm file there); nothing can change it, so that is exact, unless a -wal file was left.
        if self.readonly and not memory and _on_read_only_fs(self.path) and not Path(self.path + "-wal").exists():
            mode += "&immutable=1"
        target = ":memory:" if memory else f"file:{url_quote(str(Path(self.path).absolute()))}?mode={mode}"
        try:
            return sqlite3.connect(target, uri=not memory, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            unwritable = None if self.readonly else _unwritable_reason(self.path)
            if unwritable:
                raise StoreError("E023", path=self.path, reason=unwritable) from error
            raise StoreError("E027", path=self.path, reason=_reason(error)) from error

    def _prepare(self) -> None:
        """Check the file is a quotegraph database of a known version; migrate it when writable."""
        with self._errors():
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if version > SCHEMA_VERSION:
            raise SchemaVersionError("E022", path=self.path, found=version, supported=SCHEMA_VERSION)
        if version == 0 and tables:
            raise StoreError("E021", path=self.path, reason="it holds other tables and no quotegraph schema")
        if self.readonly:
            if version < SCHEMA_VERSION:
                raise StoreError("E021", path=self.path, reason=f"schema version {version}; open it once with quotegraph ingest to upgrade")
            self._db.execute("PRAGMA query_only = ON")
        else:
            with self._errors(writing=True):
                if self.path != ":memory:":
                    self._db.execute("PRAGMA journal_mode = WAL")
                    self._db.execute("PRAGMA synchronous = NORMAL")  # WAL: a commit survives a killed process
                    self._db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                    self._db.execute(f"PRAGMA journal_size_limit = {WAL_KEPT_BYTES}")
            self._migrate(version)
        self._db.execute("PRAGMA foreign_keys = ON")

    def _migrate(self, version: int) -> None:
        """Apply MIGRATIONS[version:], each with its user_version bump in one transaction."""
        for number in range(version, SCHEMA_VERSION):
            with self._transaction():
                for statement in _statements(MIGRATIONS[number]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number + 1}")

    @contextmanager
    def _errors(self, *, writing: bool = False) -> Iterator[None]:
        """Turn SQLite's file-level failures into one-line StoreErrors."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            code = getattr(error, "sqlite_errorname", "")
            if code in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in str(error):
                raise StoreError("E021", path=self.path, reason=_reason(error)) from error
            if code == "SQLITE_FULL" or (code.startswith("SQLITE_IOERR") and _disk_full(self.path)):
                raise StoreError("E029", path=self.path) from error
            unwritable = None if self.readonly else _unwritable_reason(self.path)
            if unwritable and (writing or code.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR"))):
                raise StoreError("E023", path=self.path, reason=unwritable) from error
            if writing or code.startswith(("SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_IOERR")):
                raise StoreError("E023", path=self.path, reason=_reason(error)) from error
            if code.startswith("SQLITE_CANTOPEN"):
                raise StoreError("E027", path=self.path, reason=_reason(error)) from error
            raise

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), rolled back on any exception."""
        with self._lock:
            with self._errors(writing=True):
                self._db.execute("BEGIN IMMEDIATE")
            try:
                with self._errors():  # a full disk or a lost file mid-article is a StoreError too
                    yield
                with self._errors(writing=True):
                    self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    with suppress(sqlite3.Error):  # the original error is the one to report
                        self._db.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Close the connection (a WAL file is checkpointed and removed by SQLite)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        # A lone surrogate (a command-line argument that was not UTF-8) cannot be bound; no stored text has one.
        params = [bindable(value) if isinstance(value, str) else value for value in params]
        with self._lock, self._errors():
            return self._db.execute(sql, params).fetchall()

    # --- writing ------------------------------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """True when an article with this id or this exact text is stored (checked before extraction)."""
        found = self._rows("SELECT 1 FROM articles WHERE source_id = ? OR content_hash = ? LIMIT 1", (article.id, content_hash(article.text)))
        return bool(found)

    def add_result(self, article: Article, result: Result, *, published: datetime.date | str | None = None) -> bool:
        """Store one article and its extracted quotes in one transaction.

        Links each quote's speaker to a speaker across articles and each verbatim quote to a
        cluster. A failure at any point leaves nothing of the article behind.

        Args:
            article: the input article (its ``meta`` gives url, outlet, title, date).
            result: what extraction gave for it; must not carry an ``error``.
            published: publication date to use when the article's meta has none.

        Returns:
            True if stored; False if an article with this id or this text was already there.
        """
        if result.error is not None:
            raise ValueError(f"article {article.id!r} has an extraction error and cannot be stored: {result.error}")
        writer = ArticleWriter(self._db, self._cluster_cache)
        with self._lock:
            with self._transaction():
                stored = writer.add(article, result, published)
            self._cluster_cache.commit(writer.pending)  # only now: a rolled-back quote's id is given out again
        return stored

    # --- reading: quotes ----------------------------------------------------------------------

    def search(self, query: str | None = None, speaker: str | int | None = None, outlet: str | None = None,
               date_from: datetime.date | str | None = None, date_to: datetime.date | str | None = None,
               type: str | None = None, limit: int = 50, offset: int = 0) -> list[StoredQuote]:
        """Quotes matching words and filters: best match first; without words, newest first.

        When the words are in more than MAX_RANKED_MATCHES quotes (``the``, ``said``), results come
        newest first too: ranking that many costs more than a page of search should.

        Args:
            query: words to find in the quote text (stemmed, any order, all required). Every
                character is plain text: quotes, ``*``, ``-``, ``OR`` and parentheses are not syntax.
            speaker: a speaker id, or a name: a full name finds that person, a surname every person
                with it, other names match speakers' display names (case-insensitive).
            outlet: exact outlet name (case-insensitive).
            date_from, date_to: inclusive published-date bounds (``YYYY-MM-DD`` or dates); quotes
                from undated articles are left out when either is given.
            type: direct, mixed or indirect.
            limit, offset: the page.

        Raises:
            ConfigError: a bad date or quote type.
        """
        plan = self._filters(query, speaker, outlet, date_from, date_to, type)
        if plan is None:
            return []
        page = [max(0, int(limit)), max(0, int(offset))]
        if plan.fts is not None and self._fts_count(plan.fts) <= MAX_RANKED_MATCHES:
            sql = (f"SELECT {_QUOTE_COLUMNS} FROM {_FTS_DRIVEN} {_QUOTE_JOINS} WHERE quotes_fts MATCH ? AND {plan.where}"
                   " ORDER BY quotes_fts.rank LIMIT ? OFFSET ?")
            return [_stored_quote(row) for row in self._rows(sql, [plan.fts, *plan.params, *page])]
        where, params = plan.filtered_by_words()
        sql = f"SELECT {_QUOTE_COLUMNS} FROM {_QUOTE_FROM} WHERE {where} ORDER BY q.published DESC, q.id DESC LIMIT ? OFFSET ?"
        return [_stored_quote(row) for row in self._rows(sql, [*params, *page])]

    def count(self, query: str | None = None, speaker: str | int | None = None, outlet: str | None = None,
              date_from: datetime.date | str | None = None, date_to: datetime.date | str | None = None,
              type: str | None = None) -> int:
        """How many quotes ``search`` with the same arguments finds in all (for paging)."""
        plan = self._filters(query, speaker, outlet, date_from, date_to, type)
        if plan is None:
            return 0
        if plan.fts is not None and not plan.params:
            return self._fts_count(plan.fts)
        if plan.fts is not None and self._fts_count(plan.fts) <= MAX_RANKED_MATCHES:
            return self._rows(f"SELECT COUNT(*) FROM {_FTS_DRIVEN} WHERE quotes_fts MATCH ? AND {plan.where}", [plan.fts, *plan.params])[0][0]
        where, params = plan.filtered_by_words()
        return self._rows(f"SELECT COUNT(*) FROM quotes q WHERE {where}", params)[0][0]

    def _fts_count(self, fts: str) -> int:
        """Quotes matching an FTS query (fast: no join; the index has one row per quote)."""
        return self._rows("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (fts,))[0][0]

    def _filters(self, query: str | None, speaker: str | int | None, outlet: str | None, date_from: datetime.date | str | None,
                 date_to: datetime.date | str | None, type: str | None) -> "_Plan | None":
        """The words as an FTS query and the filters as a WHERE clause; None when nothing can match."""
        clauses, params = [], []
        fts = fts_query(query) if query and query.strip() else None
        if fts is None and query and query.strip():
            return None  # only punctuation: no word to find
        if speaker is not None:
            ids = self._speaker_ids(speaker)
            if not ids:
                return None
            clauses.append(f"q.speaker_id IN ({','.join('?' * len(ids))})")
            params.extend(ids)
        if outlet is not None:
            clauses.append("q.outlet = ? COLLATE NOCASE")
            params.append(outlet)
        if type is not None:
            if type not in QUOTE_TYPES:
                raise ConfigError("E025", what="quote type", value=type, choices=", ".join(QUOTE_TYPES))
            clauses.append("q.type = ?")
            params.append(type)
        for bound, op in ((date_from, ">="), (date_to, "<=")):
            if bound is not None:
                clauses.append(f"q.published {op} ?")
                params.append(_iso_date(bound))
        return _Plan(" AND ".join(clauses) or "1", params, fts)

    def _speaker_ids(self, speaker: str | int) -> list[int]:
        """Speaker ids a search's speaker filter means (see ``search``)."""
        if isinstance(speaker, int):  # an absorbed surname-only id means the speaker it joined
            return [row[0] for row in self._rows("SELECT coalesce(merged_into, id) FROM speakers WHERE id = ?", (speaker,))]
        person = identify(speaker, "person", 0)
        org = identify(speaker, "organization", 0)
        if person.scoped:  # no capitalised word: match display names only
            sql, params = "name = ? COLLATE NOCASE", [speaker.strip()]
        elif person.first_name and len(person.first_name) > 1:
            sql, params = "key = ? OR name = ? COLLATE NOCASE", [person.key, speaker.strip()]
        else:
            sql, params = "(kind = 'person' AND surname = ?) OR key = ? OR name = ? COLLATE NOCASE", [person.surname, org.key, speaker.strip()]
        return [row[0] for row in self._rows(f"SELECT id FROM speakers WHERE merged_into IS NULL AND ({sql})", params)]

    def quote(self, quote_id: int) -> StoredQuote | None:
        """One quote by id, or None."""
        rows = self._rows(f"SELECT {_QUOTE_COLUMNS} FROM {_QUOTE_FROM} WHERE q.id = ?", (quote_id,))
        return _stored_quote(rows[0]) if rows else None

    def cluster(self, cluster_id: int) -> Cluster | None:
        """A quote's provenance: every repetition of it, earliest first, or None for an unknown id."""
        rows = self._rows(f"SELECT {_QUOTE_COLUMNS} FROM {_QUOTE_FROM} WHERE q.cluster_id = ? ORDER BY {EARLIEST_FIRST}", (cluster_id,))
        if not rows:
            return None
        quotes = tuple(_stored_quote(row) for row in rows)
        outlets = {quote.article.outlet for quote in quotes if quote.article.outlet}
        return Cluster(cluster_id, len(quotes), len({quote.article.id for quote in quotes}), len(outlets), quotes[0], quotes)

    # --- reading: speakers, articles, outlets -------------------------------------------------

    def speaker(self, speaker_id: int) -> SpeakerInfo | None:
        """A speaker with counts and aliases; an absorbed surname-only id gives the speaker it joined."""
        rows = self._rows("SELECT merged_into FROM speakers WHERE id = ?", (speaker_id,))
        if not rows:
            return None
        target = rows[0][0] or speaker_id  # an absorbed speaker: the one it joined
        found = self.speakers(ids=[target], limit=1)
        aliases = [row[0] for row in self._rows(
            "SELECT speaker_name FROM quotes WHERE speaker_id = ? GROUP BY speaker_name ORDER BY COUNT(*) DESC, speaker_name", (target,))]
        return _replace_aliases(found[0], aliases) if found else None

    def speaker_activity(self, speaker_id: int, *, top: int = 20) -> SpeakerActivity | None:
        """A speaker's quotes counted by month, outlet, cue and type; None for an unknown id.

        An absorbed surname-only id counts the speaker it joined, as ``speaker`` does.
        """
        rows = self._rows("SELECT coalesce(merged_into, id) FROM speakers WHERE id = ?", (speaker_id,))
        if not rows:
            return None
        target = rows[0][0]
        months = self._rows("""SELECT substr(published, 1, 7), COUNT(*) FROM quotes WHERE speaker_id = ? AND published IS NOT NULL
            GROUP BY 1 ORDER BY 1""", (target,))
        undated = self._rows("SELECT COUNT(*) FROM quotes WHERE speaker_id = ? AND published IS NULL", (target,))[0][0]
        outlets = self._rows("""SELECT outlet, COUNT(*) FROM quotes WHERE speaker_id = ? AND outlet IS NOT NULL
            GROUP BY outlet COLLATE NOCASE ORDER BY COUNT(*) DESC, outlet LIMIT ?""", (target, top))
        cues: collections.Counter[str] = collections.Counter()
        types: collections.Counter[str] = collections.Counter()
        # one pass over the speaker's quote rows for both (cue and type are not in the covering index)
        for cue, quote_type, count in self._rows("SELECT lower(cue), type, COUNT(*) FROM quotes WHERE speaker_id = ? GROUP BY 1, 2", (target,)):
            types[quote_type] += count
            if cue is not None:
                cues[cue] += count
        top_cues = sorted(cues.items(), key=lambda item: (-item[1], item[0]))[:top]
        return SpeakerActivity(target, dict(months), undated, dict(outlets), dict(top_cues), dict(types.most_common()))

    def speakers(self, *, name: str | None = None, kind: str | None = None, ids: list[int] | None = None,
                 limit: int = 50, offset: int = 0) -> list[SpeakerInfo]:
        """Speakers, most quoted first.

        Args:
            name: a substring of the display name (case-insensitive).
            kind: person, organization, anonymous or unknown.
            ids: only these speaker ids.
            limit, offset: the page.
        """
        clauses, params = ["s.merged_into IS NULL"], []
        if name:
            clauses.append("s.name LIKE ? ESCAPE '\\'")
            params.append("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        if kind:
            clauses.append("s.kind = ?")
            params.append(kind)
        if ids is not None:
            clauses.append(f"s.id IN ({','.join('?' * len(ids)) or 'NULL'})")
            params.extend(ids)
        sql = f"""SELECT s.id, s.name, s.kind, COUNT(q.id), COUNT(DISTINCT q.article_id), COUNT(DISTINCT q.outlet),
            MIN(q.published), MAX(q.published), a.id, a.source_id, a.title, a.outlet, a.published, a.url
            FROM speakers s LEFT JOIN quotes q ON q.speaker_id = s.id LEFT JOIN articles a ON a.id = s.article_id
            WHERE {' AND '.join(clauses)} GROUP BY s.id ORDER BY COUNT(q.id) DESC, s.name LIMIT ? OFFSET ?"""
        return [_speaker_info(row) for row in self._rows(sql, [*params, max(0, limit), max(0, offset)])]

    def article(self, article_id: int | str) -> StoredArticle | None:
        """An article with its quotes: by the store's id (int) or the input's id (str)."""
        column = "id" if isinstance(article_id, int) else "source_id"
        rows = self._rows(f"SELECT id, source_id, title, outlet, published, url, text, meta, content_hash, ingested_at FROM articles WHERE {column} = ?", (article_id,))
        if not rows:
            return None
        row = rows[0]
        quotes = self._rows(f"SELECT {_QUOTE_COLUMNS} FROM {_QUOTE_FROM} WHERE q.article_id = ? ORDER BY q.position", (row[0],))
        return StoredArticle(ArticleRef(*row[:6]), row[6], json.loads(row[7]), row[8], row[9], tuple(_stored_quote(q) for q in quotes))

    def outlets(self) -> list[tuple[str, int, int]]:
        """Every outlet as ``(name, articles, quotes)``, most quotes first (names compared case-insensitively)."""
        articles = self._rows("SELECT outlet, COUNT(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE")
        quotes = dict(self._rows("SELECT outlet, COUNT(*) FROM quotes WHERE outlet IS NOT NULL GROUP BY outlet COLLATE NOCASE"))
        counts = [(name, count, quotes.get(name, 0)) for name, count in articles]
        return sorted(counts, key=lambda row: (-row[2], row[0]))

    def outlet(self, name: str, *, top: int = 10) -> OutletStats | None:
        """One outlet's numbers: quotes by type, share from anonymous sources, top named speakers."""
        head = self._rows("SELECT outlet, COUNT(*), MIN(published), MAX(published) FROM articles WHERE outlet = ? COLLATE NOCASE GROUP BY outlet", (name,))
        if not head:
            return None
        outlet, articles, first, last = head[0]
        types = dict(self._rows("SELECT type, COUNT(*) FROM quotes WHERE outlet = ? COLLATE NOCASE GROUP BY type", (outlet,)))
        anonymous = self._rows("SELECT COUNT(*) FROM quotes WHERE outlet = ? COLLATE NOCASE AND speaker_kind = 'anonymous'", (outlet,))[0][0]
        tops = self._rows("""SELECT s.id, s.name, s.kind, COUNT(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id
            WHERE q.outlet = ? COLLATE NOCASE AND s.article_id IS NULL GROUP BY s.id ORDER BY COUNT(*) DESC, s.name LIMIT ?""", (outlet, top))
        total = sum(types.values())
        return OutletStats(outlet, articles, total, anonymous, anonymous / total if total else 0.0, types,
                           tuple((SpeakerRef(*row[:3]), row[3]) for row in tops), first, last)

    def stats(self) -> dict[str, int]:
        """Row counts: articles, quotes, speakers (not absorbed), clusters with more than one quote."""
        sql = """SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM quotes),
            (SELECT COUNT(*) FROM speakers WHERE merged_into IS NULL), (SELECT COUNT(*) FROM clusters WHERE size > 1)"""
        return dict(zip(("articles", "quotes", "speakers", "clusters"), self._rows(sql)[0]))

    # --- export -------------------------------------------------------------------------------

    def rows(self, table: str, *, batch: int = 1000) -> tuple[list[str], Iterator[tuple]]:
        """Column names and a row iterator for exporting ``table`` (quotes, speakers or articles).

        Rows are read in batches under the lock; the store must stay open while iterating.
        """
        if table not in EXPORT_TABLES:
            raise ConfigError("E025", what="table", value=table, choices=", ".join(EXPORT_TABLES))
        with self._lock, self._errors():
            cursor = self._db.execute(EXPORT_TABLES[table])
            columns = [item[0] for item in cursor.description]

        def fetch() -> Iterator[tuple]:
            while True:
                with self._lock:
                    chunk = cursor.fetchmany(batch)
                if not chunk:
                    return
                yield from chunk

        return columns, fetch()

    def export(self, table: str, fmt: str, output: str | Path) -> int:
        """Write ``table`` as csv, jsonl or parquet to the file ``output``; returns the rows written."""
        from .exporting import write_table

        columns, rows = self.rows(table)
        return write_table(columns, rows, fmt, output)


# --- helpers --------------------------------------------------------------------------------------


def fts_query(text: str) -> str | None:
    """A user's words as an FTS5 query of quoted terms (all required); None if it has no word.

    Each whitespace-separated piece becomes a string literal with ``"`` doubled, so FTS syntax
    (``OR``, ``NOT``, ``*``, ``-``, ``^``, ``:``, parentheses, quotes) is matched as text.
    """
    pieces = text.replace("\x00", " ").split()  # a NUL would end the FTS5 string literal early
    terms = ['"' + piece.replace('"', '""') + '"' for piece in pieces if any(char.isalnum() for char in piece)]
    return " ".join(terms) or None


def _statements(script: str) -> Iterator[str]:
    """Split a SQL script into complete statements (trigger bodies kept whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""


def _iso_date(value: datetime.date | str) -> str:
    """A filter bound as YYYY-MM-DD; ConfigError E026 for anything else."""
    if isinstance(value, datetime.date):
        return value.isoformat()[:10]
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as error:
        raise ConfigError("E026", value=value) from error


def _stored_quote(row: tuple) -> StoredQuote:
    speaker = SpeakerRef(row[7], row[8], row[9]) if row[7] is not None else None
    article = ArticleRef(*row[14:20])
    return StoredQuote(row[0], row[1], row[2], row[3], row[4], row[5], row[6], speaker, row[10], row[11], article, row[12], json.loads(row[13]))


def _speaker_info(row: tuple) -> SpeakerInfo:
    article = ArticleRef(*row[8:14]) if row[8] is not None else None
    return SpeakerInfo(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], (), article)


def _replace_aliases(info: SpeakerInfo, aliases: list[str]) -> SpeakerInfo:
    return replace(info, aliases=tuple(alias for alias in aliases if alias))


def _on_read_only_fs(path: str) -> bool:
    """True when the database's folder is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(Path(path).absolute().parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no such folder; no statvfs (Windows)
        return False


def _unwritable_reason(path: str) -> str | None:
    """Why the database file, or its folder (where SQLite keeps -wal and -shm), cannot be written; None if it can."""
    if path == ":memory:":
        return None
    file = Path(path).absolute()
    if _on_read_only_fs(path):
        return "it is on a read-only file system"
    if file.exists() and not os.access(file, os.W_OK):
        return "the file is read-only"
    if file.parent.is_dir() and not os.access(file.parent, os.W_OK):
        return f"its folder {file.parent} is read-only (SQLite writes its -wal and -shm files there)"
    return None


def _disk_full(path: str) -> bool:
    """True when the file system holding the database has (almost) no free space left."""
    try:
        return shutil.disk_usage(Path(path).absolute().parent).free < DISK_FULL_BYTES
    except OSError:
        return False


def _reason(error: BaseException) -> str:
    return str(error).rstrip(".") or type(error).__name__

