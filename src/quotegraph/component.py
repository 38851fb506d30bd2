"""The spaCy component: ``nlp.add_pipe("quotegraph")`` puts the article's quotes on ``doc._.quotes``.

A thin adapter over ``pipeline.extract_doc``; it adds no extraction logic of its own.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .lexicon import is_first_name
from .model import Quote
from .settings import Settings

_QUOTE_KEY = "__quotegraph_quote__"


def _encode_quote(obj: Any, chain: Any = None) -> Any:
    """msgpack encoder, so a Doc holding quotes serializes (``to_bytes``, DocBin, ``nlp.pipe(n_process=2)``)."""
    if isinstance(obj, Quote):
        return {_QUOTE_KEY: {**obj.to_dict(), "confidence": obj.confidence}}
    return obj if chain is None else chain(obj)


def _decode_quote(obj: Any, chain: Any = None) -> Any:
    """msgpack decoder: the inverse of ``_encode_quote``."""
    if isinstance(obj, dict) and _QUOTE_KEY in obj:
        return Quote.from_dict(obj[_QUOTE_KEY])
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("quotegraph_quote", func=_encode_quote)
srsly.msgpack_decoders.register("quotegraph_quote", func=_decode_quote)


class QuotegraphComponent(Pipe):
    """Find quotes, cues and speakers in each Doc and store them as ``doc._.<attr>``."""

    def __init__(self, nlp: Language, name: str, *, attr: str, indirect: bool, context_speakers: bool, min_confidence: float) -> None:
        self.name = name
        self.attr = attr
        self.settings = Settings(indirect=indirect, context_speakers=context_speakers, min_confidence=min_confidence)
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None)

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        from .pipeline import extract_doc  # pipeline imports this module for the paragraph component

        try:
            doc._.set(self.attr, extract_doc(doc, self.settings))
        except Exception as error:  # noqa: BLE001 — spaCy's error-handler protocol
            error_handler(self.name, self, [doc], error)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory(
    "quotegraph",
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    default_config={"attr": "quotes", "indirect": True, "context_speakers": True, "min_confidence": 0.0},
)
def make_quotegraph(nlp: Language, name: str, attr: str, indirect: bool, context_speakers: bool, min_confidence: float) -> QuotegraphComponent:
    """Create the quotegraph component (registered for ``nlp.add_pipe("quotegraph")``)."""
    return QuotegraphComponent(nlp, name, attr=attr, indirect=indirect, context_speakers=context_speakers, min_confidence=min_confidence)


@Language.component("quotegraph_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence runs across paragraphs (add before the parser)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif token.text == "." and previous.text == "Ma" and not previous.whitespace_ and token.i + 1 < len(doc) and is_first_name(doc[token.i + 1].text):
            doc[token.i + 1].is_sent_start = False  # the Filipino `Ma.` (María) before a given name: `Sen. Ma. Cristina Salcedo-Ramos`
    return doc


__all__: list[str] = ["QuotegraphComponent", "make_quotegraph", "mark_paragraph_starts"]
