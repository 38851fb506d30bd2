"""Find quoted-text spans from quote marks, on the raw text; no parsing and no attribution.

Works on character offsets of the text exactly as given. Handles straight, curly, single,
guillemet (French «…», Danish and German »…«) and low-9 marks, tells apostrophes and inch marks
from quote marks, joins quotes that run across paragraphs (an unclosed paragraph continued by one
that reopens the quote), and keeps an unbalanced mark inside its own paragraph so it never swallows
the rest of the article.
Whether a span is speech, and whose, is decided later (``attribution.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DOUBLE_OPENERS = "“„«‟"
DOUBLE_CLOSERS = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_DOUBLE + SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE

# Characters that may stand right before an opening mark or right after a closing one.
_BEFORE_OPEN = set(" \t\r\n([{—–―-/:;,…") | {"\u00a0"}
_AFTER_CLOSE = set(" \t\r\n.,;:!?)]}—–―-…/") | {"\u00a0"} | set("’”»\"'")  # and a mark of the other kind closing round it: `Dean,”’ she said`
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
    """Find every top-level quoted span in ``text``, in order, never overlapping.

    Double marks are the outer marks unless the text quotes mainly in single marks (British
    style, ``‘He said “go”,’ she said``): then single-quoted spans are paired like double ones
    (across paragraphs too) and double-quoted spans inside them are nested, not top-level.

    Args:
        text: the article text.

    Returns:
        The outer spans; :func:`find_nested_spans` gives the quotes inside them.
    """
    return list(_quote_spans(text))


@lru_cache(maxsize=2)
def _quote_spans(text: str) -> tuple[QuoteSpan, ...]:
    """``find_quote_spans``, kept for the last two texts (the attribution and the cue model both ask for the same one)."""
    doubles = _pair_marks(text, single=False)
    singles = _pair_single_marks(text)
    outside = [span for span in singles if not _overlaps_any(span, doubles)]
    nested_doubles = sum(1 for span in doubles if _inside_any(span, singles))
    if len(outside) + nested_doubles > len(doubles) - nested_doubles:
        singles = _pair_marks(text, single=True)
        return tuple(sorted(singles + [span for span in doubles if not _overlaps_any(span, singles)], key=lambda span: span.start))
    return tuple(sorted(doubles + outside, key=lambda span: span.start))


def find_nested_spans(text: str, outer: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotes inside quotes: spans in the other kind of mark within each outer span, in order."""
    nested: list[QuoteSpan] = []
    for span in outer:
        for start, end in _paragraphs_within(text, span.start, span.end):
            if span.single:
                nested += _pair_doubles_in(text, start, end)
            else:
                nested += _pair_single_marks_in(text, start, end)
    return nested


def _paragraphs_within(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``[start, end)`` between line breaks."""
    return [(match.start(), match.end()) for match in _PARAGRAPH.finditer(text, start, end)]


def _inside_any(span: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(other.start <= span.start and span.end <= other.end for other in others)


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
        # „…“ pairs: a “ right after a word closes; so does « in Danish and German »…«.
        if char in "“«" and before not in _BEFORE_OPEN and after in _AFTER_CLOSE:
            return "close"
        return "open"
    if char in DOUBLE_CLOSERS:
        # Some texts use ” both ways, and »…« opens with »: either before a word after a space opens.
        if before in _BEFORE_OPEN and after not in _AFTER_CLOSE:
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


def _single_role(text: str, i: int, para_start: int, para_end: int) -> str:
    """Classify the single mark at ``i`` as 'open', 'close', 'either' or 'skip' (an apostrophe)."""
    char = text[i]
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < para_end else " "
    opens = char not in SINGLE_CLOSERS and before in _BEFORE_OPEN and after.isalpha()
    closes = char not in SINGLE_OPENERS and after in _AFTER_CLOSE and (before.isalnum() or before in _BEFORE_INNER_CLOSE)
    if closes and before in "sS" and _POSSESSIVE_AFTER.match(text, i + 1, para_end):
        closes = False  # `the players’ union`: a plural possessive
    if opens and closes:
        return "either"
    return "open" if opens else "close" if closes else "skip"


_POSSESSIVE_AFTER = re.compile(r" [a-z]")
_BEFORE_INNER_CLOSE = ".,!?”\"»"  # what a closing single mark may follow besides a letter: `Dean,”’ she said`
_DOUBLE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_DOUBLE
_SINGLE_MARKS = SINGLE_OPENERS + SINGLE_CLOSERS + STRAIGHT_SINGLE


def _pair_marks(text: str, single: bool) -> list[QuoteSpan]:
    """Pair marks paragraph by paragraph, carrying an unclosed quote into a paragraph that reopens it.

    Double marks always; single marks where they are the text's main quote marks, where a closing
    mark with no quote open is an apostrophe (`goin’ home`), not the end of a quote.
    """
    chars, role_of = (_SINGLE_MARKS, _single_role) if single else (_DOUBLE_MARKS, _double_role)
    spans: list[QuoteSpan] = []
    paragraphs = paragraph_bounds(text)
    carry: tuple[int, int] | None = None  # (open mark offset, paragraphs so far) of a quote left open
    for index, (para_start, para_end) in enumerate(paragraphs):
        marks = [(i, role_of(text, i, para_start, para_end)) for i in range(para_start, para_end) if text[i] in chars]
        marks = [(i, role) for i, role in marks if role != "skip"]  # apostrophes and inch marks out, so a paragraph's first mark is a real one
        if marks and _is_paragraph_opener(text, marks[0][0], para_start) and _TURN_LABEL.match(text, marks[0][0] + 1, para_end):
            marks = marks[1:]  # `"WALLACE: If I may ...`: a transcript turn printed with a stray opening mark
        open_at: int | None = None
        paras = 1
        if carry is not None:
            if marks and _is_paragraph_opener(text, marks[0][0], para_start):
                open_at, paras = carry[0], carry[1] + 1
                marks = marks[1:]
            else:
                spans.append(_make_span(text, carry[0], -1, _prev_para_end(paragraphs, index), carry[1], single))
            carry = None
        for i, role in marks:
            if open_at is None:
                if role == "close":
                    if not single:
                        spans.append(_make_span(text, -1, i, para_start, 1))
                else:
                    open_at, paras = i, 1
            elif role == "open":
                # A new quote opens while one is open: the earlier one was never closed.
                spans.append(_make_span(text, open_at, -1, i, paras, single))
                open_at, paras = i, 1
            else:
                spans.append(_make_span(text, open_at, i, i, paras, single))
                open_at = None
        if open_at is not None:
            carry = (open_at, paras)
    if carry is not None:
        spans.append(_make_span(text, carry[0], -1, paragraphs[-1][1], carry[1], single))
    return [span for span in spans if span.end > span.start]


def _pair_doubles_in(text: str, start: int, end: int) -> list[QuoteSpan]:
    """Closed pairs of double marks within ``[start, end)`` (a piece of one paragraph), for nested quotes."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in _DOUBLE_MARKS:
            continue
        role = _double_role(text, i, start, end)
        if role == "skip":
            continue
        if open_at is None:
            if role != "close":
                open_at = i
        elif role != "open":
            spans.append(_make_span(text, open_at, i, i, 1))
            open_at = None
        else:
            open_at = i
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
        spans += _pair_single_marks_in(text, para_start, para_end)
    return spans


def _pair_single_marks_in(text: str, para_start: int, para_end: int) -> list[QuoteSpan]:
    """:func:`_pair_single_marks` on one paragraph (or a piece of one)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(para_start, para_end):
        char = text[i]
        if char not in _SINGLE_MARKS:
            continue
        before = text[i - 1] if i > para_start else " "
        after = text[i + 1] if i + 1 < para_end else " "
        opens = char != "’" and before in _BEFORE_OPEN and after.isalpha()
        closes = char != "‘" and after in _AFTER_CLOSE and (before.isalnum() or before in _BEFORE_INNER_CLOSE)
        if opens and open_at is None:
            open_at = i
        elif closes and open_at is not None and i - open_at <= MAX_SINGLE_QUOTE_CHARS:
            spans.append(_make_span(text, open_at, i, i, 1, single=True))
            open_at = None
    return [span for span in spans if span.end > span.start]


def _overlaps_any(span: QuoteSpan, others: list[QuoteSpan]) -> bool:
    return any(span.start < other.end + 1 and other.start - 1 < span.end for other in others)
