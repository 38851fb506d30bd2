"""The learned cue model: training is reproducible, labels follow the speech notion, find_cues uses it safely."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph import cues, learned, training
from quotegraph.evaluation import GoldArticle, GoldAttribution
from quotegraph.learned import CueModel, DocContext, token_features

# A tiny corpus written for these tests: (text, [(source, cue, content), ...]); every part is a
# substring found left to right in the text.
TRAIN = {
    "doc-a": (
        (
            '"We will win this state," Ana Ruiz said on Monday. Prices continued to rise in March.\n'
            "The mayor went on to say that the plan would pass.\n"
        ),
        [("Ana Ruiz", "said", "We will win this state"), ("The mayor", "went on to say", "that the plan would pass")],
    ),
    "doc-b": (
        (
            'Mayor Tom Diaz thinks "the vote is rigged." He told reporters that the count was fair.\n'
            '"Thank you for coming," the mayor said.\n'
        ),
        [("Mayor Tom Diaz", "thinks", '"the vote is rigged."'), ("He", "told", "that the count was fair"), ("the mayor", "said", "Thank you for coming")],
    ),
    "doc-c": (
        (
            'The senator called the plan "a disaster." They shared a meal after the debate.\n'
            '"It is over," Lee interjected.\n'
        ),
        [("The senator", "called", 'the plan "a disaster."'), ("Lee", "interjected", "It is over")],
    ),
}
DEV = {
    "doc-d": (
        '"We are ready," Maria Lopez said. Polls show Lopez ahead.\nShe added that the campaign would continue.\n',
        [("Maria Lopez", "said", "We are ready"), ("Polls", "show", "Lopez ahead"), ("She", "added", "that the campaign would continue")],
    ),
}


def _offsets(text: str, parts: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for part in parts:
        start = text.index(part, at)
        spans.append((start, start + len(part)))
    return spans


def _write_split(root: Path, split: str, docs: dict) -> None:
    (root / "data" / split / "text").mkdir(parents=True)
    (root / "data" / split / "attributions").mkdir(parents=True)
    for doc_id, (text, attributions) in docs.items():
        (root / "data" / split / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        lines, n = [], 0
        for e, (source, cue, content) in enumerate(attributions, start=1):
            spans = {}
            for label, part in (("Source", source), ("Cue", cue), ("Content", content)):
                start = text.index(part)
                n += 1
                spans[label] = f"T{n}"
                lines.append(f"T{n}\t{label} {start} {start + len(part)}\t{part}")
            n += 1
            lines.append(f"T{n}\tAttribution {text.index(cue)} {text.index(cue) + len(cue)}\t{cue}")
            lines.append(f"E{e}\tAttribution:T{n} Content:{spans['Content']} Cue:{spans['Cue']} Source:{spans['Source']}")
        (root / "data" / split / "attributions" / f"{doc_id}_ann1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def tiny_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    _write_split(root, "train", TRAIN)
    _write_split(root, "dev", DEV)
    return root


def _article(doc_id: str, docs: dict) -> GoldArticle:
    text, attributions = docs[doc_id]
    gold = []
    for source, cue, content in attributions:
        s, c, t = (_offsets(text, [part])[0] for part in (source, cue, content))
        gold.append(GoldAttribution(content=(t,), source=(s,), cue=(c,), cue_text=cue))
    return GoldArticle(doc_id, text, tuple(gold))


# -- training ------------------------------------------------------------------------------------


def test_training_twice_with_the_same_seed_writes_the_same_file(en_nlp, tiny_corpus: Path, tmp_path: Path):
    hyper = training.Hyper(epochs=3, min_count=1)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    meta = training.train_cue_model(tiny_corpus, first, seed=13, hyper=hyper, n_process=1)
    training.train_cue_model(tiny_corpus, second, seed=13, hyper=hyper, n_process=1)
    assert first.read_bytes() == second.read_bytes()
    assert meta["seed"] == 13
    assert meta["train_fingerprint"] == hashlib.sha256("\n".join(sorted(TRAIN)).encode()).hexdigest()
    assert {"precision", "recall", "f1"} <= set(meta["dev_metrics"]["at_best_threshold"])
    model = CueModel.load(first)
    assert model.weights and model.meta["hyper"]["epochs"] == 3


def test_training_uses_the_one_feature_function():
    assert training.token_features is learned.token_features


def test_labels_follow_the_speech_notion(en_nlp):
    from quotegraph.lexicon import speech_cues

    lemmatize = lambda text: [token.lemma_ for token in en_nlp(text)]
    for doc_id, expected in (
        ("doc-a", {"said": 1, "say": 1, "went": 0, "continued": 0}),
        ("doc-b", {"thinks": 0, "told": 1, "Thank": 0, "said": 1}),
        ("doc-c", {"called": 1, "shared": 0, "interjected": 1}),
    ):
        article = _article(doc_id, TRAIN)
        doc = en_nlp(article.text)
        labels = training.label_doc(doc, article, lemmatize, speech_cues())
        by_text = {doc[i].text: label for i, label in labels.items()}
        for word, label in expected.items():
            assert by_text.get(word) == label, (doc_id, word, by_text)


# -- the packaged model --------------------------------------------------------------------------


def test_packaged_model_is_small_and_documented():
    path = Path(learned.__file__).parent / "data" / "cue_model.json"
    assert path.stat().st_size < 3_000_000
    model = CueModel.load()
    assert model is CueModel.load()  # cached
    assert len(model.weights) > 1000 and 0 < model.threshold < 1
    assert model.meta["seed"] == training.DEFAULT_SEED
    assert len(model.meta["train_fingerprint"]) == 64
    assert model.meta["dev_metrics"]["at_best_threshold"]["f1"] > 0.85


def test_packaged_model_scores_speech_in_context(en_nlp):
    model = CueModel.load()
    doc = en_nlp('"Thank you for coming," Diaz said. Trump thinks the vote is rigged.')
    by_text = {token.text: model.score(doc, token) for token in doc}
    assert by_text["said"] > 0.9
    assert by_text["Thank"] < 0.1  # a verb inside the quote is the speaker's, not a cue
    assert by_text["thinks"] < 0.1


# -- find_cues -----------------------------------------------------------------------------------


def _lemmas(doc) -> list[str]:
    return [cue.lemma for cue in cues.find_cues(doc)]


def _use_model(monkeypatch, path) -> None:
    monkeypatch.setattr(cues, "USE_CUE_MODEL", True)
    monkeypatch.setattr(cues, "CUE_MODEL_PATH", None if path is None else str(path))
    monkeypatch.setattr(cues, "_MODEL_FAILED", set())


def test_find_cues_drops_unlikely_lexicon_verbs_and_adds_likely_others(en_nlp, monkeypatch, tmp_path: Path):
    handmade = CueModel({"lemma=interject": 9.0, "lemma=thank": -9.0, "lemma=think": 9.0}, bias=0.0)
    path = tmp_path / "model.json"
    training.write_model(handmade, path)
    _use_model(monkeypatch, path)
    monkeypatch.setattr(cues, "KEEP_LEXICON_AT", 0.02)
    monkeypatch.setattr(cues, "ADD_VERB_AT", 0.9)
    doc = en_nlp('"Thank you," Lee interjected. Diaz said he thinks it is over.')
    lemmas = _lemmas(doc)
    assert "interject" in lemmas and "say" in lemmas
    assert "thank" not in lemmas
    assert "think" not in lemmas  # a belief never becomes a cue, whatever the score


def test_find_cues_without_a_model_file_uses_the_lexicon(en_nlp, monkeypatch, tmp_path: Path):
    doc = en_nlp('"Thank you," Lee interjected. Diaz said he thinks it is over.')
    monkeypatch.setattr(cues, "USE_CUE_MODEL", False)
    lexicon_only = cues.find_cues(doc)
    assert [cue.lemma for cue in lexicon_only] == ["thank", "say"]
    _use_model(monkeypatch, tmp_path / "missing.json")
    assert cues.find_cues(doc) == lexicon_only
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": 99}), encoding="utf-8")
    _use_model(monkeypatch, broken)
    assert cues.find_cues(doc) == lexicon_only


def test_packaged_model_in_find_cues(en_nlp, monkeypatch):
    _use_model(monkeypatch, None)
    doc = en_nlp('"Thank you for coming," Diaz said. Trump thinks the vote is rigged.')
    lemmas = _lemmas(doc)
    assert "say" in lemmas and "thank" not in lemmas and "think" not in lemmas


def test_environment_switch_is_read_at_import():
    code = "import quotegraph.cues as c; print(c.USE_CUE_MODEL)"
    env = {**os.environ, "QUOTEGRAPH_NO_CUE_MODEL": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_doc_context_finds_quote_positions(en_nlp):
    doc = en_nlp('"We will win," she said. He told us: "No."')
    ctx = DocContext.build(doc)
    said = next(t for t in doc if t.text == "said")
    told = next(t for t in doc if t.text == "told")
    win = next(t for t in doc if t.text == "win")
    assert ctx.is_inside(win.i) and not ctx.is_inside(said.i)
    assert "qpos=after_close" in token_features(said, ctx)
    assert "qpos=before_open" in token_features(told, ctx)
