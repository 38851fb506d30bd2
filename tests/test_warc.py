"""WARC input (warc.py through reading.read_inputs, and the extract / ingest commands).

Every WARC file is built here with warcio's writer from HTML pages written for these tests:
one Article per 2xx HTML response record, nothing for other records, and one ``Failure`` for a
damaged record or a cut file while every other page is still read.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("warcio")

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from quotegraph.model import Article  # noqa: E402
from quotegraph.reading import Failure, read_inputs  # noqa: E402
from quotegraph.warc import read_warc_stream  # noqa: E402

PAGE = """<!DOCTYPE html><html><head>{head}<title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>All rights reserved.</footer></body></html>"""

FERRY = ["Ferry service returns", [
    '"We will run the first boat on Monday morning," said Olivia Grant, the harbour master.',
    "The ferry stopped in March after a storm damaged the pier at Kestrel Point.",
    "Grant told reporters that the repairs had cost more than expected.",
]]
LIBRARY = ["Library opens late", [
    "The county library will stay open until ten at night from next month.",
    '"Students need a quiet place to work," librarian Marcus Bell said in a statement.',
]]
FERRY_TEXT = (
    "Ferry service returns\n\n"
    '"We will run the first boat on Monday morning," said Olivia Grant, the harbour master.\n\n'
    "The ferry stopped in March after a storm damaged the pier at Kestrel Point.\n\n"
    "Grant told reporters that the repairs had cost more than expected."
)
LIBRARY_TEXT = (
    "Library opens late\n\n"
    "The county library will stay open until ten at night from next month.\n\n"
    '"Students need a quiet place to work," librarian Marcus Bell said in a statement.'
)
FERRY_ID = "urn:uuid:00000000-0000-4000-8000-000000000001"
LIBRARY_ID = "urn:uuid:00000000-0000-4000-8000-000000000002"
FERRY_URL = "https://news.example.org/ferry"
LIBRARY_URL = "https://news.example.org/library"
PUBLISHED = '<meta charset="utf-8"><meta property="article:published_time" content="2026-05-04T08:00:00Z">'


def page(title: str, paragraphs: list[str], head: str = '<meta charset="utf-8">') -> bytes:
    return PAGE.format(head=head, title=title, paragraphs="".join(f"<p>{p}</p>" for p in paragraphs)).encode("utf-8")


class Warc:
    """A WARC file built in memory, record by record."""

    def __init__(self, gz: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gz)
        self.offsets: list[int] = []
        self.count = 0

    def _write(self, record) -> None:
        self.offsets.append(self.buffer.tell())
        self.writer.write_record(record)

    def _headers(self, record_id: str | None, date: str) -> dict[str, str]:
        self.count += 1
        record_id = record_id or f"urn:uuid:00000000-0000-4000-9000-{self.count:012d}"
        return {"WARC-Record-ID": f"<{record_id}>", "WARC-Date": date}

    def response(self, url: str, body: bytes, *, record_id: str | None = None, status: str = "200 OK",
                 content_type: str = "text/html; charset=utf-8", extra: list[tuple[str, str]] = (),
                 date: str = "2026-05-06T10:00:00Z") -> "Warc":
        http = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
        self._write(self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                   warc_headers_dict=self._headers(record_id, date)))
        return self

    def request(self, url: str) -> "Warc":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
        self._write(self.writer.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=http,
                                                   warc_headers_dict=self._headers(None, "2026-05-06T10:00:00Z")))
        return self

    def other(self, kind: str, url: str, body: bytes = b"fetchTimeMs: 12\r\n") -> "Warc":
        self._write(self.writer.create_warc_record(url, kind, payload=io.BytesIO(body), warc_headers_dict=self._headers(None, "2026-05-06T10:00:00Z")))
        return self

    def bytes(self) -> bytes:
        return self.buffer.getvalue()


def news_warc(gz: bool = True) -> Warc:
    """warcinfo, then request + response for two news pages, with an image, a redirect and metadata between."""
    warc = Warc(gz)
    warc._write(warc.writer.create_warcinfo_record("news.warc.gz", {"software": "quotegraph tests"}))
    warc.request(FERRY_URL).response(FERRY_URL, page(*FERRY, head=PUBLISHED), record_id=FERRY_ID)
    warc.other("metadata", FERRY_URL)
    warc.response("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png")
    warc.response("https://news.example.org/old", page("Moved", ["This page has moved to a new address on the site."]),
                  status="301 Moved Permanently", extra=[("Location", LIBRARY_URL)])
    warc.request(LIBRARY_URL).response(LIBRARY_URL, page(*LIBRARY), record_id=LIBRARY_ID, date="2026-05-07T09:30:00Z")
    return warc


def read_bytes(data: bytes, name: str = "news.warc.gz") -> list[Article | Failure]:
    return list(read_warc_stream(io.BytesIO(data), name, max_bytes=10 * 1024 * 1024, limit_mb="10"))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- reading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("gz, name", [(True, "news.warc.gz"), (False, "news.warc")])
def test_warc_one_article_per_html_response(tmp_path: Path, gz: bool, name: str) -> None:
    path = write(tmp_path, name, news_warc(gz).bytes())
    items = list(read_inputs([str(path)]))
    assert [type(item) for item in items] == [Article, Article]
    ferry, library = items
    assert (ferry.id, ferry.text) == (FERRY_ID, FERRY_TEXT)
    assert ferry.meta == {"format": "html", "title": "Ferry service returns", "date": "2026-05-04", "url": FERRY_URL,
                          "warc_date": "2026-05-06T10:00:00Z"}
    assert (library.id, library.text) == (LIBRARY_ID, LIBRARY_TEXT)
    # no date in the page: the crawl day
    assert library.meta == {"format": "html", "title": "Library opens late", "url": LIBRARY_URL, "date": "2026-05-07",
                            "warc_date": "2026-05-07T09:30:00Z"}


def test_warc_in_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    write(tmp_path / "crawl", "a.warc.gz", news_warc().bytes())
    write(tmp_path / "crawl", "notes.md", b"not an input")
    assert [item.id for item in read_inputs([str(tmp_path / "crawl")])] == [FERRY_ID, LIBRARY_ID]


def test_warc_record_id_missing_uses_target_uri() -> None:
    warc = Warc()
    record = warc.writer.create_warc_record(FERRY_URL, "response", payload=io.BytesIO(page(*FERRY)),
                                            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"))
    record.rec_headers.remove_header("WARC-Record-ID")
    warc._write(record)
    (article,) = read_bytes(warc.bytes())
    assert article.id == FERRY_URL


def test_warc_http_charset_and_content_encoding() -> None:
    latin = page("Caf\u00e9 reopens", ['"The caf\u00e9 is ours again," said Ren\u00e9e Dubois, the owner, on the square.',
                                       "The building had been closed for two years after the flood."], head="")
    warc = Warc().response("https://news.example.org/cafe", latin.decode("utf-8").encode("latin-1"),
                           content_type="text/html; charset=ISO-8859-1")
    warc.response(FERRY_URL, gzip.compress(page(*FERRY)), extra=[("Content-Encoding", "gzip")], record_id=FERRY_ID)
    cafe, ferry = read_bytes(warc.bytes())
    assert cafe.text.startswith('Caf\u00e9 reopens\n\n"The caf\u00e9 is ours again," said Ren\u00e9e Dubois')
    assert ferry.text == FERRY_TEXT


def test_warc_bad_pages_are_one_failure_each() -> None:
    warc = Warc().response("https://news.example.org/empty", b"<html><head><title>x</title></head><body></body></html>")
    warc.response("https://news.example.org/latin", page("x", ["Ren\u00e9e"], head="").decode().encode("latin-1"), content_type="text/html")
    warc.response(LIBRARY_URL, page(*LIBRARY), record_id=LIBRARY_ID)
    empty, latin, library = read_bytes(warc.bytes())
    assert empty == Failure(f"news.warc.gz@{warc.offsets[0]}", "[E010] No text could be extracted from the HTML in https://news.example.org/empty.")
    assert isinstance(latin, Failure) and latin.message.startswith("[E002] https://news.example.org/latin is not UTF-8")
    assert latin.source == f"news.warc.gz@{warc.offsets[1]}"
    assert library.id == LIBRARY_ID


def test_warc_page_over_the_limit() -> None:
    warc = Warc().response(FERRY_URL, page(*FERRY) + b" " * 2048).response(LIBRARY_URL, page(*LIBRARY), record_id=LIBRARY_ID)
    big, library = list(read_warc_stream(io.BytesIO(warc.bytes()), "w.warc.gz", max_bytes=1500, limit_mb="0.0014"))
    assert isinstance(big, Failure) and big.message.startswith(f"[E004] {FERRY_URL} is ")
    assert library.id == LIBRARY_ID


@pytest.mark.parametrize("gz", [True, False])
def test_warc_damaged_record_is_skipped_and_the_rest_read(gz: bool) -> None:
    warc = Warc(gz).response(FERRY_URL, page(*FERRY), record_id=FERRY_ID)
    warc.response("https://news.example.org/middle", page(*LIBRARY))
    warc.response(LIBRARY_URL, page(*LIBRARY), record_id=LIBRARY_ID)
    data = bytearray(warc.bytes())
    middle = warc.offsets[1]
    if gz:  # garble the compressed bytes of the middle record
        data[middle + 20: middle + 60] = bytes(40)
    else:  # break its WARC header line
        data[middle: middle + 8] = b"WXRC/9.9"
    items = read_bytes(bytes(data), "crawl.warc")
    assert [item.id if isinstance(item, Article) else item.source for item in items] == [FERRY_ID, f"crawl.warc@{middle}", LIBRARY_ID]
    failure = items[1]
    assert failure.message.startswith(f"[E014] crawl.warc: damaged WARC record at byte {middle} (")
    assert failure.message.endswith("); going on with the next record.")
    assert "\n" not in failure.message and failure.message.isprintable()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_truncated_file_keeps_the_records_before(gz: bool) -> None:
    warc = news_warc(gz)
    data = warc.bytes()
    last = warc.offsets[-1]
    for cut in (len(data) - 25, last + (len(data) - last) // 2, last + 10):
        items = read_bytes(data[:cut], "cut.warc.gz")
        assert [type(item) for item in items] == [Article, Failure], cut
        assert items[0].id == FERRY_ID
        assert items[1] == Failure(f"cut.warc.gz@{last}", f"[E015] cut.warc.gz is truncated: it ends inside the WARC record at byte {last}; download it again.")


def test_not_a_warc_file_is_one_failure(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.warc.gz", b"this is not a web archive at all\n" * 3)
    (failure,) = list(read_inputs([str(path)]))
    assert isinstance(failure, Failure) and failure.message.startswith(f"[E014] {path}: damaged WARC record at byte 0 (")


# --- commands -----------------------------------------------------------------------------------


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotegraph", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.usefixtures("en_nlp")
def test_extract_and_ingest_warc(tmp_path: Path) -> None:
    warc = news_warc()
    data = warc.bytes()
    cut = write(tmp_path, "cut.warc.gz", data[: len(data) - 25])
    done = run_cli("extract", str(cut), "-p", "1", cwd=tmp_path)
    last = warc.offsets[-1]
    assert done.stderr.splitlines() == [
        f"Skipped {cut}@{last}: [E015] {cut} is truncated: it ends inside the WARC record at byte {last}; download it again.",
        "1 processed, 1 skipped",
    ]
    assert done.returncode == 1
    ferry, failed = [json.loads(line) for line in done.stdout.splitlines()]
    assert ferry["id"] == FERRY_ID and ferry["url"] == FERRY_URL and ferry["text"] == FERRY_TEXT
    assert failed == {"id": f"{cut}@{last}", "quotes": [], "error": failed["error"]}
    got = [(q["type"], q["start"], q["end"], q["text"], q["speaker"]["name"], q["speaker"]["mention"]["text"]) for q in ferry["quotes"]]
    assert got == [
        ("direct", 24, 68, "We will run the first boat on Monday morning", "Olivia Grant", "Olivia Grant"),
        ("indirect", 209, 253, "that the repairs had cost more than expected", "Olivia Grant", "Grant"),
    ]
    for quote in ferry["quotes"]:
        assert FERRY_TEXT[quote["start"]:quote["end"]] == quote["text"]

    whole = write(tmp_path, "news.warc.gz", data)
    done = run_cli("ingest", str(whole), "--db", str(tmp_path / "news.db"), "-p", "1", "--no-progress", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "2 ingested, 0 already present, 0 skipped\n")
    from quotegraph.store import Store

    with Store(tmp_path / "news.db", readonly=True) as store:
        library = store.article(LIBRARY_ID)
        assert (library.ref.url, library.ref.published, library.ref.outlet, library.text) == (LIBRARY_URL, "2026-05-07", "news.example.org", LIBRARY_TEXT)
        assert [q.text for q in store.search(speaker="Marcus Bell")] == ["Students need a quiet place to work"]
