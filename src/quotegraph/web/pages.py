"""The server-rendered pages: search, speaker, article, outlet and quote.

Each route reads through ``views.py`` (the same calls as its JSON twin in ``api.py``) and renders a
Jinja2 template with autoescape on. The only markup passed through unescaped is the article
highlighting, which ``writers.render_highlighted`` escapes itself.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from .charts import bar_chart
from .params import ID, MAX_QUERY_CHARS, Paging, paging, search_filters
from .views import SearchFilters, article_view, highlight, outlet_view, quote_view, search_view, speaker_view

__all__ = ["render", "router", "templates"]

TEMPLATES = Path(__file__).parent / "templates"
TOP_SPEAKERS_SHOWN = 10

router = APIRouter(include_in_schema=False)


def speaker_url(speaker_id: int) -> str:
    return f"/speakers/{int(speaker_id)}"


def article_url(article_id: int) -> str:
    return f"/articles/{int(article_id)}"


def quote_url(quote_id: int) -> str:
    return f"/quotes/{int(quote_id)}"


def outlet_url(name: str) -> str:
    return "/outlets/" + quote(name, safe="")


def page_url(request: Request, offset: int) -> str:
    """This page's URL with another ``offset`` (relative: never built from the Host header)."""
    params = [(key, value) for key, value in request.query_params.multi_items() if key != "offset"]
    if offset > 0:
        params.append(("offset", str(offset)))
    path = quote(request.scope["path"])
    return path + ("?" + urlencode(params) if params else "")


def safe_link(url: object) -> str | None:
    """An article's own URL if it is http(s), else None (never a ``javascript:`` link)."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _shorten(text: str, limit: int = 320) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(speaker_url=speaker_url, article_url=article_url, quote_url=quote_url, outlet_url=outlet_url,
                       page_url=page_url, safe_link=safe_link, max_query_chars=MAX_QUERY_CHARS)
    env.filters.update(shorten=_shorten, percent=lambda value: f"{value:.0%}", number=lambda value: f"{value:,}")
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: object) -> HTMLResponse:
    """A template rendered for this request."""
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _store(request: Request):
    return request.app.state.stores.get()


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, filters: SearchFilters = Depends(search_filters), page: Paging = Depends(paging)) -> Response:
    """The search form and results; with no filters, the newest quotes and the corpus at a glance."""
    store = _store(request)
    results = search_view(store, filters, page.limit, page.offset)
    overview = {}
    if filters.is_empty() and page.offset == 0:
        overview = {"stats": store.stats(), "outlets": store.outlets()[:TOP_SPEAKERS_SHOWN],
                    "people": store.speakers(kind="person", limit=TOP_SPEAKERS_SHOWN),
                    "organizations": store.speakers(kind="organization", limit=TOP_SPEAKERS_SHOWN)}
    return render(request, "search.html", filters=filters, results=results, **overview)


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: int = ID("speaker"), page: Paging = Depends(paging)) -> Response:
    """A speaker: chart of quotes per month, outlets, cues, and their quotes."""
    view = speaker_view(_store(request), speaker_id, page.limit, page.offset)
    if view.speaker.id != speaker_id:  # an absorbed surname-only id: the speaker it joined
        return RedirectResponse(speaker_url(view.speaker.id), status_code=301)
    return render(request, "speaker.html", view=view, chart=bar_chart(view.activity.months))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int = ID("article")) -> Response:
    """An article's text with its quotes highlighted by speaker, and the list of its quotes."""
    article = article_view(_store(request), article_id)
    return render(request, "article.html", article=article, highlighted=highlight(article), link=safe_link(article.ref.url))


@router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet_page(request: Request, name: str, page: Paging = Depends(paging)) -> Response:
    """An outlet: anonymous share, quote types, top speakers, latest quotes."""
    return render(request, "outlet.html", view=outlet_view(_store(request), name, page.limit, page.offset))


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
def quote_page(request: Request, quote_id: int = ID("quote")) -> Response:
    """A quote with its speaker and article, and its cluster: first appearance and every repetition."""
    return render(request, "quote.html", view=quote_view(_store(request), quote_id))
