"""Read a brat-annotated attribution corpus (PolNeAR layout) into gold articles, and tell which
gold cues report speech; it does no matching or scoring (that is :mod:`quotegraph.evaluation`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from quotegraph.errors import InputError, ModelNotInstalledError

Span = tuple[int, int]
Lemmatizer = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution; every span is a tuple of ``(start, end)`` fragments, sorted.

    Attributes:
        content: fragments of the attributed content (``Content`` and ``Content2`` roles).
        source: fragments of the source, empty when the attribution has none.
        cue: fragments of the cue, empty when it has none.
        cue_text: the cue's fragments joined with single spaces.
    """

    content: tuple[Span, ...]
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    cue_text: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """A corpus document: its id, full text and the kept annotator's attributions."""

    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: str = ""


def _split_dir(root: Path, split: str) -> Path:
    """Return ``<data>/<split>`` for a PolNeAR folder or its ``data`` folder, or raise."""
    root = Path(root)
    if not root.exists():
        raise InputError("E011", path=root)
    for data in (root / "data", root):
        candidate = data / split
        if (candidate / "text").is_dir() and (candidate / "attributions").is_dir():
            return candidate
    raise InputError("E013", path=root)


def _read_utf8(path: Path) -> str:
    """Read a file as UTF-8 without newline translation, as :class:`InputError` on failure."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError("E001", path=path, reason=exc.strerror or str(exc)) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("E002", path=path, offset=exc.start) from exc


def _parse_fragments(offsets: str) -> tuple[Span, ...] | None:
    """Parse brat offsets ``"s e;s e"``; None when malformed."""
    spans: list[Span] = []
    for piece in offsets.split(";"):
        parts = piece.split()
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            return None
        start, end = int(parts[0]), int(parts[1])
        if end < start:
            return None
        spans.append((start, end))
    return tuple(sorted(spans))


def parse_brat(ann: str, text: str) -> tuple[GoldAttribution, ...]:
    """Turn the contents of one ``.ann`` file into gold attributions.

    Args:
        ann: the ``.ann`` file's text.
        text: the document text the offsets index.

    Returns:
        The attributions in ``E`` id order; those without content, or with offsets outside
        the text, are dropped.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.split("\n"):
        fields = line.rstrip("\r").split("\t")
        if len(fields) < 2 or not fields[0][1:].isdigit():
            continue
        if fields[0][0] == "T" and len(fields) >= 3:
            label, _, offsets = fields[1].partition(" ")
            frags = _parse_fragments(offsets)
            if frags is not None and max(e for _, e in frags) <= len(text):
                spans[fields[0]] = (label, frags)
        elif fields[0][0] == "E":
            roles = [tuple(arg.split(":", 1)) for arg in fields[1].split() if ":" in arg]
            events.append([(re.sub(r"\d+$", "", role), ref) for role, ref in roles])
    return tuple(a for a in (_build_attribution(e, spans, text) for e in events) if a)


def _build_attribution(
    roles: list[tuple[str, str]], spans: dict[str, tuple[str, tuple[Span, ...]]], text: str
) -> GoldAttribution | None:
    """Collect an ``E`` line's Content/Source/Cue fragments; None when it has no content."""
    collected: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
    for role, ref in roles:
        if role in collected and ref in spans:
            collected[role].extend(spans[ref][1])
    if not collected["Content"]:
        return None
    cue = tuple(sorted(collected["Cue"]))
    return GoldAttribution(
        content=tuple(sorted(collected["Content"])),
        source=tuple(sorted(collected["Source"])),
        cue=cue,
        cue_text=" ".join(text[s:e] for s, e in cue),
    )


def _annotation_files(attributions_dir: Path) -> dict[str, tuple[str, Path]]:
    """Map doc id to (annotator, path) of its first annotator in sorted order."""
    chosen: dict[str, tuple[str, Path]] = {}
    for path in sorted(attributions_dir.glob("*.ann")):
        doc_id, sep, annotator = path.stem.rpartition("_")
        if not sep:
            doc_id, annotator = path.stem, ""
        if doc_id not in chosen or annotator < chosen[doc_id][0]:
            chosen[doc_id] = (annotator, path)
    return chosen


def read_brat_corpus(root: Path, split: str = "dev", limit: int | None = None) -> list[GoldArticle]:
    """Read one split of a PolNeAR-style corpus.

    Reads ``data/<split>/text/<doc>.txt`` and ``data/<split>/attributions/<doc>_<annotator>.ann``.
    Files are decoded from bytes as UTF-8 with no newline translation, so brat offsets index the
    text exactly. Where several annotators did one document, only the annotation of the first
    annotator id in sorted order is kept. Documents with no ``.ann`` file are skipped.
    ``T`` lines of type Source, Cue and Content and the ``E`` lines tying them are used; the
    ``Discuss``/``Discard`` bookkeeping labels, annotator notes and the continuation lines brat
    writes when an annotated span contains a newline are ignored. ``Content2`` roles are merged
    into the content. An attribution with no content is dropped.

    Args:
        root: the corpus folder (holding ``data/``) or its ``data`` folder.
        split: the split folder name: ``train``, ``dev``, ``annotator-training``, ...
        limit: keep only the first ``limit`` documents in sorted doc-id order.

    Returns:
        The annotated documents, sorted by doc id.

    Raises:
        InputError: E011 when ``root`` does not exist, E013 when it lacks
            ``data/<split>/text`` and ``data/<split>/attributions``; E001/E002 for unreadable files.
    """
    split_dir = _split_dir(Path(root), split)
    annotations = _annotation_files(split_dir / "attributions")
    articles: list[GoldArticle] = []
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        if limit is not None and len(articles) >= limit:
            break
        if text_path.stem not in annotations:
            continue
        annotator, ann_path = annotations[text_path.stem]
        text = _read_utf8(text_path)
        attributions = parse_brat(_read_utf8(ann_path), text)
        articles.append(GoldArticle(text_path.stem, text, attributions, annotator))
    return articles


# --------------------------------------------------------------------------------------------
# Speech cues
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def load_speech_cues(path: Path | None = None) -> frozenset[str]:
    """Load the speech-cue lexicon: lowercased lemmas and phrases, ``#`` comments skipped.

    Args:
        path: a lexicon file; default the packaged ``quotegraph/data/speech_cues.txt``.
    """
    if path is None:
        raw = resources.files("quotegraph").joinpath("data/speech_cues.txt").read_text("utf-8")
    else:
        raw = Path(path).read_text("utf-8")
    entries = (line.split("#", 1)[0].strip().lower() for line in raw.splitlines())
    return frozenset(" ".join(entry.split()) for entry in entries if entry)


def speech_cue_entry(
    cue_text: str, lemmatize: Lemmatizer, lexicon: Iterable[str] | None = None
) -> str | None:
    """Return the lexicon entry that makes a gold cue a speech cue, or None.

    Multiword entries (``according to``, ``point out``) are tried first, as word sequences in
    the lowercased cue or in its lemma sequence; then each token in order, by lemma or by its
    lowercased form. ``"has also said"`` gives ``"say"``.

    Args:
        cue_text: the cue as written; empty or blank gives None.
        lemmatize: maps a text to the lemmas of its tokens.
        lexicon: entries to use; default :func:`load_speech_cues`.
    """
    if not cue_text.strip():
        return None
    entries = load_speech_cues() if lexicon is None else frozenset(e.lower() for e in lexicon)
    words = re.findall(r"\w+(?:['’]\w+)*", cue_text.lower())
    lemmas = [lemma.lower() for lemma in lemmatize(cue_text)]
    padded = (f" {' '.join(words)} ", f" {' '.join(lemmas)} ")
    for entry in sorted(e for e in entries if " " in e):
        if any(f" {entry} " in sequence for sequence in padded):
            return entry
    return next((token for token in lemmas + words if token in entries), None)


def is_speech_cue(
    cue_text: str, lemmatize: Lemmatizer, lexicon: Iterable[str] | None = None
) -> bool:
    """Tell whether a gold cue reports speech or writing (see :func:`speech_cue_entry`).

    Args:
        cue_text: the cue as written (``"has said"``, ``"according to"``); empty gives False.
        lemmatize: maps a text to the lemmas of its tokens.
        lexicon: entries to use; default :func:`load_speech_cues`.
    """
    return speech_cue_entry(cue_text, lemmatize, lexicon) is not None


def load_spacy_lemmatizer(model: str | None = None) -> Lemmatizer:
    """Return a cached spaCy lemmatizer (parser and NER disabled).

    Raises:
        ModelNotInstalledError: E008 when the model package is missing.
    """
    import spacy

    from quotegraph.settings import DEFAULT_MODEL, DEFAULT_MODEL_PACKAGE

    name = model or DEFAULT_MODEL
    try:
        nlp = spacy.load(name, exclude=["parser", "ner"])
    except OSError as exc:
        raise ModelNotInstalledError("E008", model=name, package=DEFAULT_MODEL_PACKAGE) from exc

    @functools.lru_cache(maxsize=65536)
    def lemmas(text: str) -> tuple[str, ...]:
        return tuple(token.lemma_ for token in nlp(text))

    return lambda text: list(lemmas(text))
