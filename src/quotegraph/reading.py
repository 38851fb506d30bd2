"""Input stage: turn command-line paths into Articles.

``read_inputs`` reads plain-text files, HTML pages (main text taken out with trafilatura), JSONL
files (one article per line; a record may give ``html`` instead of ``text``), WARC files (one
article per HTML response, ``warc.py``), folders of those, and standard input. It yields, in input order, one
``Article`` per usable article and one ``Failure`` per unusable file or JSONL line, and keeps going
after a failure.

What it does: checks each file's size before reading it, refuses binary files, decodes UTF-8
strictly and keeps the text exactly as it is in the file (no newline translation, a BOM stays), so
quote offsets are plain Python indices into the file's text. What it does not do: extract quotes,
check the language, or raise for a bad input (errors become ``Failure`` values).
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from quotegraph.errors import InputError
from quotegraph.model import Article

__all__ = [
    "Failure", "read_inputs", "article_from_record", "html_article", "is_warc_path",
    "STDIN", "TEXT_SUFFIXES", "HTML_SUFFIXES", "JSONL_SUFFIXES", "WARC_SUFFIXES",
]

STDIN = "-"
TEXT_SUFFIXES: tuple[str, ...] = (".txt",)
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm")
JSONL_SUFFIXES: tuple[str, ...] = (".jsonl",)
WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz")
FOLDER_SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

BYTES_PER_MB = 1024 * 1024
SNIFF_BYTES = 8192
CONTROL_SHARE_LIMIT = 0.10
CHARSET_SNIFF_BYTES = 4096
UTF8_BOM = codecs.BOM_UTF8
_WHITESPACE = " \t\r\n\f\v\ufeff"
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")
_CONTROL_BYTES = frozenset(range(0x20)) - _TEXT_CONTROLS | {0x7F}

# A declared legacy charset is decoded the way browsers do (WHATWG): latin-1 and ascii mean cp1252.
_BROWSER_CHARSETS: dict[str, tuple[str, ...]] = {
    "iso8859-1": ("cp1252", "iso8859-1"),
    "ascii": ("cp1252",),
}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be turned into an Article.

    Attributes:
        source: where it came from: a path, ``path:line`` for a JSONL line, ``stdin`` or ``stdin:line``.
        message: the one-line error text, ``[Exxx] ...`` from the error catalogue.
    """

    source: str
    message: str

    @property
    def code(self) -> str:
        """The catalogue code at the start of the message, e.g. ``E002`` (``""`` if none)."""
        return self.message[1:5] if self.message.startswith("[E") else ""


@dataclass(frozen=True, slots=True)
class _Entry:
    """One thing to read after expanding the paths: a file, standard input, or a failure."""

    path: Path | None = None
    stdin: bool = False
    failure: Failure | None = None


def read_inputs(
    paths: Iterable[str], *, max_mb: float = 10.0, stdin: Any = None
) -> Iterator[Article | Failure]:
    """Read articles from files, folders and standard input, in input order.

    Args:
        paths: files, folders (their .txt, .html/.htm and .jsonl files, recursively, sorted by
            path; hidden names skipped) or ``-`` for standard input. A file with another suffix
            is read as plain text.
        max_mb: largest article accepted, in MiB: a whole .txt/.html file, one JSONL line, or
            plain text on standard input.
        stdin: stream to read for ``-`` (binary or text); defaults to ``sys.stdin``.

    Yields:
        An ``Article`` per usable article, a ``Failure`` per unusable file or JSONL line.
        Ids: a file's stem (its path when two inputs share a stem); for JSONL the record's
        ``id`` as a string, else ``<stem>:<line>``; ``stdin`` / ``stdin:<line>`` for ``-``.
        An HTML article's meta is ``{"format": "html", "title", "url", "date"}`` (as found);
        a JSONL article's meta is every field of its record but ``id`` and ``text``.
    """
    limit = int(max_mb * BYTES_PER_MB)
    limit_mb = f"{max_mb:g}"
    entries = list(_expand(paths))
    stem_counts = Counter(entry.path.stem for entry in entries if entry.path is not None)
    for entry in entries:
        if entry.failure is not None:
            yield entry.failure
        elif entry.stdin:
            yield from _read_stdin(stdin, limit, limit_mb)
        elif entry.path is not None:
            base_id = entry.path.stem if stem_counts[entry.path.stem] == 1 else str(entry.path)
            yield from _read_path(entry.path, base_id, limit, limit_mb)


# --- expanding paths ----------------------------------------------------------------------------


def _expand(paths: Iterable[str]) -> Iterator[_Entry]:
    """Turn the given paths into entries: files as they are, folders into their files."""
    for raw in paths:
        if raw == STDIN:
            yield _Entry(stdin=True)
            continue
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # e.g. a parent folder we may not search
            yield _Entry(failure=_failure(raw, InputError("E001", path=path, reason=_reason(exc))))
            continue
        if is_dir:
            yield from _folder_entries(path)
        elif not exists:
            yield _Entry(failure=_failure(raw, InputError("E011", path=path)))
        else:
            yield _Entry(path=path)


def _folder_entries(folder: Path) -> Iterator[_Entry]:
    """List a folder's readable files recursively, sorted by their path inside the folder."""
    problems: list[OSError] = []
    found: list[Path] = []
    for root, dirnames, filenames in os.walk(folder, onerror=problems.append):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and (Path(name).suffix.lower() in FOLDER_SUFFIXES or is_warc_path(name)):
                found.append(Path(root, name))
    for problem in problems:
        where = problem.filename or folder
        failure = _failure(str(where), InputError("E001", path=where, reason=_reason(problem)))
        yield _Entry(failure=failure)
    for path in sorted(found, key=lambda p: p.relative_to(folder).parts):
        yield _Entry(path=path)


# --- files --------------------------------------------------------------------------------------


def _read_path(path: Path, base_id: str, limit: int, limit_mb: str) -> Iterator[Article | Failure]:
    """Read one file by its suffix: JSONL, HTML or (anything else) plain text."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, base_id, limit, limit_mb)
        return
    if is_warc_path(path.name):
        from .warc import read_warc_file  # here: warcio is only needed for WARC input

        yield from read_warc_file(path, max_bytes=limit, limit_mb=limit_mb)
        return
    try:
        data = _read_limited_file(path, limit, limit_mb)
        if suffix in HTML_SUFFIXES:
            yield _html_article(data, str(path), base_id)
        else:
            yield _text_article(data, str(path), base_id)
    except InputError as exc:
        yield _failure(str(path), exc)


def _read_limited_file(path: Path, limit: int, limit_mb: str) -> bytes:
    """Read a whole file's bytes, refusing it (before reading) when it is over the size limit."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise _too_big(str(path), size, limit_mb)
        with path.open("rb") as handle:
            data = _read_up_to(handle, limit + 1)
    except FileNotFoundError as exc:
        raise InputError("E011", path=path) from exc
    except OSError as exc:
        raise InputError("E001", path=path, reason=_reason(exc)) from exc
    if len(data) > limit:  # grew since stat, or a device/pipe with no size
        raise _too_big(str(path), len(data), limit_mb)
    return data


def _text_article(data: bytes, name: str, article_id: str) -> Article:
    """Make a plain-text Article from raw bytes, keeping the text exactly as in the file."""
    _check_not_binary(data, name)
    text = _decode_utf8(data, name)
    _check_not_empty(text)
    return Article(id=article_id, text=text)


def _check_not_binary(data: bytes, name: str) -> None:
    """Raise E003 when the first bytes hold a NUL or more than 10% control characters."""
    head = data[:SNIFF_BYTES]
    if not head:
        return
    controls = sum(1 for byte in head if byte in _CONTROL_BYTES)
    if b"\x00" in head or controls / len(head) > CONTROL_SHARE_LIMIT:
        raise InputError("E003", path=name)


def _decode_utf8(data: bytes, name: str, *, base_offset: int = 0) -> str:
    """Decode strict UTF-8 (a BOM is kept as U+FEFF); E002 names the first bad byte's offset."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("E002", path=name, offset=base_offset + exc.start) from exc


def _check_not_empty(text: str) -> None:
    """Raise E005 for an empty or whitespace-only text (a lone BOM counts as whitespace)."""
    if not text.strip(_WHITESPACE):
        raise InputError("E005")


# --- HTML ---------------------------------------------------------------------------------------


def is_warc_path(name: str) -> bool:
    """True for a file name ending in ``.warc`` or ``.warc.gz`` (any case)."""
    return name.lower().endswith(WARC_SUFFIXES)


def html_article(data: bytes, name: str, article_id: str, *, charset: str | None = None) -> Article:
    """Make an Article from an HTML page's bytes: its main text via trafilatura, plus title/url/date.

    Args:
        data: the page as served.
        name: where it came from, for error messages.
        article_id: the Article's id.
        charset: the charset a server declared (HTTP ``Content-Type``), tried when the page is not UTF-8.

    Raises:
        InputError: a binary or undecodable page (E003, E002), an empty one (E005), no main text (E010).
    """
    return _html_article(data, name, article_id, charset=charset)


def _html_article(data: bytes, name: str, article_id: str, *, charset: str | None = None) -> Article:
    """Make an Article from an HTML page: its main text via trafilatura, plus title/url/date."""
    _check_not_binary(data, name)
    return _html_page_article(_decode_html(data, name, charset), name, article_id)


def _html_page_article(page: str, name: str, article_id: str) -> Article:
    """Make an Article from a decoded HTML page (E005 when empty, E010 when it has no main text)."""
    _check_not_empty(page)
    text = _main_text(page)
    if not text:
        raise InputError("E010", path=name)
    meta: dict[str, Any] = {"format": "html", **_html_metadata(page)}
    return Article(id=article_id, text=text, meta=meta)


def _decode_html(data: bytes, name: str, charset: str | None = None) -> str:
    """Decode UTF-8, else the charset the server or page declares; never guess (E002 with the UTF-8 offset)."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    codec = _lookup_codec(charset) or _lookup_codec(_declared_charset(data))
    if codec is not None and codec != "utf-8":
        for candidate in _BROWSER_CHARSETS.get(codec, (codec,)):
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                continue
    raise InputError("E002", path=name, offset=utf8_error.start) from utf8_error


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML declaration near its start, if any."""
    head = data[:CHARSET_SNIFF_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii") if match else None


def _lookup_codec(charset: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None when unknown."""
    if not charset:
        return None
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _main_text(page: str) -> str:
    """The page's main text from trafilatura, paragraphs separated by a blank line ("" if none).

    trafilatura puts one newline between blocks (paragraphs, list items, ``<br>``); each block
    becomes its own paragraph here, so the text reads the same in every output format.
    """
    import trafilatura  # imported here: slow to import and only needed for HTML

    try:
        extracted = trafilatura.extract(
            page, include_comments=False, include_tables=False, favor_precision=True
        )
    except Exception:  # noqa: BLE001 - a page trafilatura cannot handle is just "no text"
        return ""
    if not extracted:
        return ""
    blocks = [line.strip() for line in extracted.split("\n")]
    return "\n\n".join(block for block in blocks if block)


def _html_metadata(page: str) -> dict[str, str]:
    """Title, url and date of a page, as far as trafilatura finds them (missing ones omitted)."""
    import trafilatura

    try:
        document = trafilatura.extract_metadata(page)
    except Exception:  # noqa: BLE001 - metadata is optional; the text is what matters
        return {}
    meta: dict[str, str] = {}
    for key in ("title", "url", "date"):
        value = getattr(document, key, None) if document is not None else None
        if isinstance(value, str) and value.strip():
            meta[key] = value.strip()
    return meta


# --- JSONL --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    """One physical line of a JSONL stream: its number, byte offset, bytes and full size."""

    number: int
    offset: int
    data: bytes | None  # None when the line was over the limit and skipped unread
    size: int


def _read_jsonl_file(path: Path, base_id: str, limit: int, limit_mb: str) -> Iterator[Article | Failure]:
    """Stream a JSONL file line by line; a bad file is one Failure, a bad line one Failure."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        yield _failure(str(path), InputError("E011", path=path))
        return
    except OSError as exc:
        yield _failure(str(path), InputError("E001", path=path, reason=_reason(exc)))
        return
    with handle:
        try:
            _check_not_binary(handle.read(SNIFF_BYTES), str(path))
            handle.seek(0)
        except InputError as exc:
            yield _failure(str(path), exc)
            return
        except OSError as exc:
            yield _failure(str(path), InputError("E001", path=path, reason=_reason(exc)))
            return
        yield from _read_jsonl_stream(handle, str(path), base_id, limit, limit_mb)


def _read_jsonl_stream(
    stream: BinaryIO, source: str, base_id: str, limit: int, limit_mb: str
) -> Iterator[Article | Failure]:
    """Turn each non-blank line of a binary JSONL stream into an Article or a Failure."""
    try:
        for line in _iter_lines(stream, limit):
            if line.data is not None and not line.data.strip():
                continue
            try:
                yield _jsonl_article(line, source, base_id, limit, limit_mb)
            except InputError as exc:
                yield _failure(f"{source}:{line.number}", exc)
    except OSError as exc:
        yield _failure(source, InputError("E001", path=source, reason=_reason(exc)))


def _iter_lines(stream: BinaryIO, limit: int) -> Iterator[_Line]:
    """Yield a stream's lines without ever holding more than about ``limit`` bytes of one line."""
    number = 0
    offset = 0
    while True:
        data = stream.readline(limit + 2)  # room for the content plus "\r\n"
        if not data:
            return
        number += 1
        size = len(data)
        if not data.endswith(b"\n") and size > limit:
            size += _skip_rest_of_line(stream)
            yield _Line(number, offset, None, size)
        else:
            yield _Line(number, offset, data, size)
        offset += size


def _skip_rest_of_line(stream: BinaryIO) -> int:
    """Read past the end of the current line in chunks; return how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(1 << 16)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_article(line: _Line, source: str, base_id: str, limit: int, limit_mb: str) -> Article:
    """Parse one JSONL line into an Article; raise InputError naming the line when it is unusable."""
    where = f"{source} line {line.number}"
    content = line.data.rstrip(b"\r\n") if line.data is not None else None
    if content is None or len(content) > limit:
        raise _too_big(where, line.size, limit_mb)
    if line.number == 1:
        content = content.removeprefix(UTF8_BOM)
    record = _parse_json_line(_decode_utf8(content, where, base_offset=line.offset), line.number)
    if not isinstance(record, dict) or not (isinstance(record.get("text"), str) or isinstance(record.get("html"), str)):
        raise InputError("E007", line=line.number)
    return article_from_record(record, f"{base_id}:{line.number}", where=where)


def article_from_record(record: dict[str, Any], default_id: str, *, where: str = "the record") -> Article:
    """An Article from one input record: a JSONL object, or a row of ``quotegraph spark`` input.

    Args:
        record: ``text`` (a string), or else ``html`` (a page, whose main text trafilatura takes
            out); ``id`` (any value, made a string); every other field becomes meta as it is.
        default_id: the id when the record has none (or a null one).
        where: names the record in error messages (``file.jsonl line 3``).

    Returns:
        The Article; for ``html`` its meta also has ``format: html`` and the page's title, url and
        date where the record gives none.

    Raises:
        InputError: no string ``text`` or ``html`` (E019), empty text (E005), an HTML page with no
            main text (E010).
    """
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id is not None else default_id
    text = record.get("text")
    if isinstance(text, str):
        _check_not_empty(text)
        meta = {key: value for key, value in record.items() if key not in ("id", "text")}
        return Article(id=article_id, text=text, meta=meta)
    meta = {key: value for key, value in record.items() if key not in ("id", "text", "html")}
    page = record.get("html")
    if not isinstance(page, str):
        raise InputError("E019", path=where, problem='no string "text" or "html" field')
    page_article = _html_page_article(page.removeprefix("\ufeff"), where, article_id)
    found = {key: value for key, value in page_article.meta.items() if meta.get(key) is None}
    return Article(id=article_id, text=page_article.text, meta={**meta, **found})


def _parse_json_line(text: str, number: int) -> Any:
    """``json.loads`` with E006 naming the line and column on failure."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("E006", line=number, reason=f"{exc.msg} at column {exc.colno}") from exc
    except RecursionError as exc:
        raise InputError("E006", line=number, reason="nested too deeply") from exc


# --- standard input -----------------------------------------------------------------------------


class _PrefixedReader(io.RawIOBase):
    """A raw stream that gives some already-read bytes back before reading on from another stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = head
        self._read = getattr(rest, "read1", rest.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            data, self._head = self._head[: len(buffer)], self._head[len(buffer) :]
        else:
            data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_stdin(stdin: Any, limit: int, limit_mb: str) -> Iterator[Article | Failure]:
    """Read standard input: JSONL if it starts with ``{``, otherwise one plain-text article."""
    try:
        stream = _binary_stream(stdin)
        head = _read_leading_whitespace(stream)
        if head.lstrip().removeprefix(UTF8_BOM).lstrip().startswith(b"{"):
            reader = io.BufferedReader(_PrefixedReader(head, stream))
            yield from _read_jsonl_stream(reader, "stdin", "stdin", limit, limit_mb)
            return
        data = head if len(head) > limit else head + _read_up_to(stream, limit + 1 - len(head))
        if len(data) > limit:
            raise _too_big("stdin", len(data), limit_mb)
        yield _text_article(data, "stdin", "stdin")
    except InputError as exc:
        yield _failure("stdin", exc)
    except OSError as exc:
        yield _failure("stdin", InputError("E001", path="stdin", reason=_reason(exc)))


def _binary_stream(stdin: Any) -> BinaryIO:
    """The binary stream behind ``stdin`` (default ``sys.stdin``); a pure text stream is encoded."""
    stream = sys.stdin if stdin is None else stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))
    return stream


def _read_leading_whitespace(stream: BinaryIO) -> bytes:
    """Read until the first non-whitespace byte (or end of input); return everything read."""
    read = getattr(stream, "read1", stream.read)
    head = b""
    while True:
        chunk = read(SNIFF_BYTES)
        if not chunk:
            return head
        head += chunk
        if head.lstrip().removeprefix(UTF8_BOM).lstrip():
            return head


# --- helpers ------------------------------------------------------------------------------------


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    """Read until ``size`` bytes or end of stream, whatever the stream's short-read habits."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        chunk = stream.read(remaining)
        if not chunk:
            break
        parts.append(chunk)
        remaining -= len(chunk)
    return b"".join(parts)


def _too_big(name: str, size: int, limit_mb: str) -> InputError:
    """E004 for an input of ``size`` bytes."""
    return InputError("E004", path=name, size_mb=size / BYTES_PER_MB, limit_mb=limit_mb)


def _reason(exc: OSError) -> str:
    """A short reason for an OS error, e.g. ``Permission denied``."""
    return (exc.strerror or str(exc)).rstrip(".")


def _failure(source: str, exc: InputError) -> Failure:
    """Wrap an InputError as a Failure."""
    return Failure(source=source, message=str(exc))
