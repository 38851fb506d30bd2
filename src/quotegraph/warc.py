"""Input stage for web archives: one Article per HTML page in a WARC file (Common Crawl news).

``read_warc_stream`` walks a WARC file's records with warcio and turns every HTTP ``response``
record with a 2xx status and HTML content into an ``Article`` through the same HTML reading as
``.html`` files (``reading.html_article``: trafilatura's main text, title and date). Other records
(requests, metadata, revisits, redirects, images, PDFs) are passed over without a word.

A record that cannot be used gives one ``Failure`` and the walk goes on: a page with no text, bad
HTTP headers, a damaged WARC header (the walk starts again at the next record it can find), and a
file cut short (the last record reported as truncated). Nothing here extracts quotes or raises for
bad input. Used by ``reading.read_inputs`` for ``.warc``/``.warc.gz`` paths and by the Spark job
on the bytes of each file.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError
from .model import Article
from .reading import Failure, html_article

__all__ = ["read_warc_file", "read_warc_stream", "HTML_CONTENT_TYPES"]

HTML_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SCAN_CHUNK_BYTES = 1 << 20
_READ_BYTES = 1 << 16


def read_warc_file(path: Path, *, max_bytes: int, limit_mb: str) -> Iterator[Article | Failure]:
    """Read a ``.warc`` or ``.warc.gz`` file (gzip per record, as Common Crawl writes them).

    Args:
        path: the file.
        max_bytes: largest page accepted (the HTTP payload), in bytes.
        limit_mb: the same limit as written in error messages.

    Yields:
        See ``read_warc_stream``; an unreadable file is one Failure.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield Failure(str(path), str(InputError("E011", path=path)))
        return
    except OSError as exc:
        yield Failure(str(path), str(InputError("E001", path=path, reason=(exc.strerror or str(exc)).rstrip("."))))
        return
    with handle:
        yield from read_warc_stream(handle, str(path), max_bytes=max_bytes, limit_mb=limit_mb)


def read_warc_stream(stream: BinaryIO, source: str, *, max_bytes: int, limit_mb: str) -> Iterator[Article | Failure]:
    """Turn each HTML response record of a seekable WARC stream into an Article, in file order.

    Args:
        stream: a seekable binary stream positioned at the first record (a file, ``io.BytesIO``).
        source: the file's name, for ids of failures (``source@offset``) and messages.
        max_bytes: largest page accepted (the HTTP payload), in bytes.
        limit_mb: the same limit as written in error messages.

    Yields:
        An Article per usable page: ``id`` = the WARC-Record-ID (``urn:uuid:...``, else the target
        URI), meta ``format: html``, ``url`` = WARC-Target-URI, ``title``, ``date`` (the page's own
        date as trafilatura finds it, else the day of WARC-Date) and ``warc_date`` (WARC-Date as
        written). A Failure (source ``file@offset``) per unusable record, damaged stretch or cut end.
    """
    from warcio.archiveiterator import ArchiveIterator

    gzipped = stream.read(len(GZIP_MAGIC)) == GZIP_MAGIC
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    position = 0
    while position is not None and position < size:
        stream.seek(position)
        records = ArchiveIterator(stream, no_record_parse=True)
        offset: int | None = position
        unsized: int | None = None  # a record without Content-Length: cut short if nothing follows it
        try:
            while (record := _next_record(records)) is not None:
                if unsized is not None:
                    yield _damaged(source, unsized, "no Content-Length header")
                offset = records.offset  # the record's start (get_record_offset() would read it all first)
                if record.format != "warc":  # warcio reads any other line as an old ARC header
                    raise ValueError("not a WARC record")
                item = _record_item(record, source, offset, max_bytes, limit_mb)
                complete = _read_rest(record)
                if complete is False:  # a cut file: the partial page is not an article
                    yield Failure(f"{source}@{offset}", str(InputError("E015", path=source, offset=offset)))
                    return
                unsized = offset if complete is None else None
                if item is not None and complete:
                    yield item
                offset = None  # between records: a failure now belongs to the next one
        except Exception as exc:  # noqa: BLE001 - warcio's parse errors have no common base; one record is lost, not the file
            start = records.offset if offset is None else offset
            yield _damaged(source, start, _describe(exc))
            position = _next_record_start(stream, start + 1, gzipped)
            continue
        if unsized is not None:
            yield Failure(f"{source}@{unsized}", str(InputError("E015", path=source, offset=unsized)))
            return
        end = records.offset
        if end < size and not _only_padding(stream, end):
            yield Failure(f"{source}@{end}", str(InputError("E015", path=source, offset=end)))
        return


def _next_record(records: Any) -> Any:
    """The next record, or None at the end; warcio's own warnings on stderr are silenced.

    The redirection covers only this call, never a ``yield``: the caller's output is untouched.
    """
    with contextlib.redirect_stderr(io.StringIO()):
        return next(records, None)


def _record_item(record: Any, source: str, offset: int, max_bytes: int, limit_mb: str) -> Article | Failure | None:
    """The Article (or Failure) for one record; None for records that are not HTML responses."""
    if record.rec_type != "response":
        return None
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if not uri.lower().startswith(("http:", "https:")):
        return None
    try:
        record.http_headers = _http_headers(record, source, offset)
        if not _is_html_page(record.http_headers):
            return None
        payload = _read_payload(record, max_bytes, uri, limit_mb, source, offset)
        record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ") or uri
        charset = _charset(record.http_headers.get_header("Content-Type") or "")
        article = html_article(payload, uri, record_id, charset=charset)
    except InputError as exc:
        return Failure(f"{source}@{offset}", str(exc))
    return _with_warc_meta(article, uri, record.rec_headers.get_header("WARC-Date"))


def _http_headers(record: Any, source: str, offset: int) -> Any:
    """Parse the record's HTTP status line and headers (E014 when they are not HTTP)."""
    from warcio.statusandheaders import StatusAndHeadersParser

    try:
        return StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"]).parse(record.raw_stream)
    except Exception as exc:  # noqa: BLE001 - StatusAndHeadersParserException, EOFError, ValueError
        raise InputError("E014", path=source, offset=offset, reason=f"bad HTTP headers: {_describe(exc)}") from exc


def _is_html_page(http_headers: Any) -> bool:
    """A 2xx response whose Content-Type is HTML (a missing Content-Type counts as HTML)."""
    status = (http_headers.get_statuscode() or "").strip()
    if not status.startswith("2"):
        return False
    content_type = (http_headers.get_header("Content-Type") or "text/html").split(";")[0].strip().lower()
    return content_type in HTML_CONTENT_TYPES


def _read_payload(record: Any, max_bytes: int, uri: str, limit_mb: str, source: str, offset: int) -> bytes:
    """The HTTP body, de-chunked and decompressed by warcio; E004 over ``max_bytes``."""
    from .reading import BYTES_PER_MB

    content = record.content_stream()
    parts: list[bytes] = []
    size = 0
    try:
        while chunk := content.read(_READ_BYTES):
            parts.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise InputError("E004", path=uri, size_mb=size / BYTES_PER_MB, limit_mb=limit_mb)
    except (zlib.error, OSError, ValueError, EOFError) as exc:
        raise InputError("E014", path=source, offset=offset, reason=f"bad HTTP body of {uri}: {_describe(exc)}") from exc
    return b"".join(parts)


def _with_warc_meta(article: Article, uri: str, warc_date: str | None) -> Article:
    """The page's Article with the WARC's url and dates added to its meta."""
    meta = dict(article.meta)
    meta["url"] = uri
    if warc_date:
        meta.setdefault("date", warc_date[:10])
        meta["warc_date"] = warc_date
    return Article(id=article.id, text=article.text, meta=meta)


def _charset(content_type: str) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _read_rest(record: Any) -> bool | None:
    """Read what is left of the record: True when whole, False when it ends before its
    Content-Length (a cut file), None when it has no Content-Length (a cut header, or a damaged one)."""
    raw = record.raw_stream
    while raw.read(_READ_BYTES):
        pass
    if not hasattr(raw, "limit"):
        return None
    return raw.limit == 0


def _damaged(source: str, offset: int, reason: str) -> Failure:
    """E014 for the record at ``offset``."""
    return Failure(f"{source}@{offset}", str(InputError("E014", path=source, offset=offset, reason=reason)))


def _next_record_start(stream: BinaryIO, start: int, gzipped: bool) -> int | None:
    """Where the next record seems to begin at or after ``start`` (None: no more records).

    In a ``.warc.gz`` a record starts a gzip member that decompresses to ``WARC/1.``; in a plain
    WARC it is a line starting with ``WARC/1.``.
    """
    overlap = max(len(GZIP_MAGIC), len(WARC_MAGIC) + 1)
    position = start
    while True:
        stream.seek(position)
        chunk = stream.read(SCAN_CHUNK_BYTES)
        if len(chunk) < overlap:
            return None
        found = _find_candidate(chunk, gzipped, lambda at: _starts_record(stream, position + at, gzipped))
        if found is not None:
            return position + found
        position += len(chunk) - overlap + 1


def _find_candidate(chunk: bytes, gzipped: bool, confirm: Any) -> int | None:
    """The first offset in ``chunk`` where a record start is found and ``confirm`` agrees."""
    needle = GZIP_MAGIC if gzipped else b"\n" + WARC_MAGIC
    at = chunk.find(needle)
    while at != -1:
        candidate = at if gzipped else at + 1
        if confirm(candidate):
            return candidate
        at = chunk.find(needle, at + 1)
    return None


def _starts_record(stream: BinaryIO, position: int, gzipped: bool) -> bool:
    """True when a WARC record header begins at ``position``."""
    stream.seek(position)
    head = stream.read(4096)
    if not gzipped:
        return head.startswith(WARC_MAGIC)
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, len(WARC_MAGIC)).startswith(WARC_MAGIC)
    except zlib.error:
        return False


def _only_padding(stream: BinaryIO, position: int) -> bool:
    """True when nothing but line breaks follows ``position`` (a plain WARC's trailing blank lines)."""
    stream.seek(position)
    return not stream.read(SCAN_CHUNK_BYTES).strip(b"\r\n")


def _describe(exc: BaseException) -> str:
    """A short one-line reason for a parse error."""
    text = "".join(char if char.isprintable() else "?" for char in " ".join(str(exc).split())) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
