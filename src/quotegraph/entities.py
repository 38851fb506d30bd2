"""Resolve a speaker mention to a canonical name and a kind, within one article.

Surnames and first names go to the full name first used, titles and roles (``the mayor``) to the
person who holds them, pronouns to the nearest compatible earlier person, unnamed sources to
``anonymous`` and organisations to ``organization``. No neural coreference: rules over the
spaCy parse and entities, with gender from first-name lists and titles. This module does not
decide who is the speaker of a quote (``speakers.py`` does); it only names a given mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .lexicon import first_name_gender, gendered, words

PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = ("they", "them", "we")
SPOKES_HEADS = ("spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople")
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
DETERMINERS = ("the", "a", "an", "another", "some", "one", "two", "three", "several", "many", "other", "an")
# What marks a source as deliberately unnamed (in the words of the speaker's own noun phrase).
_ANONYMITY = re.compile(
    r"\b(?:anonymity|anonymous(?:ly)?|unnamed|unidentified|familiar with"
    r"|(?:not|declined|refused) (?:to )?be (?:named|identified|quoted))\b"
)
QUOTE_TOKENS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„")
# How far back (in sentences) a pronoun looks for its antecedent before falling back to any earlier person.
PRONOUN_WINDOW_SENTS = 3


@dataclass
class Person:
    """A person named in the article, with every way the article refers to them."""

    name: str
    first: str
    last: str
    gender: str
    roles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)  # token indices of mentions


@dataclass(frozen=True, slots=True)
class Resolution:
    name: str
    kind: str
    gender: str = ""


class EntityIndex:
    """The people and organisations of one Doc, built once, queried per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: list[Person] = []
        self.mentions: list[tuple[int, Person]] = []  # (token index, person) in text order
        self.speaker_history: list[tuple[int, Resolution]] = []
        self._sentence_of: list[int] | None = None
        self._titles = gendered("titles.txt")
        self._person_nouns = gendered("person_nouns.txt")
        for ent in doc.ents:
            if ent.label_ == "PERSON" or (ent.label_ in ("ORG", "GPE", "NORP") and self._looks_like_person(ent)):
                self._add_person(ent)
        self._add_name_mentions()
        self.mentions.sort(key=lambda pair: pair[0])
        self.mention_positions = [position for position, _ in self.mentions]
        self.person_by_position = dict(self.mentions)

    # -- building --------------------------------------------------------------------------------

    def _looks_like_person(self, ent: Span) -> bool:
        """NER often labels a bare first or full name ORG; trust a known first name."""
        tokens = [token for token in ent if token.is_alpha]
        return bool(tokens) and all(token.pos_ == "PROPN" for token in tokens) and bool(first_name_gender(tokens[0].text)) and len(tokens) <= 3

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
        tokens = _outside_quote_marks(tokens)  # Dwayne "The Rock" Johnson → Dwayne Johnson
        names = [t for t in tokens if t.is_alpha or t.text.rstrip(".").isalpha() or "-" in t.text]
        names = [t for t in names if t.lower_ not in self._titles and t.tag_ != "POS" and t.lower_ != "'s" and t.pos_ != "DET"]
        return [t for t in names if t.text[:1].isupper()]

    def _add_person(self, ent: Span) -> None:
        names = self._name_tokens(list(ent))
        if not names:
            return
        person = self._find_person(names, ent.start, self._title_gender(ent)) if len(names) == 1 else self._find_full(names)
        if person is None:
            first, last = names[0].text, names[-1].text
            gender = self._title_gender(ent) or (first_name_gender(first) if len(names) > 1 or first_name_gender(first) else "")
            person = Person(" ".join(t.text for t in names), first if len(names) > 1 else "", last, gender)
            if len(names) == 1 and first_name_gender(first):
                person.first, person.last = first, ""
            self.people.append(person)
        elif not person.gender:
            person.gender = self._title_gender(ent)
        person.roles |= self._roles_of(ent)
        person.positions.append(ent.root.i)
        self.mentions.append((ent.root.i, person))

    def _add_name_mentions(self) -> None:
        """A known surname the NER missed (``Lopez disagreed.``) is still a mention of that person."""
        seen = {position for position, _ in self.mentions}
        for token in self.doc:
            if not (token.is_alpha and token.text[:1].isupper()) or token.i in seen or token.ent_type_ == "PERSON":
                continue
            person = self._find_person([token], token.i)
            if person is not None:
                person.positions.append(token.i)
                self.mentions.append((token.i, person))

    def _find_full(self, names: list[Token]) -> Person | None:
        full = " ".join(t.text for t in names)
        for person in self.people:
            if person.name == full or (person.last == names[-1].text and person.first == names[0].text):
                return person
        # A bare surname seen before the full name: upgrade it.
        for person in self.people:
            if not person.first and person.last == names[-1].text:
                person.name, person.first = full, names[0].text
                person.gender = person.gender or first_name_gender(names[0].text)
                return person
        return None

    def _title_gender(self, ent: Span) -> str:
        """Gender fixed by a title inside or just before the entity (Mr., Mrs., Sen. has none)."""
        before = [self.doc[ent.start - 1]] if ent.start > 0 else []
        for token in before + list(ent):
            gender = self._titles.get(token.lower_, "")
            if gender:
                return gender
        return ""

    def _roles_of(self, ent: Span) -> set[str]:
        """Role words attached to a name: titles before it, and an apposition (``X, the mayor``)."""
        roles: set[str] = set()
        start = ent.start
        while start > 0 and self.doc[start - 1].lower_ in self._titles | self._person_nouns.keys():
            start -= 1
            roles.add(self.doc[start].lower_.rstrip("."))
        roles |= {t.lower_.rstrip(".") for t in ent if t.lower_ in self._titles and t.lower_ not in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.")}
        for child in ent.root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                roles.add(child.lemma_.lower())
        if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
            roles.add(ent.root.head.lemma_.lower())
        return roles

    # -- queries ---------------------------------------------------------------------------------

    def _find_person(self, names: list[Token], position: int, gender: str = "") -> Person | None:
        """A person whose last (then first) name is this single name; nearest earlier one wins."""
        word = names[0].text
        for attr in ("last", "first"):
            matches = [p for p in self.people if getattr(p, attr) == word and (not gender or p.gender in ("", gender))]
            if matches:
                return self._nearest(matches, position)
        return None

    def _nearest(self, people: list[Person], position: int) -> Person:
        def last_seen(person: Person) -> int:
            before = [pos for pos in person.positions if pos <= position]
            return max(before) if before else -10**9 + min(person.positions or [0]) * -1
        return max(people, key=last_seen)

    def resolve(self, head: Token, mention: tuple[int, int]) -> Resolution:
        """Name and kind for the speaker mention ``doc[mention[0]:mention[1]]`` headed by ``head``."""
        span = self.doc[mention[0] : mention[1]]
        lower = head.lower_
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._resolve_pronoun(head)
        appositive = _named_appositive(head)
        if appositive is not None:  # `Her spokesman, Nick Merrill, said`
            return self._resolve_name(appositive, self.doc[appositive.left_edge.i : appositive.i + 1])
        if head.ent_type_ != "PERSON" and _ANONYMITY.search(" ".join(t.lower_ for t in head.subtree)):
            return Resolution(_strip_determiner(span), "anonymous")
        if (head.pos_ == "PROPN" or head.ent_type_) and self._name_tokens(list(span)):
            return self._resolve_name(head, span)
        return self._resolve_description(head, span)

    def _resolve_name(self, head: Token, span: Span) -> Resolution:
        tokens = [t for t in span if t.ent_iob_ != "O" and t.ent_type_ == head.ent_type_] or [head]
        known = self._person_at(head.i) or self._find_person([head], head.i)
        if head.ent_type_ in ORG_LABELS and known is None:
            return Resolution(_strip_the(_span_text(self.doc, tokens)), "organization")
        names = self._name_tokens(list(span))
        if len(names) >= 2:
            person = self._find_full(names)
            if person is None:
                return Resolution(" ".join(t.text for t in names), "person", first_name_gender(names[0].text))
        else:
            person = self._person_at(head.i) or (self._find_person(names, head.i) if names else None)
        if person is not None:
            return Resolution(person.name, "person", person.gender)
        names = self._name_tokens(list(span)) or [head]
        return Resolution(" ".join(t.text for t in names), "person", first_name_gender(names[0].text) if len(names) > 1 else "")

    def _person_at(self, index: int) -> Person | None:
        """The person mentioned at token ``index``, or anywhere in the entity that covers it."""
        by_position = self.person_by_position
        if index in by_position:
            return by_position[index]
        if self.doc[index].ent_iob_ == "O":
            return None
        start = index
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        end = index + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return next((by_position[i] for i in range(start, end) if i in by_position), None)

    def _resolve_description(self, head: Token, span: Span) -> Resolution:
        lemma = head.lemma_.lower()
        text = _strip_determiner(span)
        if lemma in SPOKES_HEADS:
            org = _object_of(head, ("for", "of", "at", "with"))
            named = self._role_holder(lemma, head.i)
            if named is not None:
                return Resolution(named.name, "person", named.gender)
            if org is not None and org.pos_ != "PRON":
                return Resolution(_strip_the(_span_text(self.doc, list(org.subtree))), "organization")
        if _is_anonymous(head, span) or (lemma in words("anonymous_heads.txt") and not self._role_holder(lemma, head.i)):
            return Resolution(text, "anonymous")
        if lemma in words("organization_heads.txt") or head.lower_ in words("organization_heads.txt") or head.ent_type_ in ORG_LABELS:
            return Resolution(text, "organization")
        holder = self._role_holder(lemma, head.i)
        if holder is not None:
            return Resolution(holder.name, "person", holder.gender)
        if lemma in self._person_nouns or lemma in self._titles:
            return Resolution(text, "person", self._person_nouns.get(lemma, ""))
        return Resolution(text, "unknown")

    def _role_holder(self, role: str, position: int) -> Person | None:
        """The person most recently described by ``role`` (``Mayor Jane Doe`` → the mayor)."""
        holders = [p for p in self.people if role in p.roles and any(pos < position for pos in p.positions)]
        return self._nearest(holders, position) if holders else None

    def _resolve_pronoun(self, pronoun: Token) -> Resolution:
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            person = self.antecedent(pronoun.i, PERSON_PRONOUNS[lower])
            if person is not None:
                return person
            return Resolution(pronoun.text, "unknown", PERSON_PRONOUNS[lower])
        for position, resolution in reversed(self.speaker_history):
            if position < pronoun.i and resolution.kind in ("organization", "anonymous"):
                return resolution
        return Resolution(pronoun.text, "unknown")

    def antecedent(self, position: int, gender: str) -> Resolution | None:
        """The person a he/she at ``position`` most likely refers to.

        Scores earlier mentions of gender-compatible people: recency in sentences, a subject or an
        earlier speaker preferred; outside the window, the nearest compatible person.
        """
        sentence = self._sentence_numbers()
        here = sentence[position]
        best: tuple[float, Resolution] | None = None
        first_after = bisect.bisect_left(self.mention_positions, position)
        for index, person in reversed(self.mentions[:first_after]):
            distance = here - sentence[index]
            if best is not None and distance > PRONOUN_WINDOW_SENTS + 2:
                break  # nothing this far back can outscore a candidate already found
            if person.gender not in ("", gender):
                continue
            score = -distance + (0.5 if self.doc[index].dep_ in ("nsubj", "nsubjpass") else 0.0)
            score += 0.3 if person.gender == gender else -0.4
            if distance > PRONOUN_WINDOW_SENTS:
                score -= 5
            candidate = Resolution(person.name, "person", person.gender)
            if best is None or score > best[0]:
                best = (score, candidate)
        for index, resolution in self.speaker_history:
            if index < position and resolution.kind == "person" and resolution.gender in ("", gender):
                distance = here - sentence[index]
                score = -distance + 0.7 + (0.3 if resolution.gender == gender else -0.4)
                if distance > PRONOUN_WINDOW_SENTS:
                    score -= 5
                if best is None or score > best[0]:
                    best = (score, resolution)
        return best[1] if best else None

    def _sentence_numbers(self) -> list[int]:
        """Sentence number of every token, computed once (``doc.sents`` walks the whole Doc)."""
        if self._sentence_of is None:
            self._sentence_of = [0] * len(self.doc)
            for number, sent in enumerate(self.doc.sents):
                self._sentence_of[sent.start : sent.end] = [number] * (sent.end - sent.start)
        return self._sentence_of

    def remember_speaker(self, position: int, resolution: Resolution) -> None:
        """Record a resolved speaker so later pronouns can refer back to it."""
        self.speaker_history.append((position, resolution))


def _outside_quote_marks(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    inside = False
    for token in tokens:
        if token.is_quote or token.text in QUOTE_TOKENS:
            inside = not inside
        elif not inside:
            kept.append(token)
    return kept


def _span_text(doc: Doc, tokens: list[Token]) -> str:
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return text_between(doc, start, end)


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` for a token-aligned start, without rebuilding the whole text
    (spaCy joins every token on each ``doc.text``, which made long articles quadratic)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    return span.text[start - span.start_char : end - span.start_char]


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _strip_determiner(span: Span) -> str:
    tokens = list(span)
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    return _span_text(span.doc, tokens) if tokens else span.text


def _object_of(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        if child.dep_ == "poss":
            return child
    return None


def _named_appositive(head: Token) -> Token | None:
    """A proper name for a description (``the actress, Zoe Kravitz,``, ``a man named Omar Said``)."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "acl" and child.lower_ in ("named", "called"):  # `a man named Omar Said`
            names = [grand for grand in child.rights if grand.pos_ == "PROPN"]
            if names:
                return names[0]
    return None


def _is_anonymous(head: Token, span: Span) -> bool:
    """``a source``, ``officials``, ``sources familiar with the talks``."""
    if head.pos_ == "PROPN":
        return False
    if _ANONYMITY.search(" ".join(t.lower_ for t in head.subtree)):
        return True
    if head.lemma_.lower() not in words("anonymous_heads.txt"):
        return False
    determiners = [t.lower_ for t in head.children if t.dep_ in ("det", "nummod", "amod")]
    return head.tag_ in ("NNS",) or not determiners or determiners[0] in ("a", "an", "another", "one", "two", "three", "several", "some", "senior", "other", "the")
