"""Tests for quotegraph.evaluation on small synthetic brat corpora (and PolNeAR when present)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from quotegraph.errors import InputError
from quotegraph.evaluation import (
    EvalReport,
    GoldArticle,
    evaluate,
    is_direct_content,
    is_speech_cue,
    load_speech_cues,
    merge_split_quotes,
    normalise_span,
    parse_brat,
    read_brat_corpus,
    score_articles,
    speech_cue_entry,
)

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/polnear"

LEMMAS = {
    "called": "call",
    "said": "say",
    "says": "say",
    "told": "tell",
    "believe": "believe",
    "pointed": "point",
}


def lemmatize(text: str) -> list[str]:
    """A trivial lemmatizer: a lookup table, otherwise the lowercased word."""
    return [LEMMAS.get(word.lower(), word.lower()) for word in re.findall(r"\w+", text)]


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``piece`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


class Ann:
    """Builds the text of a brat ``.ann`` file in PolNeAR's style."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []
        self.n_t = 0
        self.n_e = 0

    def span(self, label: str, frags: list[tuple[int, int]]) -> str:
        self.n_t += 1
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        covered = " ".join(self.text[s:e] for s, e in frags)
        self.lines.append(f"T{self.n_t}\t{label} {offsets}\t{covered}")
        return f"T{self.n_t}"

    def attribution(self, content, source=None, cue=None, content2=None) -> None:
        roles = [f"Content:{self.span('Content', content)}"]
        if content2:
            roles.append(f"Content2:{self.span('Content', content2)}")
        if cue:
            roles.append(f"Cue:{self.span('Cue', cue)}")
        label = "Attribution" if source else "Attribution-no-source"
        anchor = self.span(label, cue or content)
        if source:
            roles.append(f"Source:{self.span('Source', source)}")
        self.n_e += 1
        self.lines.append(f"E{self.n_e}\t{label}:{anchor} " + " ".join(roles))

    def simple(self, content: str, source: str, cue: str, cue_nth: int = 0) -> None:
        """One attribution whose content, source and cue are single pieces of the text."""
        text = self.text
        self.attribution([at(text, content)], [at(text, source)], [at(text, cue, cue_nth)])

    def render(self) -> str:
        return "\n".join(self.lines) + "\n"


def write_doc(root: Path, doc_id: str, text: str, anns: dict[str, str], split: str = "dev") -> None:
    """Write one document and its annotations under ``root/data/<split>``."""
    (root / "data" / split / "text").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "attributions").mkdir(parents=True, exist_ok=True)
    (root / "data" / split / "text" / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
    for annotator, ann in anns.items():
        path = root / "data" / split / "attributions" / f"{doc_id}_{annotator}.ann"
        path.write_bytes(ann.encode("utf-8"))


# A small article: indirect speech, a direct quote, a belief, and a quote split by its cue.
TEXT = (
    "Mayor Jane Smith said the budget was balanced. "
    '"We will build the bridge," she said. '
    "Critics believe the plan will fail.\n"
    '"It is too expensive," Tom Lee told reporters, "and too late."\n'
)


SPLIT_QUOTE = 'It is too expensive," Tom Lee told reporters, "and too late'


def base_ann(text: str = TEXT) -> Ann:
    """The four gold attributions of TEXT."""
    ann = Ann(text)
    ann.simple("the budget was balanced", "Mayor Jane Smith", "said")
    ann.simple('"We will build the bridge,"', "she", "said", cue_nth=1)
    ann.simple("the plan will fail", "Critics", "believe")
    ann.attribution(
        [at(text, '"It is too expensive,"'), at(text, '"and too late."')],
        [at(text, "Tom Lee")],
        [at(text, "told")],
    )
    return ann


def quote(
    text: str, piece: str, kind: str, mention: str | None = None, nth: int = 0
) -> dict[str, Any]:
    """A predicted quote dict (output contract) for ``piece``, with an optional speaker mention."""
    start, end = at(text, piece, nth)
    speaker = None
    if mention is not None:
        m_start, m_end = at(text, mention)
        span = {"text": mention, "start": m_start, "end": m_end}
        speaker = {"name": mention, "kind": "person", "mention": span}
    return {"text": piece, "start": start, "end": end, "type": kind, "speaker": speaker,
            "cue": None, "confidence": 0.9}


def perfect() -> list[dict[str, Any]]:
    """Predictions equal to the four gold attributions of TEXT (as the engine would give them)."""
    return [
        quote(TEXT, "the budget was balanced", "indirect", "Mayor Jane Smith"),
        quote(TEXT, "We will build the bridge", "direct", "she"),
        quote(TEXT, "the plan will fail", "indirect", "Critics"),
        quote(TEXT, SPLIT_QUOTE, "direct", "Tom Lee"),
    ]


def article(ann: Ann | None = None, text: str = TEXT, doc_id: str = "doc") -> GoldArticle:
    """A gold article parsed from an Ann builder."""
    ann = ann or base_ann(text)
    return GoldArticle(doc_id, text, parse_brat(ann.render(), text))


def score(predictions: list[dict[str, Any]], gold: GoldArticle | None = None) -> EvalReport:
    return score_articles([gold or article()], [predictions], lemmatize=lemmatize, split="dev")


def prf(report: EvalReport, subset: str, metric: str) -> tuple[float, float, float]:
    s = report.scores[subset][metric]
    return s.precision, s.recall, s.f1


# ------------------------------------------------------------------------------ reading


def test_read_corpus_parses_attributions(tmp_path: Path) -> None:
    write_doc(tmp_path, "doc", TEXT, {"a1": base_ann().render()})
    [gold] = read_brat_corpus(tmp_path, "dev")
    assert gold.doc_id == "doc" and gold.text == TEXT and gold.annotator == "a1"
    assert len(gold.attributions) == 4
    first, _, belief, split_quote = gold.attributions
    assert first.content == (at(TEXT, "the budget was balanced"),)
    assert first.source == (at(TEXT, "Mayor Jane Smith"),)
    assert first.cue == (at(TEXT, "said"),) and first.cue_text == "said"
    assert belief.cue_text == "believe"
    assert split_quote.content == (at(TEXT, '"It is too expensive,"'), at(TEXT, '"and too late."'))


def test_read_corpus_accepts_data_folder_and_limit(tmp_path: Path) -> None:
    for name in ("b", "a", "c"):
        write_doc(tmp_path, name, TEXT, {"x": base_ann().render()})
    assert [a.doc_id for a in read_brat_corpus(tmp_path / "data", "dev")] == ["a", "b", "c"]
    assert [a.doc_id for a in read_brat_corpus(tmp_path, "dev", limit=2)] == ["a", "b"]


def test_multi_annotator_keeps_first_sorted(tmp_path: Path) -> None:
    one = Ann(TEXT)
    one.simple("the budget was balanced", "Mayor Jane Smith", "said")
    write_doc(tmp_path, "doc", TEXT, {"ff10": base_ann().render(), "4e07": one.render()})
    [gold] = read_brat_corpus(tmp_path, "dev")
    assert gold.annotator == "4e07"
    assert len(gold.attributions) == 1


def test_discard_notes_and_continuation_lines_ignored(tmp_path: Path) -> None:
    text = "Officials said the road\nwill close. Beirut (AFP) - Rain fell."
    content = at(text, "the road\nwill close")
    def t_line(tid: str, label: str, piece: str) -> str:
        start, end = at(text, piece)
        return f"{tid}\t{label} {start} {end}\t{piece}"

    ann = "\n".join([
        t_line("T1", "Source", "Officials"),
        t_line("T2", "Cue", "said"),
        f"T3\tContent {content[0]} {content[1]}\tthe road",  # brat breaks the line here
        "will close",
        t_line("T4", "Attribution", "said"),
        t_line("T5", "Discard", "Beirut (AFP) -"),
        t_line("T6", "Discuss", "Rain"),
        "#1\tAnnotatorNotes T6\tIs this an attribution?",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 ",
    ]) + "\n"
    write_doc(tmp_path, "doc", text, {"a": ann})
    [gold] = read_brat_corpus(tmp_path, "dev")
    assert len(gold.attributions) == 1
    assert gold.attributions[0].content == (content,)


def test_crlf_text_is_not_translated(tmp_path: Path) -> None:
    text = "Title\r\n\r\nAnna Berg said the vote was fair.\r\n"
    ann = Ann(text)
    ann.attribution([at(text, "the vote was fair")], [at(text, "Anna Berg")], [at(text, "said")])
    write_doc(tmp_path, "doc", text, {"a": ann.render()})
    [gold] = read_brat_corpus(tmp_path, "dev")
    assert gold.text == text
    start, end = gold.attributions[0].content[0]
    assert gold.text[start:end] == "the vote was fair"


def test_content2_is_merged() -> None:
    ann = Ann(TEXT)
    ann.attribution([at(TEXT, '"It is too expensive,"')], [at(TEXT, "Tom Lee")], [at(TEXT, "told")],
                    content2=[at(TEXT, '"and too late."')])
    [attribution] = parse_brat(ann.render(), TEXT)
    assert attribution.content == (at(TEXT, '"It is too expensive,"'), at(TEXT, '"and too late."'))


def test_bad_folder_raises_e013(tmp_path: Path) -> None:
    (tmp_path / "data" / "dev" / "text").mkdir(parents=True)
    with pytest.raises(InputError) as info:
        read_brat_corpus(tmp_path, "dev")
    assert info.value.code == "E013"
    with pytest.raises(InputError) as info:
        read_brat_corpus(tmp_path, "train")
    assert info.value.code == "E013"


def test_missing_folder_raises_e011(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_brat_corpus(tmp_path / "nowhere", "dev")
    assert info.value.code == "E011"


# ------------------------------------------------------------------------------ helpers


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ('"We will build the bridge,"', "We will build the bridge"),
        ("  “Too late.”  ", "Too late"),
        ("the budget was balanced.", "the budget was balanced"),
        ("‘fine’ —", "fine"),
        ('".,"', ""),
    ],
)
def test_normalise_span(piece: str, expected: str) -> None:
    text = f"xx{piece}yy"
    start, end = normalise_span(text, 2, 2 + len(piece))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('"We will build the bridge,"', True),
        ("“It is too expensive,” “and too late.”", True),
        ("“Not yet”.", True),
        ("“First paragraph. “Second paragraph.”", True),
        ("”Backwards marks here.”", True),
        ("the budget was balanced", False),
        ("“too expensive” and “too late”", False),
        ("“a deal” for everyone", False),
        ("'single quotes'", False),
    ],
)
def test_is_direct_content(content: str, expected: bool) -> None:
    assert is_direct_content(content) is expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said", True),
        ("has said", True),
        ("told", True),
        ("According to", True),
        ("pointed out", True),
        ("believe", False),
        ("wants", False),
        ("", False),
        (":", False),
    ],
)
def test_is_speech_cue(cue: str, expected: bool) -> None:
    assert is_speech_cue(cue, lemmatize) is expected


def test_speech_lexicon_has_no_belief_verbs() -> None:
    lexicon = load_speech_cues()
    assert {"say", "tell", "according to"} <= lexicon
    assert not {"think", "believe", "want", "hope", "expect", "fear", "know", "learn"} & lexicon


def test_is_speech_cue_with_custom_lexicon() -> None:
    assert is_speech_cue("mused", lambda t: ["muse"], lexicon={"muse"})
    assert not is_speech_cue("said", lambda t: ["say"], lexicon={"muse"})


# ------------------------------------------------------------------------------ metrics


def test_perfect_prediction_scores_one() -> None:
    report = score(perfect())
    for subset in ("all", "direct"):
        for metric in ("content_exact", "content_overlap", "source", "ggt_0.3", "ggt_0.8"):
            assert prf(report, subset, metric) == (1.0, 1.0, 1.0), (subset, metric)
    assert report.scores["direct"]["content_exact"].n_gold == 2
    assert report.scores["all"]["ggt_0.8"].speaker_accuracy == 1.0


def test_speech_subset_drops_belief_gold() -> None:
    report = score(perfect())
    exact = report.scores["speech"]["content_exact"]
    assert (exact.tp, exact.n_pred, exact.n_gold) == (3, 4, 3)
    assert prf(report, "speech", "content_exact") == (0.75, 1.0, pytest.approx(6 / 7))
    assert [e.cause for e in report.errors] == ["spurious: non-speech attribution"]


def test_dash_and_colon_cues_with_a_source_are_speech() -> None:
    text = '"The rink must stay open." ― Ana Ruiz\nHOST: Welcome back.\nThe plan: lower taxes.\n'
    ann = Ann(text)
    ann.simple("The rink must stay open.", "Ana Ruiz", "―")
    ann.simple("Welcome back.", "HOST", ":")
    ann.attribution([at(text, "lower taxes")], cue=[at(text, ":", 1)])  # no source: not speech
    gold = GoldArticle("doc", text, parse_brat(ann.render(), text))
    predictions = [quote(text, "The rink must stay open.", "direct", "Ana Ruiz"), quote(text, "Welcome back.", "direct", "HOST")]
    report = score(predictions, gold)
    exact = report.scores["speech"]["content_exact"]
    assert (exact.tp, exact.n_pred, exact.n_gold) == (2, 2, 2)


def test_direct_subset_counts_only_quotes_in_double_marks_on_both_sides() -> None:
    text = '"The rink must stay open." ― Ana Ruiz\nHOST: Welcome back.\n'
    ann = Ann(text)
    ann.simple('"The rink must stay open."', "Ana Ruiz", "―")
    ann.simple("Welcome back.", "HOST", ":")
    gold = GoldArticle("doc", text, parse_brat(ann.render(), text))
    predictions = [quote(text, "The rink must stay open.", "direct", "Ana Ruiz"), quote(text, "Welcome back.", "direct", "HOST")]
    report = score(predictions, gold)
    direct = report.scores["direct"]["content_exact"]
    assert (direct.tp, direct.n_pred, direct.n_gold) == (1, 1, 1)  # the transcript turn is in neither
    speech = report.scores["speech"]["content_exact"]
    assert (speech.tp, speech.n_pred, speech.n_gold) == (2, 2, 2)


def test_missed_quote_lowers_recall_exactly() -> None:
    predictions = [q for q in perfect() if q["text"] != "We will build the bridge"]
    report = score(predictions)
    assert prf(report, "all", "content_exact") == (1.0, 0.75, pytest.approx(6 / 7))
    assert prf(report, "direct", "content_overlap") == (1.0, 0.5, pytest.approx(2 / 3))
    source = report.scores["all"]["source"]
    assert (source.tp, source.n_pred, source.n_gold) == (3, 3, 4)
    missed = [e for e in report.errors if e.cause.startswith("missed")]
    assert [(e.cause, e.text, e.gold_speaker) for e in missed] == [
        ("missed: direct quote", "We will build the bridge", "she")
    ]
    assert "[We will build the bridge]" in missed[0].context


def test_boundary_error_is_overlap_not_exact() -> None:
    predictions = perfect()
    predictions[0] = quote(TEXT, "the budget", "indirect", "Mayor Jane Smith")
    report = score(predictions)
    assert report.scores["all"]["content_exact"].tp == 3
    assert report.scores["all"]["content_overlap"].tp == 4
    assert report.error_counts() == {"spurious: non-speech attribution": 1, "boundary: end": 1}
    [boundary] = [e for e in report.errors if e.cause == "boundary: end"]
    assert (boundary.gold_text, boundary.pred_text) == ("the budget was balanced", "the budget")


def test_multi_fragment_content_scores_by_fragments() -> None:
    gold = article()
    first_only = [quote(TEXT, "It is too expensive", "direct", "Tom Lee")]
    report = score(first_only, gold)
    ggt = report.scores["direct"]
    # Covered: 19 of the 34 gold characters ('It is too expensive,"' + '"and too late'), 0.56.
    assert ggt["ggt_0.3"].tp == 1 and ggt["ggt_0.8"].tp == 0
    assert ggt["content_overlap"].tp == 1 and ggt["content_exact"].tp == 0
    only_gap = [quote(TEXT, "Tom Lee told reporters", "indirect", "Tom Lee")]
    assert score(only_gap, gold).scores["all"]["content_overlap"].tp == 0


def test_ggt_threshold_03_vs_08(tmp_path: Path) -> None:
    text = "Ann Roe said that the new school will open in September next year.\n"
    ann = Ann(text)
    content = "the new school will open in September next year"
    ann.attribution([at(text, content)], [at(text, "Ann Roe")], [at(text, "said")])
    gold = article(ann, text)
    half = "the new school will open"
    assert 0.3 < len(half) / len(content) < 0.8
    report = score([quote(text, half, "indirect", "Roe")], gold)
    assert prf(report, "all", "ggt_0.3") == (1.0, 1.0, 1.0)
    assert prf(report, "all", "ggt_0.8") == (0.0, 0.0, 0.0)
    assert report.scores["all"]["ggt_0.3"].speaker_accuracy == 1.0
    assert report.scores["all"]["ggt_0.8"].speaker_accuracy == 0.0


def test_wrong_and_missing_speaker() -> None:
    predictions = perfect()
    predictions[0] = quote(TEXT, "the budget was balanced", "indirect", "Critics")
    predictions[3] = quote(TEXT, SPLIT_QUOTE, "direct")
    report = score(predictions)
    source = report.scores["all"]["source"]
    assert (source.tp, source.n_pred, source.n_gold) == (2, 3, 4)
    ggt = report.scores["all"]["ggt_0.8"]
    assert (ggt.speaker_correct, ggt.speaker_total) == (2, 4)
    causes = report.error_counts()
    assert causes["speaker: wrong mention"] == 1 and causes["speaker: no speaker predicted"] == 1
    [wrong] = [e for e in report.errors if e.cause == "speaker: wrong mention"]
    assert (wrong.gold_speaker, wrong.pred_speaker) == ("Mayor Jane Smith", "Critics")


def test_direct_subset_uses_only_direct_predictions() -> None:
    predictions = perfect()
    predictions[1]["type"] = "mixed"
    report = score(predictions)
    direct = report.scores["direct"]["content_exact"]
    assert (direct.tp, direct.n_pred, direct.n_gold) == (1, 1, 2)
    assert report.scores["all"]["content_exact"].tp == 4


def test_spurious_prediction_lowers_precision() -> None:
    predictions = perfect() + [quote(TEXT, "reporters", "indirect")]
    report = score(predictions)
    assert prf(report, "all", "content_exact")[:2] == (0.8, 1.0)
    assert report.error_counts()["spurious: indirect"] == 1


def test_missed_causes() -> None:
    without_first = [q for q in perfect() if q["text"] != "the budget was balanced"]
    assert score(without_first).error_counts() == {
        "missed: indirect, cue 'say'": 1,
        "spurious: non-speech attribution": 1,
    }
    merged = quote(TEXT, 'the budget was balanced. "We will build the bridge', "direct", "she")
    report = score([merged] + perfect()[2:])
    assert report.error_counts()["missed: merged into another match"] == 1
    text = 'Ann Roe called the plan "a disaster" on Monday. She says it failed.\n'
    ann = Ann(text)
    ann.simple('the plan "a disaster"', "Ann Roe", "called")
    ann.simple("it failed", "She", "says")
    causes = score([], article(ann, text)).error_counts()
    assert causes == {"missed: mixed quote": 1, "missed: indirect, cue 'say'": 1}


def test_speech_cue_entry_names_the_matching_entry() -> None:
    assert speech_cue_entry("has also said", lemmatize) == "say"
    assert speech_cue_entry("According to", lemmatize) == "according to"
    assert speech_cue_entry("pointed out", lemmatize) == "point out"
    assert speech_cue_entry("believes", lemmatize) is None


def test_empty_prediction_list() -> None:
    report = score([])
    assert prf(report, "all", "content_exact") == (0.0, 0.0, 0.0)
    assert report.scores["all"]["content_exact"].n_gold == 4


# ------------------------------------------------------------------------------ report


def test_report_table_dict_and_errors() -> None:
    predictions = [q for q in perfect() if q["type"] != "direct"]
    predictions.append(quote(TEXT, "reporters", "indirect"))
    report = score(predictions)
    data = report.to_dict()
    assert data["metrics"]["all"]["content_exact"]["recall"] == 0.5
    assert set(data["metrics"]) == {"all", "speech", "direct"}
    assert "speaker_accuracy" in data["metrics"]["all"]["ggt_0.3"]
    table = report.format_table()
    assert "content exact" in table and "ggt 0.8" in table and "speech" in table
    assert report.error_counts() == {
        "missed: direct quote": 2,
        "spurious: non-speech attribution": 1,
        "spurious: indirect": 1,
    }
    text = report.format_errors(max_per_cause=1)
    assert text.index("missed: direct quote (2)") < text.index("spurious: indirect (1)")
    assert text.count("\n  - ") == 3  # one example for each of the three causes


def test_evaluate_end_to_end(tmp_path: Path) -> None:
    write_doc(tmp_path, "doc1", TEXT, {"a": base_ann().render()})
    write_doc(tmp_path, "doc2", TEXT, {"a": base_ann().render()})
    seen: list[list[str]] = []

    def extract_batch(texts: list[str]) -> list[list[dict[str, Any]]]:
        seen.append(texts)
        return [perfect(), perfect()[:2]]

    report = evaluate(tmp_path, "dev", extract_batch, lemmatize=lemmatize)
    assert seen == [[TEXT, TEXT]]
    assert report.n_articles == 2 and report.split == "dev"
    assert prf(report, "all", "content_exact") == (1.0, 0.75, pytest.approx(6 / 7))
    assert report.error_subset == "speech"
    direct = evaluate(tmp_path, "dev", extract_batch, lemmatize=lemmatize, error_subset="direct")
    assert direct.error_subset == "direct" and all(error.cause for error in direct.errors)


def test_prediction_count_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        score_articles([article()], [], lemmatize=lemmatize)


# ------------------------------------------------------------------------------ real corpus


@pytest.mark.skipif(not POLNEAR.is_dir(), reason=f"PolNeAR corpus not found at {POLNEAR}")
def test_polnear_dev_offsets_slice_to_text() -> None:
    dev = POLNEAR / "data" / "dev"
    record = re.compile(r"^(T\d+)\t\S+ ([\d ;]+)\t(.*?)\n(?=[TE#AR]\d+\t|\Z)", re.M | re.S)
    checked = 0
    for ann_path in sorted((dev / "attributions").glob("*.ann")):
        doc_id = ann_path.stem.rpartition("_")[0]
        text = (dev / "text" / f"{doc_id}.txt").read_bytes().decode("utf-8")
        for match in record.finditer(ann_path.read_bytes().decode("utf-8")):
            frags = [tuple(map(int, piece.split())) for piece in match.group(2).split(";")]
            covered = " ".join(text[s:e] for s, e in frags)
            assert covered == match.group(3), (ann_path.name, match.group(1))
            checked += 1
    assert checked > 1000
    articles = read_brat_corpus(POLNEAR, "dev")
    doc_ids = {path.stem.rpartition("_")[0] for path in (dev / "attributions").glob("*.ann")}
    assert len(articles) == len(doc_ids)
    for gold in articles:
        for attribution in gold.attributions:
            spans = attribution.content + attribution.source + attribution.cue
            assert all(0 <= s <= e <= len(gold.text) for s, e in spans)


# ------------------------------------------------------------------------------ spaCy lemmatizer


def test_missing_spacy_model_raises_e008(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from quotegraph.errors import ModelNotInstalledError
    from quotegraph.evaluation import load_spacy_lemmatizer

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError("[E050] Can't find model")

    monkeypatch.setattr(spacy, "load", fail)
    with pytest.raises(ModelNotInstalledError) as info:
        load_spacy_lemmatizer("no_such_model")
    assert info.value.code == "E008"


def test_spacy_lemmatizer_speech_cues() -> None:
    from quotegraph.evaluation import load_spacy_lemmatizer
    from quotegraph.settings import DEFAULT_MODEL

    spacy = pytest.importorskip("spacy")
    if not spacy.util.is_package(DEFAULT_MODEL):
        pytest.skip(f"spaCy model {DEFAULT_MODEL} is not installed")
    spacy_lemmas = load_spacy_lemmatizer()
    assert is_speech_cue("told", spacy_lemmas) and is_speech_cue("has said", spacy_lemmas)
    assert is_speech_cue("according to", spacy_lemmas)
    assert not is_speech_cue("believes", spacy_lemmas)
    assert not is_speech_cue("has learned", spacy_lemmas)


def _q(start, end, cue):
    return {"text": "", "start": start, "end": end, "type": "direct", "cue": cue, "speaker": None}


def test_merge_split_quotes_joins_parts_sharing_a_cue_and_keeps_a_nested_quote_apart():
    said, told = {"text": "said", "start": 30, "end": 34}, {"text": "told", "start": 5, "end": 9}
    merged = merge_split_quotes([_q(1, 28, said), _q(12, 20, told), _q(40, 60, said), _q(70, 80, told)])
    assert [(q["start"], q["end"]) for q in merged] == [(1, 60), (12, 20), (70, 80)]
