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
