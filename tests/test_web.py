"""The web UI and JSON API (quotegraph.web) on FastAPI's TestClient: every page and its JSON twin,
404s, parameter bounds, request limits, security headers, escaping of hostile article content,
search text that looks like SQL or FTS syntax, the chart geometry and ``quotegraph serve``.

The corpus is ``web_db`` (conftest.py): articles written for these tests, three through real
extraction and one crafted with script in its title, outlet, URL and speaker name.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
from pathlib import Path
from urllib.parse import quote as url_quote

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from quotegraph.cli import app as cli_app
from quotegraph.model import Article, Quote, Result
from quotegraph.store import Store
from quotegraph.web import create_app
from quotegraph.web.charts import bar_chart, time_series
from quotegraph.writers import PALETTE, render_article_html

EVIL_OUTLET = "<b>Evil</b> <script>window.__xss = 1</script> & Co/Daily"


@pytest.fixture(scope="module")
def client(web_db: Path):
    with TestClient(create_app(web_db)) as opened:
        yield opened


@pytest.fixture(scope="module")
def stats(web_db: Path) -> dict[str, int]:
    """The corpus counts, read from the store (they follow extraction, which other work changes)."""
    with Store(web_db, readonly=True) as store:
        return store.stats()


@pytest.fixture(scope="module")
def ids(web_db: Path) -> dict[str, int]:
    """Store ids of the things the tests visit."""
    with Store(web_db, readonly=True) as store:
        vasquez = store.speakers(name="Elena Vasquez")[0].id
        first = store.search("families winter", speaker=vasquez)[0]
        evil = store.article("evil-1")
        return {"vasquez": vasquez, "gazette": store.article("gazette-1").ref.id, "wire": store.article("wire-7").ref.id,
                "evil_article": evil.ref.id, "evil_speaker": evil.quotes[0].speaker.id, "families": first.id,
                "hale": store.speakers(name="Robert Hale")[0].id}


def json_error(response) -> dict:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    return body


# --- pages and their JSON twins ----------------------------------------------------------------


def test_web_search_page_without_filters_shows_the_corpus(client: TestClient, stats: dict) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert f"{stats['quotes']} quotes from 4 articles" in page.text
    assert '<a class="outlet" href="/outlets/Harbour%20Gazette">Harbour Gazette</a>' in page.text
    assert page.text.count('class="quote-item"') == min(stats["quotes"], 20)


def test_web_search_page_finds_words_and_links_speakers(client: TestClient, ids: dict) -> None:
    page = client.get("/", params={"q": "families winter", "speaker": "", "outlet": "", "from": "", "to": "", "type": ""})
    assert page.status_code == 200
    assert '<h2 class="results-heading">2 quotes</h2>' in page.text  # the same words in two articles
    assert f'href="/speakers/{ids["vasquez"]}"' in page.text
    assert f'href="/quotes/{ids["families"]}"' in page.text
    assert 'value="families winter"' in page.text


@pytest.mark.parametrize(
    "params",
    [
        {"q": "bridge"},
        {"q": "bridge", "speaker": "Vasquez"},
        {"speaker": "Robert Hale"},
        {"outlet": "north wire"},
        {"from": "2026-04-01", "to": "2026-05-02"},
        {"type": "indirect"},
        {"q": "bridge", "type": "direct", "outlet": "South Ledger", "from": "2026-05-01"},
    ],
)
def test_web_api_quotes_filters(client: TestClient, web_db: Path, params: dict) -> None:
    body = client.get("/api/quotes", params=params).json()
    arguments = {"query": params.get("q"), "speaker": params.get("speaker"), "outlet": params.get("outlet"),
                 "date_from": params.get("from"), "date_to": params.get("to"), "type": params.get("type")}
    with Store(web_db, readonly=True) as store:
        expected = [quote.id for quote in store.search(**arguments, limit=20)]
    assert [quote["id"] for quote in body["quotes"]] == expected and body["total"] == len(expected) > 0
    for quote in body["quotes"]:
        if "q" in params:
            assert params["q"] in quote["text"].lower()
        if "outlet" in params:
            assert quote["article"]["outlet"].lower() == params["outlet"].lower()
        if "type" in params:
            assert quote["type"] == params["type"]
        assert params.get("from", "") <= quote["article"]["published"] <= params.get("to", "9999")


def test_web_api_quotes_unknown_speaker_finds_nothing(client: TestClient) -> None:
    assert client.get("/api/quotes", params={"speaker": "Nobody Known"}).json() == {"total": 0, "limit": 20, "offset": 0, "quotes": []}


def test_web_api_quotes_paging_and_record(client: TestClient, stats: dict) -> None:
    first = client.get("/api/quotes", params={"limit": 2}).json()
    second = client.get("/api/quotes", params={"limit": 2, "offset": 2}).json()
    assert (first["total"], first["limit"], first["offset"], len(first["quotes"])) == (stats["quotes"], 2, 0, 2)
    assert {quote["id"] for quote in first["quotes"]}.isdisjoint(quote["id"] for quote in second["quotes"])
    quote = first["quotes"][0]
    assert set(quote) >= {"id", "text", "type", "speaker", "article", "cluster_id", "record"}
    assert quote["record"]["text"] == quote["text"]  # the output contract, as extracted


def test_web_search_page_pager_keeps_filters(client: TestClient) -> None:
    page = client.get("/", params={"q": "bridge", "limit": 2})
    assert '<a rel="next" href="/?q=bridge&amp;limit=2&amp;offset=2">' in page.text
    page = client.get("/", params={"q": "bridge", "limit": 2, "offset": 2})
    assert '<a rel="prev" href="/?q=bridge&amp;limit=2">' in page.text


def test_web_speaker_page_chart_outlets_cues_quotes(client: TestClient, ids: dict) -> None:
    page = client.get(f"/speakers/{ids['vasquez']}")
    assert page.status_code == 200
    assert '<h1 class="speaker-name">Elena Vasquez <span class="kind kind-person">person</span></h1>' in page.text
    bars = dict(re.findall(r'<rect class="bar"[^>]*data-period="([0-9-]+)" data-count="(\d+)"', page.text))
    assert list(bars) == ["2026-03", "2026-04", "2026-05"]  # a month without quotes is a bar of 0
    assert int(bars["2026-03"]) >= 1 and int(bars["2026-05"]) >= 1
    assert '<a href="/outlets/Harbour%20Gazette">Harbour Gazette</a>' in page.text
    assert "<td>said</td>" in page.text
    count = client.get(f"/api/speakers/{ids['vasquez']}").json()["speaker"]["quote_count"]
    assert page.text.count('class="quote-item"') == count >= 2


def test_web_api_speaker(client: TestClient, ids: dict) -> None:
    body = client.get(f"/api/speakers/{ids['vasquez']}").json()
    count = body["speaker"]["quote_count"]
    assert body["speaker"]["name"] == "Elena Vasquez" and count >= 2
    assert set(body["activity"]["months"]) >= {"2026-03", "2026-05"} and sum(body["activity"]["months"].values()) == count
    assert set(body["activity"]["outlets"]) >= {"Harbour Gazette", "South Ledger"}
    assert body["activity"]["cues"]["said"] >= 2
    assert sum(body["activity"]["types"].values()) == count == body["quotes"]["total"]
    listed = client.get("/api/speakers", params={"kind": "person"}).json()
    assert listed[0]["name"] in ("Elena Vasquez", "Robert Hale")


def test_web_absorbed_speaker_redirects(tmp_path: Path, make_article) -> None:
    """A surname-only speaker absorbed by a later full name: its old id leads to the full name's page."""
    path = tmp_path / "merge.db"
    with Store(path) as store:
        store.add_result(*make_article("a", '"Ready," Okafor said.', [("Ready,", "Okafor", "person", "Okafor")], date="2026-01-02"))
        store.add_result(*make_article("b", '"Set," Mira Okafor said.', [("Set,", "Mira Okafor", "person", "Mira Okafor")], date="2026-01-03"))
    with sqlite3.connect(path) as connection:
        absorbed, joined = connection.execute("SELECT id, merged_into FROM speakers WHERE merged_into IS NOT NULL").fetchone()
    with TestClient(create_app(path)) as client:
        response = client.get(f"/speakers/{absorbed}", follow_redirects=False)
        assert response.status_code == 301 and response.headers["location"] == f"/speakers/{joined}"
        body = client.get(f"/api/speakers/{absorbed}").json()
        assert body["speaker"]["id"] == joined and body["speaker"]["quote_count"] == 2


def test_web_article_page_highlights_as_the_cli(client: TestClient, web_db: Path, ids: dict) -> None:
    page = client.get(f"/articles/{ids['gazette']}")
    assert page.status_code == 200
    with Store(web_db, readonly=True) as store:
        stored = store.article(ids["gazette"])
    article = Article(stored.ref.source_id, stored.text, {})
    cli_html = render_article_html(article, Result(article.id, tuple(Quote.from_dict(q.record) for q in stored.quotes)))
    marks = re.findall(r'<mark class="quote"[^>]*>', cli_html)
    assert len(marks) == len(stored.quotes) >= 2
    for mark in marks:  # same colours, titles and data attributes as quotegraph extract --format html
        assert mark in page.text
    assert f'<a class="label" href="/speakers/{ids["vasquez"]}">Elena Vasquez</a>' in page.text
    assert '<a class="source" href="https://example.org/gazette/bridge" rel="noopener noreferrer nofollow">' in page.text


def test_web_api_article_offsets_index_the_text(client: TestClient, ids: dict) -> None:
    body = client.get(f"/api/articles/{ids['gazette']}").json()
    assert body["ref"]["source_id"] == "gazette-1" and body["ref"]["outlet"] == "Harbour Gazette"
    for quote in body["quotes"]:
        assert body["text"][quote["start"]:quote["end"]] == quote["text"]


def test_web_outlet_page_anonymous_share_and_top_speakers(client: TestClient, ids: dict) -> None:
    page = client.get("/outlets/Harbour%20Gazette")
    assert page.status_code == 200
    body = client.get("/api/outlets/Harbour%20Gazette").json()
    outlet = body["outlet"]
    assert outlet["anonymous_quotes"] >= 1 and outlet["quote_count"] >= 3  # "A senior official ... said"
    assert outlet["anonymous_share"] == outlet["anonymous_quotes"] / outlet["quote_count"]
    assert sum(outlet["quote_types"].values()) == outlet["quote_count"] == body["quotes"]["total"]
    share = f"{outlet['anonymous_share']:.0%}"
    assert f"<strong>{share}</strong> of quotes come from anonymous sources ({outlet['anonymous_quotes']} of {outlet['quote_count']})" in page.text
    assert f'<a class="speaker" href="/speakers/{ids["hale"]}">Robert Hale</a>' in page.text
    assert [row["name"] for row in client.get("/api/outlets").json()][:2] == ["Harbour Gazette", "North Wire"]


def test_web_outlet_name_with_slash_and_markup(client: TestClient) -> None:
    path = "/outlets/" + url_quote(EVIL_OUTLET, safe="")
    assert client.get(path).status_code == 200
    assert client.get("/api" + path).json()["outlet"]["name"] == EVIL_OUTLET


def test_web_quote_page_cluster_and_first_appearance(client: TestClient, ids: dict) -> None:
    page = client.get(f"/quotes/{ids['families']}")
    assert page.status_code == 200
    assert "Quoted 2 times in 2 articles from 2 outlets." in page.text
    assert "First appearance: <strong>this one</strong>" in " ".join(page.text.split())
    assert page.text.count("<tr") == 3  # header + two repetitions
    body = client.get(f"/api/quotes/{ids['families']}").json()
    assert body["quote"]["id"] == ids["families"]
    assert body["cluster"]["size"] == 2 and body["cluster"]["first"]["id"] == ids["families"]
    assert [quote["article"]["published"] for quote in body["cluster"]["quotes"]] == ["2026-03-04", "2026-04-10"]


def test_web_api_stats_and_openapi(client: TestClient, stats: dict) -> None:
    assert client.get("/api/stats").json() == stats and stats["articles"] == 4 and stats["clusters"] >= 1
    paths = set(client.get("/openapi.json").json()["paths"])
    assert paths == {"/api/quotes", "/api/quotes/{quote_id}", "/api/speakers", "/api/speakers/{speaker_id}",
                     "/api/articles/{article_id}", "/api/outlets", "/api/outlets/{name}", "/api/stats"}
    docs = client.get("/docs")
    assert docs.status_code == 200 and "http" not in docs.text  # Swagger UI from this server, no CDN
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


# --- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/speakers/9999", "/articles/9999", "/quotes/9999", "/outlets/No%20Such%20Outlet", "/no/such/page"])
def test_web_not_found_pages_and_json(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in page.text
    response = client.get("/api" + path)
    assert response.status_code == 404
    assert json_error(response)["code"] == "not_found"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 501}, "Invalid parameter 'q': String should have at most 500 characters."),
        ({"speaker": "y" * 201}, "Invalid parameter 'speaker': String should have at most 200 characters."),
        ({"from": "05/03/2026"}, "Invalid parameter 'from': '05/03/2026' is not a date; use YYYY-MM-DD."),
        ({"to": "2026-02-31"}, "[E026] '2026-02-31' is not a date; use YYYY-MM-DD."),
        ({"type": "quote"}, "Invalid parameter 'type': Input should be 'direct', 'mixed' or 'indirect'."),
        ({"limit": 0}, "Invalid parameter 'limit': Input should be greater than or equal to 1."),
        ({"limit": 101}, "Invalid parameter 'limit': Input should be less than or equal to 100."),
        ({"offset": -1}, "Invalid parameter 'offset': Input should be greater than or equal to 0."),
        ({"offset": 10_001}, "Invalid parameter 'offset': Input should be less than or equal to 10000."),
    ],
)
def test_web_bad_parameters_are_one_message(client: TestClient, params: dict, message: str) -> None:
    response = client.get("/api/quotes", params=params)
    assert response.status_code == 422
    assert json_error(response) == {"error": message, "code": "invalid_parameter"}
    page = client.get("/", params=params)
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")
    assert "Cannot show this page" in page.text


@pytest.mark.parametrize("path", ["/api/quotes/abc", "/api/speakers/0", "/api/articles/99999999999999999999999"])
def test_web_bad_ids(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422 and json_error(response)["code"] == "invalid_parameter"


def test_web_request_limits(client: TestClient) -> None:
    response = client.get("/api/quotes?q=" + "a" * 5000)
    assert response.status_code == 414 and json_error(response)["code"] == "uri_too_long"
    response = client.get("/" + "a" * 1100)
    assert response.status_code == 414
    response = client.request("GET", "/api/stats", content=b"x" * 10)
    assert response.status_code == 413 and json_error(response)["code"] == "request_too_large"
    response = client.request("DELETE", "/api/quotes/1")
    assert response.status_code == 405 and json_error(response)["code"] == "method_not_allowed"


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/api/quotes", {"q": "x" * 500}, 200), ("/api/quotes", {"q": "x" * 501}, 422),
    ("/api/quotes", {"speaker": "y" * 200}, 200), ("/api/quotes", {"speaker": "y" * 201}, 422),
    ("/api/quotes", {"outlet": "z" * 200}, 200), ("/api/quotes", {"outlet": "z" * 201}, 422),
    ("/api/speakers", {"name": "n" * 200}, 200), ("/api/speakers", {"name": "n" * 201}, 422),
    ("/api/speakers", {"limit": 100}, 200), ("/api/speakers", {"limit": 101}, 422), ("/api/speakers", {"offset": 10_001}, 422),
    ("/api/speakers/1", {"limit": 101}, 422), ("/api/outlets/North%20Wire", {"offset": 10_001}, 422),
    ("/api/quotes", {"limit": 100, "offset": 10_000}, 200),
])
def test_web_each_bound_at_its_edge(client: TestClient, path: str, params: dict, status: int) -> None:
    """Every bounded parameter: the largest allowed value works, one more is a 422 naming the parameter."""
    response = client.get(path, params=params)
    assert response.status_code == status, response.text
    if status == 422:
        assert json_error(response)["error"].startswith(f"Invalid parameter '{next(iter(params))}'")


def test_web_url_and_body_limits_at_their_edge(client: TestClient) -> None:
    from quotegraph.web.guard import MAX_PATH_CHARS, MAX_QUERY_BYTES

    assert client.get("/" + "a" * (MAX_PATH_CHARS - 1)).status_code == 404  # the path, with its "/", is at the limit
    assert client.get("/" + "a" * MAX_PATH_CHARS).status_code == 414
    padding = "q=bridge&pad="  # an unknown parameter, ignored: only the query string's length counts
    assert client.get("/api/quotes?" + padding + "b" * (MAX_QUERY_BYTES - len(padding))).status_code == 200
    assert client.get("/api/quotes?" + padding + "b" * (MAX_QUERY_BYTES - len(padding) + 1)).status_code == 414
    chunked = client.request("GET", "/api/stats", headers={"transfer-encoding": "chunked"}, content=iter([b"x"]))
    assert chunked.status_code == 413 and json_error(chunked)["code"] == "request_too_large"
    for method in ("POST", "PUT", "PATCH"):
        assert client.request(method, "/api/quotes", content=b"").status_code in (405, 413)
    page = client.get("/?q=" + "q" * 501)
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")


def test_web_limits_through_the_real_server(web_db: Path) -> None:
    """``quotegraph serve`` itself: an over-long URL, a huge announced body and 2 MB of headers get a
    4xx at once (the body is never read) and the server keeps answering. Headers up to about 1 MB are
    uvicorn's (h11's) to bound, not the guard's."""
    import http.client
    import socket
    import subprocess
    import sys
    import time

    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(web_db), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = int(process.stdout.readline().split(":")[2].split("/")[0])

        def request(method: str, path: str, headers: dict | None = None, body: bytes | None = None) -> tuple[int, bytes]:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                connection.request(method, path, body=body, headers=headers or {})
                response = connection.getresponse()
                return response.status, response.read()
            finally:
                connection.close()

        assert request("GET", "/api/quotes?q=" + "a" * 5000)[0] == 414
        assert request("GET", "/api/quotes?q=" + "a" * 70_000)[0] in (400, 414, 431)
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.putrequest("POST", "/api/quotes")
        connection.putheader("Content-Length", str(10 * 1024 * 1024))
        connection.endheaders()  # the 10 MB body is announced and never sent
        assert connection.getresponse().status == 413 and time.monotonic() - started < 5
        connection.close()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as flood:  # 2 MB of headers: h11 gives up
            try:
                flood.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Flood: " + b"v" * 2_000_000 + b"\r\n\r\n")
                assert flood.recv(64).startswith((b"HTTP/1.1 400", b"HTTP/1.1 431"))
            except ConnectionResetError:
                pass  # refused before it finished sending: also bounded
        assert request("GET", "/api/stats")[0] == 200
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_web_security_headers(client: TestClient, ids: dict) -> None:
    for path in ("/", f"/articles/{ids['wire']}", "/api/stats", "/nope", "/api/quotes?q=" + "a" * 5000):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "'unsafe-inline'" not in csp
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    colour = base64.b64encode(hashlib.sha256(f"background: {PALETTE[0]}".encode()).digest()).decode()
    assert f"'sha256-{colour}'" in client.get("/").headers["content-security-policy"]
    docs_csp = client.get("/docs").headers["content-security-policy"]
    assert "script-src 'self'" in docs_csp and "unsafe-eval" not in docs_csp


# --- hostile content ---------------------------------------------------------------------------


def test_web_pages_escape_script_and_markup(client: TestClient, ids: dict) -> None:
    """Script and tags from article text, titles, outlets, URLs and speaker names come out as text."""
    paths = ["/", "/?q=budget", f"/articles/{ids['wire']}", f"/articles/{ids['evil_article']}",
             f"/speakers/{ids['evil_speaker']}", "/outlets/" + url_quote(EVIL_OUTLET, safe=""), f"/quotes/{ids['families']}"]
    paths += [f"/quotes/{quote['id']}" for quote in client.get("/api/quotes", params={"outlet": "North Wire"}).json()["quotes"]]
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200, path
        lowered = page.text.lower()
        assert "<script" not in lowered and "<img" not in lowered and "<b>evil" not in lowered, path
        assert "javascript:" not in lowered.replace("&lt;", "<"), path
    evil = client.get(f"/articles/{ids['evil_article']}").text
    assert "&lt;img src=x onerror=&#34;window.__xss = 3&#34;&gt; &lt;script&gt;window.__xss = 1&lt;/script&gt;" in evil
    assert 'class="source"' not in evil  # a javascript: URL is not linked
    speaker = client.get(f"/speakers/{ids['evil_speaker']}").text
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.__xss = 2&#34;&gt;" in speaker


def test_web_api_returns_hostile_text_verbatim_as_json(client: TestClient, ids: dict) -> None:
    body = client.get(f"/api/articles/{ids['evil_article']}").json()
    assert body["ref"]["title"].startswith("<img src=x onerror=")
    assert client.get(f"/api/articles/{ids['evil_article']}").headers["content-type"] == "application/json"


def hostile_paths(hostile_db: Path) -> list[str]:
    """Every page that shows a value of the hostile corpus, plus pages that echo a hostile request back."""
    from conftest import HOSTILE

    with Store(hostile_db, readonly=True) as store:
        quotes = store.search(limit=100)
    payload = url_quote(HOSTILE["speaker"] + HOSTILE["quote"], safe="")
    paths = ["/", "/?q=trust", f"/?q={payload}", f"/?speaker={payload}", f"/?outlet={payload}", f"/?from={payload}",
             f"/?type={payload}", f"/?limit={payload}", "/outlets/" + url_quote(HOSTILE["outlet"], safe=""), f"/outlets/{payload}",
             f"/speakers/{payload}", f"/nothing/{payload}", "/?outlet=" + url_quote(HOSTILE["outlet"], safe="")]
    for quote in quotes:
        paths += [f"/quotes/{quote.id}", f"/speakers/{quote.speaker.id}", f"/articles/{quote.article.id}"]
    return paths


def test_web_hostile_values_in_every_field_are_escaped(hostile_db: Path) -> None:
    """Markup in the quote, quoted piece, speaker, cue, addressee, channel, time, outlet, title, url
    and in request parameters echoed back (search words, filters, error messages) comes out as text."""
    from conftest import HOSTILE

    with TestClient(create_app(hostile_db)) as client:
        paths = hostile_paths(hostile_db)
        for path in paths:
            page = client.get(path)
            assert page.status_code in (200, 404, 422), path
            assert markup_problems(page.text) == [], path
        quote_page = client.get(paths[-3]).text
        for field in ("quote", "speaker", "cue", "addressee", "channel", "time"):
            assert html_escape(HOSTILE[field]) in quote_page, field
        assert 'class="source"' not in client.get(paths[-1]).text  # none of the url schemes is linked
        echoed = client.get("/", params={"q": HOSTILE["quote"]}).text
        assert f'value="{html_escape(HOSTILE["quote"])}"' in echoed and f"<title>{html_escape(HOSTILE['quote'])}" in echoed
        body = client.get(paths[-1].replace("/articles/", "/api/articles/"))
        assert body.headers["content-type"] == "application/json" and body.json()["ref"]["title"] == HOSTILE["title"]


def markup_problems(page: str) -> list[str]:
    """Elements and attributes in a page that hostile values could have put there (a parse, not a text search)."""
    from html.parser import HTMLParser

    problems: list[str] = []

    class Checker(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("script", "img", "iframe", "style", "object", "embed", "b", "base", "meta") and not (tag == "meta" and attrs[:1] in ([("charset", "utf-8")], [("name", "viewport")])):
                problems.append(f"<{tag}>")
            for name, value in attrs:
                if name.startswith("on"):
                    problems.append(f"{tag} {name}=")
                if (name in ("href", "src", "action", "formaction") and value and not value.startswith(("/", "http://", "https://", "?", "#"))
                        and (tag, value) != ("link", "data:,")):  # the page's empty favicon
                    problems.append(f"{tag} {name}={value!r}")

    Checker().feed(page)
    return problems


def html_escape(text: str) -> str:
    """Jinja2's autoescape of ``text``."""
    from markupsafe import escape

    return str(escape(text))


@pytest.mark.parametrize(
    "q",
    ['"', "bridge OR", "bridge*", "*", "NEAR(bridge budget)", "'; DROP TABLE quotes; --", "%_", "\\", "bridge\"", "(", "^bridge",
     "bridge:budget", "-bridge", "x' OR '1'='1", "\x00", "☃ bridge"],
)
def test_web_search_text_is_never_syntax(client: TestClient, stats: dict, q: str) -> None:
    response = client.get("/api/quotes", params={"q": q})
    assert response.status_code == 200, response.text
    page = client.get("/", params={"q": q})
    assert page.status_code == 200
    assert client.get("/api/stats").json() == stats


@pytest.mark.parametrize(("param", "value"), [("speaker", "%"), ("speaker", "' OR 1=1 --"), ("outlet", "' OR ''='"), ("outlet", "%")])
def test_web_filters_are_never_syntax(client: TestClient, param: str, value: str) -> None:
    assert client.get("/api/quotes", params={param: value}).json()["total"] == 0


def test_web_store_is_read_only(client: TestClient, web_db: Path) -> None:
    before = web_db.stat().st_mtime_ns
    client.get("/?q=bridge")
    store = client.app.state.stores.get()
    assert store.readonly
    assert web_db.stat().st_mtime_ns == before


# --- the chart ---------------------------------------------------------------------------------


def test_web_chart_fills_months_and_scales_bars() -> None:
    series, unit = time_series({"2025-11": 2, "2026-02": 4, "bad": 9})
    assert unit == "month" and series == [("2025-11", 2), ("2025-12", 0), ("2026-01", 0), ("2026-02", 4)]
    chart = bar_chart({"2025-11": 2, "2026-02": 4}, width=400, height=100)
    assert [bar.height for bar in chart.bars] == [50.0, 0.0, 0.0, 100.0]
    assert (chart.first, chart.last, chart.peak) == ("2025-11", "2026-02", 4)
    assert bar_chart({}) is None


def test_web_chart_counts_by_year_over_long_spans() -> None:
    series, unit = time_series({"1990-01": 1, "2026-05": 3, "2026-06": 1})
    assert unit == "year" and series[0] == ("1990", 1) and series[-1] == ("2026", 4) and len(series) == 37


# --- quotegraph serve ---------------------------------------------------------------------------

runner = CliRunner()


def test_web_serve_get_prints_the_body(web_db: Path) -> None:
    result = runner.invoke(cli_app, ["serve", "--db", str(web_db), "--get", "/api/quotes?q=families"])
    assert result.exit_code == 0
    assert '"total":2' in result.stdout
    result = runner.invoke(cli_app, ["serve", "--db", str(web_db), "--get", "/api/quotes/9999"])
    assert result.exit_code == 1
    assert '"code":"not_found"' in result.stdout and result.stderr.splitlines() == ["Error: HTTP 404 for /api/quotes/9999."]


def test_web_serve_missing_database_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    result = runner.invoke(cli_app, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: [E020] The database {missing} does not exist; create it with: quotegraph ingest ARTICLES --db {missing}"]


def test_web_serve_busy_port_is_one_line(web_db: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli_app, ["serve", "--db", str(web_db), "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: Cannot listen on 127.0.0.1:{port}: Address already in use."]


def test_web_serve_socket_is_tcp_so_nagle_is_off() -> None:
    """asyncio disables Nagle only on sockets created as IPPROTO_TCP; without it each keep-alive
    response waited ~40 ms for the client's delayed ACK."""
    import socket

    from quotegraph.cli import listen_socket

    with listen_socket("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP and sock.getsockname()[1] > 0
