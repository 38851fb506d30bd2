"""Train the cue classifier (``learned.CueModel``) on PolNeAR train; evaluate on dev; write the JSON.

    .venv/bin/python -m quotegraph.training ../shared/data/polnear --out src/quotegraph/data/cue_model.json

What it does, deterministically for a given corpus, seed and spaCy model:

1. Parses the ``train`` and ``dev`` splits with :func:`quotegraph.load_nlp` (``nlp.pipe``, two
   processes by default; ``--cache DIR`` keeps the parsed Docs for re-runs).
2. Candidates are the tokens :func:`learned.is_candidate` accepts (verbs, nouns heading a content
   clause); ``according to`` is a rule in ``cues.py`` and is not scored. Each candidate gets the
   features of :func:`learned.token_features`.
3. Labels (the *speech* notion of the project). For each gold attribution with a cue, one
   representative token: the first candidate in the cue whose lemma (or verb + particle) is in the
   speech lexicon (``went on to say`` → ``say``), else the cue's syntactic head, else its first verb.
   It is positive when the attribution is speech: the gold cue is a speech cue by the evaluator's
   own test (:func:`evaluation.is_speech_cue`), or the representative is a verb outside
   :data:`learned.NOT_SPEECH` whose content carries double quote marks (a verb that introduces
   quoted words reports speech: ``interjected``, ``condemned ... as "..."``, ``exhorted``). Beliefs,
   intentions, evidence and light verbs (``think``, ``want``, ``polls show``, ``made the comments``)
   are negative. Every other candidate is negative,
   except lexicon verbs inside a gold content and outside quote marks, which are left out: PolNeAR
   annotates one attribution per token, so a cue nested in another's content (``X said Y told
   police that ...``) is unannotated, not wrong.
4. Logistic regression in numpy: Adagrad over shuffled mini-batches (order from ``seed``), L2,
   features seen fewer than ``min_count`` times dropped, tiny weights pruned after training.
5. Token-level precision/recall/F1 on dev (and the lexicon rule's, for comparison); the threshold
   with the best dev F1 is stored as ``threshold``. Metadata: sha256 of the sorted train doc ids,
   seed, hyperparameters, spaCy model name and version, lexicon sha256, dev metrics.

The thresholds ``cues.find_cues`` uses are chosen end to end with ``--sweep`` (extraction scored by
``quotegraph eval``'s metrics on dev), not by the token-level F1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, DocBin

from .evaluation import (
    GoldArticle,
    is_speech_cue,
    load_spacy_lemmatizer,
    read_brat_corpus,
)
from .learned import (
    FORMAT_VERSION,
    NOT_SPEECH,
    CueModel,
    DocContext,
    is_candidate,
    phrasal_lemma,
    token_features,
)
from .lexicon import speech_cues

DEFAULT_SEED = 13
DOUBLE_MARKS = "\"“”„«»‟"


@dataclass(frozen=True)
class Hyper:
    """Training hyperparameters, chosen on dev token log-loss (l2 1e-6..3e-3, 5-20 epochs, rate 0.05-0.3,
    min_count 2/3/5 all gave dev F1 0.930-0.935; min_count 5 halves the file at no loss)."""

    epochs: int = 10
    batch_size: int = 32
    learning_rate: float = 0.1
    l2: float = 3e-4
    min_count: int = 5
    prune_below: float = 1e-3


# --------------------------------------------------------------------------------------------
# Parsing and examples
# --------------------------------------------------------------------------------------------


def parse_articles(articles: Sequence[GoldArticle], n_process: int = 2, cache: Path | None = None, tag: str = "") -> list[Doc]:
    """Parse article texts with :func:`quotegraph.load_nlp`; reuse ``cache/<tag>-<hash>.spacy`` when present."""
    from . import load_nlp
    from .settings import Settings

    nlp = load_nlp()
    key = hashlib.sha256()
    from .pipeline import KEPT_ABBREVIATIONS

    key.update(f"{Settings().model} {nlp.meta.get('version', '')} {','.join(nlp.pipe_names)} {','.join(KEPT_ABBREVIATIONS)}".encode())
    for article in articles:
        key.update(article.doc_id.encode() + b"\0" + article.text.encode() + b"\0")
    path = cache / f"{tag or 'docs'}-{key.hexdigest()[:16]}.spacy" if cache is not None else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    texts = [article.text for article in articles]
    docs = list(nlp.pipe(texts, n_process=n_process, batch_size=8)) if n_process > 1 else list(nlp.pipe(texts, batch_size=8))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


def _cue_tokens(doc: Doc, fragments: Iterable[tuple[int, int]]) -> list[int]:
    indices: set[int] = set()
    for start, end in fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            indices.update(token.i for token in span)
    return sorted(indices)


def _is_according(doc: Doc, i: int) -> bool:
    return doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to"


def representative(doc: Doc, tokens: Sequence[int], lexicon: frozenset[str]) -> int | None:
    """The candidate token that stands for a gold cue (see the module docstring), or None."""
    candidates = [i for i in tokens if is_candidate(doc[i]) and not _is_according(doc, i)]
    if not candidates:
        return None
    for i in candidates:
        token = doc[i]
        if token.lemma_.lower() in lexicon or phrasal_lemma(token) in lexicon:
            return i
    inside = set(tokens)
    tops = [i for i in candidates if doc[i].head.i not in inside or doc[i].head.i == i]
    if tops:
        return tops[0]
    verbs = [i for i in candidates if doc[i].pos_ == "VERB"]
    return verbs[0] if verbs else candidates[0]


def label_doc(doc: Doc, article: GoldArticle, lemmatize: Any, lexicon: frozenset[str]) -> dict[int, int]:
    """Label of every scored candidate token in ``doc``: 1 speech cue, 0 not; unlabelled tokens are absent."""
    text = article.text
    positives: set[int] = set()
    claimed: set[int] = set()
    content_chars: list[tuple[int, int]] = []
    for gold in article.attributions:
        content_chars.extend(gold.content)
        if not gold.cue:
            continue
        rep = representative(doc, _cue_tokens(doc, gold.cue), lexicon)
        if rep is None:
            continue
        claimed.add(rep)
        token = doc[rep]
        start = min(s for s, _ in gold.content)
        end = max(e for _, e in gold.content)
        quoted = any(mark in text[max(0, start - 1) : end + 1] for mark in DOUBLE_MARKS)
        speech = is_speech_cue(gold.cue_text, lemmatize) or (
            quoted and token.pos_ == "VERB" and token.lemma_.lower() not in NOT_SPEECH
        )
        if speech:
            positives.add(rep)
    content_chars.sort()
    ctx = DocContext.build(doc)
    labels: dict[int, int] = {}
    for token in doc:
        if not is_candidate(token) or _is_according(doc, token.i):
            continue
        if token.i in positives:
            labels[token.i] = 1
            continue
        lexical = token.lemma_.lower() in lexicon or phrasal_lemma(token) in lexicon
        if lexical and token.i not in claimed and not ctx.is_inside(token.i) and _in_any(token.idx, content_chars):
            continue  # a cue nested in another attribution's content: unannotated in a univocal corpus
        labels[token.i] = 0
    return labels


def _in_any(char: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in spans)


def build_examples(docs: Sequence[Doc], articles: Sequence[GoldArticle], lemmatize: Any) -> tuple[list[list[str]], list[int], list[bool]]:
    """Features, labels and the lexicon flag of every labelled candidate, in document and token order."""
    lexicon = speech_cues()
    rows: list[list[str]] = []
    labels: list[int] = []
    lexical: list[bool] = []
    for doc, article in zip(docs, articles):
        if doc.text != article.text:
            raise ValueError(f"parsed text differs from the corpus text for {article.doc_id}")
        ctx = DocContext.build(doc)
        for i, label in sorted(label_doc(doc, article, lemmatize, lexicon).items()):
            token = doc[i]
            rows.append(token_features(token, ctx, lexicon))
            labels.append(label)
            lexical.append(token.pos_ == "VERB" and (token.lemma_.lower() in lexicon or phrasal_lemma(token) in lexicon))
    return rows, labels, lexical


# --------------------------------------------------------------------------------------------
# Logistic regression (numpy only)
# --------------------------------------------------------------------------------------------


def _index(rows: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """CSR (indptr, indices) of feature rows over a vocabulary; unknown features are skipped."""
    indptr = [0]
    indices: list[int] = []
    for row in rows:
        indices.extend(sorted({vocabulary[f] for f in row if f in vocabulary}))
        indptr.append(len(indices))
    return np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64)


def fit_logistic(rows: Sequence[Sequence[str]], labels: Sequence[int], seed: int = DEFAULT_SEED, hyper: Hyper = Hyper(), log: Any = None) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by mini-batch Adagrad; returns (weights by feature, bias)."""
    counts: dict[str, int] = {}
    for row in rows:
        for feature in set(row):
            counts[feature] = counts.get(feature, 0) + 1
    vocab_list = sorted(f for f, c in counts.items() if c >= hyper.min_count)
    vocabulary = {f: n for n, f in enumerate(vocab_list)}
    indptr, indices = _index(rows, vocabulary)
    y = np.asarray(labels, dtype=np.float64)
    n, dim = len(y), len(vocab_list)
    weights = np.zeros(dim)
    squares = np.zeros(dim)
    bias, bias_square = 0.0, 0.0
    # Start the bias at the log-odds of the base rate so early epochs do not chase it.
    rate = min(max(y.mean() if n else 0.5, 1e-6), 1 - 1e-6)
    bias = float(np.log(rate / (1 - rate)))
    rng = np.random.default_rng(seed)
    lengths = np.diff(indptr)
    for epoch in range(hyper.epochs):
        order = rng.permutation(n)
        for begin in range(0, n, hyper.batch_size):
            batch = order[begin : begin + hyper.batch_size]
            cols = np.concatenate([indices[indptr[r] : indptr[r + 1]] for r in batch])
            row_of = np.repeat(np.arange(len(batch)), lengths[batch])
            z = bias + np.bincount(row_of, weights=weights[cols], minlength=len(batch))
            p = 1.0 / (1.0 + np.exp(-z))
            error = (p - y[batch]) / len(batch)
            unique, inverse = np.unique(cols, return_inverse=True)
            grad = np.bincount(inverse, weights=error[row_of], minlength=len(unique)) + hyper.l2 * weights[unique]
            squares[unique] += grad * grad
            weights[unique] -= hyper.learning_rate * grad / (np.sqrt(squares[unique]) + 1e-8)
            grad_bias = float(error.sum())
            bias_square += grad_bias * grad_bias
            bias -= hyper.learning_rate * grad_bias / (np.sqrt(bias_square) + 1e-8)
        if log is not None:
            z = bias + np.add.reduceat(np.append(weights[indices], 0.0), indptr[:-1]) * (lengths > 0)
            loss = float(np.mean(np.logaddexp(0, z) - y * z))
            log(f"epoch {epoch + 1}: train log-loss {loss:.4f}")
    kept = {f: round(float(w), 5) for f, w in zip(vocab_list, weights) if abs(w) >= hyper.prune_below}
    return kept, round(bias, 5)


# --------------------------------------------------------------------------------------------
# Metrics
# --------------------------------------------------------------------------------------------


def prf(predicted: Sequence[bool], labels: Sequence[int]) -> dict[str, float]:
    tp = sum(1 for p, y in zip(predicted, labels) if p and y)
    n_pred = sum(1 for p in predicted if p)
    n_gold = sum(1 for y in labels if y)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def token_metrics(model: CueModel, rows: Sequence[Sequence[str]], labels: Sequence[int], lexical: Sequence[bool]) -> dict[str, Any]:
    """Dev token-level metrics: log-loss, the best-F1 threshold, P/R/F1 there and at 0.5, and the lexicon rule's."""
    scores = [model.score_features(row) for row in rows]
    eps = 1e-12
    loss = -sum(np.log(max(s, eps)) if y else np.log(max(1 - s, eps)) for s, y in zip(scores, labels)) / max(1, len(labels))
    best_t, best = 0.5, prf([s >= 0.5 for s in scores], labels)
    for step in range(5, 96):
        t = step / 100
        result = prf([s >= t for s in scores], labels)
        if result["f1"] > best["f1"]:
            best_t, best = t, result
    lexical_scores = [(s, y) for s, y, lex in zip(scores, labels, lexical) if lex]
    return {
        "candidates": len(labels),
        "log_loss": round(float(loss), 4),
        "best_threshold": best_t,
        "at_best_threshold": best,
        "at_0.5": prf([s >= 0.5 for s in scores], labels),
        "lexicon_rule": prf(list(lexical), labels),
        "lexicon_verbs_model_at_best": prf([s >= best_t for s, _ in lexical_scores], [y for _, y in lexical_scores]),
    }


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def fingerprint(articles: Sequence[GoldArticle]) -> str:
    """sha256 of the sorted doc ids, one a line."""
    return hashlib.sha256("\n".join(sorted(a.doc_id for a in articles)).encode("utf-8")).hexdigest()


def _lexicon_hash() -> str:
    return hashlib.sha256("\n".join(sorted(speech_cues())).encode("utf-8")).hexdigest()


def train_cue_model(
    corpus_root: Path | str,
    out_path: Path | str | None,
    seed: int = DEFAULT_SEED,
    hyper: Hyper = Hyper(),
    n_process: int = 2,
    cache: Path | str | None = None,
    train_split: str = "train",
    dev_split: str = "dev",
    limit: int | None = None,
    log: Any = None,
) -> dict[str, Any]:
    """Train on ``train_split``, measure on ``dev_split``, write the model JSON to ``out_path``.

    Args:
        corpus_root: the PolNeAR folder (holding ``data/``), or any brat corpus of that shape.
        out_path: where to write the JSON (None: do not write).
        seed: shuffling seed; the same corpus, seed and model give a byte-identical file.
        hyper: training hyperparameters.
        n_process: parser processes.
        cache: folder for parsed Docs (DocBin), reused when the texts and model are unchanged.
        limit: read only the first ``limit`` documents of each split (for quick checks).
        log: a ``print``-like callable for progress, or None.

    Returns:
        The metadata written, with the dev metrics.
    """
    from . import load_nlp
    from .settings import Settings

    say = log or (lambda message: None)
    cache_dir = Path(cache) if cache is not None else None
    train_articles = read_brat_corpus(Path(corpus_root), train_split, limit)
    dev_articles = read_brat_corpus(Path(corpus_root), dev_split, limit)
    say(f"parsing {len(train_articles)} {train_split} and {len(dev_articles)} {dev_split} articles")
    train_docs = parse_articles(train_articles, n_process, cache_dir, train_split)
    dev_docs = parse_articles(dev_articles, n_process, cache_dir, dev_split)
    lemmatize = load_spacy_lemmatizer()
    rows, labels, _ = build_examples(train_docs, train_articles, lemmatize)
    dev_rows, dev_labels, dev_lexical = build_examples(dev_docs, dev_articles, lemmatize)
    say(f"{len(rows)} train candidates ({sum(labels)} positive), {len(dev_rows)} dev ({sum(dev_labels)} positive)")
    weights, bias = fit_logistic(rows, labels, seed, hyper, log)
    model = CueModel(weights, bias)
    metrics = token_metrics(model, dev_rows, dev_labels, dev_lexical)
    model.threshold = metrics["best_threshold"]
    nlp = load_nlp()
    model.meta = {
        "trained_on": f"{train_split} ({len(train_articles)} documents)",
        "train_fingerprint": fingerprint(train_articles),
        "dev_fingerprint": fingerprint(dev_articles),
        "seed": seed,
        "hyper": {k: getattr(hyper, k) for k in hyper.__dataclass_fields__},
        "spacy_model": f"{Settings().model} {nlp.meta.get('version', '')}",
        "lexicon_sha256": _lexicon_hash(),
        "train_examples": len(rows),
        "train_positives": int(sum(labels)),
        "features": len(weights),
        "dev_metrics": metrics,
        "command": "python -m quotegraph.training CORPUS --out src/quotegraph/data/cue_model.json",
    }
    if out_path is not None:
        write_model(model, Path(out_path))
    say(json.dumps(metrics, indent=1))
    return model.meta


def write_model(model: Any, path: Path) -> None:
    """Write a model's JSON (``CueModel`` or ``BoundaryModel``; sorted keys, one weight a line:
    stable bytes, readable diffs)."""
    data = model.to_dict()
    assert data["format"] == FORMAT_VERSION
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def train_cli(argv: Sequence[str] | None = None) -> int:
    """``python -m quotegraph.training CORPUS --out FILE [--seed N] [--cache DIR] [--sweep]``."""
    parser = argparse.ArgumentParser(prog="python -m quotegraph.training", description="Train the cue classifier on PolNeAR train; evaluate on dev.")
    parser.add_argument("corpus", type=Path, help="PolNeAR folder (the one holding data/)")
    parser.add_argument("--out", type=Path, default=None, help="model JSON to write (default: do not write)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--processes", "-p", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep parsed Docs in between runs")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents of each split")
    parser.add_argument("--sweep", action="store_true", help="instead of training: score extraction on dev for a grid of cues.py thresholds")
    parser.add_argument("--model", type=Path, default=None, help="model JSON for --sweep (default: the packaged one)")
    args = parser.parse_args(argv)
    if args.sweep:
        for line in sweep_thresholds(args.corpus, model_path=args.model, n_process=args.processes, cache=args.cache, limit=args.limit):
            print(line, flush=True)
        return 0
    train_cue_model(args.corpus, args.out, seed=args.seed, n_process=args.processes, cache=args.cache, limit=args.limit, log=lambda m: print(m, file=sys.stderr, flush=True))
    return 0


# --------------------------------------------------------------------------------------------
# Threshold sweep (end to end, on dev)
# --------------------------------------------------------------------------------------------

KEEP_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3)
ADD_GRID = (1.01, 0.9, 0.7, 0.5, 0.4, 0.3, 0.25)


def sweep_thresholds(
    corpus_root: Path | str,
    split: str = "dev",
    keep_grid: Sequence[float] = KEEP_GRID,
    add_grid: Sequence[float] = ADD_GRID,
    model_path: Path | None = None,
    n_process: int = 2,
    cache: Path | str | None = None,
    limit: int | None = None,
) -> Iterable[str]:
    """Score extraction on ``split`` for each (keep, add) pair of ``cues.find_cues`` thresholds.

    Yields one line per pair: F1 of content exact / overlap / source on the speech, direct and all
    subsets (as ``quotegraph eval`` prints them). ``add`` above 1 adds nothing (lexicon filter only).
    """
    from . import cues
    from .evaluation import merge_split_quotes, score_articles
    from .pipeline import extract_doc

    articles = read_brat_corpus(Path(corpus_root), split, limit)
    docs = parse_articles(articles, n_process, Path(cache) if cache is not None else None, split)
    lemmatize = load_spacy_lemmatizer()
    saved = (cues.CUE_MODEL_PATH, cues.KEEP_LEXICON_AT, cues.ADD_VERB_AT, cues.USE_CUE_MODEL)
    yield "keep  add   | speech exact overlap source | direct exact overlap source | all exact overlap source | cues  preds"
    try:
        cues.CUE_MODEL_PATH = model_path
        cues.USE_CUE_MODEL = True
        configs: list[tuple[float, float] | None] = [None] + [(k, a) for k in keep_grid for a in add_grid]
        for config in configs:
            if config is None:
                cues.USE_CUE_MODEL = False
                label = "rules only  "
            else:
                cues.USE_CUE_MODEL = True
                cues.KEEP_LEXICON_AT, cues.ADD_VERB_AT = config
                label = f"{config[0]:<5} {config[1]:<5} "
            n_cues = n_preds = 0
            predictions = []
            for doc in docs:
                n_cues += len(cues.find_cues(doc))
                predictions.append(merge_split_quotes(extract_doc(doc)))
                n_preds += len(predictions[-1])
            report = score_articles(articles, predictions, lemmatize, split=split)
            cells = []
            for subset in ("speech", "direct", "all"):
                scores = report.scores[subset]
                cells.append(" ".join(f"{scores[m].f1:.3f}" for m in ("content_exact", "content_overlap", "source")))
            yield f"{label}| {cells[0]}        | {cells[1]}        | {cells[2]}     | {n_cues}  {n_preds}"
    finally:
        cues.CUE_MODEL_PATH, cues.KEEP_LEXICON_AT, cues.ADD_VERB_AT, cues.USE_CUE_MODEL = saved


if __name__ == "__main__":
    sys.exit(train_cli())


# --------------------------------------------------------------------------------------------
# The boundary model (``boundaries.BoundaryModel``): where reported content ends
# --------------------------------------------------------------------------------------------


def boundary_examples(docs: Sequence[Doc], articles: Sequence[GoldArticle]) -> list[tuple[list[list[str]], list[int], int]]:
    """One example per reported content the rules find that overlaps a gold content: the features
    of each candidate end, which candidates end where the gold does (after trimming), and the
    index of the rule's end. Contents whose gold end is no candidate are left out."""
    from .boundaries import candidate_ends, cut_features
    from .cues import find_cues, find_noun_cues, trim_tokens
    from .evaluation import normalise_span
    from .quote_spans import find_quote_spans
    from .settings import Settings
    from .speakers import Attributor

    settings = Settings(learned_boundaries=False)
    examples = []
    for doc, article in zip(docs, articles):
        attributor = Attributor(doc, find_quote_spans(doc.text), find_cues(doc) + find_noun_cues(doc), settings)
        attributor.boundary_trace = []
        attributor.run()
        golds = []
        for attribution in article.attributions:
            lo = min(s for s, _ in attribution.content)
            hi = max(e for _, e in attribution.content)
            golds.append(normalise_span(doc.text, lo, hi))
        for start, end, lemma, blocked in attributor.boundary_trace:
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            overlaps = [(min(last, g1) - max(first, g0), g0, g1) for g0, g1 in golds if min(last, g1) > max(first, g0)]
            if not overlaps:
                continue
            gold_end = max(overlaps)[2]
            rows, labels, rule_index = [], [], -1
            for k in candidate_ends(doc, start, end, blocked):
                trimmed = trim_tokens(doc, start, k)
                char_end = doc[trimmed[1] - 1].idx + len(doc[trimmed[1] - 1]) if trimmed else -1
                rows.append(cut_features(doc, start, end, k, lemma))
                labels.append(int(normalise_span(doc.text, first, char_end)[1] == gold_end) if char_end > first else 0)
                if k == end:
                    rule_index = len(rows) - 1
            if any(labels):
                examples.append((rows, labels, rule_index))
    return examples


def train_boundary_model(
    corpus_root: Path | str,
    out_path: Path | str | None,
    seed: int = DEFAULT_SEED,
    n_process: int = 2,
    cache: Path | str | None = None,
    limit: int | None = None,
    log: Any = None,
) -> dict[str, Any]:
    """Train the boundary model on PolNeAR train, report how often it picks the gold end on dev
    (and how often the rule's end is right), write ``data/boundary_model.json``."""
    from .boundaries import BoundaryModel

    say = log or (lambda message: None)
    cache_dir = Path(cache) if cache is not None else None
    train_articles = read_brat_corpus(Path(corpus_root), "train", limit)
    dev_articles = read_brat_corpus(Path(corpus_root), "dev", limit)
    train = boundary_examples(parse_articles(train_articles, n_process, cache_dir, "train"), train_articles)
    dev = boundary_examples(parse_articles(dev_articles, n_process, cache_dir, "dev"), dev_articles)
    rows = [row for candidates, _, _ in train for row in candidates]
    labels = [label for _, candidate_labels, _ in train for label in candidate_labels]
    say(f"{len(train)} train contents, {len(rows)} candidate ends; {len(dev)} dev contents")
    weights, bias = fit_logistic(rows, labels, seed, BOUNDARY_HYPER, log)
    model = BoundaryModel(weights, bias)

    def accuracy(examples: Sequence[tuple[list[list[str]], list[int], int]], pick: Any) -> float:
        return round(sum(ex[1][pick(ex)] for ex in examples) / max(1, len(examples)), 4)

    def best(ex: tuple[list[list[str]], list[int], int]) -> int:
        scores = [model.score_features(row) for row in ex[0]]
        top = max(scores)
        return ex[2] if scores[ex[2]] >= top else scores.index(top)

    metrics = {
        "dev_contents": len(dev),
        "dev_end_accuracy_rule": accuracy(dev, lambda ex: ex[2]),
        "dev_end_accuracy_model": accuracy(dev, best),
        "train_end_accuracy_rule": accuracy(train, lambda ex: ex[2]),
        "train_end_accuracy_model": accuracy(train, best),
    }
    model.meta = {
        "trained_on": f"train ({len(train_articles)} documents)",
        "train_fingerprint": fingerprint(train_articles),
        "seed": seed,
        "hyper": {k: getattr(BOUNDARY_HYPER, k) for k in BOUNDARY_HYPER.__dataclass_fields__},
        "train_contents": len(train),
        "features": len(weights),
        "metrics": metrics,
        "command": "quotegraph train CORPUS --model boundary",
    }
    if out_path is not None:
        write_model(model, Path(out_path))
    say(json.dumps(metrics, indent=1))
    return model.meta


BOUNDARY_HYPER = Hyper(epochs=10, batch_size=32, learning_rate=0.1, l2=3e-4, min_count=3, prune_below=1e-3)
