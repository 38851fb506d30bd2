"""Compose the stages: parse, find quote spans and cues, attribute speakers. Nothing else.

``extract`` handles one text; ``extract_batch`` streams many articles through worker processes
(one model per worker, loaded once) and keeps going past an article that cannot be used.
"""

from __future__ import annotations

import datetime
import logging
import multiprocessing
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from . import component  # noqa: F401 — registers the spaCy components
from .cues import find_cues, find_noun_cues
from .errors import InputError, ModelNotInstalledError, QuotegraphError
from .model import Article, Quote, Result
from .quote_spans import find_quote_spans
from .settings import DEFAULT_MODEL_PACKAGE, Settings
from .speakers import attribute_quotes

logger = logging.getLogger(__name__)

# The engine uses the parser, tagger/lemmatizer and NER; the sentence recognizer duplicates the parser.
EXCLUDED_COMPONENTS = ("senter",)
# Below this share of English function words, a text of MIN_WORDS_FOR_LANGUAGE words or more is
# taken as not English (English news runs at 35-50%; French or German at under 5%).
MIN_ENGLISH_SHARE = 0.12
MIN_WORDS_FOR_LANGUAGE = 20
_WORD = re.compile(r"[^\W\d_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")  # a bad JSON escape; spaCy (and UTF-8) cannot take one


# Abbreviations kept whole, so their stop ends no sentence: `Harold Pruitt Sr.`, `according to Sgt. Aaron Kessler`.
# (Not `Lt.`, which the tokenizer mostly handles already: keeping it whole changed a tag elsewhere, for the worse.)
KEPT_ABBREVIATIONS = ("Sr.", "Jr.", "Sgt.", "Det.", "Ofc.", "Cpl.", "Insp.", "Supt.", "Cmdr.", "Maj.", "Const.", "Pte.", "Eng.", "Engr.", "Ing.", "Mgr.")
# Malaysian and Singaporean `son of` / `daughter of` inside a name, kept one word: `Ganesh a/l Muniandy`.
NAME_LINKS = ("a/l", "a/p", "s/o", "d/o", "A/L", "A/P", "S/O", "D/O")


@lru_cache(maxsize=4)
def load_nlp(model: str = Settings().model) -> Language:
    """Load the spaCy pipeline once per process.

    Raises:
        ModelNotInstalledError: the model package is not installed.
    """
    try:
        nlp = spacy.load(model, exclude=list(EXCLUDED_COMPONENTS))
    except OSError as error:
        raise ModelNotInstalledError("E008", model=model, package=DEFAULT_MODEL_PACKAGE) from error
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("quotegraph_paragraphs", before="parser")
    for abbreviation in KEPT_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    for link in NAME_LINKS:
        nlp.tokenizer.add_special_case(link, [{ORTH: link}])
    return nlp


def extract_doc(doc: Doc, settings: Settings | None = None, published: datetime.date | None = None) -> list[Quote]:
    """Quotes in a parsed Doc (what the spaCy component calls).

    Args:
        doc: the parsed article.
        settings: extraction settings.
        published: the article's publication date, to resolve ``on Wednesday`` (defaults to ``settings.date``).
    """
    settings = settings or Settings()
    published = published or parse_date(settings.date)
    spans = find_quote_spans(doc.text)
    cues = find_cues(doc) + find_noun_cues(doc)
    quotes = attribute_quotes(doc, spans, cues, settings, published)
    return [quote for quote in quotes if quote.confidence >= settings.min_confidence]


def check_text(text: str, settings: Settings) -> None:
    """Raise InputError for text the engine cannot use: empty, too long, unpaired surrogates, not English."""
    if not text.strip():
        raise InputError("E005")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise InputError("E028", offset=surrogate.start())
    if len(text) > settings.max_chars:
        raise InputError("E004", path="the article", size_mb=len(text.encode("utf-8", "replace")) / 1e6, limit_mb=settings.max_chars // 1_000_000)
    words = _WORD.findall(text[:20_000].lower())
    if len(words) >= MIN_WORDS_FOR_LANGUAGE:
        share = sum(word in STOP_WORDS for word in words) / len(words)
        if share < MIN_ENGLISH_SHARE:
            raise InputError("E012", share=share)


def parse_date(value: object) -> datetime.date | None:
    """An ISO date (``2026-03-04``, or a timestamp starting with one) as a date; None if it is not one."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract(text: str, *, settings: Settings | None = None, nlp: Language | None = None, published: datetime.date | str | None = None) -> list[Quote]:
    """Every attributed quote in one article text.

    Args:
        text: the article, as given; offsets in the result index into it.
        settings: extraction settings (defaults if omitted).
        nlp: a loaded spaCy pipeline to reuse (loaded from ``settings.model`` if omitted).
        published: the article's publication date (a date or an ISO string), to resolve when
            relative time expressions (``on Wednesday``, ``last month``) happened.

    Returns:
        Quotes in text order; an empty list for a text with none.

    Raises:
        InputError: the text is empty, too long or not English.
    """
    settings = settings or Settings()
    check_text(text, settings)
    nlp = nlp or load_nlp(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return extract_doc(nlp(text), settings, parse_date(published))


def article_date(article: Article) -> datetime.date | None:
    """The publication date an article carries (``date``, ``published`` or ``publication_date``)."""
    for key in ("date", "published", "publication_date"):
        found = parse_date(article.meta.get(key))
        if found is not None:
            return found
    return None


def extract_article(article: Article, settings: Settings, nlp: Language | None = None) -> Result:
    """Extract one article into a Result; an unusable article gives a Result with ``error`` set."""
    try:
        quotes = extract(article.text, settings=settings, nlp=nlp, published=article_date(article))
    except InputError as error:
        return Result(article.id, (), article.meta, error=str(error))
    return Result(article.id, tuple(quotes), article.meta)


_worker_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings
    load_nlp(settings.model)


def _work(article: Article) -> Result:
    settings = _worker_settings or Settings()
    return _extract_guarded(article, settings)


def _extract_guarded(article: Article, settings: Settings) -> Result:
    """Batch boundary: a bug on one article is reported on that article, not fatal to the batch."""
    if "_error" in article.meta:  # unreadable input, carried through to keep the output in input order
        return Result(article.id, (), article.meta, error=article.meta["_error"])
    try:
        return extract_article(article, settings)
    except QuotegraphError as error:
        return Result(article.id, (), article.meta, error=str(error))
    except Exception as error:  # noqa: BLE001 — the batch must go on; the error is reported per article
        logger.exception("internal error on article %s", article.id)
        return Result(article.id, (), article.meta, error=f"[E999] Internal error: {type(error).__name__}: {error}")


def extract_batch(articles: Iterable[Article | str], *, settings: Settings | None = None, n_process: int = 2) -> Iterator[Result]:
    """Stream many articles through ``n_process`` worker processes, results in input order.

    Args:
        articles: Articles, or plain texts (given ids "0", "1", ...).
        settings: extraction settings.
        n_process: worker processes; 1 runs in this process.

    Yields:
        One Result per article, in input order.
    """
    settings = settings or Settings()
    stream = (item if isinstance(item, Article) else Article(str(n), item) for n, item in enumerate(articles))
    load_nlp(settings.model)  # fail fast, and let forked workers share the loaded model
    if n_process <= 1:
        for article in stream:
            yield _extract_guarded(article, settings)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(n_process, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_work, stream, chunksize=settings.batch_size)
