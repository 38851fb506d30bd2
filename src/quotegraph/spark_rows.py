"""The rows ``quotegraph spark`` writes, both ways: ``(Article, Result)`` → rows → ``(Article, Result)``.

One row per quote. Its quote columns are the output contract's quote object as it is
(``Quote.to_dict()``: ``text``, ``start``, ``end``, ``type``, ``speaker``, ``cue``, ``confidence``,
``quoted``, ``context``, ``addressee``, ``channel``, ``time``; nested objects as Parquet structs), plus
``id`` and ``index`` (the quote's position in its article, as in the CSV output), the article's
``title``, ``url``, ``outlet`` and ``date`` as strings, ``meta`` (every input field but id and text,
as a JSON object string), ``article_text`` (the text the offsets index) and ``error``. An article
without quotes, or that could not be used, is one row whose ``index`` and quote columns are null
(``error`` then says why), so no article is lost and ``quotegraph ingest`` can store it.

Pure Python and pyarrow; nothing here imports PySpark, so ingesting Spark output needs only
``quotegraph[parquet]``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError
from .model import Article, Quote, Result
from .reading import Failure

__all__ = ["ARTICLE_COLUMNS", "COLUMNS", "QUOTE_COLUMNS", "SPARK_SCHEMA", "read_result_files", "result_rows", "results_from_rows", "is_results_path"]

QUOTE_COLUMNS: tuple[str, ...] = ("text", "start", "end", "type", "speaker", "cue", "confidence", "quoted", "context", "addressee", "channel", "time")
ARTICLE_COLUMNS: tuple[str, ...] = ("title", "url", "outlet", "date")
COLUMNS: tuple[str, ...] = ("id", "index", *QUOTE_COLUMNS, *ARTICLE_COLUMNS, "meta", "article_text", "error")

_SPAN = "struct<text:string,start:bigint,end:bigint>"
# The same columns as a Spark DDL schema (spark_job.py); Parquet readers see the same structs.
SPARK_SCHEMA = ", ".join([
    "id string", "index bigint", "text string", "start bigint", "end bigint", "type string",
    f"speaker struct<name:string,kind:string,mention:{_SPAN}>", f"cue {_SPAN}", "confidence double",
    f"quoted array<{_SPAN}>", "context boolean", f"addressee {_SPAN}",
    "channel struct<text:string,start:bigint,end:bigint,kind:string>",
    "time struct<text:string,start:bigint,end:bigint,date:string>",
    "title string", "url string", "outlet string", "date string", "meta string", "article_text string", "error string",
])
READ_BATCH_ROWS = 2048


def result_rows(article: Article, result: Result) -> list[dict[str, Any]]:
    """The rows for one article: one per quote, or one with null quote columns when it has none.

    Args:
        article: the article as read (its text is written in ``article_text``).
        result: what extraction gave for it (``error`` set for an unusable article).
    """
    record = result.to_dict()  # the output contract: meta fields without "_" keys, quotes as dicts
    meta = {key: value for key, value in record.items() if key not in ("id", "quotes", "error", "text")}
    base: dict[str, Any] = {"id": result.id}
    for key in ARTICLE_COLUMNS:
        value = meta.get(key)
        base[key] = None if value is None else str(value)
    base["meta"] = json.dumps(meta, ensure_ascii=False, default=str)
    base["article_text"] = article.text or None  # None for an input that could not be read
    base["error"] = result.error
    if not record["quotes"]:
        return [{**base, "index": None, **dict.fromkeys(QUOTE_COLUMNS)}]
    return [{**base, "index": index, **quote} for index, quote in enumerate(record["quotes"])]


def results_from_rows(rows: Iterable[dict[str, Any]], source: str = "rows") -> Iterator[tuple[Article, Result] | Failure]:
    """Rebuild ``(Article, Result)`` pairs from rows in written order (an article's rows are adjacent).

    A new article starts where the id changes or ``index`` is null or 0. A row that cannot be read
    back (not this layout, bad JSON in ``meta``) is one Failure for its article; the rest goes on.
    """
    group: list[dict[str, Any]] = []
    for row in rows:
        if group and (row.get("id") != group[0].get("id") or row.get("index") in (None, 0)):
            yield _rebuild(group, source)
            group = []
        group.append(row)
    if group:
        yield _rebuild(group, source)


def _rebuild(rows: list[dict[str, Any]], source: str) -> tuple[Article, Result] | Failure:
    """One article's rows back into its Article and Result."""
    first = rows[0]
    article_id = first.get("id")
    where = f"{source} (article {article_id!r})"
    try:
        meta = json.loads(first.get("meta") or "{}")
        if not isinstance(meta, dict) or not isinstance(article_id, str):
            raise ValueError("no id, or meta is not a JSON object")
        quotes = tuple(Quote.from_dict(row) for row in rows if row.get("index") is not None)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        return Failure(where, str(InputError("E019", path=where, problem=f"not a row of quotegraph spark output ({type(error).__name__}: {error})")))
    error = first.get("error")
    text = first.get("article_text") or ""
    return Article(article_id, text, meta), Result(article_id, quotes, meta, error=error)


def is_results_path(path: str) -> bool:
    """True for a ``.parquet`` file or folder, or a folder holding ``.parquet`` files (Spark output)."""
    candidate = Path(path)
    if candidate.name.lower().endswith(".parquet"):
        return True
    return candidate.is_dir() and any(candidate.rglob("*.parquet"))


def read_result_files(paths: Iterable[str]) -> Iterator[tuple[Article, Result] | Failure]:
    """Read ``quotegraph spark`` output (Parquet files, or folders of part files) back, file by file.

    Yields:
        ``(Article, Result)`` per article, a Failure per unreadable file or article.

    Raises:
        StoreError: pyarrow is not installed (E040).
    """
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise StoreError("E040") from error
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*.parquet") if not p.name.startswith((".", "_"))) if path.is_dir() else [path]
        if not path.exists():
            yield Failure(raw, str(InputError("E011", path=raw)))
        for file in files:
            yield from _read_parquet(pq, file)


def _read_parquet(pq: Any, file: Path) -> Iterator[tuple[Article, Result] | Failure]:
    """The articles of one Parquet file (one Failure when it is not readable or not this layout)."""
    try:
        handle = pq.ParquetFile(str(file))
        missing = [name for name in COLUMNS if name not in handle.schema_arrow.names]
        if missing:
            raise ValueError(f"missing columns {', '.join(missing)}")
        batches = handle.iter_batches(batch_size=READ_BATCH_ROWS, columns=list(COLUMNS))
        rows = (row for batch in batches for row in batch.to_pylist())
        yield from results_from_rows(rows, str(file))
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        problem = f"not quotegraph spark output ({' '.join(str(error).split())[:200]})"
        yield Failure(str(file), str(InputError("E019", path=file, problem=problem)))
