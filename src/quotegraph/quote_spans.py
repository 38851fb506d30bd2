"""Find quoted-text spans from quote marks, on the raw text; no parsing and no attribution.

Works on character offsets of the text exactly as given. Handles straight, curly, single,
guillemet and low-9 marks, tells apostrophes and inch marks from quote marks, joins quotes that
run across paragraphs (an unclosed paragraph continued by one that reopens the quote), and keeps an
unbalanced mark inside its own paragraph so it never swallows the rest of the article.
Whether a span is speech, and whose, is decided later (``attribution.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_DOUBLE + SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE

# Characters that may stand right before an opening mark or right after a closing one.
_BEFORE_OPEN = set(" \t\r\n([{—–―-/:;,…") | {"\u00a0"}
_AFTER_CLOSE = set(" \t\r\n.,;:!?)]}—–―-…/") | {"\u00a0"}
# Longest single-quoted span we accept (headline quotes are short; apostrophes make long ones wrong).
MAX_SINGLE_QUOTE_CHARS = 400

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words between marks. ``start``/``end`` exclude the marks.

    Attributes:
        start: first character after the opening mark (after leading spaces).
        end: end of the quoted words (before the closing mark, trailing spaces trimmed).
        open_mark: offset of the opening mark, or -1 when there was none (orphan closing mark).
        close_mark: offset of the closing mark, or -1 when the quote was never closed.
        paragraphs: how many paragraphs the quote runs over.
        single: True for single-quote marks.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int
    paragraphs: int = 1
    single: bool = False

    @property
    def balanced(self) -> bool:
        return self.open_mark >= 0 and self.close_mark >= 0


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Find every quoted span in ``text``, in order, never overlapping.

    Args:
        text: the article text.

    Returns:
        Double-quoted spans, plus single-quoted spans that lie outside them.
    """
    doubles = _pair_double_marks(text)
    singles = [span for span in _pair_single_marks(text) if not _overlaps_any(span, doubles)]
    return sorted(doubles + singles, key=lambda span: span.start)


# A transcript speaker label in capitals (`WALLACE:`, `SEN. KAINE:`) opening a paragraph.
_TURN_LABEL = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:[ \t]")


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs (non-empty lines) of ``text``."""
    return [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text)]


def _double_role(text: str, i: int, para_start: int, para_end: int) -> str:
    """Classify the double mark at ``i`` as 'open', 'close', 'either' or 'skip' (an inch mark)."""
    char = text[i]
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    if char in DOUBLE_OPENERS:
        # „…“ pairs: a “ right after a word closes.
        if char == "“" and before not in _BEFORE_OPEN and after in _AFTER_CLOSE:
            return "close"
        return "open"
    if char in DOUBLE_CLOSERS:
        # Some texts use ” both ways: ” before a word after a space opens.
        if before in _BEFORE_OPEN and after not in _AFTER_CLOSE and char == "”":
            return "open"
        return "close"
    can_open = before in _BEFORE_OPEN and after not in " \t\r\n"
    can_close = after in _AFTER_CLOSE and before not in " \t\r\n"
    if before.isdigit() and not can_open:
        return "skip"  # 5' 10" — an inch mark
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _pair_double_marks(text: str) -> list[QuoteSpan]:
    """Pair double marks paragraph by paragraph, carrying an unclosed quote into a paragraph that reopens it."""
    spans: list[QuoteSpan] = []
    paragraphs = paragraph_bounds(text)
    carry: tuple[int, int] | None = None  # (open mark offset, paragraphs so far) of a quote left open
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = [i for i in range(para_start, para_end) if text[i] in DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_DOUBLE]
        if marks and _is_paragraph_opener(text, marks[0], para_start) and _TURN_LABEL.match(text, marks[0] + 1, para_end):
            marks = marks[1:]  # `"WALLACE: If I may ...`: a transcript turn printed with a stray opening mark
        open_at: int | None = None
        paras = 1
        if carry is not None:
            if marks and _is_paragraph_opener(text, marks[0], para_start):
                open_at, paras = carry[0], carry[1] + 1
                marks = marks[1:]
            else:
                spans.append(_make_span(text, carry[0], -1, _prev_para_end(paragraphs, index), carry[1]))
            carry = None
        for i in marks:
            role = _double_role(text, i, para_start, para_end)
            if role == "skip":
                continue
            if open_at is None:
                if role == "close":
                    spans.append(_make_span(text, -1, i, para_start, 1))
                else:
                    open_at, paras = i, 1
            elif role == "open":
                # A new quote opens while one is open: the earlier one was never closed.
                spans.append(_make_span(text, open_at, -1, i, paras))
                open_at, paras = i, 1
            else:
                spans.append(_make_span(text, open_at, i, i, paras))
                open_at = None
        if open_at is not None:
            carry = (open_at, paras)
    if carry is not None:
        spans.append(_make_span(text, carry[0], -1, paragraphs[-1][1], carry[1]))
    return [span for span in spans if span.end > span.start]


def _is_paragraph_opener(text: str, mark: int, para_start: int) -> bool:
    """True when the paragraph begins (after spaces) with this quote mark."""
    return text[para_start:mark].strip() == "" and text[mark] not in DOUBLE_CLOSERS


def _prev_para_end(paragraphs: list[tuple[int, int]], index: int) -> int:
    return paragraphs[index - 1][1]


def _make_span(text: str, open_mark: int, close_mark: int, limit: int, paragraphs: int, single: bool = False) -> QuoteSpan:
    """Build a span from its marks; ``limit`` is where the words end when there is no closing mark."""
    if open_mark >= 0:
        start = open_mark + 1
    else:
        start = _line_start(text, limit)
    end = close_mark if close_mark >= 0 else limit
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1  # `"We won," she said`: the comma belongs to the sentence, not the words
    return QuoteSpan(start, end, open_mark, close_mark, paragraphs, single)


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _pair_single_marks(text: str) -> list[QuoteSpan]:
    """Pair single marks within a paragraph: an opener before a word, a closer after one.

    An apostrophe inside a word (It’s, Zen's) or before a digit ('90s) is never a mark.
    """
    spans: list[QuoteSpan] = []
    for para_start, para_end in paragraph_bounds(text):
        open_at: int | None = None
        for i in range(para_start, para_end):
            char = text[i]
            if char not in SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE:
                continue
            before = text[i - 1] if i > para_start else " "
            after = text[i + 1] if i + 1 < para_end else " "
            opens = char != "’" and before in _BEFORE_OPEN and after.isalpha()
            closes = char != "‘" and after in _AFTER_CLOSE and (before.isalnum() or before in ".,!?")
            if opens and open_at is None:
                open_at = i
            elif closes and open_at is not None and i - open_at <= MAX_SINGLE_QUOTE_CHARS:
                spans.append(_make_span(text, open_at, i, i, 1, single=True))
                open_at = None
    return [span for span in spans if span.end > span.start]


def _overlaps_any(span: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(span.start < other.end + 1 and other.start - 1 < span.end for other in others)
