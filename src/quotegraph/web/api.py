"""The JSON API under ``/api``: the data of every HTML page, as the records of ``records.py``.

Routes only parse parameters and call ``views.py``; FastAPI documents them at ``/docs`` and
``/openapi.json``. Errors are ``{"error": sentence, "code": name}`` (see ``app.py``).
"""

from __future__ import annotations

import functools
from typing import Any

from fastapi import APIRouter, Depends, Query, Request, Response
from pydantic import BaseModel, TypeAdapter

from ..records import SpeakerInfo, StoredArticle
from .params import ID, MAX_NAME_CHARS, MAX_OFFSET, MAX_PAGE_SIZE, PAGE_SIZE, Paging, SpeakerKind, paging, search_filters
from .views import OutletView, QuotePage, QuoteView, SearchFilters, SpeakerView, article_view, outlet_view, quote_view, search_view, speaker_view

__all__ = ["ErrorBody", "router"]


class ErrorBody(BaseModel):
    """Every error response: one sentence, and a short name for programs (``not_found``, ``invalid_parameter``, ...)."""

    error: str
    code: str


class OutletCount(BaseModel):
    """An outlet with its article and quote counts."""

    name: str
    articles: int
    quotes: int


class Stats(BaseModel):
    """Row counts: articles, quotes, speakers, clusters of repeated quotes."""

    articles: int
    quotes: int
    speakers: int
    clusters: int


router = APIRouter(prefix="/api", tags=["api"], responses={
    404: {"model": ErrorBody, "description": "No such item."},
    422: {"model": ErrorBody, "description": "A parameter is out of bounds or malformed."},
})


def _store(request: Request):
    return request.app.state.stores.get()


@functools.cache
def _adapter(model: Any) -> TypeAdapter:
    return TypeAdapter(model)


def _json(model: Any, value: Any) -> Response:
    """``value`` serialised as its response model, without validating it again (it is built here).

    FastAPI would validate the returned records against the model and then serialise them, in two
    more hops to the thread pool; the records are typed already. The model still documents the route.
    """
    return Response(_adapter(model).dump_json(value), media_type="application/json")


@router.get("/quotes", summary="Search quotes", response_model=QuotePage)
def api_quotes(request: Request, filters: SearchFilters = Depends(search_filters), page: Paging = Depends(paging)) -> Response:
    """Quotes matching words and filters: best match first; without words, newest first."""
    return _json(QuotePage, search_view(_store(request), filters, page.limit, page.offset))


@router.get("/quotes/{quote_id}", summary="One quote and its cluster", response_model=QuoteView)
def api_quote(request: Request, quote_id: int = ID("quote")) -> Response:
    """A quote, with its cluster: the first appearance and every repetition, earliest first (at most 200 listed)."""
    return _json(QuoteView, quote_view(_store(request), quote_id))


@router.get("/speakers", summary="List speakers", response_model=list[SpeakerInfo])
def api_speakers(
    request: Request,
    name: str | None = Query(None, max_length=MAX_NAME_CHARS, description="Part of the name (case-insensitive)."),
    kind: SpeakerKind | None = Query(None, description="Speaker kind."),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> Response:
    """Speakers, most quoted first."""
    return _json(list[SpeakerInfo], _store(request).speakers(name=name, kind=kind, limit=limit, offset=offset))


@router.get("/speakers/{speaker_id}", summary="One speaker", response_model=SpeakerView)
def api_speaker(request: Request, speaker_id: int = ID("speaker"), page: Paging = Depends(paging)) -> Response:
    """A speaker: names used, counts by month, outlet, cue and type, and a page of quotes, newest first."""
    return _json(SpeakerView, speaker_view(_store(request), speaker_id, page.limit, page.offset))


@router.get("/articles/{article_id}", summary="One article", response_model=StoredArticle)
def api_article(request: Request, article_id: int = ID("article")) -> Response:
    """An article: its text, input metadata and quotes in text order (offsets index the text)."""
    return _json(StoredArticle, article_view(_store(request), article_id))


@router.get("/outlets", summary="List outlets", response_model=list[OutletCount])
def api_outlets(request: Request) -> Response:
    """Every outlet with its article and quote counts, most quotes first."""
    return _json(list[OutletCount], [OutletCount(name=name, articles=articles, quotes=quotes) for name, articles, quotes in _store(request).outlets()])


@router.get("/outlets/{name:path}", summary="One outlet", response_model=OutletView)
def api_outlet(request: Request, name: str, page: Paging = Depends(paging)) -> Response:
    """An outlet: share of quotes from anonymous sources, quotes by type, top named speakers, latest quotes."""
    return _json(OutletView, outlet_view(_store(request), name, page.limit, page.offset))


@router.get("/stats", summary="Corpus counts", response_model=Stats)
def api_stats(request: Request) -> Response:
    """How many articles, quotes, speakers and clusters of repeated quotes the database holds."""
    return _json(Stats, Stats(**_store(request).stats()))
