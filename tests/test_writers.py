"""Tests for the output stage: JSON, JSONL, CSV and HTML writers."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest

from quotegraph.errors import ConfigError
from quotegraph.model import Article, Quote, Result, Speaker, TextSpan
from quotegraph.writers import CSV_COLUMNS, FORMATS, open_writer, output_record

TEXT = (
    'The council met on Monday <script>alert("x")</script>.\n'
    '\n'
    '"We have waited long enough. The bridge\n'
    '\n'
    'must be repaired this year," said Rosa Quill, the council chair.\n'
    'An official said the budget was tight.'
)
CONTRACT_KEYS = {"id", "quotes"}
QUOTE_KEYS = {"text", "start", "end", "type", "speaker", "cue", "confidence", "quoted", "context", "addressee", "channel", "time"}


def span(text: str, needle: str) -> TextSpan:
    start = text.index(needle)
    return TextSpan(needle, start, start + len(needle))


def sample() -> tuple[Article, Result]:
    body = span(TEXT, "We have waited long enough. The bridge\n\nmust be repaired this year")
    speaker = Speaker("Rosa Quill", "person", span(TEXT, "Rosa Quill"))
    direct = Quote(
        text=body.text, start=body.start, end=body.end, type="direct",
        speaker=speaker, cue=span(TEXT, "said Rosa"[:4]), confidence=0.87654,
    )
    content = span(TEXT, "the budget was tight")
    anonymous = Quote(
        text=content.text, start=content.start, end=content.end, type="indirect",
        speaker=Speaker("An official", "anonymous", span(TEXT, "An official")),
        cue=TextSpan("said", TEXT.rindex("said"), TEXT.rindex("said") + 4), confidence=0.5,
        context=True,
    )
    script = span(TEXT, '<script>alert("x")</script>')
    unattributed = Quote(
        text=script.text, start=script.start, end=script.end, type="direct",
        speaker=None, cue=None, confidence=0.2,
    )
    article = Article("art<1>", TEXT, {"outlet": "Gazette"})
    result = Result("art<1>", (direct, anonymous, unattributed), meta={"outlet": "Gazette"})
    return article, result


def render(fmt: str, items: list[tuple[Article, Result]]) -> str:
    stream = io.StringIO()
    writer = open_writer(fmt, stream)
    for article, result in items:
        writer.write(article, result)
    writer.close()
    return stream.getvalue()


class TagBalance(HTMLParser):
    """Checks every non-void tag is closed in order, and collects marks and text."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def parse(page: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


# --- formats ------------------------------------------------------------------------------------


def test_unknown_format_is_e009() -> None:
    with pytest.raises(ConfigError) as caught:
        open_writer("xml", io.StringIO())
    assert caught.value.code == "E009"
    assert "json, jsonl, csv, html" in str(caught.value)


def test_formats() -> None:
    assert FORMATS == ("json", "jsonl", "csv", "html")


# --- JSONL and JSON -----------------------------------------------------------------------------


def test_jsonl_round_trips_the_contract() -> None:
    article, result = sample()
    lines = render("jsonl", [(article, result), (Article("b", "x"), Result("b", ()))]).splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first == result.to_dict()
    assert set(first) == CONTRACT_KEYS | {"outlet"}
    assert all(set(q) == QUOTE_KEYS for q in first["quotes"])
    assert [Quote.from_dict(q) for q in first["quotes"]][1].speaker == result.quotes[1].speaker
    assert json.loads(lines[1]) == {"id": "b", "quotes": []}


def test_jsonl_keeps_non_ascii() -> None:
    article = Article("u", "Zo\u00eb said hi.")
    assert "Zo\u00eb" in render("jsonl", [(article, Result("u", (), meta={"who": "Zo\u00eb"}))])


def test_html_input_carries_text() -> None:
    article = Article("page", "Extracted text.", {"format": "html", "title": "T"})
    result = Result("page", (), meta={"format": "html", "title": "T"})
    record = json.loads(render("jsonl", [(article, result)]))
    assert record["text"] == "Extracted text."
    assert list(record)[-2:] == ["text", "quotes"]
    assert output_record(Article("t", "plain"), Result("t", ())) == {"id": "t", "quotes": []}


def test_error_result_is_written() -> None:
    record = json.loads(render("jsonl", [(Article("e", ""), Result("e", (), error="[E005] The article is empty."))]))
    assert record == {"id": "e", "quotes": [], "error": "[E005] The article is empty."}


def test_json_is_an_indented_array() -> None:
    article, result = sample()
    items = [(article, result), (Article("b", "x"), Result("b", ()))]
    out = render("json", items)
    expected = [output_record(a, r) for a, r in items]
    assert json.loads(out) == expected
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_json_empty_array() -> None:
    assert json.loads(render("json", [])) == []


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_rows() -> None:
    article, result = sample()
    out = render("csv", [(article, result), (Article("b", "x"), Result("b", ()))])
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3
    first, second, third = rows
    assert first["id"] == "art<1>" and first["index"] == "0" and first["type"] == "direct"
    assert first["text"] == result.quotes[0].text  # embedded newlines survive
    assert int(first["start"]) == result.quotes[0].start
    assert first["speaker_name"] == "Rosa Quill" and first["speaker_kind"] == "person"
    assert first["mention_text"] == "Rosa Quill"
    assert TEXT[int(first["mention_start"]) : int(first["mention_end"])] == "Rosa Quill"
    assert first["cue_text"] == "said"
    assert first["confidence"] == "0.877"
    assert first["context"] == "false"
    assert second["index"] == "1" and second["context"] == "true"
    assert third["speaker_name"] == "" and third["cue_start"] == "" and third["mention_end"] == ""
    assert out.count("id,index,type") == 1


# --- HTML ---------------------------------------------------------------------------------------


def test_html_is_escaped() -> None:
    article, result = sample()
    page = render("html", [(article, result)])
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "art&lt;1&gt;" in page
    tags = {tag for tag, _ in parse(page).tags}
    assert "script" not in tags
    assert "link" not in tags and "img" not in tags  # self-contained


def test_html_escapes_speaker_names_in_attributes() -> None:
    text = 'He said "hello there".'
    body = span(text, "hello there")
    evil = Speaker('"><img src=x onerror=alert(1)>', "person", span(text, "He"))
    quote = Quote(body.text, body.start, body.end, "direct", evil, span(text, "said"), 0.9)
    page = render("html", [(Article("x", text), Result("x", (quote,)))])
    parser = parse(page)
    assert "img" not in {tag for tag, _ in parser.tags}
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    assert marks[0]["data-speaker"] == evil.name


def test_html_multi_paragraph_quote_is_well_formed() -> None:
    article, result = sample()
    parser = parse(render("html", [(article, result)]))
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    rosa = [m for m in marks if m.get("data-speaker") == "Rosa Quill"]
    assert len(rosa) == 2  # closed at the paragraph break, reopened after the blank line
    assert len({m["style"] for m in rosa}) == 1
    assert "Rosa Quill (person), said, 0.88" == rosa[0]["title"]
    assert sum(1 for tag, _ in parser.tags if tag == "p") == 4  # one per non-blank line
    text = "".join(parser.data)
    assert "We have waited long enough. The bridge" in text
    assert "must be repaired this year" in text


def test_html_decorations_and_legend() -> None:
    article, result = sample()
    page = render("html", [(article, result)])
    parser = parse(page)
    classes = [attrs.get("class") for _, attrs in parser.tags]
    assert classes.count("mention") == 2
    assert classes.count("cue") == 2
    assert classes.count("label") == 3  # one per quote, only at its end
    assert "Rosa Quill (1)" in page and "An official (1)" in page and "unknown speaker (1)" in page
    unknown = [a for t, a in parser.tags if t == "mark" and a.get("data-speaker") == ""]
    assert unknown[0]["style"] == "background: #dddddd"


def test_html_same_speaker_same_colour_across_articles() -> None:
    text = '"Yes," said Rosa Quill.'
    body = span(text, "Yes,")
    quote = Quote(body.text, body.start, body.end, "direct",
                  Speaker("Rosa Quill", "person", span(text, "Rosa Quill")), span(text, "said"), 0.9)
    other = Quote(body.text, body.start, body.end, "direct",
                  Speaker("Sam Ode", "person", span(text, "Rosa Quill")), span(text, "said"), 0.9)
    items = [(Article("a", text), Result("a", (quote,))), (Article("b", text), Result("b", (other,))),
             (Article("c", text), Result("c", (quote,)))]
    marks = [a for t, a in parse(render("html", items)).tags if t == "mark"]
    assert marks[0]["style"] == marks[2]["style"] != marks[1]["style"]


def test_html_crossing_spans_are_skipped() -> None:
    text = "Alpha beta gamma delta epsilon."
    quote = Quote("beta gamma", 6, 16, "direct",
                  Speaker("Alpha", "person", TextSpan("gamma delta", 11, 22)),  # crosses the quote end
                  TextSpan("beta", 6, 10), 0.9)
    overlapping = Quote("gamma delta", 11, 22, "direct", None, TextSpan("out of range", 90, 99), 0.5)
    parser = parse(render("html", [(Article("x", text), Result("x", (quote, overlapping)))]))
    classes = [a.get("class") for _, a in parser.tags]
    assert classes.count("quote") == 1
    assert "mention" not in classes
    assert classes.count("cue") == 1
    assert "Alpha beta gammaAlpha delta epsilon." in "".join(parser.data)  # label after the quote


def test_html_empty_page_and_no_quotes() -> None:
    assert parse(render("html", [])).stack == []
    page = render("html", [(Article("n", "Nothing quoted here.\r\nSecond line."), Result("n", ()))])
    parser = parse(page)
    assert "No quotes found." in page
    assert sum(1 for tag, _ in parser.tags if tag == "p") == 3  # note + two lines


def test_close_is_idempotent_and_leaves_stream_open() -> None:
    stream = io.StringIO()
    with open_writer("json", stream) as writer:
        writer.write(Article("a", "x"), Result("a", ()))
    writer.close()
    assert not stream.closed
    assert json.loads(stream.getvalue()) == [{"id": "a", "quotes": []}]
