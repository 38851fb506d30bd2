"""Score quote extraction against the PolNeAR attribution corpus (brat standoff).

What it does:

* Reads one split of the corpus with :func:`quotegraph.brat.read_brat_corpus` (one annotator
  per document; the file layout and what is kept are described there).
* Compares predictions (the output contract: one list of quote dicts per article, see
  :mod:`quotegraph.model`) with the gold attributions on three subsets:

  - ``all``: every gold attribution against every prediction;
  - ``speech``: gold attributions whose cue is a speech cue (:func:`is_speech_cue`, lexicon
    ``data/speech_cues.txt``) against every prediction. PolNeAR also annotates beliefs and
    intentions (``think``, ``want``), which quotegraph does not report. Cues with no lexicon
    word (``shows``, ``pointed to``) fall outside too; a cue that is only a dash or a colon
    (``"..." ― Ana Ruiz``, transcripts' ``WALLACE: ...``) counts as speech when the gold names
    a source. A prediction
    of such an attribution counts against precision here (error cause
    ``spurious: non-speech attribution``);
  - ``direct``: gold direct quotes (:func:`is_direct_content`) against predictions of type
    ``"direct"`` that stand in double quote marks. The definition is the same on both sides:
    PolNeAR's direct quotes are words in double marks, so a transcript turn (``WALLACE: ...``)
    or a Q:/A: answer, which quotegraph types ``direct`` since it is verbatim, is in neither.

* Metrics, micro-averaged over the articles (counts summed, then divided):

  1. ``content_exact``: one-to-one; a pair matches when the normalised spans are equal.
  2. ``content_overlap``: one-to-one, greedy by largest character overlap (exactly equal spans
     are paired first), any overlap counts.
  3. ``source``: over gold attributions with a source and predictions with a speaker mention;
     a true positive is a gold attribution matched in (2) to a prediction whose speaker mention
     overlaps any fragment of the gold source. P = TP / predictions with a mention,
     R = TP / gold with a source.
  4. ``ggt_0.3`` and ``ggt_0.8``: the Gender Gap Tracker measure. A gold attribution and a
     prediction match when the characters of the gold content covered by the prediction,
     divided by the gold content's characters (summed over its fragments), exceed the threshold;
     greedy one to one, best ratio first. P = matched / predictions, R = matched / gold.
     Speaker accuracy: among matched pairs whose gold has a source, the share whose predicted
     mention overlaps the gold source (a missing speaker counts as wrong).

  A ratio with a zero denominator is reported as 0.0.

Span normalisation (both sides, before any comparison): a gold content span is taken as
``[min start, max end)`` of its fragments, a predicted span as its ``[start, end)``; then
whitespace, quote marks (``" “ ” « » „ ‟ ‘ ’ ' ‹ ›``) and the punctuation
``. , ; : ! ? — –`` are trimmed from both ends, repeatedly. For overlap and GGT coverage the
gold fragments are clipped to the normalised span, so the gaps between fragments (``he said``)
never count.

Error analysis (:attr:`EvalReport.errors`, on the ``speech`` subset by default) lists missed
gold attributions, spurious predictions, boundary errors (overlap match, not exact) and speaker
errors, each with a ``cause`` used for grouping in :meth:`EvalReport.format_errors`; the causes
are listed in :func:`quotegraph.eval_errors.doc_errors`.

What it does not do: it runs no extraction itself (``evaluate`` takes an ``extract_batch``
callable), does not adjudicate between annotators, and does not score quote types or cues.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotegraph.brat import (
    GoldArticle,
    GoldAttribution,
    Lemmatizer,
    Span,
    is_speech_cue,
    load_spacy_lemmatizer,
    load_speech_cues,
    parse_brat,
    read_brat_corpus,
    speech_cue_entry,
)
from quotegraph.eval_errors import ErrorRecord, count_causes, doc_errors, format_errors

__all__ = [
    "DOUBLE_QUOTE_MARKS",
    "GGT_THRESHOLDS",
    "METRICS",
    "QUOTE_MARKS",
    "SUBSETS",
    "TRIM_CHARS",
    "ErrorRecord",
    "EvalReport",
    "ExtractBatch",
    "GoldArticle",
    "GoldAttribution",
    "Lemmatizer",
    "Score",
    "Span",
    "evaluate",
    "is_direct_content",
    "is_speech_cue",
    "load_spacy_lemmatizer",
    "load_speech_cues",
    "merge_split_quotes",
    "normalise_span",
    "parse_brat",
    "read_brat_corpus",
    "score_articles",
    "speech_cue_entry",
]

ExtractBatch = Callable[[list[str]], list[list[dict[str, Any]]]]

_PUNCTUATION_CUE_CHARS = frozenset(":―—–-")
SUBSETS: tuple[str, ...] = ("all", "speech", "direct")
GGT_THRESHOLDS: tuple[float, ...] = (0.3, 0.8)
METRICS: tuple[str, ...] = ("content_exact", "content_overlap", "source") + tuple(
    f"ggt_{t}" for t in GGT_THRESHOLDS
)

QUOTE_MARKS = "\"“”«»„‟‘’'‹›"
DOUBLE_QUOTE_MARKS = "\"“”«»„‟"
_OPENING_QUOTES = "“«„‟"
_CLOSING_QUOTES = "”»"
TRIM_CHARS = QUOTE_MARKS + ".,;:!?—–"
_TRAILING_PUNCT = ".,;:!?"
_WORD = re.compile(r"\w", re.UNICODE)


# --------------------------------------------------------------------------------------------
# Direct quotes, span normalisation
# --------------------------------------------------------------------------------------------


def normalise_span(text: str, start: int, end: int) -> Span:
    """Trim whitespace, quote marks and ``.,;:!?—–`` from both ends of ``text[start:end]``.

    Returns:
        The trimmed ``(start, end)``; ``(start, start)`` when nothing is left.
    """
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in TRIM_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRIM_CHARS):
        end -= 1
    return (start, end) if start < end else (start, start)


def is_direct_content(content: str) -> bool:
    """Tell whether gold content is a direct quote: all its words inside double quote marks.

    The content (fragments joined by spaces) is stripped of whitespace and trailing ``.,;:!?``;
    it must then begin and end with a double quote mark, and no word character may stand
    outside quotes. The first mark opens a quote whatever its shape; after it, curly marks
    open (“ « „ ‟) and close (” »), an opening mark inside a quote (a new quoted paragraph)
    keeps it open, and a straight ``"`` toggles.
    """
    stripped = content.strip().rstrip(_TRAILING_PUNCT + " \t\r\n")
    if len(stripped) < 2 or stripped[0] not in DOUBLE_QUOTE_MARKS:
        return False
    if stripped[-1] not in DOUBLE_QUOTE_MARKS:
        return False
    inside = True  # the first mark opens, whichever way it is curled
    for char in stripped[1:]:
        if char == '"':
            inside = not inside
        elif char in _OPENING_QUOTES:
            inside = True
        elif char in _CLOSING_QUOTES:
            inside = False
        elif not inside and _WORD.match(char):
            return False
    return True


def _overlap(a: Span, b: Span) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _overlap_any(span: Span, pieces: Sequence[Span]) -> int:
    """Characters of ``span`` inside any of ``pieces`` (pieces assumed disjoint)."""
    return sum(_overlap(span, piece) for piece in pieces)


# --------------------------------------------------------------------------------------------
# Scores and reports
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Score:
    """Counts for one metric on one subset, summed over articles (micro-average).

    Attributes:
        tp: matched pairs (true positives).
        n_pred: predictions considered (for ``source``: those with a speaker mention).
        n_gold: gold attributions considered (for ``source``: those with a source).
        speaker_correct: GGT only, matched pairs with a gold source whose mention overlaps it.
        speaker_total: GGT only, matched pairs whose gold has a source.
        has_speaker: whether speaker accuracy belongs to this metric (the GGT ones).
    """

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0
    speaker_correct: int = 0
    speaker_total: int = 0
    has_speaker: bool = False

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float | None:
        """Share of speaker-checked matches that got the speaker right; None if not a GGT score."""
        if not self.has_speaker:
            return None
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    def add(
        self, tp: int, n_pred: int, n_gold: int, speaker_correct: int = 0, speaker_total: int = 0
    ) -> None:
        """Add one article's counts."""
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold
        self.speaker_correct += speaker_correct
        self.speaker_total += speaker_total

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }
        if self.has_speaker:
            data["speaker_accuracy"] = self.speaker_accuracy
            data["speaker_correct"] = self.speaker_correct
            data["speaker_total"] = self.speaker_total
        return data


def _new_scores() -> dict[str, dict[str, Score]]:
    """An empty score table: subset -> metric -> Score."""
    return {
        subset: {m: Score(has_speaker=m.startswith("ggt_")) for m in METRICS} for subset in SUBSETS
    }


@dataclass(slots=True)
class EvalReport:
    """The result of an evaluation run.

    Attributes:
        split: the corpus split scored.
        n_articles: articles scored.
        scores: subset (``all``/``speech``/``direct``) -> metric -> :class:`Score`.
        errors: error records on ``error_subset``.
        error_subset: the subset the errors were collected on.
    """

    split: str
    n_articles: int
    scores: dict[str, dict[str, Score]] = field(default_factory=_new_scores)
    errors: list[ErrorRecord] = field(default_factory=list)
    error_subset: str = "speech"

    def error_counts(self) -> dict[str, int]:
        """Errors per cause, largest group first."""
        return count_causes(self.errors)

    def to_dict(self) -> dict[str, Any]:
        """Numbers as nested plain data (JSON-ready); the error records themselves excluded."""
        return {
            "split": self.split,
            "articles": self.n_articles,
            "metrics": {
                subset: {metric: score.to_dict() for metric, score in metrics.items()}
                for subset, metrics in self.scores.items()
            },
            "error_subset": self.error_subset,
            "error_counts": self.error_counts(),
        }

    def format_table(self) -> str:
        """A fixed-width table: one row per subset and metric, columns P, R, F1 and counts."""
        head = (
            f"{'subset':<7} {'metric':<16} {'P':>6} {'R':>6} {'F1':>6}"
            f" {'gold':>6} {'pred':>6} {'tp':>6} {'spk-acc':>7}"
        )
        lines = [f"{self.split}: {self.n_articles} articles, micro-averaged", head, "-" * len(head)]
        for subset, metrics in self.scores.items():
            for metric, s in metrics.items():
                acc = s.speaker_accuracy
                acc_text = f"{acc:7.3f}" if acc is not None else ""
                lines.append(
                    f"{subset:<7} {metric.replace('_', ' '):<16} {s.precision:6.3f} {s.recall:6.3f}"
                    f" {s.f1:6.3f} {s.n_gold:6d} {s.n_pred:6d} {s.tp:6d} {acc_text:>7}".rstrip()
                )
        lines.append(
            "source: gold = attributions with a source, pred = predictions with a speaker mention."
        )
        return "\n".join(lines)

    def format_errors(self, max_per_cause: int = 10) -> str:
        """The errors grouped by cause, biggest group first, ``max_per_cause`` examples each."""
        return format_errors(self.errors, self.error_subset, max_per_cause)


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Gold:
    """A gold attribution prepared for scoring."""

    span: Span
    pieces: tuple[Span, ...]
    source: tuple[Span, ...]
    cue_text: str
    cue_entry: str | None
    direct: bool
    quoted: bool

    @property
    def speech(self) -> bool:
        return self.cue_entry is not None

    def covered(self, span: Span) -> int:
        """Characters of the content pieces inside ``span``."""
        return _overlap_any(span, self.pieces)

    def speaker_ok(self, pred: _Pred) -> bool:
        """Whether the predicted mention overlaps any fragment of the gold source."""
        return pred.mention is not None and _overlap_any(pred.mention, self.source) > 0


@dataclass(frozen=True, slots=True)
class _Pred:
    """A prediction prepared for scoring."""

    span: Span
    mention: Span | None
    speaker_text: str | None
    type: str
    marked: bool = False  # a direct quote that opens with a double quote mark


def _prepare_gold(article: GoldArticle, lemmatize: Lemmatizer) -> list[_Gold]:
    """Normalise every gold attribution of an article and classify it."""
    text = article.text
    golds = []
    for attribution in article.attributions:
        lo = min(s for s, _ in attribution.content)
        hi = max(e for _, e in attribution.content)
        span = normalise_span(text, lo, hi)
        clipped = ((max(s, span[0]), min(e, span[1])) for s, e in attribution.content)
        pieces = tuple((s, e) for s, e in clipped if e > s)
        content = " ".join(text[s:e] for s, e in attribution.content)
        golds.append(_Gold(
            span=span,
            pieces=pieces,
            source=attribution.source,
            cue_text=attribution.cue_text,
            direct=is_direct_content(content),
            cue_entry=speech_cue_entry(attribution.cue_text, lemmatize) or _punctuation_cue(attribution),
            quoted=any(mark in content for mark in DOUBLE_QUOTE_MARKS),
        ))
    return golds


def _punctuation_cue(attribution: Any) -> str | None:
    """A cue that is only a dash or a colon (`"..." ― Ana Ruiz`, `WALLACE: ...`) attributes speech
    when the gold names a source: posts quoted under a name, transcripts, interview answers."""
    mark = attribution.cue_text.strip()
    if mark and attribution.source and all(char in _PUNCTUATION_CUE_CHARS for char in mark):
        return mark
    return None


def _prepare_pred(text: str, quote: Any) -> _Pred:
    """Normalise one predicted quote (a contract dict, or an object with ``to_dict``)."""
    if hasattr(quote, "to_dict"):
        quote = quote.to_dict()
    span = normalise_span(text, int(quote["start"]), int(quote["end"]))
    speaker = quote.get("speaker") or {}
    mention = speaker.get("mention") or None
    mention_span = (int(mention["start"]), int(mention["end"])) if mention else None
    if mention_span is not None:
        speaker_text: str | None = text[mention_span[0]:mention_span[1]]
    else:
        speaker_text = speaker.get("name")
    kind = str(quote.get("type", ""))
    before = text[: span[0]].rstrip()
    marked = kind == "direct" and before[-1:] in DOUBLE_QUOTE_MARKS
    return _Pred(span, mention_span, speaker_text, kind, marked)


def _greedy(candidates: list[tuple[Any, int, int]]) -> dict[int, int]:
    """One-to-one assignment, best score first (ties: lower gold, then pred index).

    Args:
        candidates: ``(score, gold_index, pred_index)`` triples; scores are any comparable values.

    Returns:
        gold index -> pred index.
    """
    matched: dict[int, int] = {}
    used: set[int] = set()
    by_index = sorted(candidates, key=lambda c: (c[1], c[2]))
    for _, gi, pi in sorted(by_index, key=lambda c: c[0], reverse=True):
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    return matched


def _match_exact(golds: Sequence[_Gold], preds: Sequence[_Pred]) -> int:
    """Number of one-to-one pairs with equal, non-empty normalised spans."""
    available = Counter(p.span for p in preds if p.span[1] > p.span[0])
    matched = 0
    for gold in golds:
        if available[gold.span] > 0:
            available[gold.span] -= 1
            matched += 1
    return matched


def _match_overlap(golds: Sequence[_Gold], preds: Sequence[_Pred]) -> dict[int, int]:
    """Greedy one-to-one matching: exact pairs first, then by characters of gold content covered."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            shared = gold.covered(pred.span)
            if shared > 0:
                candidates.append(((pred.span == gold.span, shared), gi, pi))
    return _greedy(candidates)


def _match_ggt(golds: Sequence[_Gold], preds: Sequence[_Pred], threshold: float) -> dict[int, int]:
    """Greedy one-to-one matching where covered share of the gold content exceeds ``threshold``."""
    candidates = []
    for gi, gold in enumerate(golds):
        size = sum(e - s for s, e in gold.pieces)
        if size == 0:
            continue
        for pi, pred in enumerate(preds):
            ratio = gold.covered(pred.span) / size
            if ratio > threshold:
                candidates.append((ratio, gi, pi))
    return _greedy(candidates)


def _score_subset(
    golds: Sequence[_Gold], preds: Sequence[_Pred], scores: dict[str, Score]
) -> dict[int, int]:
    """Add one article's counts for one subset to ``scores``; return the overlap matching."""
    n_gold, n_pred = len(golds), len(preds)
    scores["content_exact"].add(_match_exact(golds, preds), n_pred, n_gold)
    overlap = _match_overlap(golds, preds)
    scores["content_overlap"].add(len(overlap), n_pred, n_gold)
    scores["source"].add(
        sum(1 for gi, pi in overlap.items() if golds[gi].speaker_ok(preds[pi])),
        sum(1 for p in preds if p.mention is not None),
        sum(1 for g in golds if g.source),
    )
    for threshold in GGT_THRESHOLDS:
        matched = _match_ggt(golds, preds, threshold)
        with_source = [(gi, pi) for gi, pi in matched.items() if golds[gi].source]
        correct = sum(1 for gi, pi in with_source if golds[gi].speaker_ok(preds[pi]))
        scores[f"ggt_{threshold}"].add(len(matched), n_pred, n_gold, correct, len(with_source))
    return overlap


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def _subset_items(
    subset: str, golds: list[_Gold], preds: list[_Pred]
) -> tuple[list[_Gold], list[_Pred]]:
    """The gold and predictions one subset compares."""
    if subset == "speech":
        return [g for g in golds if g.speech], preds
    if subset == "direct":
        return [g for g in golds if g.direct], [p for p in preds if p.marked]
    return golds, preds


def score_articles(
    articles: Sequence[GoldArticle],
    predictions: Sequence[Sequence[Any]],
    lemmatize: Lemmatizer | None = None,
    split: str = "",
    error_subset: str = "speech",
) -> EvalReport:
    """Score predictions for already-read gold articles.

    Args:
        articles: gold articles, e.g. from :func:`read_brat_corpus`.
        predictions: per article, its quotes as contract dicts (or objects with ``to_dict``).
        lemmatize: lemmatizer for the speech filter; default :func:`load_spacy_lemmatizer`.
        split: a label for the report.
        error_subset: the subset to collect :attr:`EvalReport.errors` on.

    Returns:
        The report with scores for every subset and metric.

    Raises:
        ValueError: when ``predictions`` and ``articles`` differ in length, or
            ``error_subset`` is unknown.
    """
    if len(predictions) != len(articles):
        raise ValueError(
            f"got predictions for {len(predictions)} articles, expected {len(articles)}"
        )
    if error_subset not in SUBSETS:
        raise ValueError(f"unknown subset {error_subset!r}; choose one of {', '.join(SUBSETS)}")
    lemmatize = lemmatize or load_spacy_lemmatizer()
    report = EvalReport(split=split, n_articles=len(articles), error_subset=error_subset)
    for article, quotes in zip(articles, predictions):
        golds = _prepare_gold(article, lemmatize)
        preds = [_prepare_pred(article.text, quote) for quote in quotes]
        for subset in SUBSETS:
            sub_golds, sub_preds = _subset_items(subset, golds, preds)
            overlap = _score_subset(sub_golds, sub_preds, report.scores[subset])
            if subset == error_subset:
                kept = {id(g) for g in sub_golds}
                others = [g for g in golds if id(g) not in kept]
                found = doc_errors(article, sub_golds, sub_preds, overlap, others, subset)
                report.errors.extend(found)
    return report


def evaluate(
    root: Path,
    split: str,
    extract_batch: ExtractBatch,
    limit: int | None = None,
    lemmatize: Lemmatizer | None = None,
    error_subset: str = "speech",
) -> EvalReport:
    """Read a PolNeAR split, run ``extract_batch`` on its texts and score the output.

    Args:
        root: the corpus folder (holding ``data/``) or its ``data`` folder.
        split: ``dev``, ``train``, ...
        extract_batch: maps the list of article texts to one list of quote dicts per text,
            in the same order (the ``quotes`` of the output contract).
        limit: score only the first ``limit`` documents (sorted by doc id).
        lemmatize: lemmatizer for the speech filter; default loads the spaCy model once.
        error_subset: the subset to list errors for (``all``, ``speech``, ``direct``).

    Returns:
        The :class:`EvalReport`.

    Raises:
        InputError: E011/E013 for a missing or wrongly shaped corpus folder.
        ModelNotInstalledError: E008 when no lemmatizer is given and the model is missing.
    """
    articles = read_brat_corpus(root, split, limit)
    lemmatize = lemmatize or load_spacy_lemmatizer()
    predictions = extract_batch([article.text for article in articles])
    return score_articles(articles, predictions, lemmatize, split=split, error_subset=error_subset)


def merge_split_quotes(quotes: Sequence[Any]) -> list[dict[str, Any]]:
    """Join the records of one split quote for scoring (``"A," he said. "B."`` → one span A…B).

    quotegraph reports each part of a split quote on its own, with the same cue; PolNeAR annotates
    them as one attribution with several fragments. Consecutive quotes that share a cue are merged
    into one prediction spanning both, so neither side is punished for the difference in scheme.
    A quote nested inside another stays on its own and does not break the chain.

    Args:
        quotes: Quote objects or contract dicts, in text order.

    Returns:
        Contract dicts, split quotes merged.
    """
    merged: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None  # the last quote not nested in another
    for quote in quotes:
        data = dict(quote.to_dict() if hasattr(quote, "to_dict") else quote)
        if previous is not None and previous["start"] <= data["start"] and data["end"] <= previous["end"]:
            merged.append(data)  # a quote inside the previous one: scored on its own, the split goes on past it
            continue
        if previous is not None and data.get("cue") and previous.get("cue") == data["cue"] and data["type"] == previous["type"] == "direct":
            previous["end"] = data["end"]
            previous["text"] = previous["text"] + " … " + data["text"]
            continue
        merged.append(data)
        previous = data
    return merged
