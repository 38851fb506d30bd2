"""The learned end boundary of reported content: where ``X said [that ...]`` stops.

The rules in ``cues.py`` take a content clause's whole subtree; news sentences often go on past
what was said (``..., who is 70``, ``..., but still lost``, ``as examples of ...``) or the parse
cuts the clause short. This module scores every place the content could end — the rule's end,
each constituent boundary inside it, and those after it up to the sentence end — and keeps the
best. The scorer is a logistic regression over a few features of the cut (the words either side,
the dependency of the constituent cut off, lengths), trained on PolNeAR train by
``quotegraph train`` (``training.train_boundary_model``) and shipped as ``data/boundary_model.json``.
Without the file, or with ``QUOTEGRAPH_NO_BOUNDARY_MODEL=1``, the rule's end stands.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from .learned import logistic, read_model_json

MODEL_RESOURCE = "data/boundary_model.json"
FORMAT_VERSION = 1
MIN_KEPT_TOKENS = 2  # a content never shrinks below two tokens
_CLOSING = frozenset("\"”’»'")
_FUNCTION_POS = frozenset(("ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "AUX", "PUNCT", "ADV"))
_LENGTH_BUCKETS = (0, 1, 2, 4, 8, 16, 32)


def _bucket(n: int) -> str:
    for limit in _LENGTH_BUCKETS:
        if n <= limit:
            return str(limit)
    return "more"


def _word(token) -> str:  # a function word or punctuation as itself, else its part of speech
    return token.lower_ if token.pos_ in _FUNCTION_POS or token.is_punct else token.pos_


def candidate_ends(doc: Doc, start: int, end: int, blocked: Iterable[tuple[int, int]] = ()) -> list[int]:
    """Token positions the content ``[start, end)`` may end at: the rule's ``end``, constituent
    boundaries inside it, and after it up to the end of the sentence.

    A cut at ``k`` keeps ``[start, k)``; it is a boundary when ``doc[k]`` opens a constituent
    attached to the left (its subtree starts at ``k``, its head lies before ``k``) or is
    punctuation. ``blocked`` are token ranges that must not be cut (quoted pieces).
    """
    sentence_end = doc[end - 1].sent.end if end > start else end
    blocked = list(blocked)
    ends = {end}
    for k in range(start + MIN_KEPT_TOKENS, sentence_end + 1):
        if k == sentence_end or (k < len(doc) and (doc[k].is_punct or (doc[k].left_edge.i == k and doc[k].head.i < k))):
            if not any(b0 < k < b1 for b0, b1 in blocked):
                ends.add(k)
    return sorted(ends)


def cut_features(doc: Doc, start: int, end: int, k: int, cue_lemma: str) -> list[str]:
    """Features of ending the content ``[start, end)`` (the rule's) at ``k`` instead."""
    feats = ["bias"]
    rule = k == end
    sentence_end = doc[end - 1].sent.end
    where = "rule" if rule else ("in" if k < end else "out")
    feats.append("where=" + where)
    feats.append(f"cue={cue_lemma}|{where}")
    last = doc[k - 1]
    feats.append("last=" + _word(last))
    if k >= sentence_end or k >= len(doc):
        feats.append("next=<s>")
        feats.append(f"next=<s>|{where}")
        return feats
    nxt = doc[k]
    feats.append("next=" + _word(nxt))
    feats.append(f"next={_word(nxt)}|{where}")
    feats.append(f"pair={_word(last)}|{_word(nxt)}")
    # The constituent cut off: the highest token whose subtree starts at k, its relation.
    top = nxt
    while top.head.i >= k and top.head.i != top.i and top.head.left_edge.i == k:
        top = top.head
    feats.append("dep=" + top.dep_)
    feats.append(f"dep={top.dep_}|{where}")
    feats.append(f"dep={top.dep_}|next={_word(nxt)}")
    if nxt.is_punct and k + 1 < len(doc):
        after = doc[k + 1]
        feats.append(f"punct={nxt.text}|{_word(after)}")
        feats.append(f"punct={nxt.text}|{after.dep_}")
    feats.append("kept=" + _bucket(k - start))
    span_end = max(end, k)
    rest = span_end - k if k < end else k - end
    feats.append(f"moved={_bucket(rest)}|{where}")
    if last.text in _CLOSING:
        feats.append("last=closing_mark")
    return feats


@dataclass
class BoundaryModel:
    """``P(the content ends here)`` per candidate: ``sigmoid(bias + sum of weights)``; the best candidate wins."""

    weights: dict[str, float]
    bias: float
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str | None = None) -> BoundaryModel:
        return _load_cached(str(path) if path is not None else None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoundaryModel:
        if data.get("format") != FORMAT_VERSION or data.get("kind") != "boundary" or not isinstance(data.get("weights"), dict):
            raise ValueError("not a quotegraph boundary model")
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), dict(data.get("meta", {})))

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT_VERSION, "kind": "boundary", "bias": self.bias, "meta": self.meta, "weights": dict(sorted(self.weights.items()))}

    def score_features(self, features: Iterable[str]) -> float:
        return logistic(self.weights, self.bias, features)

    def best_end(self, doc: Doc, start: int, end: int, cue_lemma: str, blocked: Iterable[tuple[int, int]] = (), limit: int | None = None) -> int:
        """The candidate end with the highest score (the rule's end on ties), not past ``limit``."""
        limit = len(doc) if limit is None else limit
        best, best_score = end, self.score_features(cut_features(doc, start, end, end, cue_lemma))
        for k in candidate_ends(doc, start, end, blocked):
            if k == end or k > limit:
                continue
            score = self.score_features(cut_features(doc, start, end, k, cue_lemma))
            if score > best_score:
                best, best_score = k, score
        return best


@lru_cache(maxsize=4)
def _load_cached(path: str | None) -> BoundaryModel:
    return BoundaryModel.from_dict(read_model_json(MODEL_RESOURCE, path))


def boundary_model() -> BoundaryModel | None:
    """The packaged model, or None when it is missing or switched off (``QUOTEGRAPH_NO_BOUNDARY_MODEL=1``)."""
    if os.environ.get("QUOTEGRAPH_NO_BOUNDARY_MODEL") == "1":
        return None
    try:
        return BoundaryModel.load()
    except (FileNotFoundError, ValueError):
        return None
