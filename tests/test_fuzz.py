"""Property and fuzz tests (hypothesis): extraction on any text, the input readers on any bytes.

Properties of ``quotegraph.extract`` for any string, and for article-like strings built from a
grammar of quote marks, names, cues, pronouns, newlines and punctuation (plain random text rarely
reaches attribution): it returns a list (or raises the documented ``InputError`` for an empty or
non-English text), every span it gives (quote, speaker mention, cue, quoted pieces, addressee,
channel, time) lies inside the text and ``text[start:end]`` is its text, quote spans do not overlap,
and a second run gives the same quotes. The readers (``read_inputs``: .txt, .html, .jsonl, standard
input) turn any bytes into exactly one ``Article`` or ``Failure`` per input (per line for JSONL),
and the command line on mutated files exits 0 or 1 with one line per problem and no traceback.

Defaults keep the module well under a minute (derandomized, so CI sees the same examples each run).
A long fuzz session: ``QUOTEGRAPH_FUZZ_EXAMPLES=3000 .venv/bin/python -m pytest tests/test_fuzz.py``
(random examples, every test run that many times). Bugs found this way are pinned below as
``@example``s and named regression tests.
"""

from __future__ import annotations

import functools
import io
import json
import os
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from urllib.parse import quote as url_quote

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from quotegraph import InputError, extract  # noqa: E402
from quotegraph.model import QUOTE_TYPES, SPEAKER_KINDS, Quote  # noqa: E402
from quotegraph.reading import Failure, read_inputs  # noqa: E402
from quotegraph.model import Article  # noqa: E402

FUZZ_EXAMPLES = int(os.environ.get("QUOTEGRAPH_FUZZ_EXAMPLES", "0"))


def fuzz_settings(default_examples: int):
    """``default_examples`` per test, derandomized; ``QUOTEGRAPH_FUZZ_EXAMPLES=N``: N random examples."""
    return settings(
        max_examples=FUZZ_EXAMPLES or default_examples,
        derandomize=not FUZZ_EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


# --- extraction -----------------------------------------------------------------------------------

MARKS = ['"', "“", "”", "‘", "’", "«", "»", "„", "'", "‚", "‹", "›", "‟"]
NAMES = ["Ana Ruiz", "Ruiz", "Mayor Elena Vasquez", "Vasquez", "Dr. Omar Haddad", "Justin Trudeau",
         "Prime Minister Justin Trudeau", "Mayo Clinic", "the ministry", "a senior official", "officials",
         "the mayor", "a spokesperson for the ministry", "Mr. Hale", "Ms. Berg", "Anna", "O'Brien", "Zen's",
         "İlker Başbuğ", "Başbuğ", "José Ñúñez", "Ǆoković", "Anne-Marie O’Neill", "ﬁona ﬂett", "Σίσυφος"]
PRONOUNS = ["he", "she", "they", "it", "He", "She", "They", "I", "we", "We", "his", "her"]
CUES = ["said", "says", "told reporters", "told", "wrote", "added", "according to", "asked", "claimed",
        "said in an interview", "said on Twitter", "told CNN", "said on Monday", "said last week",
        "announced", "cited", "urged voters to", "called it", "called for", "insisted", "said that", "―", "—", "–"]
WORDS = ["We will win", "the bridge", "is safe", "that", "the budget", "will open in May", "nobody",
         "It’s", "Zen's", "12\"", "5'10\"", "the", "and", "of", "to", "in", "was", "not", "a", "is",
         "on Wednesday", "in a statement", "to the council", "Bridge", "Council", "The", "A", "…", "...",
         "2026", "March 4", "yesterday", "quote", "the “Iron Lady”", "so-called", "USA", "e.g.", "\u00a0",
         # case mappings that change length (İ, ß, ﬁ), zero-width and odd spaces, doubled and full-width marks
         "İSTANBUL", "Straße", "STRASSE", "ﬁne", "e\u0301", "\u200b", "\ufeff", "\u200f", "\u3000", "＂", "''", "``",
         '""', "“”", "🙂", "\U0001F1FA\U0001F1F8", "'s", "’s", "rock ’n’ roll", "the ’90s", "5’10”"]
PUNCTUATION = [",", ".", ":", ";", "!", "?", "(", ")", "-", "/", "[", "]", "…", " ", "  ", "\t"]
BREAKS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\n \n"]

piece = st.one_of(
    st.sampled_from(MARKS), st.sampled_from(NAMES), st.sampled_from(PRONOUNS), st.sampled_from(CUES),
    st.sampled_from(WORDS), st.sampled_from(PUNCTUATION), st.sampled_from(BREAKS),
    st.text(min_size=1, max_size=3),  # any Unicode now and then: combining marks, surrogates, emoji
)
# A sentence of the grammar: an opening mark, words, a closing mark, a cue and a name, in any order.
sentence = st.lists(piece, min_size=1, max_size=30).map(lambda parts: " ".join(parts))
joiner = st.sampled_from([" ", "", " ", "\n\n", "\n"])
article_text = st.builds(lambda parts, glue: glue.join(parts), st.lists(sentence, min_size=1, max_size=8), joiner)
# Well-formed quotes with noise around them reach attribution far more often than free combinations.
quote_sentence = st.builds(
    lambda opener, words, closer, cue, name, tail: f'{opener}{words},{closer} {name} {cue}{tail}',
    st.sampled_from(["“", '"', "‘", "«", "„", "'"]), st.lists(st.sampled_from(WORDS + PRONOUNS), min_size=1, max_size=12).map(" ".join),
    st.sampled_from(["”", '"', "’", "»", "“", "'", ""]), st.sampled_from(CUES), st.sampled_from(NAMES + PRONOUNS),
    st.sampled_from([".", "", " on Monday.", ". \"", " that the bridge is safe.", "\n"]),
)
quote_article = st.builds(lambda parts, glue: glue.join(parts), st.lists(st.one_of(quote_sentence, sentence), min_size=1, max_size=10),
                          st.sampled_from(["\n\n", " ", "\n"]))


def spans_of(quote: Quote) -> list[tuple[str, object]]:
    """Every text span a quote carries, named."""
    spans: list[tuple[str, object]] = [("quote", quote)]
    if quote.speaker is not None:
        spans.append(("speaker.mention", quote.speaker.mention))
    if quote.cue is not None:
        spans.append(("cue", quote.cue))
    spans += [(f"quoted[{n}]", piece) for n, piece in enumerate(quote.quoted)]
    for name in ("addressee", "channel", "time"):
        if getattr(quote, name) is not None:
            spans.append((name, getattr(quote, name)))
    return spans


def check_extraction(text: str, nlp) -> None:
    """The properties every extraction must have (see the module docstring)."""
    try:
        quotes = extract(text, nlp=nlp, published="2026-03-04")
    except InputError as error:
        assert str(error)[:6] in ("[E005]", "[E012]", "[E004]", "[E028]"), error
        return
    assert isinstance(quotes, list)
    for quote in quotes:
        for name, span in spans_of(quote):
            assert 0 <= span.start <= span.end <= len(text), (name, span)
            assert text[span.start:span.end] == span.text, (name, span)
        assert quote.start < quote.end, quote
        for piece_span in quote.quoted:
            assert quote.start <= piece_span.start and piece_span.end <= quote.end, (piece_span, quote)
        assert quote.type in QUOTE_TYPES and 0.0 <= quote.confidence <= 1.0
        assert quote.speaker is None or quote.speaker.kind in SPEAKER_KINDS
        json.dumps(quote.to_dict())
        assert Quote.from_dict(quote.to_dict()).to_dict() == quote.to_dict()
    ordered = sorted(quotes, key=lambda quote: (quote.start, quote.end))
    for before, after in zip(ordered, ordered[1:]):
        assert before.end <= after.start, ("overlapping quotes", before, after)
    assert extract(text, nlp=nlp, published="2026-03-04") == quotes, "a second run differs"


# Every code point, lone surrogates included (a JSONL "\\ud800" escape gives one; st.text leaves them out).
any_character = st.characters(codec=None, exclude_categories=()) | st.characters(codec=None, categories=["Cs"])


@fuzz_settings(60)
@given(text=st.text(max_size=200) | st.text(any_character, max_size=60))
@example(text='"We will \ud800 win," said Ana Ruiz.')
def test_fuzz_extract_any_unicode(en_nlp, text: str) -> None:
    check_extraction(text, en_nlp)


@fuzz_settings(120)
@given(text=article_text)
def test_fuzz_extract_article_grammar(en_nlp, text: str) -> None:
    check_extraction(text, en_nlp)


@fuzz_settings(120)
@given(text=quote_article)
def test_fuzz_extract_quote_grammar(en_nlp, text: str) -> None:
    check_extraction(text, en_nlp)


@fuzz_settings(60)
@given(text=quote_article, indirect=st.booleans(), objects=st.booleans(), context=st.booleans(),
       min_confidence=st.sampled_from([0.0, 0.5, 0.9]), published=st.sampled_from([None, "2026-02-29", "1999-12-31", "not a date"]))
def test_fuzz_extract_settings_and_batch_agree(en_nlp, text: str, indirect: bool, objects: bool, context: bool,
                                               min_confidence: float, published: str | None) -> None:
    """Under any settings the spans hold, and a batch (what the CLI runs) gives what ``extract`` gives."""
    from quotegraph import Settings, extract_batch
    from quotegraph.model import Article

    settings = Settings(indirect=indirect, object_contents=objects, context_speakers=context, min_confidence=min_confidence,
                        date=published)
    try:
        quotes = extract(text, settings=settings, nlp=en_nlp, published=published)
    except InputError:
        quotes = None
    else:
        for quote in quotes:
            for name, span in spans_of(quote):
                assert text[span.start:span.end] == span.text, (name, span)
            assert quote.confidence >= min_confidence
            assert indirect or quote.type != "indirect"
    meta = {"date": published} if published else {}
    (result,) = extract_batch([Article("a", text, meta)], settings=settings, n_process=1)
    assert (result.error is not None) == (quotes is None), result.error
    assert result.error is None or not result.error.startswith("[E999]"), result.error
    assert quotes is None or list(result.quotes) == quotes


# --- readers --------------------------------------------------------------------------------------

VALID_JSONL = (json.dumps({"id": "a1", "text": '"We will win," said Mayor Ana Ruiz.', "outlet": "Wire", "date": "2026-03-04"}) + "\n"
               + json.dumps({"id": 7, "text": "Officials said the bridge was safe.\n\n“It’s fine,” she said."}, ensure_ascii=False) + "\n"
               + json.dumps({"text": "A\u00a0line with \\u escapes \ud83d\ude00 and \"marks\"."}) + "\n").encode("utf-8")
VALID_HTML = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Bridge vote</title></head><body><article>"
              "<h1>Council backs bridge</h1><p>“We cannot ask families to wait another winter,” said Mayor Elena Vasquez on Tuesday.</p>"
              "<p>Councilman Robert Hale called it “a gamble.”</p><p>A senior official said the grant could fall through.</p>"
              "</article></body></html>").encode("utf-8")
VALID_TEXT = '"We will win," said Mayor Ana Ruiz.\r\n\r\n“It’s fine,” she said.\n'.encode("utf-8")


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """``seed`` with a few random byte edits: flips, insertions, deletions, truncation, duplication."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "splice"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b"\x00", b"\xff", b"\xc3", b"\n", b"{", b"}", b'"', b"\\", b"\\ud800", b"<",
                                                b"\xef\xbb\xbf", b"\r", b"<meta charset=latin-1>", b"<meta charset=utf-16>",
                                                b"<meta charset=x-nonsense>", b"[", b"]" * 50]) | st.binary(max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 16))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "duplicate":
            data[at:at] = data[at:at + draw(st.integers(1, 64))]
        elif kind == "splice":
            data[at:at] = draw(st.sampled_from([VALID_JSONL, VALID_HTML, VALID_TEXT]))[: draw(st.integers(0, 64))]
    return bytes(data)


def read_bytes(data: bytes, suffix: str) -> list[Article | Failure]:
    """What read_inputs gives for one file holding ``data``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "input" + suffix)
        path.write_bytes(data)
        return list(read_inputs([str(path)], max_mb=0.05))


def check_items(items: list, expected: int | None = None) -> None:
    """Every item is an Article with text or a Failure with a one-line coded message."""
    for item in items:
        assert isinstance(item, (Article, Failure)), item
        if isinstance(item, Failure):
            assert item.message.startswith("[E") and "\n" not in item.message, item
        else:
            assert isinstance(item.text, str) and item.text.strip() and isinstance(item.id, str)
    if expected is not None:
        assert len(items) == expected, items


def jsonl_lines(data: bytes) -> int:
    """How many items a JSONL file should give: one per line that holds more than whitespace."""
    if _binary(data):
        return 1
    return sum(1 for line in data.split(b"\n") if line.strip())


def _binary(data: bytes) -> bool:
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r\f\v" or byte == 0x7F)
    return bool(head) and (b"\x00" in head or controls / len(head) > 0.10)


@fuzz_settings(150)
@given(data=st.binary(max_size=600) | mutated(VALID_TEXT))
def test_fuzz_read_text_file(data: bytes) -> None:
    check_items(read_bytes(data, ".txt"), expected=1)


@fuzz_settings(60)
@given(data=st.binary(max_size=600) | mutated(VALID_HTML))
def test_fuzz_read_html_file(data: bytes) -> None:
    check_items(read_bytes(data, ".html"), expected=1)


@fuzz_settings(150)
@given(data=st.binary(max_size=600) | mutated(VALID_JSONL))
def test_fuzz_read_jsonl_file(data: bytes) -> None:
    items = read_bytes(data, ".jsonl")
    check_items(items, expected=jsonl_lines(data))


@fuzz_settings(150)
@given(data=st.binary(max_size=600) | mutated(VALID_JSONL) | mutated(VALID_TEXT))
def test_fuzz_read_stdin(data: bytes) -> None:
    items = list(read_inputs(["-"], max_mb=0.05, stdin=io.BytesIO(data)))
    check_items(items)
    assert items, "standard input gave nothing"


@functools.lru_cache(maxsize=1)
def warc_seeds() -> tuple[bytes, bytes]:
    """The news WARC of test_warc.py (two pages among other records), gzipped per record and plain;
    built once (warcio stamps its warcinfo record with a fresh id and time)."""
    pytest.importorskip("warcio")
    from test_warc import news_warc

    return news_warc(True).bytes(), news_warc(False).bytes()


@st.composite
def warc_bytes(draw) -> tuple[bytes, str]:
    gz, plain = warc_seeds()
    seed, suffix = draw(st.sampled_from([(gz, ".warc.gz"), (plain, ".warc")]))
    data = draw(mutated(seed) | st.binary(max_size=400) | st.just(seed[: draw(st.integers(0, len(seed)))]))
    return data, suffix


@fuzz_settings(100)
@given(case=warc_bytes())
def test_fuzz_read_warc_file(case: tuple[bytes, str]) -> None:
    """Damaged, cut, mutated or random WARC files: Articles and one-line Failures, never an exception;
    at most one item per record of the seed plus one per damaged stretch."""
    data, suffix = case
    items = read_bytes(data, suffix)
    check_items(items)
    assert len(items) <= 10 + len(data) // 64, len(items)


# --- the command line on mutated files ------------------------------------------------------------


def run_main(argv: list[str]) -> tuple[int, str, str]:
    """``quotegraph ARGV`` in this process through the entry point: (exit code, stdout, stderr)."""
    from quotegraph import cli

    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv
    sys.argv = ["quotegraph", *argv]
    try:
        with redirect_stdout(out), redirect_stderr(err):
            cli.main()
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    finally:
        sys.argv = saved
    return code, out.getvalue(), err.getvalue()


def check_cli_stderr(code: int, stderr: str, inputs: int) -> None:
    """Exit 0 or 1, every stderr line a skip note or the summary, never a traceback."""
    assert code in (0, 1), (code, stderr)
    assert "Traceback" not in stderr and "[E999]" not in stderr, stderr
    lines = stderr.splitlines()
    assert lines and lines[-1].endswith(" skipped"), stderr
    for line in lines[:-1]:
        assert line.startswith("Skipped ") and ": [E0" in line, line
    assert len(lines) - 1 <= inputs


@fuzz_settings(25)
@given(data=mutated(VALID_JSONL) | mutated(VALID_HTML) | mutated(VALID_TEXT), suffix=st.sampled_from([".jsonl", ".html", ".txt"]))
def test_fuzz_cli_extract_mutated_file(en_nlp, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "input" + suffix)
        path.write_bytes(data)
        code, stdout, stderr = run_main(["extract", str(path), "-p", "1", "--no-progress", "--max-mb", "0.05"])
    check_cli_stderr(code, stderr, inputs=max(jsonl_lines(data), 1) if suffix == ".jsonl" else 1)
    for line in stdout.splitlines():
        json.loads(line)


def test_fuzz_cli_ingest_mutated_files_through_the_real_command(en_nlp, tmp_path: Path) -> None:
    """One real ``quotegraph ingest`` process over a folder of 60 mutated files: exit 1, one line each, no traceback."""
    import random

    rng = random.Random(20261127)
    seeds = [(VALID_JSONL, ".jsonl"), (VALID_HTML, ".html"), (VALID_TEXT, ".txt")]
    folder = tmp_path / "mutated"
    folder.mkdir()
    for n in range(60):
        seed, suffix = seeds[n % 3]
        data = bytearray(seed)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data) or 1)
            choice = rng.random()
            if choice < 0.4 and data:
                data[at] = rng.randrange(256)
            elif choice < 0.7:
                data[at:at] = rng.choice([b"\x00", b"\xff", b"\n", b"{", b'"', b"\\ud800", b"<", b"\xef\xbb\xbf"])
            else:
                del data[at:at + rng.randint(1, 40)]
        (folder / f"m{n:02d}{suffix}").write_bytes(bytes(data))
    db = tmp_path / "fuzz.db"
    done = subprocess.run([sys.executable, "-m", "quotegraph", "ingest", str(folder), "--db", str(db), "-p", "2", "--no-progress"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1)
    assert "Traceback" not in done.stderr and "[E999]" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert lines[-1].endswith(" skipped")
    for line in lines[:-1]:
        assert line.startswith("Skipped ") and ": [E0" in line, line


# --- search parameters: every character is plain text -------------------------------------------

METACHAR_QUOTES = [
    ("meta-1", '"Prices fell 50% on the under_score rule; DROP TABLE quotes; -- and stayed there," said Ana Ruiz.',
     "Prices fell 50% on the under_score rule; DROP TABLE quotes; -- and stayed there,", "O'Reilly %_ News"),
    ("meta-2", '"We met NEAR(the bridge) AND OR NOT a \'single\' * star," said Omar Haddad.',
     "We met NEAR(the bridge) AND OR NOT a \'single\' * star,", "Wire; --"),
    ("meta-3", '"Cafés close at 9 p.m. in Zürich and 東京," said Elena Vasquez.',
     "Cafés close at 9 p.m. in Zürich and 東京,", "Daily"),
]


@pytest.fixture(scope="module")
def meta_db(tmp_path_factory, make_article) -> Path:
    """A corpus whose quotes, speakers and outlets hold SQL, LIKE and FTS5 metacharacters as text."""
    from quotegraph.store import Store

    path = tmp_path_factory.mktemp("meta") / "meta.db"
    with Store(path) as store:
        for article_id, text, quote, outlet in METACHAR_QUOTES:
            name = text.rsplit("said ", 1)[1].rstrip(".")
            store.add_result(*make_article(article_id, text, [(quote, name, "person", name)], outlet=outlet, date="2026-03-04"))
    return path


@pytest.fixture(scope="module")
def meta_client(meta_db: Path):
    from fastapi.testclient import TestClient

    from quotegraph.web import create_app

    with TestClient(create_app(meta_db)) as opened:
        yield opened


search_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(['"', "'", "%", "_", "--", ";", "*", "NEAR(", "NEAR", "AND", "OR", "NOT", "(", ")", "^", ":", "+", "-",
                              "\\", "\x00", "\ud800", "bridge", "prices", "50%", "under_score", "text:", "{", "}", "'; DROP TABLE quotes; --",
                              "x' OR '1'='1", "²", "١", "%00", "Zürich", "東京", " "]), max_size=8).map(" ".join),
)


@fuzz_settings(300)
@given(query=search_text, speaker=st.none() | search_text, outlet=st.none() | search_text)
def test_fuzz_store_search_any_text(meta_db: Path, query: str, speaker: str | None, outlet: str | None) -> None:
    from quotegraph.store import Store

    with Store(meta_db, readonly=True) as store:
        found = store.search(query, speaker=speaker, outlet=outlet, limit=100)
        assert store.count(query, speaker=speaker, outlet=outlet) == len(found)
        store.speakers(name=query)
        store.outlet(query)
        store.article(query)
        assert store.stats()["quotes"] == len(METACHAR_QUOTES)


@fuzz_settings(150)
@given(query=search_text, param=st.sampled_from(["q", "speaker", "outlet", "from", "to", "type", "limit", "offset"]))
def test_fuzz_web_search_parameters(meta_client, query: str, param: str) -> None:
    """Any value of any search parameter: 200, or 422 with one message; never a server error.

    The value goes out percent-encoded byte for byte (a lone surrogate as the invalid UTF-8 it would be).
    """
    raw = url_quote(query.encode("utf-8", "surrogatepass"), safe="")
    for path in ("/api/quotes", "/"):
        response = meta_client.get(f"{path}?{param}={raw}")
        assert response.status_code in (200, 422), (path, param, query, response.text[:300])
        if path.startswith("/api") and response.status_code == 422:
            assert response.json()["code"] == "invalid_parameter"
    for path in (f"/api/speakers?name={raw}", f"/api/outlets/{raw}", f"/outlets/{raw}", f"/speakers?name={raw}"):
        response = meta_client.get(path)
        assert response.status_code in (200, 404, 422), (path, query, response.text[:300])


@pytest.mark.parametrize(
    ("query", "expected"),
    [("50%", ["meta-1"]), ("under_score", ["meta-1"]), ("DROP TABLE quotes; --", ["meta-1"]), ("%", []), ("_", []), ("--", []),
     ("NEAR(the bridge)", ["meta-2"]), ("AND OR NOT", ["meta-2"]), ("star*", ["meta-2"]), ('"single"', ["meta-2"]),
     ("'single'", ["meta-2"]), ("x' OR '1'='1", []), ("bridge\x00star", ["meta-2"]), ("bridge\x00zzz", []),
     ("zurich", ["meta-3"]), ("東京", ["meta-3"]), ("Zürich\udcff", ["meta-3"])],
)
def test_fuzz_search_metacharacters_are_plain_text_everywhere(meta_db: Path, meta_client, query: str, expected: list[str]) -> None:
    """The same words find the same quotes through the store, the JSON API, the search page and the CLI."""
    from quotegraph.store import Store

    with Store(meta_db, readonly=True) as store:
        assert [quote.article.source_id for quote in store.search(query)] == expected
    if "\udcff" not in query:  # a URL cannot carry a lone surrogate
        body = meta_client.get("/api/quotes", params={"q": query}).json()
        assert [quote["article"]["source_id"] for quote in body["quotes"]] == expected
        page = meta_client.get("/", params={"q": query})
        assert page.status_code == 200 and page.text.count('class="quote-item"') == len(expected)
    if "\x00" not in query:  # an argument cannot carry a NUL
        code, stdout, stderr = run_main(["search", "--db", str(meta_db), "--format", "jsonl", "--", query])  # "--": a query may start with -
        assert code == 0, stderr
        assert [json.loads(line)["article"]["source_id"] for line in stdout.splitlines()] == expected
        assert stderr.splitlines() == [f"{len(expected)} of {len(expected)} quotes"]


@pytest.mark.parametrize(("flag", "value", "expected"), [
    ("--speaker", "' OR 1=1 --", []), ("--speaker", "%", []), ("--speaker", "_", []), ("--speaker", "Ruiz", ["meta-1"]),
    ("--outlet", "O'Reilly %_ News", ["meta-1"]), ("--outlet", "o'reilly %_ news", ["meta-1"]), ("--outlet", "%", []),
    ("--outlet", "Wire; --", ["meta-2"]), ("--outlet", "' OR ''='", []), ("--speaker", "\udcff", [])])
def test_fuzz_search_filters_are_plain_text(meta_db: Path, meta_client, flag: str, value: str, expected: list[str]) -> None:
    code, stdout, stderr = run_main(["search", flag, value, "--db", str(meta_db), "--format", "jsonl"])
    assert code == 0, stderr
    assert [json.loads(line)["article"]["source_id"] for line in stdout.splitlines()] == expected
    if "\udcff" not in value:
        body = meta_client.get("/api/quotes", params={flag.removeprefix("--"): value}).json()
        assert [quote["article"]["source_id"] for quote in body["quotes"]] == expected


# --- regressions found by fuzzing -----------------------------------------------------------------


def test_fuzz_regression_broken_html_gives_one_line_without_trafilatura_logs(tmp_path: Path) -> None:
    """``x<p>`` as a page: trafilatura logged three ERROR/WARNING lines to stderr before the Skipped line."""
    page = tmp_path / "broken.html"
    page.write_bytes(b"x<p>")
    done = subprocess.run([sys.executable, "-m", "quotegraph", "extract", str(page), "-p", "1", "--no-progress"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"Skipped {page}: [E010] No text could be extracted from the HTML in {page}.",
                                        "0 processed, 1 skipped"]


def test_fuzz_regression_nul_in_search_words_is_a_space(meta_client) -> None:
    """``q=x%00y``: the NUL ended the FTS5 string literal early; SQLite said "unterminated string" (500).
    A NUL now separates words like a space."""
    response = meta_client.get("/api/quotes?q=x%00y")
    assert response.status_code == 200 and response.json()["total"] == 0
    assert meta_client.get("/api/quotes?q=bridge%00star").json()["total"] == 1


def test_fuzz_regression_superscript_digit_speaker_is_a_name(meta_client) -> None:
    """``speaker=²``: ``"²".isdigit()`` is True but ``int("²")`` raises, a 500; ``١`` (Arabic one) meant speaker 1."""
    for value in ("²", "١"):
        response = meta_client.get("/api/quotes", params={"speaker": value})
        assert response.status_code == 200 and response.json()["total"] == 0, value


def test_fuzz_regression_non_utf8_argument_and_file_name(meta_db: Path, tmp_path: Path, en_nlp) -> None:
    """Arguments that are not UTF-8 reach Python as lone surrogates (``\\udcff``), which SQLite cannot take:
    ``search $'storm\\xff'`` and ingesting a file named ``$'\\xff.txt'`` (its id) ended in a traceback."""
    code, _, stderr = run_main(["search", "Zürich\udcff", "--speaker", "\udcff", "--db", str(meta_db)])
    assert (code, stderr) == (0, "0 of 0 quotes\n")
    folder = tmp_path / "names"
    folder.mkdir()
    (folder / os.fsdecode(b"\xff.txt")).write_text('"We are ready for the storm," Ana Ruiz said on Monday.\n', encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"id": "x\\ud800", "outlet": "W\\udfff", "text": "\\"We are ready,\\" Omar Haddad said."}\n', encoding="utf-8")
    db = tmp_path / "names.db"
    for run in range(2):
        done = subprocess.run([sys.executable, "-m", "quotegraph", "ingest", str(folder), "--db", str(db), "-p", "1"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and done.stderr.splitlines() == [["2 ingested, 0 already present, 0 skipped",
                                                                       "0 ingested, 2 already present, 0 skipped"][run]], done.stderr
    from quotegraph.store import Store

    with Store(db, readonly=True) as store:
        assert store.article("\ufffd") is not None and store.article("x\ufffd").ref.outlet == "W\ufffd"
        assert store.article("x\ud800") is not None  # looked up the same way it was stored


def test_fuzz_regression_unpaired_surrogate_is_e028_not_an_internal_error(en_nlp, tmp_path: Path) -> None:
    """A JSONL text with a bad ``\\ud800`` escape: spaCy raised UnicodeEncodeError (``[E999] Internal
    error`` and a logged traceback in a batch), and ``--format html`` then died writing it."""
    with pytest.raises(InputError, match=r"^\[E028\] The article text holds an unpaired surrogate character at offset 9 "):
        extract('"We will \ud800 win," said Ana Ruiz.', nlp=en_nlp)
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "s\\udfff", "text": "\\"We will \\ud800 win,\\" said Ana Ruiz."}\n', encoding="utf-8")
    for fmt in ("html", "csv"):  # the formats that wrote the id or text as it was
        done = subprocess.run([sys.executable, "-m", "quotegraph", "extract", str(source), "-p", "1", "--format", fmt],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert done.stderr.splitlines() == ["Skipped s\\udfff: [E028] The article text holds an unpaired surrogate character at offset 9"
                                            " (a bad \\ud800-\\udfff escape in JSON); it cannot be read or stored.", "0 processed, 1 skipped"], done.stderr
