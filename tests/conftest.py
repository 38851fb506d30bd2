"""Shared fixtures: the loaded model (skips when absent), the repository root, the PolNeAR folder."""

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
POLNEAR = REPO_ROOT.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def en_nlp():
    """The pinned spaCy pipeline, loaded once; skips the test when the model is not installed."""
    from quotegraph import load_nlp
    from quotegraph.errors import ModelNotInstalledError

    try:
        return load_nlp()
    except ModelNotInstalledError as error:
        pytest.skip(f"spaCy model not installed: {error}")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR corpus not found at {POLNEAR}")
    return POLNEAR


@pytest.fixture
def store():
    """An empty corpus store in memory (quotegraph.store.Store), closed after the test."""
    from quotegraph.store import Store

    with Store(":memory:") as opened:
        yield opened


@pytest.fixture(scope="session")
def make_article():
    """A builder of ``(Article, Result)`` pairs from a text and its quotes, without spaCy.

    ``make_article(id, text, [(quote_text, speaker_name, kind, mention_text[, type]), ...], **meta)``;
    offsets are found in ``text`` (a None speaker name gives a quote without speaker).
    """
    from quotegraph.model import Article, Quote, Result, Speaker, TextSpan

    def build(article_id: str, text: str, quotes: list[tuple], **meta):
        built = []
        for quote_text, name, kind, mention, *rest in quotes:
            start = text.index(quote_text)
            speaker = None
            if name is not None:
                at = text.index(mention)
                speaker = Speaker(name, kind, TextSpan(mention, at, at + len(mention)))
            quote_type = rest[0] if rest else "direct"
            quoted = (TextSpan(quote_text, start, start + len(quote_text)),) if quote_type == "mixed" else ()
            built.append(Quote(quote_text, start, start + len(quote_text), quote_type, speaker, None, 0.9, quoted=quoted))
        return Article(article_id, text, dict(meta)), Result(article_id, tuple(built), dict(meta))

    return build


# --- a small corpus for the web tests (test_web.py, test_browser.py); every text invented here ---

XSS_SCRIPT = "<script>window.__xss = 1</script>"
XSS_IMG = '"><img src=x onerror="window.__xss = 2">'

WEB_ARTICLES = [
    {"id": "gazette-1", "outlet": "Harbour Gazette", "date": "2026-03-04", "title": "Council backs bridge repairs",
     "url": "https://example.org/gazette/bridge",
     "text": ("Council backs bridge repairs\n\n"
              '"We cannot ask families to drive twenty minutes around the bay for another winter," '
              "said Mayor Elena Vasquez on Tuesday.\n\n"
              'Councilman Robert Hale, who voted against the plan, called it "a gamble with money we do not have."\n\n'
              "A senior official, who asked not to be named, said the grant could still fall through.")},
    {"id": "wire-7", "outlet": "North Wire", "date": "2026-04-10", "title": f"Bridge vote {XSS_SCRIPT}",
     "url": "javascript:alert(1)",
     "text": ("Bridge vote stirs the harbour\n\n"
              '"We cannot ask families to drive twenty minutes around the bay for another winter," '
              "Vasquez told reporters.\n\n"
              f'"The budget {XSS_SCRIPT} is sound and the bridge will open in May," Hale said.\n\n'
              f"Residents left notes reading {XSS_IMG} on the town hall door.")},
    {"id": "ledger-3", "outlet": "South Ledger", "date": "2026-05-02", "title": "Bridge reopens to traffic",
     "text": ("Bridge reopens to traffic\n\n"
              '"The bridge is open and it is safe," Elena Vasquez said at a press conference.\n\n'
              "Mayo Clinic said hospitals were ready for the summer crowds.")},
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, en_nlp, make_article) -> Path:
    """A corpus database for the web tests: three articles through real extraction, one crafted.

    The crafted article (``evil-1``) carries script and markup in its title, outlet, URL and
    speaker name, which extraction would never produce.
    """
    from quotegraph.model import Article
    from quotegraph.pipeline import extract_article
    from quotegraph.settings import Settings
    from quotegraph.store import Store

    path = tmp_path_factory.mktemp("web") / "web.db"
    with Store(path) as store:
        for record in WEB_ARTICLES:
            meta = {key: value for key, value in record.items() if key not in ("id", "text")}
            article = Article(record["id"], record["text"], meta)
            store.add_result(article, extract_article(article, Settings(), en_nlp))
        text = f'"Trust me, the bridge money is safe," {XSS_IMG} said.'
        store.add_result(*make_article("evil-1", text, [("Trust me, the bridge money is safe,", XSS_IMG, "person", XSS_IMG)],
                                       outlet=f"<b>Evil</b> {XSS_SCRIPT} & Co/Daily", date="2026-05-20",
                                       title=f"<img src=x onerror=\"window.__xss = 3\"> {XSS_SCRIPT}", url="javascript:alert(1)"))
    return path


# --- a corpus of nothing but hostile values, for the escaping tests (test_web.py, test_browser.py) ---

HOSTILE = {
    "quote": '<script>window.__xss = 5</script>',
    "speaker": '"><img src=x onerror="window.__xss = 6">',
    "cue": '<svg onload="window.__xss = 7">',
    "addressee": '<iframe src="javascript:window.__xss = 8"></iframe>',
    "channel": '<a href="javascript:window.__xss = 9">tv</a>',
    "time": "<style>body { display: none }</style>",
    "outlet": '<b>Bad</b> Outlet\'"><script>window.__xss = 10</script>',
    "title": '</title><script>window.__xss = 11</script>',
}
# Link schemes an article's url may carry that must never become a link.
HOSTILE_URLS = ["JaVaScRiPt:window.__xss = 12", " javascript:window.__xss = 13", "data:text/html,<script>window.__xss = 14</script>",
                "vbscript:msgbox(1)", "javascript&colon;window.__xss = 15"]


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    """Articles whose every shown value is markup: the quote, quoted piece, speaker, cue, addressee,
    channel, time, outlet, title and url (one article per hostile url scheme). Built without spaCy."""
    from quotegraph.model import Article, Channel, Quote, Result, Speaker, TextSpan, TimeRef
    from quotegraph.store import Store

    def span(text: str, piece: str) -> tuple[int, int]:
        start = text.index(piece)
        return start, start + len(piece)

    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    with Store(path) as store:
        for n, url in enumerate(HOSTILE_URLS):
            h = HOSTILE
            text = (f'{h["title"]}\n\n"Trust me {n}: {h["quote"]} is fine," {h["speaker"]} {h["cue"]} {h["addressee"]} '
                    f'on {h["channel"]} {h["time"]}.')
            quote_text = f'Trust me {n}: {h["quote"]} is fine,'
            start, end = span(text, quote_text)
            speaker = Speaker(h["speaker"], "person", TextSpan(h["speaker"], *span(text, h["speaker"])))
            quote = Quote(quote_text, start, end, "mixed", speaker, TextSpan(h["cue"], *span(text, h["cue"])), 0.9,
                          quoted=(TextSpan(h["quote"], *span(text, h["quote"])),),
                          addressee=TextSpan(h["addressee"], *span(text, h["addressee"])),
                          channel=Channel(h["channel"], *span(text, h["channel"]), kind="tv"),
                          time=TimeRef(h["time"], *span(text, h["time"]), date=None))
            meta = {"outlet": h["outlet"], "title": h["title"], "url": url, "date": "2026-06-0" + str(n + 1)}
            store.add_result(Article(f"hostile-{n}", text, meta), Result(f"hostile-{n}", (quote,), meta))
    return path
