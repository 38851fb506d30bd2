"""quotegraph: who said what in news articles — quotes, speakers and cues as data.

    >>> import quotegraph
    >>> quotes = quotegraph.extract('"We will win," Mayor Ana Ruiz said.')
"""

from __future__ import annotations

from .errors import InputError, QuotegraphError
from .model import Article, Quote, Result, Speaker, TextSpan
from .pipeline import extract, extract_batch, load_nlp
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "InputError",
    "Quote",
    "QuotegraphError",
    "Result",
    "Settings",
    "Speaker",
    "TextSpan",
    "__version__",
    "extract",
    "extract_batch",
    "load_nlp",
]
