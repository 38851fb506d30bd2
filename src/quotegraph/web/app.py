"""The web layer: ``create_app(db)`` gives a FastAPI app serving pages and a JSON API over a corpus.

Read-only: every read goes through ``store.Store`` opened with ``readonly=True`` (one connection per
worker thread); there is no SQL here. Every HTML page (``pages.py``) has a JSON twin under ``/api``
(``api.py``); both take their data from ``views.py``. OpenAPI at ``/openapi.json``, Swagger UI at
``/docs`` (served from the ``fastapi-offline`` package: no CDN). Everything from articles is
untrusted: templates autoescape, and the CSP allows no inline script (``guard.py``).

Errors are ``{"error": sentence, "code": name}`` under ``/api`` and an HTML page elsewhere:
404 ``not_found``, 422 ``invalid_parameter``, 413/414 from the guard, 503 ``database_error``.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ConfigError, StoreError
from ..writers import HIGHLIGHT_CSS, PALETTE, UNKNOWN_COLOR
from . import api, pages
from .guard import Guard, content_security_policy
from .params import PATTERN_MESSAGES, StorePool
from .views import NotFound

__all__ = ["create_app", "get"]

STATIC = Path(__file__).parent / "static"
DOCS_PATH = "/docs"
log = logging.getLogger(__name__)

DESCRIPTION = """Who said what in news articles: search quotes by words, speaker, outlet, date and type;
read a speaker's, article's, outlet's or quote's data. Every page of the web UI has its twin here.
Read-only. Errors are `{"error": "...", "code": "..."}`."""


def create_app(db: str | Path) -> FastAPI:
    """The web app over the corpus database ``db``, opened read-only.

    Raises:
        StoreError: the database is missing, unreadable, or not a quotegraph database.
    """
    stores = StorePool(str(db))

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        stores.close()

    app = FastAPI(title="quotegraph", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan)
    app.state.stores = stores
    app.state.db_name = Path(str(db)).name
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_assets(app)
    _add_error_handlers(app)
    styles = [f"background: {color}" for color in (*PALETTE, UNKNOWN_COLOR)]  # the highlighting's only inline styles
    app.add_middleware(Guard, csp=content_security_policy(styles), script_paths=[DOCS_PATH],
                       script_csp=content_security_policy((), scripts=True))
    return app


def _add_assets(app: FastAPI) -> None:
    """The stylesheets, the Swagger UI files and the docs page."""

    @app.get("/static/highlight.css", include_in_schema=False)
    def highlight_css() -> Response:
        return Response(HIGHLIGHT_CSS, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get(DOCS_PATH, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return pages.render(request, "docs.html")

    app.mount("/static/swagger", StaticFiles(directory=str(files("fastapi_offline") / "static")), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, error: NotFound) -> Response:
        return _error(request, 404, "not_found", str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        codes = {404: ("not_found", "No such page."), 405: ("method_not_allowed", "Only GET requests are served.")}
        code, message = codes.get(error.status_code, ("http_error", str(error.detail)))
        return _error(request, error.status_code, code, message, headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        return _error(request, 422, "invalid_parameter", _validation_message(error.errors()))

    @app.exception_handler(ConfigError)
    async def bad_value(request: Request, error: ConfigError) -> Response:
        return _error(request, 422, "invalid_parameter", str(error))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> Response:
        log.error("database error on %s: %s", request.url.path, error)
        return _error(request, 503, "database_error", "The database cannot be read right now.")

    @app.exception_handler(Exception)
    async def internal(request: Request, error: Exception) -> Response:
        log.exception("error on %s", request.url.path)
        return _error(request, 500, "internal_error", "Something went wrong on the server.")


def _error(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> Response:
    """The error as JSON for the API, as a page for a browser."""
    path = request.url.path
    if path.startswith("/api/") or path in ("/api", "/openapi.json"):
        return JSONResponse({"error": message, "code": code}, status_code=status, headers=headers)
    return pages.render(request, "error.html", status_code=status, status=status, message=message)


def _validation_message(errors: Any) -> str:
    """One sentence for the first invalid parameter: its name and what is wrong."""
    first = list(errors)[0] if errors else {}
    location = [str(part) for part in first.get("loc", ())]
    name = location[-1] if location else "request"
    where = {"query": "parameter", "path": "path segment"}.get(location[0] if location else "", "value")
    if first.get("type") == "string_pattern_mismatch" and name in PATTERN_MESSAGES:
        return f"Invalid {where} {name!r}: " + PATTERN_MESSAGES[name].format(value=first.get("input"))
    return f"Invalid {where} {name!r}: {first.get('msg', 'bad value')}."


def get(app: FastAPI, target: str) -> tuple[int, str, bytes]:
    """Answer one GET request in-process, without a port: ``(status, content type, body)``.

    For ``quotegraph serve --get /api/quotes?q=bridge`` (a smoke test, as datasette's ``--get``).
    """
    parts = urlsplit(target if target.startswith("/") else "/" + target)
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": unquote(parts.path), "raw_path": parts.path.encode(), "query_string": parts.query.encode(), "root_path": "",
             "headers": [(b"host", b"localhost")], "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0)}
    status, content_type, body = 500, "", bytearray()
    requested = False

    async def receive() -> dict[str, Any]:
        nonlocal requested
        if requested:  # the client never disconnects; a response that listens for it waits until done
            await asyncio.Event().wait()
        requested = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, content_type
        if message["type"] == "http.response.start":
            status = message["status"]
            content_type = dict(message.get("headers", [])).get(b"content-type", b"").decode()
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    try:
        asyncio.run(app(scope, receive, send))
    except Exception:  # noqa: BLE001 - Starlette re-raises a route's bug after sending the 500 page, which is the answer
        if not content_type:
            raise
    return status, content_type, bytes(body)
