"""Word lists the stages share, loaded once from ``data/``; coverage changes are data diffs."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-comment, non-empty lines of a file in ``quotegraph/data`` (case kept)."""
    text = resources.files("quotegraph").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


_lines = data_lines


@lru_cache(maxsize=None)
def keyed(name: str) -> dict[str, str]:
    """A ``key phrase words`` file as phrase → key (phrases keep their case)."""
    return {line.split(None, 1)[1]: line.split(None, 1)[0] for line in data_lines(name) if " " in line}


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """A list file as a set of lowercase words; lines may hold several words."""
    return frozenset(word.lower() for line in _lines(name) for word in line.split() if "_" not in word)


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[str]:
    """A list file as a set of lowercase lines (for multiword entries like 'according to')."""
    return frozenset(line.lower() for line in _lines(name))


@lru_cache(maxsize=None)
def gendered(name: str) -> dict[str, str]:
    """A ``word [m|f]`` file as a mapping word → 'm'/'f'/'' (no fixed gender)."""
    table: dict[str, str] = {}
    for line in _lines(name):
        parts = line.lower().split()
        table[parts[0]] = parts[1] if len(parts) > 1 else ""
    return table


@lru_cache(maxsize=None)
def us_states() -> dict[str, str]:
    """A US state's name, AP abbreviation or postal code, as written and without its dots
    (``Kansas``, ``Kan.``, ``Kan``, ``KS``, ``N.M.``, ``NM``) → its name, lower-cased."""
    table: dict[str, str] = {}
    for line in _lines("us_states.txt"):
        name, *short = line.split("|")
        for key in (name, *short):
            table[key] = table[key.replace(".", "")] = name.lower()
    return table


def speech_cues() -> frozenset[str]:
    return phrases("speech_cues.txt")


def first_name_gender(name: str) -> str:
    """'m', 'f' or '' for a first name."""
    lowered = name.lower()
    if lowered in words("names_male.txt"):
        return "m"
    if lowered in words("names_female.txt"):
        return "f"
    return ""


@lru_cache(maxsize=None)
def object_cues() -> dict[str, frozenset[str]]:
    """Cue lemma → where its content is when it is an object: 'dobj', 'to', or preposition words."""
    return {line.split()[0].lower(): frozenset(line.lower().split()[1:]) for line in _lines("object_cues.txt")}


def is_first_name(name: str) -> bool:
    """A known first name, gendered or given to anyone (``Jordan``, ``Rae``), or the first part of one (``Jean-Pierre``)."""
    lowered = name.lower()
    parts = {lowered, lowered.split("-")[0]}
    return any(part in words("names_male.txt") or part in words("names_female.txt") or part in words("names_unisex.txt") for part in parts)
