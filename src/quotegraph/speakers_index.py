"""Merge rules for speakers across articles: which stored speaker a speaker name in an article is.

Extraction names each speaker canonically *within* its article (``entities.py``); this module
decides identity *across* articles, as plain functions on names, so the rules can be tested
without a database. ``store.py`` runs the look-ups and writes; nothing here touches SQL.

The rules:

- A person named in full (first name + surname, titles and suffixes dropped) is one speaker per
  folded ``first surname``: ``Prime Minister Justin Trudeau`` and ``Justin Trudeau`` are one.
  Middle names are ignored (``Justin Pierre Trudeau`` is the same key).
- A bare surname (``Trudeau``, ``Prime Minister Trudeau``) attaches to the unique stored full-name
  speaker with that surname; when several share it, to the one the article itself names in full;
  otherwise it stays a separate surname-only speaker (which a later, unique full name absorbs).
- Different first names with the same surname never merge (``Anna Berg`` / ``Tom Berg``), and a
  bare surname does not attach to ``Tom Berg`` when its article pairs the surname with another
  known first name.
- Organizations with a proper name merge by normalised name (``the Mayo Clinic`` = ``Mayo
  Clinic``); a common-noun organization (``ministry``, ``Health ministry``) belongs to its article only.
- Anonymous and unknown speakers, and persons known only by a description, belong to their article:
  ``a senior official`` in two articles is two speakers.

What it does not do: nicknames, initials beyond a first-letter check, transliteration variants.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import first_name_gender, gendered

__all__ = ["ArticleNames", "Candidate", "PersonName", "SpeakerIdentity", "choose_full_name", "fold", "identify", "parse_person_name"]

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Lowercase surname particles: "Ursula von der Leyen" has the surname "von der Leyen".
PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn", "al", "el"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_NON_WORD = re.compile(r"[^\w\s'-]+")


@dataclass(frozen=True, slots=True)
class SpeakerIdentity:
    """What a speaker name in one article is, before any look-up in the store.

    Attributes:
        key: the merge key, unique among stored speakers.
        name: the display name (titles dropped for persons).
        kind: person, organization, anonymous or unknown.
        first_name: folded first name of a person named in full (or an initial), else None.
        surname: folded surname of a person, else None.
        scoped: True when the speaker belongs to one article only (never merged across articles).
    """

    key: str
    name: str
    kind: str
    first_name: str | None = None
    surname: str | None = None
    scoped: bool = False

    @property
    def is_surname_only(self) -> bool:
        """A person known by surname (or initial + surname) only: resolved against stored full names."""
        return self.kind == "person" and self.surname is not None and (self.first_name is None or len(self.first_name) == 1)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split for matching: folded first name (None if absent) and surname."""

    display: str
    first: str | None
    surname: str

    @property
    def is_initial(self) -> bool:
        return self.first is not None and len(self.first) == 1


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored full-name speaker sharing a surname: its id and folded first name."""

    id: int
    first_name: str


def fold(text: str) -> str:
    """Lowercase, accents and periods removed, whitespace collapsed: ``Élise  D. Roy`` → ``elise d roy``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", plain.casefold()).split())


def _is_title(word: str) -> bool:
    titles = gendered("titles.txt")
    lowered = word.lower()
    return lowered in titles or lowered.rstrip(".") in titles


def parse_person_name(name: str) -> PersonName | None:
    """Split a person's name into first name and surname; None when it holds no capitalised word.

    Leading titles (``Prime Minister``, ``Dr.``) and trailing suffixes (``Jr.``) are dropped;
    lowercase particles belong to the surname.
    """
    words = [word.strip(",") for word in name.split() if word.strip(",")]
    while len(words) > 1 and _is_title(words[0]):
        words.pop(0)
    while len(words) > 1 and fold(words[-1]) in SUFFIXES:
        words.pop()
    if not words or not any(word[:1].isupper() for word in words):
        return None
    start = len(words) - 1
    while start > 0 and words[start - 1].islower() and fold(words[start - 1]) in PARTICLES:
        start -= 1
    surname = fold(" ".join(words[start:]))
    first = fold(words[0]) if start > 0 else None
    return PersonName(display=" ".join(words), first=first or None, surname=surname)


def identify(name: str, kind: str, article_uid: int) -> SpeakerIdentity:
    """The identity of a speaker named ``name`` (of ``kind``) in the article stored as ``article_uid``.

    A surname-only person gets its surname-only key here; the store then tries
    ``choose_full_name`` before using it.
    """
    folded = fold(name)
    if kind == "person":
        person = parse_person_name(name)
        if person is not None:
            first = person.first or ""
            key = f"person:{first} {person.surname}" if first else f"person:~{person.surname}"
            return SpeakerIdentity(key, person.display, kind, person.first, person.surname)
    elif kind == "organization" and _is_proper_name(name):
        org = fold(name.replace("&", " and "))
        org = org[4:] if org.startswith("the ") else org
        return SpeakerIdentity(f"organization:{org}", _strip_the(name), kind)
    return SpeakerIdentity(f"{kind}@{article_uid}:{folded}", name, kind, scoped=True)


def _is_proper_name(name: str) -> bool:
    """A name, not a description: a capital after the first word, or one capitalised word (``Reuters``).

    A capital on the first word only is usually the start of a sentence (``Health ministry``).
    """
    words = _strip_the(name).split()
    return len(words) == 1 and words[0][:1].isupper() or any(word[:1].isupper() for word in words[1:])


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") and len(name) > 4 else name


def choose_full_name(identity: SpeakerIdentity, candidates: Sequence[Candidate], names: "ArticleNames") -> int | None:
    """The stored full-name speaker a surname-only speaker is, or None to keep it apart.

    Args:
        identity: a surname-only (or initial + surname) person from ``identify``.
        candidates: stored full-name speakers with the same surname.
        names: the first names the article puts before this surname.

    Returns:
        The chosen candidate's id: the one the article names in full, else the only candidate
        (unless the article pairs the surname with another known first name); None otherwise.
    """
    if identity.first_name:  # an initial: only full names starting with it
        candidates = [c for c in candidates if c.first_name.startswith(identity.first_name)]
    firsts = names.first_names_before(identity.surname or "")
    named = [c for c in candidates if c.first_name in firsts]
    if len(named) == 1:
        return named[0].id
    if len(candidates) != 1 or named:
        return None
    others = {first for first in firsts if first != candidates[0].first_name and first_name_gender(first)}
    return None if others else candidates[0].id


class ArticleNames:
    """The first names an article writes before each surname (``Anna Berg`` → berg: {anna})."""

    def __init__(self, text: str) -> None:
        self._words = [(match.group(), fold(match.group())) for match in _NAME_WORD.finditer(text)]
        self._cache: dict[str, frozenset[str]] = {}

    def first_names_before(self, surname: str) -> frozenset[str]:
        """Folded capitalised words (not titles) written right before ``surname`` in the article."""
        if surname not in self._cache:
            self._cache[surname] = frozenset(self._scan(surname.split()))
        return self._cache[surname]

    def _scan(self, parts: list[str]) -> list[str]:
        found = []
        width = len(parts)
        for index in range(1, len(self._words) - width + 1):
            if [folded for _, folded in self._words[index : index + width]] != parts:
                continue
            word, folded = self._words[index - 1]
            if word[:1].isupper() and not _is_title(word):
                found.append(folded)
        return found
