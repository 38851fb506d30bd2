"""The web UI in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium) against
``quotegraph serve`` on a free loopback port, over the ``web_db`` corpus (conftest.py).

Search → speaker page (chart, quotes) → article page (highlights coloured and labelled by speaker,
label links), hostile article content staying inert, and the offline API docs. One browser for the
module. Skips when Chromium or Playwright is missing; never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("QUOTEGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SERVER_START_SECONDS = 60

if not Path(CHROMIUM).exists():
    pytest.skip(f"Chromium not found at {CHROMIUM} (scripts/setup.sh installs Debian's chromium with apt-get)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install -e '.[test]')")


@pytest.fixture(scope="module")
def base_url(web_db: Path):
    """``quotegraph serve`` on a free port of 127.0.0.1; its printed address."""
    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(web_db), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()  # printed once the port is bound
        if not line.startswith("Serving http://127.0.0.1:"):
            pytest.fail(f"quotegraph serve did not start: {line!r} {process.stderr.read()}")
        yield line.split()[1].rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One headless Chromium for the module, with a fresh profile."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, viewport={"width": 1100, "height": 900})
        context.set_default_timeout(15_000)
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser):
    """A new tab that records console errors (a CSP violation shows up there)."""
    tab = browser.new_page()
    tab.console_errors = []
    tab.on("console", lambda message: tab.console_errors.append(message.text) if message.type == "error" else None)
    yield tab
    tab.close()


def test_browser_search_speaker_article(page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.fill("input[name=q]", "families winter")
    page.click("form.search button[type=submit]")
    page.wait_for_url("**/?q=families+winter*")
    assert page.locator(".quote-item").count() == 2  # the same words in two articles

    page.locator(".quote-item a.speaker", has_text="Elena Vasquez").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1.speaker-name").inner_text().startswith("Elena Vasquez")
    assert page.locator("svg.chart rect.bar").count() == 3  # March to May 2026
    assert page.locator("svg.chart rect.bar").nth(0).bounding_box()["height"] > 10
    assert page.locator(".quote-item").count() >= 2

    page.locator(".quote-item a.article", has_text="Council backs bridge repairs").click()
    page.wait_for_url("**/articles/*")
    marks = page.locator(".article-text mark.quote")
    speakers = page.locator(".article-text mark.quote").evaluate_all("marks => marks.map(mark => mark.dataset.speaker)")
    assert marks.count() == len(speakers) >= 2 and speakers[0] == "Elena Vasquez"
    colours = marks.evaluate_all("marks => marks.map(mark => getComputedStyle(mark).backgroundColor)")
    assert all(colour not in ("rgba(0, 0, 0, 0)", "transparent") for colour in colours)
    assert len(set(colours)) == len(set(speakers))  # one colour per speaker
    labels = page.locator(".article-text mark.quote .label").all_inner_texts()
    assert [label.lower() for label in labels] == [speaker.lower() for speaker in speakers]  # CSS shows them in capitals

    page.locator(".article-text mark.quote a.label").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1.speaker-name").inner_text().startswith("Elena Vasquez")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.console_errors == []


def test_browser_hostile_content_is_inert(page, base_url: str, web_db: Path) -> None:
    from quotegraph.store import Store

    with Store(web_db, readonly=True) as store:
        evil_id, wire_id = store.article("evil-1").ref.id, store.article("wire-7").ref.id
    for path in ["/", f"/articles/{wire_id}", f"/articles/{evil_id}", "/?q=budget"]:
        page.goto(base_url + path)
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("img").count() == 0, path
    assert "<script>window.__xss = 1</script>" in page.locator(".quote-item").first.inner_text()
    page.goto(base_url + f"/articles/{evil_id}")
    assert page.locator("h1.article-title").inner_text().startswith("<img src=x onerror=")
    assert page.console_errors == []


def test_browser_api_docs_work_offline(page, base_url: str) -> None:
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() == 8
    assert page.console_errors == []


@pytest.fixture(scope="module")
def hostile_url(hostile_db: Path):
    """``quotegraph serve`` over the all-hostile corpus (conftest.py ``hostile_db``)."""
    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(hostile_db), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        if not line.startswith("Serving http://127.0.0.1:"):
            pytest.fail(f"quotegraph serve did not start: {line!r} {process.stderr.read()}")
        yield line.split()[1].rstrip("/")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_browser_hostile_values_in_every_field_are_inert(page, hostile_url: str, hostile_db: Path) -> None:
    """Quote, quoted piece, speaker, cue, addressee, channel, time, outlet, title, url and echoed request
    parameters, all markup: nothing runs, no element or handler appears, no javascript:/data: link, and
    no CSP violation is even attempted (it would show as a console error)."""
    from test_web import hostile_paths

    elements = ("script:not([src^='/static/']), img, iframe, style, object, embed, b, [onerror], [onload], [onmouseover], "
                "a[href^='javascript' i], a[href^=' javascript' i], a[href^='data' i], a[href^='vbscript' i]")
    for path in hostile_paths(hostile_db):
        page.goto(hostile_url + path)
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator(elements).count() == 0, path
        assert page.evaluate("getComputedStyle(document.body).display") != "none", path
    # the 404 and 422 pages log their status; anything else (a refused inline script or style) is a failure
    assert [error for error in page.console_errors if not error.startswith("Failed to load resource: the server responded with a status of 4")] == []
