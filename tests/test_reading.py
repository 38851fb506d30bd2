"""Tests for the input stage: files, folders, JSONL and stdin become Articles or Failures."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from quotegraph.model import Article
from quotegraph.reading import Failure, read_inputs

STORY = 'The mayor spoke on Monday.\r\n\r\n"We will fix the road," said Dana Whit.\r\n'

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbour plan approved</title>
<meta property="og:url" content="https://news.example.org/harbour-plan">
<meta name="date" content="2024-05-14"></head>
<body>
<nav><a href="/">Home</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour plan approved</h1>
<p>The harbour board approved a plan on Tuesday to dredge the old channel, ending a year of talks with local fishing crews.</p>
<p>"This keeps the boats working through the winter," said Ines Farrow, who chairs the board, after the meeting.</p>
<p>Work on the channel is due to begin in the autumn and to take about four months to finish.</p>
</article>
<footer>All rights reserved</footer>
</body></html>
"""


def read_all(*paths: str | Path, **kwargs) -> list[Article | Failure]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def only(items: list[Article | Failure]) -> Article | Failure:
    assert len(items) == 1, items
    return items[0]


def write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# --- plain text ---------------------------------------------------------------------------------


def test_txt_keeps_crlf_and_offsets(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "mayor.txt", STORY.encode("utf-8"))
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.id == "mayor"
    assert article.text == STORY
    assert "\r\n" in article.text
    start = STORY.index("We will")
    assert article.text[start : start + 7] == "We will"
    assert article.meta == {}


def test_txt_keeps_bom(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "bom.txt", b"\xef\xbb\xbfHello there.")
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.text == "\ufeffHello there."
    assert article.text.index("there") == 7


def test_invalid_utf8_gives_e002_with_offset(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "bad.txt", "Caf\u00e9 ok. ".encode("utf-8") + b"bad \xff byte")
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.source == str(path)
    assert failure.message.startswith("[E002]")
    assert failure.code == "E002"
    assert "offset 14" in failure.message


def test_binary_gives_e003(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40)))
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.message.startswith("[E003]")


def test_many_control_characters_give_e003(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "noise.txt", b"ab\x01\x02\x03\x04cd" * 20)
    assert only(read_all(path)).message.startswith("[E003]")


def test_oversize_gives_e004_without_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_bytes(tmp_path / "big.txt", b"word " * 1000)
    opened: list[str] = []
    real_open = Path.open

    def spy_open(self: Path, *args, **kwargs):
        opened.append(str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy_open)
    failure = only(read_all(path, max_mb=0.001))
    assert isinstance(failure, Failure)
    assert failure.message.startswith("[E004]")
    assert "0.001 MB limit" in failure.message
    assert opened == []


def test_empty_and_whitespace_give_e005(tmp_path: Path) -> None:
    empty = write_bytes(tmp_path / "empty.txt", b"")
    blank = write_bytes(tmp_path / "blank.txt", b" \r\n\t\n")
    bom_only = write_bytes(tmp_path / "bom.txt", b"\xef\xbb\xbf\n")
    results = read_all(empty, blank, bom_only)
    assert [r.source for r in results] == [str(empty), str(blank), str(bom_only)]
    assert all(isinstance(r, Failure) and r.message.startswith("[E005]") for r in results)


def test_unknown_extension_read_as_text(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "notes.md", b"# Notes\nShe said hello.")
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.id == "notes"


def test_missing_path_gives_e011_and_reading_continues(tmp_path: Path) -> None:
    good = write_bytes(tmp_path / "good.txt", b"Some text.")
    missing = tmp_path / "nope.txt"
    results = read_all(missing, good)
    assert isinstance(results[0], Failure)
    assert results[0].message.startswith("[E011]")
    assert results[0].source == str(missing)
    assert isinstance(results[1], Article) and results[1].id == "good"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file_gives_e001(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "secret.txt", b"Hidden text.")
    path.chmod(0)
    try:
        failure = only(read_all(path))
    finally:
        path.chmod(0o644)
    assert isinstance(failure, Failure)
    assert failure.message.startswith("[E001]")


def test_os_error_while_reading_gives_e001(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_bytes(tmp_path / "locked.txt", b"Locked text.")
    after = write_bytes(tmp_path / "after.txt", b"After.")

    def refuse(self: Path, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return io.open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    failure, article = read_all(path, after)
    assert isinstance(failure, Failure)
    assert failure.message == f"[E001] Cannot read {path}: Permission denied."
    assert isinstance(article, Article) and article.text == "After."


def test_repeated_stems_use_the_path(tmp_path: Path) -> None:
    first = write_bytes(tmp_path / "a" / "story.txt", b"One.")
    second = write_bytes(tmp_path / "b" / "story.txt", b"Two.")
    other = write_bytes(tmp_path / "b" / "other.txt", b"Three.")
    ids = [r.id for r in read_all(first, second, other)]
    assert ids == [str(first), str(second), "other"]


# --- folders ------------------------------------------------------------------------------------


def test_folder_reading_order_and_filter(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write_bytes(root / "b.txt", b"Bee.")
    write_bytes(root / "a.txt", b"Ay.")
    write_bytes(root / "sub" / "c.txt", b"Sea.")
    write_bytes(root / "sub" / "a.jsonl", b'{"text": "Jay one."}\n{"text": "Jay two."}\n')
    write_bytes(root / "image.png", b"\x89PNG\x00")
    write_bytes(root / "readme.md", b"Not an article.")
    write_bytes(root / ".hidden.txt", b"Hidden.")
    texts = [r.text for r in read_all(root)]
    assert texts == ["Ay.", "Bee.", "Jay one.", "Jay two.", "Sea."]


def test_folder_and_files_keep_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    write_bytes(folder / "x.txt", b"Ex.")
    single = write_bytes(tmp_path / "single.txt", b"Single.")
    assert [r.text for r in read_all(single, folder, single)] == ["Single.", "Ex.", "Single."]


# --- JSONL --------------------------------------------------------------------------------------


def test_jsonl_broken_line_in_the_middle(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "first", "text": "Alpha said yes.", "outlet": "Gazette"}),
        "",
        '{"id": "broken", "text": "unterminated',
        json.dumps({"text": "Gamma said no.", "date": "2024-01-02"}),
        json.dumps({"title": "no text here"}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "   "}),
        json.dumps({"id": 8, "text": "Delta \u00e9t\u00e9 said maybe."}, ensure_ascii=False),
    ]
    path = write_bytes(tmp_path / "feed.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    results = read_all(path)
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "Failure", "Article", "Failure", "Failure", "Failure", "Failure", "Article"]

    first, broken, gamma, no_text, number, a_list, empty, delta = results
    assert first.id == "first" and first.meta == {"outlet": "Gazette"}
    assert broken.source == f"{path}:3"
    assert broken.message.startswith("[E006] Line 3:")
    assert gamma.id == "feed:4"
    assert gamma.meta == {"date": "2024-01-02"}
    assert no_text.source == f"{path}:5" and no_text.message.startswith("[E007] Line 5:")
    assert number.message.startswith("[E007] Line 6:")
    assert a_list.message.startswith("[E007] Line 7:")
    assert empty.source == f"{path}:8" and empty.message.startswith("[E005]")
    assert delta.id == "8" and delta.text == "Delta \u00e9t\u00e9 said maybe."


def test_jsonl_text_kept_exactly(tmp_path: Path) -> None:
    text = "\ufeffLine one.\r\nLine two.\n"
    path = write_bytes(tmp_path / "exact.jsonl", (json.dumps({"text": text}) + "\r\n").encode())
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.text == text
    assert article.id == "exact:1"


def test_jsonl_leading_bom_and_crlf_lines(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + b'{"text": "One."}\r\n{"text": "Two."}\r\n'
    path = write_bytes(tmp_path / "bom.jsonl", data)
    assert [r.text for r in read_all(path)] == ["One.", "Two."]


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    data = b'{"text": "Fine."}\n{"text": "Bad \xff."}\n{"text": "Also fine."}\n'
    path = write_bytes(tmp_path / "mixed.jsonl", data)
    results = read_all(path)
    assert isinstance(results[1], Failure)
    assert results[1].source == f"{path}:2"
    assert results[1].message.startswith("[E002]")
    bad_offset = data.index(b"\xff")
    assert f"offset {bad_offset}" in results[1].message
    assert [r.text for r in results if isinstance(r, Article)] == ["Fine.", "Also fine."]


def test_jsonl_oversize_line_skipped(tmp_path: Path) -> None:
    long_text = "x" * 5000
    data = (
        json.dumps({"text": "Short."}) + "\n" + json.dumps({"text": long_text}) + "\n"
        + json.dumps({"text": "After."}) + "\n"
    )
    path = write_bytes(tmp_path / "long.jsonl", data.encode())
    results = read_all(path, max_mb=0.001)
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[1].source == f"{path}:2"
    assert results[1].message.startswith("[E004]")
    assert results[2].text == "After."


def test_binary_jsonl_is_one_failure(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "blob.jsonl", b"\x00\x01\x02\n" * 50)
    failure = only(read_all(path))
    assert failure.message.startswith("[E003]")


# --- HTML ---------------------------------------------------------------------------------------


def test_html_via_trafilatura(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "harbour.html", HTML_PAGE.encode("utf-8"))
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert article.id == "harbour"
    assert "said Ines Farrow" in article.text
    assert "Home" not in article.text and "All rights reserved" not in article.text
    assert "\n\n" in article.text
    assert article.meta["format"] == "html"
    assert article.meta["title"] == "Harbour plan approved"
    assert article.meta["url"] == "https://news.example.org/harbour-plan"
    assert article.meta["date"] == "2024-05-14"


def test_html_declared_charset_fallback(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Ines Farrow", "In\u00e8s Farrow"
    )
    path = write_bytes(tmp_path / "legacy.htm", page.encode("cp1252"))
    article = only(read_all(path))
    assert isinstance(article, Article)
    assert "In\u00e8s Farrow" in article.text


def test_html_undeclared_legacy_bytes_give_e002(tmp_path: Path) -> None:
    page = HTML_PAGE.replace('<meta charset="utf-8">', "").replace("Ines", "In\u00e8s")
    data = page.encode("latin-1")
    path = write_bytes(tmp_path / "latin.html", data)
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.message.startswith("[E002]")
    bad_offset = data.index(b"\xe8")
    assert f"offset {bad_offset}" in failure.message


def test_html_without_text_gives_e010(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "shell.html", b"<html><head><title>x</title></head><body></body></html>")
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.message.startswith("[E010]")


# --- standard input -----------------------------------------------------------------------------


def test_stdin_plain_text() -> None:
    stream = io.BytesIO(b"  Plain words from a pipe.\r\n")
    article = only(read_all("-", stdin=stream))
    assert isinstance(article, Article)
    assert article.id == "stdin"
    assert article.text == "  Plain words from a pipe.\r\n"


def test_stdin_jsonl() -> None:
    stream = io.BytesIO(b'\n  {"text": "One."}\n{"oops"\n{"id": "z", "text": "Two."}\n')
    results = read_all("-", stdin=stream)
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert results[0].id == "stdin:2"
    assert results[1].source == "stdin:3"
    assert results[2].id == "z"


def test_stdin_text_stream() -> None:
    article = only(read_all("-", stdin=io.StringIO("Words \u00e9 here.")))
    assert article.text == "Words \u00e9 here."


def test_stdin_empty() -> None:
    failure = only(read_all("-", stdin=io.BytesIO(b"")))
    assert isinstance(failure, Failure)
    assert failure.source == "stdin"
    assert failure.message.startswith("[E005]")
