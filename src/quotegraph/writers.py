"""Output stage: write extraction results as JSON, JSONL, CSV or a standalone HTML page.

``open_writer(fmt, stream)`` returns a ``Writer``; call ``write(article, result)`` once per article
and ``close()`` at the end. Every writer streams: JSONL and CSV write each article as it comes, JSON
writes one array incrementally, HTML writes the page header at open, one section per article and
the footer at close. The objects written are ``Result.to_dict()`` (the output contract), plus the
article ``text`` for HTML input, whose offsets refer to the extracted text rather than the file.

Writers never open or close the stream they are given, never extract anything, and treat article
content (text, ids, names) as untrusted: the HTML page escapes all of it.
"""

from __future__ import annotations

import csv
import html
import json
import re
import textwrap
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from quotegraph.errors import ConfigError
from quotegraph.model import Article, Quote, Result

_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = [
    "FORMATS",
    "CSV_COLUMNS",
    "Writer",
    "JsonWriter",
    "JsonlWriter",
    "CsvWriter",
    "HtmlWriter",
    "open_writer",
    "output_record",
    "render_article_html",
    "render_highlighted",
    "HIGHLIGHT_CSS",
    "PALETTE",
    "UNKNOWN_COLOR",
]

FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "html")

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "index",
    "type",
    "start",
    "end",
    "text",
    "speaker_name",
    "speaker_kind",
    "mention_text",
    "mention_start",
    "mention_end",
    "cue_text",
    "cue_start",
    "cue_end",
    "confidence",
    "context",
    "addressee",
    "channel",
    "channel_kind",
    "time",
    "time_date",
)


def output_record(article: Article, result: Result) -> dict[str, Any]:
    """The object written for one article: ``result.to_dict()``, plus ``text`` for HTML input.

    Args:
        article: the article the result belongs to.
        result: what extraction gave for it.

    Returns:
        A JSON-ready dict. For an article read from HTML (``meta["format"] == "html"``) it also
        holds ``"text"``, placed just before ``"quotes"``, because the quote offsets refer to
        that extracted text.
    """
    data = result.to_dict()
    if article.meta.get("format") != "html":
        return data
    record: dict[str, Any] = {}
    for key, value in data.items():
        if key == "quotes":
            record["text"] = article.text
        record[key] = value
    return record


class Writer:
    """Base class: writes one article at a time to a text stream it does not own.

    Usable as a context manager; ``close`` finishes the output (it never closes the stream) and
    may be called more than once.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.closed = False

    def write(self, article: Article, result: Result) -> None:
        """Write one article's result."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (footers, closing brackets) and flush the stream."""
        if not self.closed:
            self.closed = True
            self._finish()
            self.stream.flush()

    def _finish(self) -> None:
        """Write whatever ends the output; nothing by default."""

    def _emit(self, text: str) -> None:
        """Write a chunk and flush, so each article is out as soon as it is written.

        Lone surrogates (an id from a file name that is not UTF-8, a bad JSON escape in a skipped
        article) are written as U+FFFD: no encoding can write them.
        """
        self.stream.write(_SURROGATE.sub("\ufffd", text))
        self.stream.flush()

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class JsonlWriter(Writer):
    """One JSON object per line, one line per article."""

    def write(self, article: Article, result: Result) -> None:
        """Write the article's record as one line."""
        self._emit(json.dumps(output_record(article, result), ensure_ascii=False) + "\n")


class JsonWriter(Writer):
    """One JSON array of the records, written incrementally; identical to ``json.dumps(list, indent=2)``."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._count = 0
        self.stream.write("[")

    def write(self, article: Article, result: Result) -> None:
        """Write the article's record as the next array element."""
        body = json.dumps(output_record(article, result), ensure_ascii=False, indent=2)
        separator = ",\n" if self._count else "\n"
        self._count += 1
        # json.dumps escapes newlines inside strings, so every line break here is structural.
        self._emit(separator + textwrap.indent(body, "  "))

    def _finish(self) -> None:
        self.stream.write("\n]\n" if self._count else "]\n")


class CsvWriter(Writer):
    """One row per quote with the columns in ``CSV_COLUMNS``; an article without quotes adds no row.

    Rows end in ``\\n``; a missing speaker or cue leaves its columns empty; ``context`` is
    ``true``/``false``; ``confidence`` is rounded as in the JSON output.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._csv = csv.writer(stream, lineterminator="\n")
        self._csv.writerow(CSV_COLUMNS)

    def write(self, article: Article, result: Result) -> None:
        """Write one row per quote of the result."""
        self._csv.writerows(
            _csv_row(_SURROGATE.sub("\ufffd", result.id), index, quote) for index, quote in enumerate(result.quotes)
        )
        self.stream.flush()


def _csv_row(article_id: str, index: int, quote: Quote) -> list[Any]:
    """The CSV cells for one quote."""
    data = quote.to_dict()
    speaker = quote.speaker
    cue = quote.cue
    return [
        article_id,
        index,
        quote.type,
        quote.start,
        quote.end,
        quote.text,
        speaker.name if speaker else "",
        speaker.kind if speaker else "",
        speaker.mention.text if speaker else "",
        speaker.mention.start if speaker else "",
        speaker.mention.end if speaker else "",
        cue.text if cue else "",
        cue.start if cue else "",
        cue.end if cue else "",
        data["confidence"],
        "true" if quote.context else "false",
        quote.addressee.text if quote.addressee else "",
        quote.channel.text if quote.channel else "",
        quote.channel.kind if quote.channel else "",
        quote.time.text if quote.time else "",
        (quote.time.date or "") if quote.time else "",
    ]


# --- HTML ---------------------------------------------------------------------------------------

PALETTE: tuple[str, ...] = (
    "#7aecec",
    "#feca74",
    "#aa9cfc",
    "#bfeeb7",
    "#ff9561",
    "#c887fb",
    "#9cc9cc",
    "#ffeb80",
    "#ff8197",
    "#e4e7d2",
    "#bfe1d9",
    "#f0a8d0",
)
UNKNOWN_COLOR = "#dddddd"
UNKNOWN_SPEAKER = "unknown speaker"

_PAGE_CSS = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
       max-width: 52em; padding: 0 1em; color: #222; line-height: 2.3; }
h1 { font-size: 1.4em; }
article { border-top: 1px solid #ccc; padding: 1em 0; }
article h2 { font-size: 1.1em; margin: 0; line-height: 1.5; }
.meta, .none { color: #666; font-size: 0.9em; line-height: 1.5; margin: 0.2em 0; }
.error { color: #a00; line-height: 1.5; }
"""

# The highlighting's own rules; the web UI serves these same rules (quotegraph.web).
HIGHLIGHT_CSS = """
.legend { list-style: none; padding: 0; margin: 0.5em 0; line-height: 1.6; }
.legend li { display: inline-block; margin-right: 1.2em; font-size: 0.9em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 0.2em;
          vertical-align: middle; margin-right: 0.3em; }
mark.quote { padding: 0.3em 0.4em; margin: 0 0.1em; border-radius: 0.35em;
             box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.quote .label { font-size: 0.7em; font-weight: bold; text-transform: uppercase;
                    vertical-align: middle; margin-left: 0.5em; }
.mention { text-decoration: underline; text-decoration-thickness: 2px; }
.cue { font-weight: bold; }
"""

_CSS = _PAGE_CSS + HIGHLIGHT_CSS.lstrip("\n")

_HEADER = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotegraph</title>
<style>{css}</style>
</head>
<body>
<h1>quotegraph: who said what</h1>
"""

_FOOTER = "</body>\n</html>\n"


def _esc(value: object) -> str:
    """Escape anything for HTML text or a double-quoted attribute."""
    return html.escape(str(value), quote=True)


class SpeakerColors:
    """Gives each speaker name a palette colour in order of first appearance (cycling when out)."""

    def __init__(self) -> None:
        self._colors: dict[str, str] = {}

    def color(self, name: str | None) -> str:
        """The colour for a speaker name; grey for no speaker."""
        if name is None:
            return UNKNOWN_COLOR
        if name not in self._colors:
            self._colors[name] = PALETTE[len(self._colors) % len(PALETTE)]
        return self._colors[name]


@dataclass(frozen=True, slots=True)
class _Span:
    """A stretch of text to decorate: the tag that opens it, the one that closes it, its rank.

    ``rank`` orders spans that start and end together (lower is outer); ``label`` is written
    just before the final close tag (a quote's speaker label).
    """

    start: int
    end: int
    rank: int
    open_tag: str
    close_tag: str
    label: str = ""


class HtmlWriter(Writer):
    """A standalone page (inline CSS, no external assets) in the style of displaCy's entity view."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._colors = SpeakerColors()
        self.stream.write(_HEADER.format(css=_CSS))

    def write(self, article: Article, result: Result) -> None:
        """Write one ``<article>`` section."""
        self._emit(render_article_html(article, result, self._colors))

    def _finish(self) -> None:
        self.stream.write(_FOOTER)


def render_article_html(article: Article, result: Result, colors: SpeakerColors | None = None) -> str:
    """One article as an HTML ``<article>``: heading, legend, and the text with quotes marked.

    Args:
        article: the article (its text is what the quote offsets index).
        result: its quotes.
        colors: the speaker colours shared across the page; a fresh set when None.

    Returns:
        Well-formed HTML, everything from the article escaped.
    """
    colors = colors or SpeakerColors()
    parts = [f"<article>\n<h2>{_esc(result.id)}</h2>\n"]
    title = article.meta.get("title")
    if isinstance(title, str) and title:
        parts.append(f'<p class="meta">{_esc(title)}</p>\n')
    if result.error is not None:
        parts.append(f'<p class="error">{_esc(result.error)}</p>\n')
    parts.append(render_highlighted(article.text, result.quotes, colors))
    parts.append("</article>\n")
    return "".join(parts)


def render_highlighted(text: str, quotes: Sequence[Quote], colors: SpeakerColors | None = None, *,
                       label_links: Sequence[str | None] | None = None) -> str:
    """The speaker legend and the text as ``<p>`` paragraphs with quotes, mentions and cues marked.

    Args:
        text: the article text the quote offsets index.
        quotes: its quotes.
        colors: the speaker colours shared across the page; a fresh set when None.
        label_links: one URL (or None) per quote; a quote's speaker label becomes a link to it.

    Returns:
        HTML with everything from the text and the quotes escaped (URLs too).
    """
    colors = colors or SpeakerColors()
    links = list(label_links) if label_links is not None else [None] * len(quotes)
    return _legend(quotes, colors) + _marked_text(text, _spans(text, quotes, colors, links))


def _legend(quotes: Sequence[Quote], colors: SpeakerColors) -> str:
    """A list of the article's speakers with their colours and quote counts."""
    if not quotes:
        return '<p class="none">No quotes found.</p>\n'
    counts = Counter(quote.speaker.name if quote.speaker else None for quote in quotes)
    items = []
    for name, count in counts.items():
        shown = name if name is not None else UNKNOWN_SPEAKER
        swatch = f'<span class="swatch" style="background: {colors.color(name)}"></span>'
        items.append(f"<li>{swatch}{_esc(shown)} ({count})</li>")
    return '<ul class="legend">' + "".join(items) + "</ul>\n"


def _spans(text: str, quotes: Sequence[Quote], colors: SpeakerColors, links: Sequence[str | None]) -> list[_Span]:
    """The decorations for the quotes, mentions and cues, dropping any that would cross another."""
    candidates = [_quote_span(quote, colors, link) for quote, link in zip(quotes, links)]
    for quote in quotes:
        if quote.speaker is not None:
            mention = quote.speaker.mention
            candidates.append(_Span(mention.start, mention.end, 1, '<span class="mention">', "</span>"))
        if quote.cue is not None:
            cue = quote.cue
            candidates.append(_Span(cue.start, cue.end, 2, '<span class="cue">', "</span>"))
    return _nestable(candidates, len(text))


def _quote_span(quote: Quote, colors: SpeakerColors, link: str | None = None) -> _Span:
    """The ``<mark>`` for one quote, coloured and titled by its speaker, labelled (or linked) at its end."""
    speaker = quote.speaker
    name = speaker.name if speaker else None
    who = f"{speaker.name} ({speaker.kind})" if speaker else UNKNOWN_SPEAKER
    title = ", ".join(
        [who] + ([quote.cue.text] if quote.cue else []) + [f"{quote.confidence:.2f}"]
    )
    open_tag = (
        f'<mark class="quote" style="background: {colors.color(name)}" title="{_esc(title)}"'
        f' data-speaker="{_esc(name or "")}" data-type="{_esc(quote.type)}">'
    )
    shown = _esc(name or UNKNOWN_SPEAKER)
    label = f'<a class="label" href="{_esc(link)}">{shown}</a>' if link else f'<span class="label">{shown}</span>'
    return _Span(quote.start, quote.end, 0, open_tag, "</mark>", label)


def _nestable(candidates: list[_Span], length: int) -> list[_Span]:
    """Keep spans that lie inside the text and nest properly; quotes win, duplicates go.

    Quotes are considered first (rank 0), then mentions, then cues; a span that would cross one
    already kept is dropped, so the page stays well-formed whatever the offsets.
    """
    kept: list[_Span] = []
    seen: set[tuple[int, int, int]] = set()
    for span in sorted(candidates, key=lambda s: (s.rank, s.start, -s.end)):
        start, end = max(span.start, 0), min(span.end, length)
        key = (start, end, span.rank)
        if start >= end or key in seen:
            continue
        if all(_nests(start, end, other.start, other.end) for other in kept):
            seen.add(key)
            kept.append(_Span(start, end, span.rank, span.open_tag, span.close_tag, span.label))
    return sorted(kept, key=lambda s: (s.start, -s.end, s.rank))


def _nests(start: int, end: int, other_start: int, other_end: int) -> bool:
    """True when two half-open ranges are disjoint or one contains the other."""
    disjoint = end <= other_start or other_end <= start
    inside = other_start <= start and end <= other_end
    around = start <= other_start and other_end <= end
    return disjoint or inside or around


def _marked_text(text: str, spans: list[_Span]) -> str:
    """The text as ``<p>`` paragraphs (one per non-blank line) with the spans as inline tags.

    Open spans are closed at each line break and reopened in the next paragraph, so a quote
    over several paragraphs stays well-formed; its label comes only at its real end.
    """
    return "".join(_ParagraphRenderer(text, spans).render())


class _ParagraphRenderer:
    """Walks the text once, emitting paragraphs and the open/close tags of properly nested spans."""

    def __init__(self, text: str, spans: list[_Span]) -> None:
        self.text = text
        self.spans = spans
        self.stack: list[_Span] = []
        self.in_paragraph = False

    def render(self) -> Iterator[str]:
        """Yield the HTML pieces in order."""
        starts: dict[int, list[_Span]] = {}
        for span in self.spans:  # already sorted outer-first for equal starts
            starts.setdefault(span.start, []).append(span)
        ends = {span.end for span in self.spans}
        cuts = sorted({0, len(self.text), *starts, *ends})
        for here, after in zip(cuts, cuts[1:] + [len(self.text)]):
            yield from self._close_ending_at(here)
            for span in starts.get(here, []):
                self.stack.append(span)
                if self.in_paragraph:
                    yield span.open_tag
            yield from self._chunk(self.text[here:after])
        yield from self._close_ending_at(len(self.text))
        if self.in_paragraph:
            yield from self._break_paragraph()

    def _close_ending_at(self, position: int) -> Iterator[str]:
        """Close (innermost first) the open spans that end here, with their labels."""
        while self.stack and self.stack[-1].end <= position:
            span = self.stack.pop()
            if self.in_paragraph:
                yield span.label + span.close_tag

    def _chunk(self, chunk: str) -> Iterator[str]:
        """Emit a piece of text without span boundaries, breaking paragraphs at newlines."""
        for index, line in enumerate(chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if index and self.in_paragraph:
                yield from self._break_paragraph()
            if not line:
                continue
            if not self.in_paragraph:
                if not line.strip():
                    continue
                yield from self._open_paragraph()
            yield _esc(line)

    def _open_paragraph(self) -> Iterator[str]:
        """Start a paragraph and reopen the spans still open."""
        self.in_paragraph = True
        yield "<p>"
        for span in self.stack:
            yield span.open_tag

    def _break_paragraph(self) -> Iterator[str]:
        """Close the open spans (without labels) and the paragraph."""
        for span in reversed(self.stack):
            yield span.close_tag
        self.in_paragraph = False
        yield "</p>\n"


def open_writer(fmt: str, stream: TextIO) -> Writer:
    """Open a writer for one of ``FORMATS`` on a text stream.

    Args:
        fmt: ``json``, ``jsonl``, ``csv`` or ``html``.
        stream: where to write; for CSV on a file, open it with ``newline=""``.

    Returns:
        The writer; JSON and HTML writers have already written their opening.

    Raises:
        ConfigError: E009 for an unknown format.
    """
    writers: dict[str, type[Writer]] = {
        "json": JsonWriter,
        "jsonl": JsonlWriter,
        "csv": CsvWriter,
        "html": HtmlWriter,
    }
    if fmt not in writers:
        raise ConfigError("E009", fmt=fmt, choices=", ".join(FORMATS))
    return writers[fmt](stream)
