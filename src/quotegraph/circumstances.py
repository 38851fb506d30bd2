"""Where, to whom and when a statement was made, read off the parse around its cue.

Given a parsed Doc, the token range of one reporting cue (``said``, ``told``, ``according to``, a
``―`` before a name, a ``:``) and the character range of what was said, ``find_circumstances``
returns:

- ``addressee``: who was spoken to — the object of ``tell``/``assure``/``urge``/... (data file
  ``addressee_verbs.txt``), ``said to X``, ``in a letter to X``, ``in an interview with X``,
  ``testified before X``, ``speaking to X`` / ``addressing X`` set off next to the cue;
- ``channel``: the medium or occasion — ``in a statement``, ``on Instagram``, ``in a post on X``,
  ``at a press conference``, ``on Fox News``, ``told ET`` (an outlet told = an interview), or the
  verb itself (``tweeted``, ``testified``); kinds come from ``channel_words.txt``,
  ``channel_verbs.txt``, ``media_outlets.txt`` and ``media_words.txt``;
- ``time``: a date or temporal phrase (``Wednesday evening``, ``last month``, ``on Thanksgiving``,
  ``March 3, 2021``) with the day, month or year it names, resolved against the publication date
  by ``resolve_date``.

Decisions:

- Only the cue's own dependents are read (its prepositional phrases, objects and bare temporal
  nouns), the phrase that names the channel (``a statement released Tuesday``), and participles set
  off next to the cue or its subject (``Ruiz, speaking at a rally on Saturday, said``). A date in the
  content clause, in a relative clause or attached to another verb of the sentence is never taken,
  nor any word inside ``content``.
- An outlet that is told something (``told ET``, ``told The New York Times``) is both the
  addressee and the channel: ``addressee`` is the outlet's span and ``channel`` is the same span
  with kind ``interview``. ``told reporters`` gives an addressee and no channel.
- A channel named by the verb (``tweeted``, ``testified``) has the cue's own span; a prepositional
  channel (``posted on X``) wins over it.
- Dates: a weekday, holiday or month-and-day is the most recent one on or before publication
  (``last Tuesday``: strictly before); ``yesterday``/``last night`` = publication − 1;
  ``today``/``tonight``/``this morning`` = publication; ``last week``/``this week``/``N weeks ago``
  = the Monday of that week (weeks start on Monday); ``last month`` = ``YYYY-MM``; ``last year`` =
  ``YYYY``. Without a publication date only phrases with an explicit year resolve. Holidays are US
  holidays (``holidays.txt``).

It does not: resolve ``the same day``, ``the weekend``, ``recently``, ``the day before`` (span kept,
``date`` None); follow coreference (``that interview``); read physical places (``in Ohio``) or
times of day; look across sentences.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from spacy.tokens import Doc, Token

from .dates import MONTHS, TIME_MODIFIERS, TIME_WORDS, UNIT_WORDS, YEAR, holiday_in, normalise, resolve_date
from .entities import text_between
from .lexicon import data_lines, gendered, keyed, words
from .model import Channel, TextSpan, TimeRef

ChannelKind = Literal[
    "statement", "interview", "social_media", "press_conference", "speech", "tv", "radio", "podcast",
    "email", "letter", "court", "hearing", "debate", "rally", "post", "other",
]
CHANNEL_KINDS: tuple[str, ...] = ChannelKind.__args__  # type: ignore[attr-defined]

# Prepositions that introduce a channel when attached to the cue ("in a statement", "on CNN").
CHANNEL_PREPS = ("in", "on", "at", "during", "via", "through", "over", "from")
# Prepositions that introduce a time ("on Wednesday", "in 2019", "during the weekend").
TIME_PREPS = ("on", "in", "at", "during", "over", "around", "earlier", "late", "early")
# Dependencies of a cue (or channel noun) that hold a bare temporal phrase ("said Wednesday").
TIME_DEPS = ("npadvmod", "tmod", "advmod", "obl", "nmod")
# Dependencies kept inside a noun phrase span; relative clauses, appositions, clauses are dropped.
PHRASE_DEPS = (
    "det", "predet", "amod", "compound", "poss", "case", "nummod", "quantmod", "nmod", "prep", "pobj",
    "pcomp", "dobj", "conj", "cc", "advmod", "punct", "nn", "npadvmod",
)
# Inside a time phrase ("Tuesday, Dec. 3", "earlier this year", "two days ago").
TIME_PHRASE_DEPS = ("det", "amod", "compound", "nummod", "quantmod", "advmod", "npadvmod", "punct", "appos", "case")
# Participles that set the scene of the cue ("said, speaking to reporters") are read like the cue.
SCENE_DEPS = ("advcl", "acl")
NON_ADDRESSEE_PRONOUNS = ("it", "that", "this", "what", "which", "something", "everything", "nothing", "anything", "all")
QUOTE_CHARS = "\"'“”‘’«»„"



@dataclass(frozen=True, slots=True)
class Circumstances:
    """To whom, where (through what) and when one statement was made; each part may be None."""

    addressee: TextSpan | None = None
    channel: Channel | None = None
    time: TimeRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "channel": self.channel.to_dict() if self.channel else None,
            "time": self.time.to_dict() if self.time else None,
        }


EMPTY = Circumstances()


# --------------------------------------------------------------------------- word lists


@lru_cache(maxsize=None)
def _channel_verbs() -> dict[str, tuple[str | None, bool]]:
    """Verb lemma → (channel kind or None, whether ``VERB before X`` names a hearing)."""
    table: dict[str, tuple[str | None, bool]] = {}
    for line in data_lines("channel_verbs.txt"):
        parts = line.lower().split()
        table[parts[0]] = (None if parts[1] == "none" else parts[1], "before" in parts[2:])
    return table


@lru_cache(maxsize=None)
def _addressee_verbs() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """(verb lemma → object dependencies that are addressees, verbs whose ``to X`` is no addressee)."""
    objects: dict[str, frozenset[str]] = {}
    no_to: set[str] = set()
    for line in data_lines("addressee_verbs.txt"):
        lemma, *deps = line.lower().split()
        if "!to" in deps:
            no_to.add(lemma)
        else:
            objects[lemma] = frozenset(deps)
    return objects, frozenset(no_to)


@lru_cache(maxsize=None)
def _audience_words() -> frozenset[str]:
    """Lowercase nouns for people or groups that can be spoken to."""
    own = words("audience_nouns.txt") | words("organization_heads.txt") | words("anonymous_heads.txt")
    return own | frozenset(gendered("person_nouns.txt"))


# --------------------------------------------------------------------------- entry point


def find_circumstances(
    doc: Doc,
    cue_start: int,
    cue_end: int,
    content: tuple[int, int] | None,
    published: datetime.date | None,
) -> Circumstances:
    """Addressee, channel and time of the statement that one cue introduces.

    Args:
        doc: the parsed Doc (tags, dependencies and entities).
        cue_start: token index of the cue's first token (the verb, ``according``, a ``―`` or ``:``).
        cue_end: token index just after the cue.
        content: character range ``[start, end)`` of what was said; no word inside it is used.
        published: the article's publication date, to resolve ``Wednesday`` or ``last month``.

    Returns:
        A Circumstances whose parts are None where the text gives nothing for this cue.
    """
    if not 0 <= cue_start < cue_end <= len(doc):
        return EMPTY
    if isinstance(published, datetime.datetime):
        published = published.date()
    first = doc[cue_start]
    if not any(char.isalnum() for char in first.text):
        return _punct_circumstances(doc, cue_start, content, published)
    ctx = _Context(doc, content, None)
    head = _cue_head(doc, cue_start, cue_end)
    if first.lower_ == "according":
        return _according_circumstances(head, ctx, published)
    found = _read_anchor(head, ctx, own_cue=True)
    for scene in _scene_verbs(head, ctx):
        found = found.fill(_read_anchor(scene, ctx, own_cue=False))
    return found.finish(ctx, published)


@dataclass(frozen=True, slots=True)
class _Context:
    """The Doc, the content range to avoid and, for punctuation cues, the token window to read."""

    doc: Doc
    content: tuple[int, int] | None
    window: range | None

    def usable(self, token: Token) -> bool:
        """Whether a token may be read: outside the content and inside the window."""
        if self.window is not None and token.i not in self.window:
            return False
        if self.content is None:
            return True
        return not (self.content[0] <= token.idx < self.content[1])


@dataclass(frozen=True, slots=True)
class _Found:
    """What one anchor gave: addressee token, channel (span, kind, noun) and time token."""

    addressee: Token | None = None
    channel: Channel | None = None
    channel_noun: Token | None = None
    time: Token | None = None
    verb_channel: Channel | None = None

    def fill(self, other: "_Found") -> "_Found":
        """This result, with its empty parts taken from ``other``."""
        mine = self.channel is not None
        return _Found(
            self.addressee if self.addressee is not None else other.addressee,
            self.channel if mine else other.channel,
            self.channel_noun if mine else other.channel_noun,
            self.time if self.time is not None else other.time,
            self.verb_channel if self.verb_channel is not None else other.verb_channel,
        )

    def finish(self, ctx: _Context, published: datetime.date | None) -> Circumstances:
        """Spans and the date, with an outlet addressee and the verb as fallback channels."""
        addressee = _np_span(self.addressee, ctx) if self.addressee is not None else None
        channel = self.channel
        if channel is None and addressee is not None and _media_kind(self.addressee) is not None:
            channel = Channel(addressee.text, addressee.start, addressee.end, "interview")
        channel = channel or self.verb_channel
        time_token = self.time
        if time_token is None and self.channel_noun is not None:
            time_token = _time_inside(self.channel_noun, ctx)
        time = _time_ref(time_token, ctx, published) if time_token is not None else None
        return Circumstances(addressee, channel, time)


# --------------------------------------------------------------------------- anchors


def _cue_head(doc: Doc, start: int, end: int) -> Token:
    """The cue token whose head lies outside the cue (the verb of ``spoke out``); else the first."""
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return doc[start]


def _scene_verbs(head: Token, ctx: _Context) -> list[Token]:
    """Participles that set the cue's scene: ``said, speaking to ...``, ``Ruiz, addressing ..., said``."""
    verbs = _channel_verbs()
    found = [child for child in head.children if child.dep_ in SCENE_DEPS]
    for subject in (child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")):
        found.extend(child for child in subject.children if child.dep_ in SCENE_DEPS)
    return [verb for verb in found if verb.tag_ in ("VBG", "VBN") and verb.lemma_.lower() in verbs and ctx.usable(verb)]


def _read_anchor(anchor: Token, ctx: _Context, own_cue: bool) -> _Found:
    """Addressee, channel and time among one anchor's own dependents.

    Args:
        anchor: the cue head, a scene-setting participle or (for punctuation cues) a phrase root.
        ctx: what may be read.
        own_cue: True for the cue itself: its verb may name the channel (``tweeted``).
    """
    lemma = anchor.lemma_.lower()
    found = _Found(addressee=_object_addressee(anchor, ctx))
    for child in anchor.children:
        if not ctx.usable(child):
            continue
        if child.dep_ == "prep":
            found = found.fill(_read_prep(anchor, child, ctx))
        elif child.dep_ in TIME_DEPS and found.time is None and _is_time(child):
            found = found.fill(_Found(time=child))
    for child in anchor.children:
        # `told a news conference`: an occasion, not a listener.
        if child.dep_ in ("dobj", "dative") and ctx.usable(child) and _channel_word_kind(child) is not None:
            channel = _channel_of(child, "at", ctx)
            if channel is not None:
                found = found.fill(_Found(channel=channel, channel_noun=child))
    kind = _channel_verbs().get(lemma, (None, False))[0]
    if own_cue and kind is not None:
        found = found.fill(_Found(verb_channel=Channel(anchor.text, anchor.idx, anchor.idx + len(anchor), kind)))
    return found


def _read_prep(anchor: Token, prep: Token, ctx: _Context) -> _Found:
    """What one prepositional phrase of an anchor gives: time, channel, addressee or nothing."""
    word = prep.lower_
    objects = [child for child in prep.children if child.dep_ in ("pobj", "pcomp") and ctx.usable(child)]
    if not objects:
        return _Found()
    obj = objects[0]
    if word in TIME_PREPS and _is_time(obj):
        return _Found(time=obj)  # before channels: "on March 3" is no march
    if word in CHANNEL_PREPS:
        channel = _channel_of(obj, word, ctx)
        if channel is not None:
            return _Found(addressee=_addressee_in_channel(obj, ctx), channel=channel, channel_noun=obj)
    if word == "to" and anchor.lemma_.lower() not in _addressee_verbs()[1] and _is_audience(obj):
        return _Found(addressee=obj)
    if word == "before" and _channel_verbs().get(anchor.lemma_.lower(), (None, False))[1]:
        kind = _channel_word_kind(obj) or "hearing"
        channel = Channel(anchor.text, anchor.idx, anchor.idx + len(anchor), kind)
        return _Found(addressee=obj if _is_audience(obj) else None, channel=channel)
    return _Found()


def _object_addressee(anchor: Token, ctx: _Context) -> Token | None:
    """The object of ``tell``/``assure``/``urge``/... when it names someone (``told reporters``)."""
    deps = _addressee_verbs()[0].get(anchor.lemma_.lower())
    if not deps:
        return None
    for child in anchor.children:
        if child.dep_ in deps and ctx.usable(child) and (_is_audience(child) or _media_kind(child)):
            return child
    return None


def _addressee_in_channel(noun: Token, ctx: _Context) -> Token | None:
    """``a letter to X``, ``an interview with X``, ``a briefing with reporters``: X."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "with") or not ctx.usable(prep):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and ctx.usable(obj) and (_is_audience(obj) or _media_kind(obj)):
                return obj
    return None


def _according_circumstances(head: Token, ctx: _Context, published: datetime.date | None) -> Circumstances:
    """``according to a statement released Monday``: the source may name the channel and its time."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            usable = obj.dep_ == "pobj" and ctx.usable(obj) and _channel_word_kind(obj) is not None
            channel = _channel_of(obj, "in", ctx) if usable else None  # "according to CNN": CNN is the source
            if channel is not None:
                found = _Found(addressee=_addressee_in_channel(obj, ctx), channel=channel, channel_noun=obj)
                return found.finish(ctx, published)
    return EMPTY


def _punct_circumstances(
    doc: Doc, index: int, content: tuple[int, int] | None, published: datetime.date | None
) -> Circumstances:
    """``"..." ― Ruiz, in a post on Instagram`` / ``Ruiz on Twitter: "..."``: channel and time only.

    The words read are those after a dash, or before a colon, on the cue's line and outside the
    content; their phrase roots (and the dash itself, which the parser often makes the root) are
    read like a cue, without addressees.
    """
    dash = doc[index].text != ":"
    line_start, line_end = _line_bounds(doc, index)
    window = range(index + 1, line_end) if dash else range(line_start, index)
    ctx = _Context(doc, content, window)
    roots = [doc[i] for i in window if ctx.usable(doc[i]) and (doc[i].head.i not in window or doc[i].head.i == i)]
    anchors = ([doc[index]] if dash else []) + roots
    found = _Found()
    for anchor in anchors:
        found = found.fill(_read_anchor(anchor, ctx, own_cue=False))
    found = _Found(channel=found.channel, channel_noun=found.channel_noun, time=found.time)
    return found.finish(ctx, published)


def _line_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """Token range of the line (paragraph) holding token ``index``: the parser often ends a
    sentence at the dash of ``"..." ― Name, Monday``, so the line is read instead."""
    start = index
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = index + 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return start, end


# --------------------------------------------------------------------------- channel


def _channel_of(obj: Token, prep: str, ctx: _Context) -> Channel | None:
    """The channel that ``PREP obj`` names (``in a statement``, ``on Instagram``), or None."""
    kind = _channel_word_kind(obj)
    outlet = _media_kind(obj)
    if outlet is not None and kind is None and (obj.pos_ == "PROPN" or outlet in ("tv", "radio", "podcast", "social_media")):
        kind = _outlet_channel_kind(outlet, prep)  # "on his podcast", "in the Times"; not "on her papers"
    if kind in (None, "post", "other"):
        kind = _platform_kind(obj, ctx) or kind
    if kind is None and prep == "on" and _is_title(obj):
        kind = "tv"  # said on "Meet the Press": a quoted show title or a work of art
    if kind is None:
        return None
    span = _phrase_span(obj, ctx, _keep_channel_child)
    return Channel(span.text, span.start, span.end, kind) if span else None


def _outlet_channel_kind(outlet: str, prep: str) -> str | None:
    """Channel kind of an outlet named after a preposition: ``on CNN`` → tv, ``on X`` → social_media."""
    if outlet == "social_media":
        return outlet
    if prep not in ("on", "in"):  # "said on CNN": a broadcast; "wrote in the Times": a published piece
        return None
    if outlet in ("tv", "radio", "podcast"):
        return outlet if prep == "on" else "other"
    return "post" if outlet == "online" and prep == "on" else "other"


def _platform_kind(noun: Token, ctx: _Context) -> str | None:
    """A generic channel's platform: ``a post on Instagram`` → social_media, ``an appearance on CNN`` → tv.

    The platform may hang from the noun or from a participle after it (``a video posted on YouTube``).
    """
    for compound in (child for child in noun.lefts if child.dep_ == "compound"):
        if _media_kind(compound) in ("social_media", "tv", "radio", "podcast"):
            return _media_kind(compound)  # a Facebook post, a YouTube video
    participles = [child for child in noun.rights if child.dep_ == "acl" and child.tag_ == "VBN"]
    for prep in [child for holder in [noun, *participles] for child in holder.children]:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "for") or not ctx.usable(prep):
            continue
        for obj in prep.children:
            outlet = _media_kind(obj) if obj.dep_ in ("pobj", "pcomp") else None
            if outlet in ("social_media", "tv", "radio", "podcast"):
                return outlet
            if obj.dep_ in ("pobj", "pcomp") and prep.lower_ == "on" and _is_title(obj):
                return "tv"
    return None


def _channel_word_kind(noun: Token) -> str | None:
    """Kind from ``channel_words.txt``: the compounds + head (``press conference``), then the head."""
    table = keyed("channel_words.txt")
    compounds = [child for child in noun.lefts if child.dep_ == "compound"]
    joined = noun.doc[compounds[0].left_edge.i : noun.i + 1].text.lower() if compounds else noun.lower_
    last = compounds[-1].lower_ + " " if compounds else ""
    for key in (" ".join(joined.split()), last + noun.lemma_.lower(), noun.lemma_.lower(), noun.lower_):
        if key in table:
            return table[key]
    return None


def _keep_channel_child(child: Token) -> bool:
    """Inside a channel span keep the noun's modifiers and its platform (``on X``, ``with ET``)."""
    if child.i < child.head.i:
        return child.dep_ in PHRASE_DEPS
    if child.dep_ != "prep":
        return child.dep_ in ("pobj", "pcomp", "dobj", "compound", "det", "poss", "case", "nummod", "amod", "punct")
    objects = [obj for obj in child.children if obj.dep_ in ("pobj", "pcomp")]
    if not objects:
        return False
    if child.lower_ in ("on", "for", "with"):
        return _media_kind(objects[0]) is not None or (child.lower_ == "on" and _is_title(objects[0]))
    return child.lower_ == "of" and child.head.pos_ == "PROPN"


def _media_kind(token: Token) -> str | None:
    """Outlet kind (tv, radio, podcast, print, agency, online, social_media) when a noun names media."""
    name = _proper_name(token)
    outlets = keyed("media_outlets.txt")
    for candidate in (name, name.rstrip(".")):
        if candidate in outlets:
            return outlets[candidate]
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and _media_kind(child):
            return _media_kind(child)
    media = keyed("media_words.txt")
    if token.pos_ == "PROPN" and token.text[:1].isupper() and token.text in media and token.i > token.sent.start:
        return media[token.text]
    lemma = token.lemma_.lower()
    return media.get(lemma) if lemma.islower() and token.text[:1].islower() else None


def _proper_name(token: Token) -> str:
    """The name a noun phrase gives (compounds, flat name parts and ``of`` parts), without ``The``."""
    name_pos = ("PROPN", "NUM", "ADJ", "NOUN")
    parts = [child for child in token.lefts if child.dep_ in ("compound", "amod") and child.pos_ in name_pos]
    start = parts[0].left_edge.i if parts else token.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "PROPN":
            end = child.right_edge.i + 1
    if token.pos_ == "VERB" and token.dep_ == "pcomp":  # on "Meet the Press"
        end = token.right_edge.i + 1
    text = token.doc[start:end].text
    return text[4:] if text.startswith(("The ", "the ")) else text


def _is_title(token: Token) -> bool:
    """A work of art, or a phrase in quote marks (a show's title)."""
    if token.ent_type_ == "WORK_OF_ART":
        return True
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in QUOTE_CHARS or token.left_edge.text in QUOTE_CHARS


# --------------------------------------------------------------------------- addressee


def _is_audience(token: Token) -> bool:
    """Whether a noun can be someone spoken to: a person, group, name, outlet or personal pronoun."""
    if token.pos_ == "PRON":
        return token.lower_ not in NON_ADDRESSEE_PRONOUNS and token.tag_ != "WP"
    if _is_time(token):
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.pos_ == "NOUN" and (token.lemma_.lower() in _audience_words() or token.lower_ in _audience_words())


def _np_span(token: Token, ctx: _Context) -> TextSpan | None:
    """A noun phrase's span: its subtree without relative clauses, appositions and time phrases.

    Adjacent siblings in the same role are joined: the parser splits ``told co-host Joe Scarborough``
    into four objects of ``told``.
    """
    spans = [_phrase_span(member, ctx, _keep_np_child) for member in _sibling_run(token, ctx)]
    if any(span is None for span in spans):
        return _phrase_span(token, ctx, _keep_np_child)
    start, end = spans[0].start, spans[-1].end
    return TextSpan(text_between(token.doc, start, end), start, end)


def _sibling_run(token: Token, ctx: _Context) -> list[Token]:
    """``token`` and the siblings with its dependency that touch it on either side."""
    siblings = [child for child in token.head.children if child.dep_ == token.dep_ and ctx.usable(child)]
    by_right = {child.right_edge.i: child for child in siblings}
    by_left = {child.left_edge.i: child for child in siblings}
    group = [token]
    while group[0].left_edge.i - 1 in by_right:
        group.insert(0, by_right[group[0].left_edge.i - 1])
    while group[-1].right_edge.i + 1 in by_left:
        group.append(by_left[group[-1].right_edge.i + 1])
    return group


def _keep_np_child(child: Token) -> bool:
    if child.dep_ not in PHRASE_DEPS:
        return False
    if child.dep_ == "prep":
        objects = [obj for obj in child.children if obj.dep_ == "pobj"]
        return not (objects and _is_time(objects[0]))
    return not (child.dep_ == "npadvmod" and _is_time(child))


def _phrase_span(token: Token, ctx: _Context, keep: Callable[[Token], bool]) -> TextSpan | None:
    """The contiguous run of kept subtree tokens around ``token``, trimmed of edge punctuation.

    Args:
        token: the phrase head.
        ctx: what may be read (tokens in the content end the run).
        keep: predicate on a child token: whether its subtree belongs to the phrase.
    """
    if not ctx.usable(token):
        return None
    kept = {word.i for word in _phrase_tokens(token, keep, ctx)}
    start = end = token.i
    while start - 1 in kept:
        start -= 1
    while end + 1 in kept:
        end += 1
    return _trimmed(token.doc, start, end + 1, token.i)


def _phrase_tokens(token: Token, keep: Callable[[Token], bool], ctx: _Context | None = None) -> list[Token]:
    """``token`` and the descendants reached through children that ``keep`` accepts (and ctx allows)."""
    kept = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if keep(child) and (ctx is None or ctx.usable(child)):
                kept.append(child)
                stack.append(child)
    return kept


def _closes(doc: Doc, start: int, end: int, edge: int) -> bool:
    """Whether token ``edge`` of ``[start, end)`` is a quote mark paired with another in the span."""
    marks = sum(1 for token in doc[start:end] if token.text in QUOTE_CHARS)
    return doc[edge].text in QUOTE_CHARS and marks % 2 == 0


def _trimmed(doc: Doc, start: int, end: int, head: int) -> TextSpan | None:
    """Span of tokens ``[start, end)`` without punctuation, quote marks or a stray ``.`` at its edges."""
    while start < head and (doc[start].is_punct or doc[start].text in QUOTE_CHARS) and not _closes(doc, start, end, start):
        start += 1
    while end - 1 > head and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS") and not _closes(doc, start, end, end - 1):
        end -= 1
    marks = sum(1 for token in doc[start:end] if token.text in QUOTE_CHARS)
    if marks % 2 and end < len(doc) and doc[end].text in QUOTE_CHARS and doc[end].idx == doc[end - 1].idx + len(doc[end - 1]):
        end += 1  # told MSNBC's "Morning Joe" that ...: the closing mark hangs elsewhere in the parse
    char_start = doc[start].idx
    last = doc[end - 1]
    char_end = last.idx + len(last.text)
    if last.text.endswith(".") and len(last.text) > 1 and last.text[:-1] in keyed("media_outlets.txt"):
        char_end -= 1  # "on X." tokenised as one token at the end of a sentence
    return TextSpan(text_between(doc, char_start, char_end), char_start, char_end)


# --------------------------------------------------------------------------- time


def _is_time(token: Token) -> bool:
    """Whether a token heads a temporal phrase (not a show's name, not ``a rally Friday``).

    The head itself must be a time word or a year, or end a holiday name (``Christmas Eve``,
    ``the Fourth of July``); a bare unit (``day``, ``week``, ``morning``) needs a temporal modifier
    (``this week``, ``the same day``, ``two days``), so ``on a day rich in symbolism`` is no time.
    """
    if _media_kind(token) is not None or _is_title(token):
        return False
    low = token.lower_.rstrip(".")
    if (token.like_num and YEAR.fullmatch(token.text)) or _names_holiday(token):
        return True
    if low in UNIT_WORDS:
        return any(_is_time_modifier(word) for word in _phrase_tokens(token, _keep_time_child) if word.i != token.i)
    return low in TIME_WORDS


def _names_holiday(token: Token) -> bool:
    """Whether the phrase a token heads is a holiday (``Labor Day``, ``the Fourth of July``)."""
    words_ = sorted(_phrase_tokens(token, _keep_time_child), key=lambda word: word.i)
    end = token.i + 3 if token.i + 2 < len(token.doc) and token.doc[token.i + 1].lower_ == "of" else token.i + 1
    return holiday_in(normalise(token.doc[words_[0].i : max(end, words_[-1].i + 1)].text)) is not None


def _is_time_modifier(word: Token) -> bool:
    """``this``, ``last``, ``same`` or a weekday/month inside a time phrase (``10 years`` is a duration)."""
    low = word.lower_.rstrip(".")
    return low in TIME_MODIFIERS or (low in TIME_WORDS and low not in UNIT_WORDS)


def _keep_time_child(child: Token) -> bool:
    """Inside a time phrase keep modifiers, and an apposition only when it is a date (``Tuesday, Dec. 3``)."""
    if child.dep_ == "appos":
        return child.lower_.rstrip(".") in MONTHS or child.like_num
    return child.dep_ in TIME_PHRASE_DEPS


def _time_inside(noun: Token, ctx: _Context) -> Token | None:
    """A time inside a channel phrase: ``a statement released Tuesday``, ``a speech ... on Labor Day``."""
    stack = list(noun.children)
    while stack:
        child = stack.pop(0)
        if not ctx.usable(child) or child.dep_ in ("relcl", "ccomp", "advcl", "appos"):
            continue
        governed = child.dep_ != "pobj" or child.head.lower_ in TIME_PREPS
        if child.dep_ in ("pobj", "poss") + TIME_DEPS and governed and _is_time(child):
            return child
        if child.dep_ in ("prep", "pobj", "acl", "npadvmod"):
            stack.extend(child.children)
    return None


def _time_ref(token: Token, ctx: _Context, published: datetime.date | None) -> TimeRef | None:
    """The TimeRef for a temporal phrase head: its span and resolved date."""
    span = _phrase_span(token, ctx, _keep_time_child)
    if span is None:
        return None
    return TimeRef(span.text, span.start, span.end, resolve_date(span.text, published))
