"""The command line, run as a real subprocess: exit codes, stderr, every input kind and output format.

What a user must be able to rely on: a bad input is reported as exactly one ``Skipped ...`` (or
``Error: ...``) line on stderr, never a traceback; the other inputs are still processed and come out
in input order; the exit code is non-zero when anything was unusable and 0 otherwise; quote offsets
index the text exactly as it was read (BOM, \\r\\n and non-BMP characters included).

All article text is invented for these tests. Each subprocess pays the model load (about a second),
so related checks share one run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph import __version__
from quotegraph.cli import app
from quotegraph.writers import CSV_COLUMNS

STORY = (
    "\ufeff🌉 Bridge repairs approved 🚧\r\n\r\n"
    "The town council voted on Tuesday to repair the old harbour bridge 𝔣𝔬𝔯 𝔤𝔬𝔬𝔡.\r\n\r\n"
    '"We cannot ask families to drive around the bay for another winter," said Mayor Elena Vasquez. 😀\r\n\r\n'
    "Vasquez said the town would borrow part of the cost.\r\n"
)

SECOND_STORY = '"The clinic will stay open on weekends," Dr. Omar Haddad said on Friday.\n'

SCRIPT_STORY = (
    'The site was defaced with <script>alert("pwned")</script> on Monday & Tuesday.\n\n'
    '"We fixed the <b>bug</b> within an hour," said Nora Klein, the city\'s IT director.\n'
)

FRENCH = (
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine. "
    "Selon la maire, les travaux de la piscine commenceront au printemps et dureront six mois, "
    "mais plusieurs élus de l'opposition estiment que le projet coûte beaucoup trop cher.\n"
)

GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke am Hafen zu sanieren. "
    "Die Bürgermeisterin sagte, die Arbeiten würden im Frühjahr beginnen und etwa sechs Monate "
    "dauern, doch die Opposition hält das Vorhaben für viel zu teuer.\n"
)

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Clinic hours extended</title>
<meta name="date" content="2025-03-04">
<script>var tracker = "do not extract me";</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/health">Health</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Clinic hours extended</h1>
<p>The county health board agreed on Thursday to keep the Riverside clinic open on weekends, after months of complaints from patients about long waits.</p>
<p>"Nobody should wait three days to see a nurse," said Dr. Omar Haddad, who runs the clinic, after the vote.</p>
<p>Haddad said the board would hire four more nurses before the summer.</p>
</article>
<footer>Copyright Riverside Gazette. All rights reserved.</footer>
</body></html>
"""

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + bytes(range(256))


# --- helpers ------------------------------------------------------------------------------------


def run_cli(*args: str | Path, stdin: bytes | None = None, cwd: Path | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run ``python -m quotegraph ARGS`` and capture bytes; stdout/stderr decoded as UTF-8."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    done = subprocess.run(
        [sys.executable, "-m", "quotegraph", *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=timeout,
    )
    done.stdout = done.stdout.decode("utf-8")
    done.stderr = done.stderr.decode("utf-8")
    assert "Traceback" not in done.stderr, done.stderr
    return done


def problem_lines(stderr: str) -> list[str]:
    """The lines that report a problem: ``Error: ...`` or ``Skipped ...``."""
    return [line for line in stderr.splitlines() if line.startswith(("Error:", "Skipped "))]


def jsonl_records(stdout: str) -> list[dict]:
    assert stdout.endswith("\n") or not stdout
    return [json.loads(line) for line in stdout.splitlines()]


def assert_offsets(text: str, quote: dict) -> None:
    """Quote, quoted pieces, speaker mention and cue: each is the exact slice of ``text``."""
    assert text[quote["start"] : quote["end"]] == quote["text"]
    for piece in quote["quoted"]:
        assert text[piece["start"] : piece["end"]] == piece["text"]
    if quote["speaker"] is not None:
        mention = quote["speaker"]["mention"]
        assert text[mention["start"] : mention["end"]] == mention["text"]
    if quote["cue"] is not None:
        cue = quote["cue"]
        assert text[cue["start"] : cue["end"]] == cue["text"]


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)  # bytes: no newline translation, so \r\n and the BOM stay
    return path


def jsonl(*records: dict | str) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


# --- bad input ----------------------------------------------------------------------------------


def test_bad_files_each_reported_once_and_the_good_one_processed(en_nlp, tmp_path: Path) -> None:
    bad = {
        "empty.txt": (b"", "E005"),
        "blank.txt": (b"  \r\n\t\n", "E005"),
        "photo.png": (PNG_BYTES, "E003"),
        "nul.txt": (b"Mayor said \x00\x00\x00 the plan was good.\n", "E003"),
        "latin1.txt": ('The caf\u00e9 owner said "We open today."\n'.encode("latin-1"), "E002"),
        "french.txt": (FRENCH.encode("utf-8"), "E012"),
        "german.txt": (GERMAN.encode("utf-8"), "E012"),
    }
    paths = [write(tmp_path / name, data) for name, (data, _) in bad.items()]
    good = write(tmp_path / "good.txt", SECOND_STORY)
    # the good file sits in the middle: order in = order out
    order = paths[:3] + [good] + paths[3:]
    done = run_cli("extract", *(path.name for path in order), "-p", "2", cwd=tmp_path)

    assert done.returncode == 1
    records = jsonl_records(done.stdout)
    assert len(records) == len(order)
    for path, record in zip(order, records):
        if path == good:
            assert record["id"] == "good"
            assert "error" not in record
            assert len(record["quotes"]) == 1
            assert_offsets(SECOND_STORY, record["quotes"][0])
        else:
            code = bad[path.name][1]
            assert record["quotes"] == []
            assert record["error"].startswith(f"[{code}]"), (path.name, record)
            assert path.stem in record["id"]  # the stem, or the path for an unreadable file

    problems = problem_lines(done.stderr)
    assert len(problems) == len(bad), done.stderr
    for path, line in zip(paths, problems):
        assert line.startswith(f"Skipped {path.stem}") and f": [{bad[path.name][1]}] " in line, line
    assert "E002" in done.stderr and "offset 7" in done.stderr  # the é byte in "The caf\xe9"
    assert done.stderr.splitlines()[-1] == f"1 processed, {len(bad)} skipped"


def test_oversize_file_refused_quickly_with_e004(en_nlp, tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    sentence = b'"We will fix the bridge," said Mayor Ana Ruiz. The council said the plan was sound.\n'
    with big.open("wb") as handle:
        block = sentence * 12_000  # ~1 MB
        for _ in range(50):
            handle.write(block)
    assert big.stat().st_size > 49_000_000

    started = time.monotonic()
    done = run_cli("extract", big.name, "-p", "1", cwd=tmp_path, timeout=60)
    elapsed = time.monotonic() - started

    assert done.returncode == 1
    assert elapsed < 20, f"refusing a 50 MB file took {elapsed:.1f} s"
    (record,) = jsonl_records(done.stdout)
    assert record["quotes"] == [] and record["error"].startswith("[E004]")
    (problem,) = problem_lines(done.stderr)
    assert problem.startswith("Skipped huge.txt: [E004] huge.txt is ")
    assert "over the 10 MB limit" in problem and "--max-mb" in problem


def test_jsonl_with_broken_lines_reports_each_and_keeps_the_rest(en_nlp, tmp_path: Path) -> None:
    lines = [
        {"id": "w-1", "outlet": "Valley News", "date": "2025-05-01", "text": SECOND_STORY},
        {"outlet": "Valley News", "text": "The union said talks with the port authority had broken down."},
        '{"id": "w-3", "text": "Police said the road would',  # broken JSON (line 3)
        {"id": "w-4", "outlet": "Town Crier", "body": "no text field here"},  # E007 (line 4)
        {"id": "w-5", "text": ""},  # E005 (line 5)
        "[1, 2, 3]",  # E007 (line 6)
        {"id": 7, "outlet": "Town Crier", "date": "2025-05-02", "tags": ["harbour", "vote"], "text": STORY},
        {"id": "w-8", "text": FRENCH},  # E012: read fine, refused by the engine
        {"id": "w-9", "outlet": "Valley News", "text": SCRIPT_STORY},
    ]
    source = write(tmp_path / "wire.jsonl", jsonl(*lines))
    done = run_cli("extract", source, "-p", "2", cwd=tmp_path)

    assert done.returncode == 1
    records = jsonl_records(done.stdout)
    assert len(records) == len(lines)  # one output line per input line, in input order
    ids = [record["id"] for record in records]
    assert [ids[n] for n in (0, 1, 6, 7, 8)] == ["w-1", "wire:2", "7", "w-8", "w-9"]
    for number in (3, 4, 5, 6):  # unreadable lines are named by file and line number
        assert "wire" in ids[number - 1] and ids[number - 1].endswith(f":{number}")
    failed = {n for n, record in enumerate(records, 1) if "error" in record}
    assert failed == {3, 4, 5, 6, 8}
    assert records[2]["error"].startswith("[E006] Line 3: not valid JSON")
    assert records[3]["error"].startswith("[E007] Line 4")
    assert records[4]["error"].startswith("[E005]")
    assert records[5]["error"].startswith("[E007] Line 6")
    assert records[7]["error"].startswith("[E012]")

    # extra fields are carried through, the text is not repeated
    assert records[0]["outlet"] == "Valley News" and records[0]["date"] == "2025-05-01"
    assert records[6] == {**records[6], "id": "7", "outlet": "Town Crier", "date": "2025-05-02", "tags": ["harbour", "vote"]}
    assert all("text" not in record for record in records)
    for number, record in enumerate(records, 1):
        if number not in failed:
            text = lines[number - 1]["text"]
            assert record["quotes"], f"line {number} gave no quotes"
            for quote in record["quotes"]:
                assert_offsets(text, quote)

    problems = problem_lines(done.stderr)
    assert len(problems) == len(failed), done.stderr
    for number in (3, 4, 5, 6):
        assert any(line.startswith("Skipped ") and f"wire.jsonl:{number}:" in line for line in problems), number
    assert any(line.startswith("Skipped w-8: [E012]") for line in problems)
    assert done.stderr.splitlines()[-1] == "4 processed, 5 skipped"


# --- good input: txt, html, jsonl, stdin --------------------------------------------------------


def test_txt_html_and_jsonl_all_fine_exit_zero(en_nlp, tmp_path: Path) -> None:
    story = write(tmp_path / "bridge.txt", STORY)
    page = write(tmp_path / "clinic.html", HTML_PAGE)
    feed = write(tmp_path / "feed.jsonl", jsonl({"id": "f-1", "outlet": "Town Crier", "date": "2025-06-01", "text": SCRIPT_STORY}))
    done = run_cli("extract", story, page, feed, cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert problem_lines(done.stderr) == []
    assert done.stderr.splitlines()[-1] == "3 processed, 0 skipped"
    txt, html, fed = jsonl_records(done.stdout)

    # .txt: offsets index the file's text exactly as stored (BOM and \r\n kept, emoji count as one)
    assert txt["id"] == "bridge" and "text" not in txt
    file_text = story.read_bytes().decode("utf-8")
    assert file_text.startswith("\ufeff") and "\r\n" in file_text
    assert len(txt["quotes"]) >= 2
    for quote in txt["quotes"]:
        assert_offsets(file_text, quote)
    direct = next(q for q in txt["quotes"] if q["type"] == "direct")
    assert direct["text"] == "We cannot ask families to drive around the bay for another winter"
    assert direct["speaker"]["name"] == "Elena Vasquez"

    # .html: main text via trafilatura, given in the output; offsets index into it
    assert html["id"] == "clinic"
    assert html["title"] == "Clinic hours extended"
    text = html["text"]
    assert "Nobody should wait three days to see a nurse" in text
    assert "Home" not in text and "tracker" not in text and "Copyright" not in text
    assert list(html).index("text") < list(html).index("quotes")
    assert html["quotes"]
    for quote in html["quotes"]:
        assert_offsets(text, quote)
    assert any(q["speaker"] and q["speaker"]["name"] == "Omar Haddad" for q in html["quotes"])

    # .jsonl: extra fields carried through
    assert fed["id"] == "f-1" and fed["outlet"] == "Town Crier" and fed["date"] == "2025-06-01"
    for quote in fed["quotes"]:
        assert_offsets(SCRIPT_STORY, quote)


def test_stdin_plain_text(en_nlp) -> None:
    done = run_cli("extract", "-", "-p", "1", stdin=STORY.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    (record,) = jsonl_records(done.stdout)
    assert record["id"] == "stdin"
    assert record["quotes"]
    for quote in record["quotes"]:
        assert_offsets(STORY, quote)


def test_stdin_jsonl(en_nlp) -> None:
    data = jsonl(
        {"id": "s-1", "outlet": "Valley News", "text": SECOND_STORY},
        "{not json",
        {"id": "s-3", "date": "2025-07-01", "text": STORY},
    )
    done = run_cli("extract", "-", stdin=data.encode("utf-8"))
    assert done.returncode == 1
    records = jsonl_records(done.stdout)
    assert [record["id"] for record in records] == ["s-1", "stdin:2", "s-3"]
    assert records[0]["outlet"] == "Valley News" and records[2]["date"] == "2025-07-01"
    assert records[1]["error"].startswith("[E006] Line 2")
    (problem,) = problem_lines(done.stderr)
    assert problem.startswith("Skipped stdin:2: [E006] Line 2")
    for quote in records[2]["quotes"]:
        assert_offsets(STORY, quote)


# --- output formats -----------------------------------------------------------------------------


def test_format_json_is_one_list(en_nlp, tmp_path: Path) -> None:
    first = write(tmp_path / "bridge.txt", STORY)
    second = write(tmp_path / "clinic.txt", SECOND_STORY)
    empty = write(tmp_path / "empty.txt", "")
    done = run_cli("extract", first, empty, second, "--format", "json", cwd=tmp_path)
    assert done.returncode == 1  # the empty file
    data = json.loads(done.stdout)
    assert isinstance(data, list)
    assert [Path(record["id"]).stem for record in data] == ["bridge", "empty", "clinic"]
    assert data[1]["error"].startswith("[E005]")
    for path, record in ((first, data[0]), (second, data[2])):
        assert record["quotes"]
        for quote in record["quotes"]:
            assert_offsets(path.read_bytes().decode("utf-8"), quote)
    assert len(problem_lines(done.stderr)) == 1


def test_format_csv_to_output_file(en_nlp, tmp_path: Path) -> None:
    story = write(tmp_path / "bridge.txt", STORY)
    feed = write(tmp_path / "feed.jsonl", jsonl({"id": "f-1", "text": SCRIPT_STORY}, {"id": "f-2", "text": "No quotes in this short note about the weather today."}))
    target = tmp_path / "out" / "quotes.csv"
    target.parent.mkdir()
    done = run_cli("extract", story, feed, "--format", "csv", "-o", target, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # everything went to the file
    raw = target.read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(CSV_COLUMNS, row)) for row in rows[1:]]
    assert body, "no quote rows"
    texts = {"bridge": story.read_bytes().decode("utf-8"), "f-1": SCRIPT_STORY}
    assert {row["id"] for row in body} == set(texts)  # f-2 has no quotes: no row
    for row in body:
        text = texts[row["id"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
        if row["cue_text"]:
            assert text[int(row["cue_start"]) : int(row["cue_end"])] == row["cue_text"]
        if row["mention_text"]:
            assert text[int(row["mention_start"]) : int(row["mention_end"])] == row["mention_text"]
        assert row["context"] in ("true", "false")
        assert 0.0 <= float(row["confidence"]) <= 1.0


class _TagCounter(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.seen: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.seen.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()


def test_format_html_marks_quotes_and_escapes_article_text(en_nlp, tmp_path: Path) -> None:
    page = write(tmp_path / "site.txt", SCRIPT_STORY)
    story = write(tmp_path / "bridge.txt", STORY)
    done = run_cli("extract", page, story, "--format", "html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<mark" in out
    assert out.count("<article>") == 2
    assert "<script" not in out.lower()  # the payload is text, not markup
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in out
    assert "&lt;b&gt;bug&lt;/b&gt;" in out and "<b>" not in out
    assert "Nora Klein" in out and "Elena Vasquez" in out
    parser = _TagCounter()
    parser.feed(out)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    assert "script" not in parser.seen


# --- usage, version, help, configuration errors -------------------------------------------------


def test_unknown_format_is_one_error_line(tmp_path: Path) -> None:
    story = write(tmp_path / "bridge.txt", STORY)
    done = run_cli("extract", story, "--format", "xml")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == ["Error: Unknown output format 'xml'; choose one of json, jsonl, csv, html."]


def test_unwritable_output_is_one_error_line(en_nlp, tmp_path: Path) -> None:
    story = write(tmp_path / "bridge.txt", STORY)
    done = run_cli("extract", story, "-o", tmp_path / "missing" / "out.jsonl")
    assert done.returncode == 1
    (problem,) = problem_lines(done.stderr)
    assert problem.startswith("Error: Cannot write ") and "No such file or directory" in problem


def test_missing_model_is_one_error_line(tmp_path: Path) -> None:
    story = write(tmp_path / "bridge.txt", STORY)
    done = run_cli("extract", story, "--model", "no_such_spacy_model_xyz")
    assert done.returncode == 1
    assert done.stdout == ""
    (problem,) = problem_lines(done.stderr)
    assert problem.startswith("Error: [E008] The spaCy model 'no_such_spacy_model_xyz' is not installed")


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract"], "Missing argument"),
        (["extract", "a.txt", "--no-such-option"], "No such option: --no-such-option"),
        (["extract", "a.txt", "--processes", "0"], "--processes"),
    ],
    ids=["no-paths", "unknown-option", "zero-processes"],
)
def test_usage_errors_are_clean(args: list[str], message: str) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    (problem,) = problem_lines(done.stderr)
    assert message in problem


def test_no_arguments_shows_help_without_traceback() -> None:
    done = run_cli()
    assert done.returncode != 0
    assert "extract" in done.stdout + done.stderr and "eval" in done.stdout + done.stderr


def test_version() -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"quotegraph {__version__}"


@pytest.mark.parametrize(
    "args, expected",
    [
        ([], ["extract", "eval", "--version"]),
        (["extract"], ["--format", "--output", "--processes", "--max-mb", "--min-confidence", "json, jsonl, csv, html"]),
        (["eval"], ["--split", "--errors", "--errors-on", "--limit", "--json"]),
    ],
    ids=["main", "extract", "eval"],
)
def test_help(args: list[str], expected: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    for needle in expected:
        assert needle in result.output, needle


def test_no_objects_keeps_clauses_only(en_nlp) -> None:
    text = "Mayor Ana Ruiz urged voters to turn out early. Ruiz said the plan was sound."
    with_objects = jsonl_records(run_cli("extract", "-", "-p", "1", stdin=text.encode("utf-8")).stdout)[0]["quotes"]
    done = run_cli("extract", "-", "-p", "1", "--no-objects", stdin=text.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    clauses = jsonl_records(done.stdout)[0]["quotes"]
    assert [q["text"] for q in with_objects] == ["to turn out early", "the plan was sound"]
    assert [q["text"] for q in clauses] == ["the plan was sound"]
