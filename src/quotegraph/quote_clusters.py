"""Quote provenance: when two quoted texts are the same quote, and cheap keys to find candidates.

The same words travel across articles and outlets with small changes: punctuation and quote marks,
an ellipsis for a cut, a trimmed start or end. ``normalise`` removes what does not matter,
``lookup_keys`` gives a few integer keys per quote (exact text, first and last words, winnowed
word 5-grams) so the store finds candidates with an index instead of comparing against every
quote, and ``match`` decides. Pure functions: the store does the look-ups and keeps the clusters.

What it does not do: paraphrase (indirect speech is not clustered), translation, or merging two
clusters that a later quote bridges (the quote joins one of them).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from .model import Quote

__all__ = ["MatchKind", "NormalisedQuote", "exact_key", "lookup_keys", "match", "normalise", "verbatim_text"]

MatchKind = Literal["exact", "trimmed", "ellipsis", "similar"]

# Quotes shorter than this (normalised words) are too common to be "the same quote"
# ("No.", "We will see."): they stay single. Chosen by hand from test articles; raise it if
# unrelated stock phrases cluster.
MIN_CLUSTER_WORDS = 4
# A trimmed or cut version must keep at least this many words to count as the same quote; shorter
# containments ("we will not", "I think that") are too often coincidence.
MIN_CONTAINED_WORDS = 8
# Near-duplicates: Jaccard similarity of word 3-gram sets (the suggested threshold).
SHINGLE_WORDS = 3
MIN_JACCARD = 0.8
# Candidate keys: word 5-grams winnowed over windows of 4, so any shared run of
# FINGERPRINT_WORDS + WINNOW_WINDOW - 1 = 8 words (MIN_CONTAINED_WORDS) shares at least one key.
FINGERPRINT_WORDS = 5
WINNOW_WINDOW = 4
EDGE_WORDS = 5  # first/last words keyed, for trimmed and cut quotes shorter than the winnow guarantee

_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|(?:\.\s*){3,}|…")
_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ](?=\w)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class NormalisedQuote:
    """Quote text reduced for comparison: lowercase words, split into segments at ellipses."""

    segments: tuple[tuple[str, ...], ...]
    words: tuple[str, ...] = field(init=False, repr=False, compare=False)  # the segments' words, in order
    padded: str = field(init=False, repr=False, compare=False)  # " word word ... ": substring tests match whole words
    _shingles: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = tuple(word for segment in self.segments for word in segment)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "padded", f" {' '.join(words)} ")

    @property
    def shingles(self) -> frozenset[int]:
        """Its word SHINGLE_WORDS-grams (one, the whole text, when shorter), computed once, as hashes:
        compared only within one process, and a third of the memory of the word tuples (the store
        keeps tens of thousands in its cluster cache)."""
        if self._shingles is None:
            words = self.words
            object.__setattr__(self, "_shingles", frozenset(hash(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))))
        return self._shingles  # type: ignore[return-value]

    def dump(self) -> str:
        """The words as stored (``quotes.words``): segments joined by `` | `` (words hold no ``|``)."""
        return " | ".join(" ".join(segment) for segment in self.segments)

    @classmethod
    def load(cls, stored: str) -> "NormalisedQuote":
        """The inverse of ``dump``: no regular expressions, so reading a candidate back is cheap."""
        return cls(tuple(tuple(map(sys.intern, part.split())) for part in stored.split(" | ") if part))

    @property
    def clusterable(self) -> bool:
        """Long enough to be matched across articles at all."""
        return len(self.words) >= MIN_CLUSTER_WORDS


@lru_cache(maxsize=16384)  # the store re-reads the same popular candidates for many new quotes
def normalise(text: str) -> NormalisedQuote:
    """Lowercase, accents and apostrophes folded, punctuation and quote marks dropped, cut at ellipses.

    ``"We won't stop... ever," she said`` and ``We wont stop — ever`` give the same words.
    """
    plain = unicodedata.normalize("NFKC", text).casefold()
    plain = _APOSTROPHE.sub("", plain)
    segments = []
    for piece in _ELLIPSIS.split(plain):
        words = tuple(map(sys.intern, _WORD.findall(piece.replace("_", " "))))  # one copy of each word in memory
        if words:
            segments.append(words)
    return NormalisedQuote(tuple(segments))


def _hash(tag: str, words: tuple[str, ...] | list[str]) -> int:
    """A stable signed 64-bit key (Python's hash() differs between processes)."""
    digest = hashlib.blake2b((tag + " ".join(words)).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def exact_key(quote: NormalisedQuote) -> int | None:
    """The key of the whole text (one of ``lookup_keys``): quotes with the same words share it; None if not clusterable."""
    return _hash("=", quote.words) if quote.clusterable else None


def lookup_keys(quote: NormalisedQuote) -> list[int]:
    """Integer keys under which to index a quote; two quotes that ``match`` share at least one.

    Keys: the whole text, its first and last EDGE_WORDS words (a trimmed end or start, a cut in the
    middle), and winnowed 5-gram fingerprints (a quote trimmed at both ends).
    """
    words = quote.words
    if not quote.clusterable:
        return []
    keys = {exact_key(quote), _hash("^", words[:EDGE_WORDS]), _hash("$", words[-EDGE_WORDS:])}
    keys.update(_winnow([_hash("~", words[i : i + FINGERPRINT_WORDS]) for i in range(len(words) - FINGERPRINT_WORDS + 1)]))
    return sorted(keys)


def _winnow(hashes: list[int]) -> set[int]:
    """The smallest hash of every window of WINNOW_WINDOW consecutive hashes (Schleimer et al. 2003)."""
    if len(hashes) <= WINNOW_WINDOW:
        return {min(hashes)} if hashes else set()
    return {min(hashes[i : i + WINNOW_WINDOW]) for i in range(len(hashes) - WINNOW_WINDOW + 1)}


def match(first: NormalisedQuote, second: NormalisedQuote) -> MatchKind | None:
    """How two quotes are the same quote, or None.

    ``exact``: same words. ``trimmed``: the shorter (at least MIN_CONTAINED_WORDS words) lies
    whole inside the longer. ``ellipsis``: the shorter's segments lie in the longer in order.
    ``similar``: word 3-gram Jaccard at least MIN_JACCARD.
    """
    words_a, words_b = first.words, second.words
    if len(words_a) > len(words_b):
        first, second, words_a, words_b = second, first, words_b, words_a  # first is the shorter from here on
    if len(words_a) < MIN_CLUSTER_WORDS:
        return None
    if words_a == words_b:
        return "exact"
    if len(words_a) >= MIN_CONTAINED_WORDS:
        if len(first.segments) == 1 and first.padded in second.padded:
            return "trimmed"
        if len(first.segments) > 1 and _segments_in_order(first.segments, second.padded):
            return "ellipsis"
    # Jaccard is at most the smaller shingle set over the larger: skip the sets when that is too low
    if max(1, len(words_a) - SHINGLE_WORDS + 1) >= MIN_JACCARD * max(1, len(words_b) - SHINGLE_WORDS + 1) \
            and _jaccard(first.shingles, second.shingles) >= MIN_JACCARD:
        return "similar"
    return None


def _segments_in_order(segments: tuple[tuple[str, ...], ...], long_text: str) -> bool:
    """Each segment appears in ``long_text`` (space-padded) after the one before it."""
    position = 0
    for segment in segments:
        found = long_text.find(f" {' '.join(segment)} ", position)
        if found < 0:
            return False
        position = found + len(" ".join(segment)) + 1
    return True


def _jaccard(shingles_a: frozenset, shingles_b: frozenset) -> float:
    """Jaccard similarity of two shingle sets."""
    common = len(shingles_a & shingles_b)
    return common / (len(shingles_a) + len(shingles_b) - common)


def verbatim_text(quote: Quote) -> str | None:
    """The words to cluster a quote by: a direct quote's text, a mixed quote's longest quoted piece, None for indirect."""
    if quote.type == "direct":
        return quote.text
    if quote.type == "mixed" and quote.quoted:
        return max((piece.text for piece in quote.quoted), key=len)
    return None
