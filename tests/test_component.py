"""The spaCy component: ``nlp.add_pipe("quotegraph")`` puts ``quotegraph.Quote`` records on ``doc._.quotes``.

These tests load their own copy of the pipeline (the session ``en_nlp`` is shared with other tests
and must not gain extra pipes), once per module.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import quotegraph
from quotegraph import Quote
from quotegraph.settings import Settings

TEXTS = [
    '"We will reopen the pool in June," Mayor Ana Ruiz said on Monday.',
    "The council said the budget was balanced.",
    "The library opens at nine on weekdays.",
    '"I am proud of these students," Principal Grace Lin told parents. She said the school would hire two teachers.',
]


@pytest.fixture(scope="module")
def nlp(en_nlp):
    """A fresh pipeline with the quotegraph component, separate from the shared ``en_nlp``."""
    pipeline = spacy.load(Settings().model, exclude=["senter"])
    component = pipeline.add_pipe("quotegraph")
    assert component.attr == "quotes"
    return pipeline


def test_add_pipe_puts_quotes_on_doc(nlp) -> None:
    assert nlp.pipe_names[-1] == "quotegraph"
    doc = nlp(TEXTS[0])
    quotes = doc._.quotes
    assert isinstance(quotes, list)
    assert len(quotes) == 1
    assert all(isinstance(quote, Quote) for quote in quotes)
    assert quotes[0].text == "We will reopen the pool in June"
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ana Ruiz"
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text


def test_component_matches_library_extract(nlp) -> None:
    for text in TEXTS:
        assert nlp(text)._.quotes == quotegraph.extract(text)


def test_doc_without_quotes_gets_empty_list(nlp) -> None:
    assert nlp(TEXTS[2])._.quotes == []


def test_works_through_nlp_pipe(nlp) -> None:
    docs = list(nlp.pipe(TEXTS, batch_size=2))
    assert [doc.text for doc in docs] == TEXTS
    assert [doc._.quotes for doc in docs] == [nlp(text)._.quotes for text in TEXTS]
    assert [len(doc._.quotes) for doc in docs][:3] == [1, 1, 0]


def test_nlp_pipe_with_two_processes(nlp) -> None:
    """Docs travel between processes as bytes, so their quotes must serialize."""
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert [doc._.quotes for doc in docs] == [nlp(text)._.quotes for text in TEXTS]
    assert all(isinstance(quote, Quote) for doc in docs for quote in doc._.quotes)


def test_doc_with_quotes_round_trips_through_bytes_and_docbin(nlp) -> None:
    doc = nlp(TEXTS[3])
    assert doc._.quotes
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again._.quotes == doc._.quotes
    stored = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (loaded,) = DocBin().from_bytes(stored).get_docs(nlp.vocab)
    assert list(loaded._.quotes) == doc._.quotes  # DocBin gives sequences back as tuples


def test_custom_attr_and_config(nlp) -> None:
    pipeline = spacy.load(Settings().model, exclude=["senter"])
    pipeline.add_pipe("quotegraph", config={"attr": "attributions", "indirect": False})
    assert Doc.has_extension("attributions")
    doc = pipeline(TEXTS[3])
    assert doc._.attributions == [quote for quote in nlp(TEXTS[3])._.quotes if quote.type != "indirect"]
    assert [quote.type for quote in doc._.attributions] == ["direct"]
    assert pipeline.get_pipe_config("quotegraph")["attr"] == "attributions"


def test_min_confidence_config(nlp) -> None:
    pipeline = spacy.blank("en")  # cheap: the config is what matters here
    component = pipeline.add_pipe("quotegraph", config={"min_confidence": 0.75, "context_speakers": False})
    assert component.settings.min_confidence == 0.75
    assert component.settings.context_speakers is False


def test_adding_twice_does_not_crash(nlp) -> None:
    pipeline = spacy.load(Settings().model, exclude=["senter"])
    pipeline.add_pipe("quotegraph")
    pipeline.add_pipe("quotegraph", name="quotegraph_again")
    assert pipeline.pipe_names[-2:] == ["quotegraph", "quotegraph_again"]
    doc = pipeline(TEXTS[0])
    assert doc._.quotes == nlp(TEXTS[0])._.quotes
    # and a second pipeline registering the same extension again
    other = spacy.load(Settings().model, exclude=["senter"])
    other.add_pipe("quotegraph")
    assert other(TEXTS[1])._.quotes == nlp(TEXTS[1])._.quotes


def test_pipeline_with_component_saves_and_loads(nlp, tmp_path) -> None:
    pipeline = spacy.load(Settings().model, exclude=["senter"])
    pipeline.add_pipe("quotegraph", config={"attr": "saved_quotes", "min_confidence": 0.5})
    pipeline.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("quotegraph").attr == "saved_quotes"
    assert loaded(TEXTS[0])._.saved_quotes == nlp(TEXTS[0])._.quotes


def test_factory_found_without_importing_quotegraph(en_nlp) -> None:
    """The ``spacy_factories`` entry point lets ``add_pipe`` work before ``import quotegraph``."""
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quotegraph')\n"
        "print(type(nlp.get_pipe('quotegraph')).__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "quotegraph.component"
