"""Describe what went wrong in a scored article: missed, spurious, boundary and speaker errors,
each with a cause to group by, and print them grouped.

It does no matching or scoring; :mod:`quotegraph.evaluation` does that and calls :func:`doc_errors`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from quotegraph.brat import GoldArticle, Span

if TYPE_CHECKING:
    from quotegraph.evaluation import _Gold, _Pred

__all__ = ["ErrorRecord", "count_causes", "doc_errors", "format_errors"]


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One error found on the error subset.

    Attributes:
        doc_id: the document.
        cause: the group it belongs to, e.g. ``"missed: direct quote"``, ``"boundary: end"``.
        text: the span concerned: the gold content, or the prediction for spurious ones.
        start: start offset of ``text`` in the document (normalised span).
        end: end offset of ``text`` (normalised span).
        context: about 150 characters around the span, the span in brackets, on one line.
        gold_speaker: the gold source text, if any.
        pred_speaker: the predicted speaker mention text (or name), if any.
        gold_text: for boundary and speaker errors, the gold content.
        pred_text: for boundary and speaker errors, the predicted content.
    """

    doc_id: str
    cause: str
    text: str
    start: int
    end: int
    context: str
    gold_speaker: str | None = None
    pred_speaker: str | None = None
    gold_text: str | None = None
    pred_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _context(text: str, start: int, end: int, width: int = 150) -> str:
    """About ``width`` characters around ``text[start:end]``, the span in brackets, one line."""
    side = width // 3
    middle = text[start:end]
    if len(middle) > side:
        middle = middle[: side // 2] + " … " + middle[-side // 2 :]
    window = f"{text[max(0, start - side):start]}[{middle}]{text[end:end + side]}"
    return " ".join(window.split())


def count_causes(errors: Sequence[ErrorRecord]) -> dict[str, int]:
    """Errors per cause, largest group first."""
    return dict(Counter(e.cause for e in errors).most_common())


def format_errors(errors: Sequence[ErrorRecord], subset: str, max_per_cause: int = 10) -> str:
    """The errors grouped by cause, biggest group first, ``max_per_cause`` examples each."""
    lines = [f"Errors on the {subset!r} subset: {len(errors)}"]
    for cause, count in count_causes(errors).items():
        lines.append("")
        lines.append(f"{cause} ({count})")
        examples = [e for e in errors if e.cause == cause][:max_per_cause]
        lines.extend(_format_error(e) for e in examples)
    return "\n".join(lines)


def _shorten(text: str, limit: int = 100) -> str:
    """``text`` on one line, cut to ``limit`` characters with ``...``."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _format_error(error: ErrorRecord) -> str:
    """Two or three indented lines describing one error."""
    lines = [f"  - {error.doc_id} [{error.start}:{error.end}] {_shorten(error.text)!r}"]
    if error.gold_speaker is not None or error.pred_speaker is not None:
        lines.append(f"      speaker: gold={error.gold_speaker!r} predicted={error.pred_speaker!r}")
    if error.pred_text is not None and error.pred_text != error.text:
        lines.append(f"      predicted: {_shorten(error.pred_text)!r}")
    lines.append(f"      context: {error.context}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Causes
# --------------------------------------------------------------------------------------------

_OUTSIDE_LABEL = {"speech": "non-speech attribution", "direct": "gold is not a direct quote"}


def _missed_cause(gold: _Gold, preds: Sequence[_Pred]) -> str:
    """Why a gold attribution found no overlap match, as a group label."""
    if any(gold.covered(p.span) for p in preds):
        return "missed: merged into another match"
    if gold.direct:
        return "missed: direct quote"
    if gold.quoted:
        return "missed: mixed quote"
    if not gold.speech:
        return "missed: non-speech cue" if gold.cue_text else "missed: no cue"
    return f"missed: indirect, cue '{gold.cue_entry}'"


def _spurious_cause(
    pred: _Pred, golds: Sequence[_Gold], others: Sequence[_Gold], subset: str
) -> str:
    """Why a prediction found no overlap match, as a group label."""
    if any(g.covered(pred.span) for g in golds):
        return "spurious: split of a matched gold"
    if subset in _OUTSIDE_LABEL and any(g.covered(pred.span) for g in others):
        return f"spurious: {_OUTSIDE_LABEL[subset]}"
    return f"spurious: {pred.type or 'untyped'}"


def _boundary_cause(gold: _Gold, pred: _Pred) -> str | None:
    """``boundary: start|end|both`` when matched spans differ, else None."""
    start_off, end_off = gold.span[0] != pred.span[0], gold.span[1] != pred.span[1]
    if start_off and end_off:
        return "boundary: both"
    if start_off or end_off:
        return "boundary: start" if start_off else "boundary: end"
    return None


def _record(doc_id: str, text: str, cause: str, span: Span, **extra: str | None) -> ErrorRecord:
    """Build an :class:`ErrorRecord` for ``text[span]``."""
    return ErrorRecord(
        doc_id=doc_id,
        cause=cause,
        text=text[span[0]:span[1]],
        start=span[0],
        end=span[1],
        context=_context(text, span[0], span[1]),
        **extra,
    )


def doc_errors(
    article: GoldArticle,
    golds: Sequence[_Gold],
    preds: Sequence[_Pred],
    overlap: dict[int, int],
    others: Sequence[_Gold],
    subset: str,
) -> list[ErrorRecord]:
    """List one article's errors on a subset, given its overlap matching.

    Each error has a ``cause``:

    * ``missed: merged into another match`` (a prediction overlaps it but went to another gold),
      ``missed: direct quote``, ``missed: mixed quote`` (quote marks around part of the content),
      ``missed: indirect, cue '<lexicon entry>'`` (e.g. ``'say'``), and on the ``all`` subset
      ``missed: non-speech cue`` / ``missed: no cue``;
    * ``spurious: split of a matched gold``, ``spurious: non-speech attribution`` (``speech``
      subset) or ``spurious: gold is not a direct quote`` (``direct`` subset), else
      ``spurious: <predicted type>``;
    * ``boundary: start``, ``boundary: end``, ``boundary: both``;
    * ``speaker: wrong mention``, ``speaker: no speaker predicted``.
    """
    text, doc_id = article.text, article.doc_id
    errors = []
    for gi, gold in enumerate(golds):
        source = " ".join(text[s:e] for s, e in gold.source) or None
        if gi not in overlap:
            cause = _missed_cause(gold, preds)
            errors.append(_record(doc_id, text, cause, gold.span, gold_speaker=source))
            continue
        pred = preds[overlap[gi]]
        extra = {
            "gold_speaker": source,
            "pred_speaker": pred.speaker_text,
            "gold_text": text[gold.span[0]:gold.span[1]],
            "pred_text": text[pred.span[0]:pred.span[1]],
        }
        boundary = _boundary_cause(gold, pred)
        if boundary:
            errors.append(_record(doc_id, text, boundary, gold.span, **extra))
        if gold.source and not gold.speaker_ok(pred):
            missing = pred.mention is None
            cause = "speaker: no speaker predicted" if missing else "speaker: wrong mention"
            errors.append(_record(doc_id, text, cause, gold.span, **extra))
    matched = set(overlap.values())
    for pi, pred in enumerate(preds):
        if pi not in matched:
            cause = _spurious_cause(pred, golds, others, subset)
            errors.append(_record(doc_id, text, cause, pred.span, pred_speaker=pred.speaker_text))
    return errors
