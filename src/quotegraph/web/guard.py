"""Request limits and security headers for the web app, as one plain ASGI middleware.

Before routing: a URL path over MAX_PATH_CHARS or a query string over MAX_QUERY_BYTES gets 414, a
request with a body gets 413 (every route is a GET), and blank parameters (``?q=&type=``, as an HTML
form sends them) are dropped so they mean "not given". On every response: a Content-Security-Policy
without inline script, ``X-Content-Type-Options: nosniff``, no framing, no referrer. It does not
validate parameter values: the routes' own declarations do.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

__all__ = ["MAX_PATH_CHARS", "MAX_QUERY_BYTES", "Guard", "content_security_policy"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]

MAX_PATH_CHARS = 1024
MAX_QUERY_BYTES = 4096  # room for every filter at its longest (q is at most 500 characters)
_BLANK_PARAM = re.compile(rb"(?:^|&)[^=&]*=(?:&|$)")


def content_security_policy(style_attributes: Iterable[str], *, scripts: bool = False) -> str:
    """The CSP: stylesheets from this server, the given inline ``style`` attribute values by hash only.

    Args:
        style_attributes: the exact ``style="..."`` values pages may carry (the highlighting colours).
        scripts: allow scripts from this server (the API docs page); pages otherwise run no script.
    """
    hashes = " ".join(f"'sha256-{_sha256(value)}'" for value in sorted(set(style_attributes)))
    parts = [
        "default-src 'none'",
        f"style-src 'self' 'unsafe-hashes' {hashes}" if not scripts else "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
    if scripts:
        parts += ["script-src 'self'", "connect-src 'self'"]
    return "; ".join(parts)


class Guard:
    """ASGI middleware: size limits, blank parameters dropped, security headers added.

    Args:
        app: the wrapped ASGI app.
        csp: the Content-Security-Policy for every page.
        script_paths: paths served with ``script_csp`` instead (the API docs page).
        script_csp: their policy.
    """

    def __init__(self, app: ASGIApp, *, csp: str, script_paths: Iterable[str] = (), script_csp: str = "") -> None:
        self.app = app
        self.csp = csp.encode()
        self.script_paths = frozenset(script_paths)
        self.script_csp = script_csp.encode()

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = self.script_csp if scope["path"] in self.script_paths else self.csp
        headers = [(b"content-security-policy", csp), (b"x-content-type-options", b"nosniff"),
                   (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
                   (b"cross-origin-opener-policy", b"same-origin")]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *headers]
            await send(message)

        problem = _request_problem(scope)
        if problem is not None:
            await _send_error(send_with_headers, *problem)
            return
        query = scope.get("query_string", b"")
        if query and _BLANK_PARAM.search(query):
            scope = dict(scope, query_string=_drop_blank_params(query))
        await self.app(scope, receive, send_with_headers)


def _request_problem(scope: Scope) -> tuple[int, str, str] | None:
    """(status, code, message) for a request over the limits, or None."""
    if len(scope["path"]) > MAX_PATH_CHARS:
        return 414, "uri_too_long", f"The URL path is over {MAX_PATH_CHARS} characters."
    if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
        return 414, "uri_too_long", f"The query string is over {MAX_QUERY_BYTES} bytes."
    for name, value in scope.get("headers", []):
        if (name == b"content-length" and value.strip() not in (b"", b"0")) or name == b"transfer-encoding":
            return 413, "request_too_large", "This server takes no request body; send parameters in the URL."
    return None


def _drop_blank_params(query: bytes) -> bytes:
    """The query string without parameters whose value is empty."""
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    return urlencode([(key, value) for key, value in pairs if value], encoding="latin-1").encode("latin-1")


async def _send_error(send: Callable[[Message], Awaitable[None]], status: int, code: str, message: str) -> None:
    """A JSON error response ``{error, code}``, written straight to ASGI."""
    body = json.dumps({"error": message, "code": code}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _sha256(value: str) -> str:
    return base64.b64encode(hashlib.sha256(value.encode()).digest()).decode()
