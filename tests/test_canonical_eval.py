"""Scoring against canonical speaker names (``quotegraph eval FILE.jsonl``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.canonical_eval import normalise_name, read_canonical, score_canonical

TEXT = "Mayor Ana Ruiz said the bridge would open in May. “We are ready,” she said. Tom Lee disagreed."
GOLD = {
    "id": "a1", "date": "2026-05-01", "text": TEXT,
    "quotes": [
        {"text": "the bridge would open in May", "occurrence": 1, "type": "indirect", "speaker": "Ana Ruiz", "kind": "person"},
        {"text": "We are ready,", "occurrence": 1, "type": "direct", "speaker": "Ana Ruiz", "kind": "person"},
    ],
}


def _pred(piece: str, name: str | None, kind: str = "person", qtype: str = "direct") -> dict:
    start = TEXT.index(piece)
    speaker = {"name": name, "kind": kind, "mention": {"text": "x", "start": 0, "end": 1}} if name else None
    return {"text": piece, "start": start, "end": start + len(piece), "type": qtype, "speaker": speaker}


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    return path


def test_names_compare_without_case_punctuation_or_spacing():
    assert normalise_name("Dr.  María DELGADO") == normalise_name("dr maría delgado")
    assert normalise_name("O’Neill") == normalise_name("O'Neill")
    assert normalise_name(None) == ""


def test_scores_quotes_and_names(tmp_path: Path):
    [article] = read_canonical(_write(tmp_path, [GOLD]))
    predictions = [
        _pred("the bridge would open in May", "Ana Ruiz", qtype="indirect"),
        _pred("We are ready", "she"),  # found, wrong name
        _pred("Tom Lee disagreed", "Tom Lee"),  # spurious
    ]
    report = score_canonical([article], [predictions])
    assert report.prf("0.3") == (pytest.approx(2 / 3), 1.0, pytest.approx(0.8))
    assert report.prf("exact")[0] == pytest.approx(2 / 3)  # the trailing comma is trimmed on both sides
    data = report.to_dict()
    assert data["name_accuracy"] == 0.5 and data["kind_accuracy"] == 1.0
    assert data["recall_by_type"] == {"direct": 1.0, "indirect": 1.0}
    assert any(line.startswith("name a1: gold 'Ana Ruiz' got 'she'") for line in report.errors)
    assert any(line.startswith("spurious [direct] a1") for line in report.errors)


def test_a_quote_missing_from_the_text_is_an_error(tmp_path: Path):
    bad = dict(GOLD, quotes=[dict(GOLD["quotes"][0], text="not in the text")])
    with pytest.raises(ValueError, match="quote not found"):
        read_canonical(_write(tmp_path, [bad]))


def test_cli_scores_a_gold_file_and_rejects_a_bad_one(en_nlp, tmp_path: Path):
    cli = [sys.executable, "-m", "quotegraph.cli", "eval"]
    good = subprocess.run([*cli, str(_write(tmp_path, [GOLD])), "-p", "1", "--json"], capture_output=True, text=True)
    assert good.returncode == 0, good.stderr
    figures = json.loads(good.stdout)
    assert figures["gold"] == 2 and figures["0.3"]["recall"] == 1.0 and figures["name_accuracy"] == 1.0
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    bad = subprocess.run([*cli, str(broken), "-p", "1"], capture_output=True, text=True)
    assert bad.returncode == 1 and "not a canonical gold file" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(not (Path(__file__).resolve().parents[1] / "eval/canonical/articles.jsonl").exists(), reason="no canonical set")
def test_the_bundled_canonical_set_reads(repo_root: Path):
    articles = read_canonical(repo_root / "eval/canonical/articles.jsonl")
    assert len(articles) >= 20 and sum(len(a.quotes) for a in articles) >= 250
