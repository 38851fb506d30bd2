"""The learned cue scorer: P(token heads a speech cue), from a logistic regression over sparse features.

The rules in ``cues.py`` find cues from a word list; this module tells, in context, whether a
candidate verb is used as a speech cue (``said``, ``told``, ``quipped``) or not (``continue to
rise``, ``call it off``, ``share a meal``). Training lives in ``training.py``; both use the one
feature function here, :func:`token_features`.

The model is a dict of feature string → weight plus a bias, shipped as JSON in
``data/cue_model.json`` (no download at run time). Scoring a token is a few dozen string
builds and dict lookups.
"""

from __future__ import annotations

import bisect
import json
import math
from itertools import repeat
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .lexicon import speech_cues
from .quote_spans import find_quote_spans

MODEL_RESOURCE = "data/cue_model.json"
FORMAT_VERSION = 1

# Beliefs, intentions, perceptions and evidence: PolNeAR annotates them as attributions
# (`Trump thinks ...`, `polls show ...`), quotegraph reports speech only. Also light verbs whose
# speech is in their noun (`made the comments`, `gave a speech`: the noun is the cue). These lemmas
# are never positive in training and never become cues (a rule, not a score).
NOT_SPEECH = frozenset(
    (
        # beliefs, feelings, intentions
        "think", "believe", "want", "hope", "wish", "know", "expect", "fear", "feel", "doubt", "worry",
        "understand", "realize", "realise", "assume", "suspect", "imagine", "remember", "forget", "learn",
        "like", "love", "hate", "prefer", "need", "plan", "intend", "aim", "seek", "try", "decide",
        "view", "regard", "trust", "guess", "suppose", "wonder", "care", "mean", "consider", "estimate",
        # perception and evidence
        "seem", "appear", "see", "show", "find", "hear", "notice", "recognize", "recognise", "look", "sound",
        # light and copular verbs
        "be", "have", "do", "get", "go", "become", "remain", "make", "give", "take", "use",
    )
)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
CLAUSE_MARKS = ("that", "if", "whether")
# Token distance buckets to the nearest quote mark.
_DISTANCE_BUCKETS = (1, 2, 4, 8, 16)


def is_candidate(token: Token) -> bool:
    """Tokens the model scores: every verb, and nouns that head a content clause (``the claim that``)."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "ccomp":
                return True
            if child.dep_ == "acl" and any(grand.dep_ == "mark" and grand.lower_ in CLAUSE_MARKS for grand in child.children):
                return True
    return False


def phrasal_lemma(token: Token) -> str:
    """``point out`` for a verb with a particle, else ''."""
    for child in token.children:
        if child.dep_ == "prt":
            return f"{token.lemma_.lower()} {child.lower_}"
    return ""


@dataclass
class DocContext:
    """Per-Doc facts the features need, computed once: where the quote marks are."""

    marks: list[int] = field(default_factory=list)  # token indices holding a quote mark, sorted
    opens: set[int] = field(default_factory=set)  # tokens holding an opening mark
    closes: set[int] = field(default_factory=set)  # tokens holding a closing mark
    inside: list[tuple[int, int]] = field(default_factory=list)  # token ranges inside quotes
    inside_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc) -> DocContext:
        starts = doc.to_array(IDX).tolist()
        ctx = cls()
        if not starts:
            return ctx

        def token_at(char: int) -> int:
            return max(0, bisect.bisect_right(starts, char) - 1)

        marks: set[int] = set()
        for span in find_quote_spans(doc.text):
            if span.open_mark >= 0:
                index = token_at(span.open_mark)
                marks.add(index)
                ctx.opens.add(index)
            if span.close_mark >= 0:
                index = token_at(span.close_mark)
                marks.add(index)
                ctx.closes.add(index)
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_left(starts, span.end)
            if last > first:
                ctx.inside.append((first, last))
        ctx.marks = sorted(marks)
        ctx.inside.sort()
        ctx.inside_starts = [start for start, _ in ctx.inside]
        return ctx

    def is_inside(self, i: int) -> bool:
        k = bisect.bisect_right(self.inside_starts, i) - 1
        return k >= 0 and self.inside[k][0] <= i < self.inside[k][1]

    def distance(self, i: int) -> int:
        """Tokens to the nearest quote mark; -1 when the Doc has none."""
        if not self.marks:
            return -1
        k = bisect.bisect_left(self.marks, i)
        best = min(abs(self.marks[j] - i) for j in (k - 1, k) if 0 <= j < len(self.marks))
        return best


def _bucket(distance: int) -> str:
    if distance < 0:
        return "none"
    for limit in _DISTANCE_BUCKETS:
        if distance <= limit:
            return str(limit)
    return "far"


def _after_close(token: Token, ctx: DocContext, sent_start: int) -> bool:
    """``"...," she said`` / ``"...," said Scott``: a closing mark a few tokens before, in the same sentence."""
    for j in range(token.i - 1, max(sent_start, token.i - 5) - 1, -1):
        if j in ctx.closes:
            return True
        if token.doc[j].is_sent_end or j in ctx.opens:
            return False
    return False


def _before_open(token: Token, ctx: DocContext, sent_end: int) -> bool:
    """``she said: "...`` / ``told reporters, "...``: an opening mark a few tokens after, right after ``:`` or ``,``."""
    doc = token.doc
    for j in range(token.i + 1, min(len(doc), token.i + 8, sent_end + 1)):
        if j in ctx.opens:
            return j > 0 and doc[j - 1].text in (":", ",", "—", "–")
        if j in ctx.closes:
            return False
    return False


def token_features(token: Token, ctx: DocContext, lexicon: frozenset[str] | None = None) -> list[str]:
    """The feature strings of a candidate token (the only feature function: training and scoring share it)."""
    lexicon = speech_cues() if lexicon is None else lexicon
    doc = token.doc
    lemma = token.lemma_.lower()
    phrasal = phrasal_lemma(token)
    in_lexicon = lemma in lexicon or (phrasal != "" and phrasal in lexicon)
    head = token.head
    is_root = head is token
    lex = "L" if in_lexicon else "N"
    feats = [
        "lemma=" + lemma,
        "lower=" + token.lower_,
        "pos=" + token.pos_,
        "tag=" + token.tag_,
        "dep=" + token.dep_,
        "lex=" + lex,
        "lex|pos=" + lex + token.pos_,
        "lex|dep=" + lex + token.dep_,
        "hpos=" + ("ROOT" if is_root else head.pos_),
        "hdep=" + ("ROOT" if is_root else head.dep_),
        "hlemma=" + ("ROOT" if is_root else head.lemma_.lower()),
        "lemma|dep=" + lemma + "|" + token.dep_,
    ]
    if phrasal:
        feats.append("phrasal=" + phrasal)
    if not is_root:
        feats.append("lemma|hlemma=" + lemma + "|" + head.lemma_.lower())

    deps: set[str] = set()
    subject: Token | None = None
    obj: Token | None = None
    ccomp: Token | None = None
    xcomp: Token | None = None
    for child in token.children:
        deps.add(child.dep_)
        if subject is None and child.dep_ in SUBJECT_DEPS:
            subject = child
        elif obj is None and child.dep_ in ("dobj", "dative"):
            obj = child
        elif ccomp is None and child.dep_ == "ccomp":
            ccomp = child
        elif xcomp is None and child.dep_ == "xcomp":
            xcomp = child
        elif child.dep_ == "prep":
            feats.append("lemma|prep=" + lemma + "|" + child.lower_)
    for dep in sorted(deps):
        feats.append("child=" + dep)
    has_ccomp = "ccomp" in deps
    feats.append("lemma|ccomp=" + lemma + "|" + str(has_ccomp))
    feats.append("lex|ccomp=" + lex + str(has_ccomp))
    feats.append("lemma|dobj=" + lemma + "|" + str("dobj" in deps))
    # `continued to say` vs `continued to rise`: is the verb it governs a speech verb?
    xcomp_kind = "none" if xcomp is None else ("L" if xcomp.lemma_.lower() in lexicon else "N")
    feats.append("lemma|xcomp=" + lemma + "|" + xcomp_kind)
    feats.append("lex|xcomp=" + lex + xcomp_kind)
    if ccomp is not None:
        side = "L" if ccomp.i < token.i else "R"
        feats.append("ccomp_side=" + side)
        feats.append("lex|ccomp_side=" + lex + side)
        if any(grand.dep_ == "mark" and grand.lower_ == "that" for grand in ccomp.children):
            feats.append("ccomp_that")
        feats.append("ccomp_pos=" + ccomp.pos_)

    if subject is None:
        feats.append("subj=none")
        feats.append("lex|subj=" + lex + "none")
    else:
        kind = "PRON" if subject.pos_ == "PRON" else (subject.ent_type_ or subject.pos_)
        feats.append("subj_pos=" + subject.pos_)
        feats.append("subj_ent=" + (subject.ent_type_ or "-"))
        feats.append("lex|subj=" + lex + kind)
        feats.append("lemma|subj=" + lemma + "|" + kind)
        if subject.pos_ == "PRON":
            feats.append("subj_pron=" + subject.lower_)
        if subject.dep_ == "nsubjpass":
            feats.append("subj_passive")
    if obj is not None:
        feats.append("obj_kind=" + (obj.ent_type_ or obj.pos_))
        feats.append("lemma|obj=" + lemma + "|" + (obj.ent_type_ or obj.pos_))
        if obj.pos_ == "NOUN":
            feats.append("lemma|objlemma=" + lemma + "|" + obj.lemma_.lower())  # `shared a meal`, `called a meeting`

    # Quote marks around the token.
    inside = ctx.is_inside(token.i)
    bucket = _bucket(ctx.distance(token.i))
    sent = token.sent
    sent_start, sent_end = sent.start, sent.end
    marks = ctx.marks
    sent_quote = bisect.bisect_left(marks, sent_start) < bisect.bisect_left(marks, sent_end) or ctx.is_inside(sent_start)
    feats.append("inq=" + str(inside))
    feats.append("qdist=" + bucket)
    feats.append("sentq=" + str(sent_quote))
    feats.append("lex|qdist=" + lex + bucket)
    feats.append("lex|inq=" + lex + str(inside))
    feats.append("lemma|inq=" + lemma + "|" + str(inside))
    position = "after_close" if _after_close(token, ctx, sent_start) else ("before_open" if _before_open(token, ctx, sent_end) else "")
    if position:
        feats.append("qpos=" + position)
        feats.append("lex|qpos=" + lex + position)
        feats.append("lemma|qpos=" + lemma + "|" + position)
    else:
        feats.append("lemma|sentq=" + lemma + "|" + str(sent_quote))

    # Neighbours.
    before = doc[token.i - 1].text if token.i > 0 else "<s>"
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else "</s>"
    if token.i == sent_start:
        before = "<s>"
    feats.append("prev=" + (before if not before[:1].isalnum() else "w"))
    feats.append("next=" + (after if not after[:1].isalnum() else "w"))
    return feats


@dataclass
class CueModel:
    """A logistic regression over :func:`token_features`: ``P = sigmoid(bias + sum of weights)``.

    Attributes:
        weights: feature string → weight (features absent here weigh 0).
        bias: the intercept.
        threshold: the probability above which the token-level classifier says "cue" (best F1 on dev).
        meta: training data fingerprint, seed, dev metrics, ... as written by ``training.py``.
    """

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)
    _doc: Doc | None = field(default=None, repr=False, compare=False)
    _ctx: DocContext | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | str | None = None) -> CueModel:
        """Read a model file; default the packaged ``data/cue_model.json`` (read once, cached).

        Raises:
            FileNotFoundError: when the file does not exist.
            ValueError: when it is not a cue model of a known format.
        """
        return _load_cached(str(path) if path is not None else None)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CueModel:
        if data.get("format") != FORMAT_VERSION or not isinstance(data.get("weights"), dict):
            raise ValueError(f"not a quotegraph cue model (format {data.get('format')!r})")
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data.get("threshold", 0.5)), dict(data.get("meta", {})))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "bias": self.bias,
            "threshold": self.threshold,
            "meta": self.meta,
            "weights": dict(sorted(self.weights.items())),
        }

    def context(self, doc: Doc) -> DocContext:
        """The Doc's quote-mark context, kept for the last Doc seen (scoring a Doc token by token is cheap)."""
        if self._doc is not doc or self._ctx is None:
            self._doc, self._ctx = doc, DocContext.build(doc)
        return self._ctx

    def score_features(self, features: Iterable[str]) -> float:
        return logistic(self.weights, self.bias, features)

    def score(self, doc: Doc, token: Token) -> float:
        """P(``token`` heads a speech cue in ``doc``)."""
        return self.score_features(token_features(token, self.context(doc)))

    def explain(self, doc: Doc, token: Token, top: int = 8) -> list[tuple[str, float]]:
        """The features that weigh most on ``token``'s score, largest first (for error analysis)."""
        weighed = [(f, self.weights[f]) for f in token_features(token, self.context(doc)) if f in self.weights]
        return sorted(weighed, key=lambda item: abs(item[1]), reverse=True)[:top]


def logistic(weights: dict[str, float], bias: float, features: Iterable[str]) -> float:
    """``sigmoid(bias + sum of the features' weights)``, absent features weighing 0 (both learned models)."""
    z = bias + sum(map(weights.get, features, repeat(0.0)))  # weights.get(feature, 0.0), summed in order
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def read_model_json(resource: str, path: str | None) -> dict[str, Any]:
    """A model file's JSON: ``path``, or the packaged ``resource`` (``data/...json``) when None."""
    if path is None:
        raw = resources.files("quotegraph").joinpath(resource).read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    return json.loads(raw)


@lru_cache(maxsize=4)
def _load_cached(path: str | None) -> CueModel:
    return CueModel.from_dict(read_model_json(MODEL_RESOURCE, path))
