"""Score extraction on articles whose gold gives every speaker's canonical name (``eval/canonical``).

The gold is JSONL, one article a line: ``{"id", "text", "date", ..., "quotes": [{"text",
"occurrence", "type", "speaker", "kind"}]}`` where a quote's ``text`` is the ``occurrence``-th
(1-based) occurrence of that substring in the article. Unlike PolNeAR, the speaker is a name
(``Maria Delgado`` for ``she``/``the minister``/``Delgado``), so this measures what users read:
is the quote found, and is it given to the right person.

Metrics (micro-averaged over articles; spans normalised as in :mod:`quotegraph.evaluation`):

* ``quote@0.3`` / ``quote@0.8`` / ``exact``: quote P/R/F1, one to one, a pair matching when the
  prediction covers at least that share of the gold (the Gender Gap Tracker measure), or is equal.
* ``name``: among gold quotes matched at 0.3, the share whose predicted speaker name equals the
  gold name (case, punctuation and spacing ignored; a missing speaker is wrong); ``kind`` the same
  for person / organization / anonymous.
* recall by gold type (direct, indirect, mixed).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluation import _Gold, _match_ggt, _Pred, normalise_span

THRESHOLDS = (0.3, 0.8)


@dataclass
class GoldQuote:
    start: int
    end: int
    type: str
    speaker: str
    kind: str


@dataclass
class CanonicalArticle:
    id: str
    text: str
    date: str | None
    quotes: list[GoldQuote]


@dataclass
class CanonicalReport:
    """Counts behind the figures, and the errors to look at."""

    n_gold: int = 0
    n_pred: int = 0
    matched: dict[str, int] = field(default_factory=dict)
    names_right: int = 0
    kinds_right: int = 0
    by_type: Counter = field(default_factory=Counter)
    by_type_found: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def prf(self, key: str) -> tuple[float, float, float]:
        tp = self.matched.get(key, 0)
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def to_dict(self) -> dict[str, Any]:
        matched = self.matched.get("0.3", 0)
        figures: dict[str, Any] = {key: dict(zip(("precision", "recall", "f1"), (round(x, 3) for x in self.prf(key)))) for key in ("exact", *map(str, THRESHOLDS))}
        figures["name_accuracy"] = round(self.names_right / matched, 3) if matched else 0.0
        figures["kind_accuracy"] = round(self.kinds_right / matched, 3) if matched else 0.0
        figures["recall_by_type"] = {t: round(self.by_type_found[t] / n, 3) for t, n in sorted(self.by_type.items())}
        figures["gold"], figures["predicted"] = self.n_gold, self.n_pred
        return figures

    def format_table(self) -> str:
        lines = [f"{self.n_gold} gold quotes, {self.n_pred} predicted", f"{'metric':<12}{'P':>7}{'R':>7}{'F1':>7}"]
        for key, label in (("exact", "exact"), ("0.3", "quote@0.3"), ("0.8", "quote@0.8")):
            p, r, f = self.prf(key)
            lines.append(f"{label:<12}{p:7.3f}{r:7.3f}{f:7.3f}")
        data = self.to_dict()
        lines.append(f"speaker name right (of quotes matched @0.3): {data['name_accuracy']:.3f}; kind right: {data['kind_accuracy']:.3f}")
        lines.append("recall by type: " + ", ".join(f"{t} {v:.3f}" for t, v in data["recall_by_type"].items()))
        return "\n".join(lines)


def normalise_name(name: str | None) -> str:
    """``Dr. María  Delgado`` → ``dr maría delgado``: case, punctuation and spacing ignored."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    return " ".join(re.sub(r"[^\w' -]", " ", text).split())


def read_canonical(path: Path | str) -> list[CanonicalArticle]:
    """Read the gold JSONL; a quote whose text does not occur ``occurrence`` times is an error."""
    articles = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        data = json.loads(line)
        text = data["text"]
        quotes = []
        for quote in data["quotes"]:
            start = -1
            for _ in range(int(quote.get("occurrence", 1))):
                start = text.find(quote["text"], start + 1)
                if start < 0:
                    raise ValueError(f"line {number}: quote not found in {data['id']}: {quote['text'][:60]!r}")
            quotes.append(GoldQuote(start, start + len(quote["text"]), quote["type"], quote["speaker"], quote["kind"]))
        articles.append(CanonicalArticle(data["id"], text, data.get("date"), quotes))
    return articles


def score_canonical(articles: Sequence[CanonicalArticle], predictions: Sequence[Sequence[dict[str, Any]]]) -> CanonicalReport:
    """Score contract dicts (one list per article) against the gold."""
    report = CanonicalReport()
    for article, preds in zip(articles, predictions):
        text = article.text
        golds = []
        for quote in article.quotes:
            span = normalise_span(text, quote.start, quote.end)
            golds.append(_Gold(span, (span,), (), "", None, quote.type == "direct", False))
        prepared = []
        for pred in preds:
            mention = (pred.get("speaker") or {}).get("mention")
            prepared.append(_Pred(normalise_span(text, pred["start"], pred["end"]), (mention["start"], mention["end"]) if mention else None, None, pred["type"]))
        report.n_gold += len(golds)
        report.n_pred += len(preds)
        gold_exact = Counter(g.span for g in golds)
        pred_exact = Counter(p.span for p in prepared)
        report.matched["exact"] = report.matched.get("exact", 0) + sum(min(n, pred_exact[s]) for s, n in gold_exact.items())
        for threshold in THRESHOLDS:
            pairs = _match_ggt(golds, prepared, threshold)
            report.matched[str(threshold)] = report.matched.get(str(threshold), 0) + len(pairs)
            if threshold != THRESHOLDS[0]:
                continue
            for g, quote in enumerate(article.quotes):
                report.by_type[quote.type] += 1
                if g not in pairs:
                    report.errors.append(f"missed [{quote.type}] {article.id}: {text[quote.start:quote.end][:90]!r} ({quote.speaker})")
                    continue
                report.by_type_found[quote.type] += 1
                speaker = preds[pairs[g]].get("speaker") or {}
                if normalise_name(speaker.get("name")) == normalise_name(quote.speaker):
                    report.names_right += 1
                else:
                    mention = (speaker.get("mention") or {}).get("text")
                    report.errors.append(f"name {article.id}: gold {quote.speaker!r} got {speaker.get('name')!r} (mention {mention!r}) for {text[quote.start:quote.end][:60]!r}")
                if speaker.get("kind") == quote.kind:
                    report.kinds_right += 1
            for p in sorted(set(range(len(preds))) - set(pairs.values())):
                report.errors.append(f"spurious [{preds[p]['type']}] {article.id}: {preds[p]['text'][:90]!r}")
    return report


def evaluate_canonical(path: Path | str, extract_texts: Callable[[list[tuple[str, str | None]]], list[list[dict[str, Any]]]]) -> CanonicalReport:
    """Read the gold, extract with ``extract_texts`` (given ``(text, date)`` pairs), score."""
    articles = read_canonical(path)
    return score_canonical(articles, extract_texts([(a.text, a.date) for a in articles]))
