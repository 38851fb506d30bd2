"""The learned end of reported content: candidates, the scorer, training, and its use in extraction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotegraph import boundaries, extract, training
from quotegraph.boundaries import BoundaryModel, candidate_ends, cut_features
from quotegraph.settings import Settings

from test_learned import tiny_corpus  # noqa: F401  (the fixture: a three-document brat corpus)

SENTENCE = "Ana Ruiz said the budget was balanced, which surprised critics, and left the hall."


def _content(doc, text: str) -> tuple[int, int]:
    span = doc.char_span(doc.text.index(text), doc.text.index(text) + len(text), alignment_mode="expand")
    return span.start, span.end


def test_candidates_are_constituent_boundaries_and_the_rule_end(en_nlp):
    doc = en_nlp(SENTENCE)
    start, end = _content(doc, "the budget was balanced, which surprised critics")
    words = [doc[k - 1].text for k in candidate_ends(doc, start, end)]
    assert "balanced" in words  # before ", which ..."
    assert "critics" in words  # the rule's end
    assert doc[candidate_ends(doc, start, end)[-1] - 1].text == "."  # up to the sentence end
    blocked = candidate_ends(doc, start, end, blocked=[(start, end)])
    assert blocked == [end, *[k for k in candidate_ends(doc, start, end) if k > end]]


def test_best_end_follows_the_weights(en_nlp):
    doc = en_nlp(SENTENCE)
    start, end = _content(doc, "the budget was balanced, which surprised critics")
    keep_rule = BoundaryModel({"where=rule": 5.0}, 0.0)
    assert keep_rule.best_end(doc, start, end, "say") == end
    cut_relative = BoundaryModel({"next=,|in": 5.0}, 0.0)
    cut = cut_relative.best_end(doc, start, end, "say")
    assert doc[start:cut].text == "the budget was balanced"
    assert cut_relative.best_end(doc, start, end, "say", limit=end) <= end
    assert "where=in" in cut_features(doc, start, end, cut, "say")


def test_the_packaged_model_loads_and_extends_a_short_object(en_nlp):
    model = BoundaryModel.load()
    assert model.meta["seed"] == training.DEFAULT_SEED and model.weights
    text = "Senator Mary Holt had pneumonia twice and called it a common ailment during grueling bids for office."
    with_model = [q.text for q in extract(text, nlp=en_nlp)]
    without = [q.text for q in extract(text, nlp=en_nlp, settings=Settings(learned_boundaries=False))]
    assert without == ["it a common ailment"]
    assert with_model == ["it a common ailment during grueling bids for office"]


def test_quoted_words_are_never_cut(en_nlp):
    text = 'Mayor Tom Diaz said the plan was "a disaster for the town, and for everyone," after the vote.'
    [quote] = extract(text, nlp=en_nlp)
    assert quote.text.startswith("the plan was") and "for everyone" in quote.text


def test_without_the_model_the_rule_end_stands(en_nlp, monkeypatch):
    monkeypatch.setenv("QUOTEGRAPH_NO_BOUNDARY_MODEL", "1")
    assert boundaries.boundary_model() is None


def test_boundary_training_is_reproducible(en_nlp, tiny_corpus: Path, tmp_path: Path):  # noqa: F811
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    meta = training.train_boundary_model(tiny_corpus, first, n_process=1)
    training.train_boundary_model(tiny_corpus, second, n_process=1)
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text())
    assert data["kind"] == "boundary" and meta["train_contents"] >= 1
    assert BoundaryModel.from_dict(data).bias == data["bias"]
    with pytest.raises(ValueError):
        BoundaryModel.from_dict({"format": 1, "kind": "cue", "weights": {}, "bias": 0})
