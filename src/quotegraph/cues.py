"""Find reporting cues in a parsed Doc, and read off each cue's grammatical speaker and content.

A cue is a verb from the speech lexicon (said, wrote, told, continued, shared, ...) or the phrase
``according to``. This module answers only syntactic questions about a cue (where is its subject,
where is its content clause); deciding which quote a cue belongs to is ``speakers.py``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .lexicon import gendered, is_first_name, keyed, object_cues, phrases, speech_cues, words

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# Dependencies through which a cue without its own subject borrows its head's ("went on to say",
# "told reporters, adding that", "smiled and said", "was quoted as saying").
BORROW_SUBJECT_DEPS = ("advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp", "dep")
MAX_SUBJECT_CLIMB = 3
RELATIVE_PRONOUNS = ("who", "that", "which", "whom")
# Subjects that cannot be a speaker: `That is what he said`, `What she said was ...`.
NON_SPEAKERS = ("that", "this", "what", "which", "these", "those", "there")
# Documents that speak for their authors (`according to a speech Mrs. Clinton delivered`).
DOCUMENT_NOUNS = ("statement", "speech", "report", "memo", "letter", "brief", "filing", "release", "post", "tweet", "email", "interview", "ad", "document",
                  "study", "submission", "survey", "audit", "analysis", "petition", "complaint", "lawsuit",
                  "comment", "reply", "response", "message", "caption", "answer", "question", "account", "screenshot", "note",
                  "leaflet", "flyer", "newsletter", "notice", "advisory", "announcement", "bulletin", "poll", "result", "figure",
                  "column", "editorial", "blog", "essay", "memoir", "book", "op-ed")
# Documents a firm's name before them made (`a Southerly Polling survey`, `a Reuters report`).
_MADE_BY_A_NAME = frozenset(("survey", "poll", "study", "report", "analysis", "audit", "result", "figure", "forecast"))
# Verbs whose subject authors the document they take as object (`The ministry issued a statement saying ...`).
_ISSUING_VERBS = frozenset(("issue", "post", "release", "publish", "send", "put", "write", "upload", "file", "tweet", "submit", "pen", "circulate", "make"))
# Places a post sits on, owned by whoever they belong to (`a message on his profile`).
_PROFILE_NOUNS = frozenset(("profile", "page", "account", "feed", "channel", "website", "site", "blog", "timeline"))
# Written things whose words are their writer's (`a caption that read: "..."` speaks for its poster).
WRITTEN_NOUNS = frozenset(("caption", "post", "tweet", "message", "note", "letter", "sign", "placard", "banner", "poster", "card"))
# Documents a person acts in and that then speak for them (`suspended six chiefs in a letter`).
_ACTED_IN_NOUNS = WRITTEN_NOUNS | {"statement", "memo", "email"}
# Objects of `claim` that are won, taken or applied for, not asserted.
CLAIMED_THINGS = frozenset((
    "title", "victory", "win", "crown", "trophy", "cup", "medal", "gold", "silver", "bronze", "prize", "award", "seat",
    "life", "point", "lead", "place", "spot", "share", "championship", "pole", "record", "double", "treble", "wicket",
    "scalp", "land", "ownership", "compensation", "benefit", "refund", "asylum", "expense", "damage",
))
# Verbs whose infinitive speech verb reports nothing said (`declined to comment`, `refused to say whether`).
WITHHELD = frozenset(("decline", "refuse"))
# Cues whose object is the person addressed, not what was said (`told reporters that ...`).
ADDRESSEE_CUES = ("tell", "inform", "remind", "assure", "warn", "ask", "urge", "advise", "promise", "thank")
# Lemmas that the lexicon lists but that are cues only with a clause or a quote ("continue to rise").
NEEDS_CLAUSE = ("continue", "call", "read", "order", "charge", "question", "express", "post", "share", "thank", "praise", "cite", "echo", "speak", "object", "answer", "report")


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue: token range ``[start, end)`` in the Doc and its head token index."""

    start: int
    end: int
    head: int
    lemma: str
    noun: bool = False
    char_span: tuple[int, int] | None = None  # when the cue is part of a token (`”―` → `―`)

    def span_chars(self, doc: Doc) -> tuple[int, int]:
        if self.char_span is not None:
            return self.char_span
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1])


def find_cues(doc: Doc) -> list[CueMatch]:
    """Every speech cue in ``doc`` in text order.

    ``according to`` and passive participles are rules. A verb from the speech lexicon is a cue
    unless the learned cue model (``learned.py``, trained on PolNeAR train) finds it very unlikely
    in context (``continue to rise``, ``call it off``); a verb outside the lexicon is a cue when the
    model finds it very likely (``quipped``, ``interjected``), never when it names a belief or an
    intention (``learned.NOT_SPEECH``). Without the model file, or with ``QUOTEGRAPH_NO_CUE_MODEL=1``
    in the environment, the lexicon alone decides.

    Args:
        doc: a parsed Doc (needs lemmas, POS and dependencies).

    Returns:
        One CueMatch per cue verb or ``according to`` phrase.
    """
    from .learned import NOT_SPEECH

    lexicon = speech_cues()
    model = _cue_model()
    cues: list[CueMatch] = []
    for token in doc:
        lemma = token.lemma_.lower()
        if _is_passive(token):
            continue  # `Rivera, asked about the delay, said`: the subject of a passive is addressed, not speaking
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in WITHHELD:
            continue  # `declined to comment on whether ...`: nothing was said
        if any(c.dep_ == "neg" for c in token.children) and any(
                c.dep_ == "ccomp" and doc[c.left_edge.i].lower_ in ("whether", "if", "how", "what", "when", "why", "who", "where") for c in token.children):
            continue  # `did not say how much the plan would cost`: nothing was said
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            cues.append(CueMatch(token.i, token.i + 2, token.i, "according to"))
        elif token.pos_ != "VERB" or _inside_a_name(token):
            continue  # not `Said` of `Lady Justice Fatuma Said Omar`
        elif (name := _lexicon_name(token, lexicon)) is not None:
            written = is_written(token)
            if model is not None and not written and model.score(doc, token) < KEEP_LEXICON_AT:
                continue  # the model may reject a lexicon cue in context, never `a caption that read: "..."`
            cues.append(CueMatch(token.i, _particle_end(token), token.i, name))
        elif model is not None and lemma not in NOT_SPEECH and lemma.isalpha() and model.score(doc, token) >= ADD_VERB_AT:
            cues.append(CueMatch(token.i, _particle_end(token), token.i, _phrasal(token) or lemma))
    return cues


def lexicon_cue(token: Token) -> CueMatch | None:
    """The cue a verb is by the speech lexicon alone, model aside (for quotes inside quotes, where
    the model, trained on PolNeAR's outer attributions only, doubts every `said`)."""
    if token.pos_ != "VERB" or _is_passive(token):
        return None
    name = _lexicon_name(token, speech_cues())
    return CueMatch(token.i, _particle_end(token), token.i, name) if name else None


def _lexicon_name(token: Token, lexicon: frozenset[str]) -> str | None:
    """The lexicon entry a verb is, as a lemma or a phrasal verb (`weigh in`), or None."""
    lemma = token.lemma_.lower()
    if lemma in lexicon:
        return lemma
    phrasal = _phrasal(token)
    return phrasal if phrasal in lexicon else None


def is_written(verb: Token) -> bool:
    """``a caption that read: "..."``, ``the sign said``: the verb's subject is a written thing."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            noun = verb.head if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else child
            if noun.lemma_.lower() in WRITTEN_NOUNS:
                return True
    return False


# The learned cue model (``learned.py``; trained by ``python -m quotegraph.training``).
def _model_switched_on() -> bool:
    """Read once at import: ``QUOTEGRAPH_NO_CUE_MODEL=1`` compares with the lexicon alone."""
    import os

    return os.environ.get("QUOTEGRAPH_NO_CUE_MODEL", "").strip().lower() in ("", "0", "false", "no")


USE_CUE_MODEL = _model_switched_on()
CUE_MODEL_PATH: str | None = None  # None: the packaged data/cue_model.json
# Thresholds on P(speech cue), chosen end to end on PolNeAR dev with the sweep
# `python -m quotegraph.training ../shared/data/polnear --sweep` (keep 0-0.3 x add 0.25-1.01).
# KEEP_LEXICON_AT: a lexicon verb below it is dropped. 0.02 is the highest value that loses no
# speech or direct F1 on dev (0.05 drops a real `chanting`); it removes 126 of 1,902 dev cue
# matches, nearly all verbs inside quotes (`thank you`, `what anyone says`), and changes no dev
# record. ADD_VERB_AT: a verb outside the lexicon at or above it is added. At 0.3 the
# dev additions make 10 records (`condemned ... as "provocative"`, `exhorted`, `characterized ... as
# "..."`, `rated ... as "false"`), every one overlapping a gold attribution with the right speaker:
# direct and all F1 go up by 0.001-0.003; the speech subset (gold cues in the lexicon, by definition)
# counts them as spurious and goes down by 0.002-0.003. Below 0.3 direct stops improving.
KEEP_LEXICON_AT = 0.02
ADD_VERB_AT = 0.3
_MODEL_FAILED: set[str] = set()


def _cue_model():  # -> learned.CueModel | None
    """The cue model, or None when it is switched off or its file is missing or unreadable (lexicon only)."""
    if not USE_CUE_MODEL:
        return None
    key = str(CUE_MODEL_PATH)
    if key in _MODEL_FAILED:
        return None
    from .learned import CueModel

    try:
        return CueModel.load(CUE_MODEL_PATH)
    except (OSError, ValueError, KeyError, TypeError) as error:
        import logging

        _MODEL_FAILED.add(key)
        logging.getLogger(__name__).warning("cue model not loaded (%s); cues come from the lexicon only", error)
        return None


def _is_passive(token: Token) -> bool:
    """A past participle with no perfect `have` and no `by` agent (``was asked``, ``asked about X,``)."""
    if token.tag_ not in ("VBN", "VBD") or any((child.lemma_ == "have" and child.dep_ == "aux") or child.dep_ == "agent" for child in token.children):
        return False
    if any(child.dep_ == "auxpass" for child in token.children):
        return True
    # `said when asked whether ...`: a participle after `when`/`if`/`after` with no subject of its own
    if token.tag_ == "VBN" and any(child.dep_ in ("mark", "advmod") and child.lower_ in ("when", "if", "after", "once", "as", "until") for child in token.children) \
            and not any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
        return True
    # A past form set off by commas before the main verb is a reduced passive the tagger called VBD.
    opens = token.i == token.sent.start or token.doc[token.i - 1].text == ","
    aside = opens and token.head.i > token.i
    return aside and not any(child.dep_.startswith("aux") for child in token.children)


def _phrasal(token: Token) -> str:
    particles = [child.lower_ for child in token.children if child.dep_ == "prt"]
    return f"{token.lemma_.lower()} {particles[0]}" if particles else ""


def _particle_end(token: Token) -> int:
    """Include a particle right after the verb ("point out")."""
    nxt = token.i + 1
    if nxt < len(token.doc) and token.doc[nxt].dep_ == "prt" and token.doc[nxt].head.i == token.i:
        return nxt + 1
    return token.i + 1


def cue_subject(doc: Doc, cue: CueMatch) -> Token | None:
    """The head token of the cue's speaker, or None.

    ``according to X`` → X; a passive ``said by X`` → X; otherwise the verb's subject, borrowed from
    a governing verb when the cue has none. A document stands for its author when the text names
    one (``a speech Mrs. Clinton delivered``, ``a statement from the council``); a demonstrative
    (``That is what ...``) or a dateline in capitals is no speaker.
    """
    subject = _grammatical_speaker(doc, cue)
    if subject is not None and (is_dateline(subject) or _is_opening_participle(subject)):
        subject = _after_dateline(doc, subject, cue.start)
    elif subject is None and not cue.noun:  # `Speaking to journalists, ..., Mrs. X, said`: no subject in the parse
        head = doc[cue.head]
        opening = next((c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == c.sent.start), None)
        # `At the district hospital, a nurse on the ward, ..., said`: the parse hangs the speaker on the place
        placed = [grand for child in head.lefts if child.dep_ == "prep" for pobj in child.children if pobj.dep_ == "pobj"
                  for grand in pobj.rights if grand.dep_ in ("appos", "conj") and grand.pos_ in ("NOUN", "PROPN")]
        if opening is not None:
            subject = _after_dateline(doc, opening, cue.start)
        elif placed:
            subject = placed[-1]
            while subject.ent_type_ != "PERSON" and (further := next((c for c in subject.rights if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                                                                        and c.ent_type_ != "NORP"), None)) is not None:
                subject = further  # `In Orlando West, Soweto, Lindiwe Khumalo, ..., said`: past the places to the name (not `Kesselring, a Democrat`)
        elif any(c.dep_ == "det" and c.i < head.i for c in head.children):
            # `..." the 24-year-old said`, parsed as one noun phrase: its last modifier heads the subject.
            subject = next((c for c in reversed(list(head.lefts)) if c.dep_ in ("amod", "compound", "nmod")), None)
        elif head.dep_ in ("amod", "compound") and head.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.i < head.i for c in head.head.children):
            # `..." the 34-year-old told reporters`, parsed as one noun phrase with the cue a modifier: the modifier before it
            subject = next((c for c in reversed(list(head.head.lefts)) if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")), None)
    if subject is None or _is_non_speaker(subject):
        return None
    if subject.pos_ == "PROPN" and subject.ent_type_ in ("", "GPE", "LOC", "FAC") and not cue.noun and subject.lower_ not in words("titles.txt"):
        subject = _person_before(doc[cue.head]) or subject  # `In Ban Nong Khana, a village ..., Somjit Phanwong, 52, said`
    return signed_for(subject) or document_author(subject) or _name_after_title(subject) or _titled_name(subject) or _portfolio_holder(subject) \
        or officer_of(subject) or subject


# Verbs by which an officer puts out a body's document (`a statement signed by its secretary`).
_SIGNING_VERBS = frozenset(("sign", "issue", "release"))


def signed_for(token: Token) -> Token | None:
    """The body whose officer signed the document that speaks, which every writer gives the words to:
    ``A statement signed by the company’s head of communications, X, said`` → company; ``In a
    statement signed by its spokesperson, SP X, the command said``, parsed with X a second subject →
    the command. ``token`` is the officer or the name set after the officer."""
    doc = token.doc
    role = token
    if token.ent_type_ == "PERSON" and token.left_edge.i >= 2 and doc[token.left_edge.i - 1].text == ",":
        role = doc[token.left_edge.i - 2]
        while role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.pos_ in ("NOUN", "PROPN"):
            role = role.head.head  # `its Head of Legal Affairs, Barr. X,`
    signed = role.head.head
    if role.dep_ != "pobj" or role.head.dep_ != "agent" or role.ent_type_ == "PERSON" or signed.lemma_.lower() not in _SIGNING_VERBS \
            or signed.dep_ != "acl" or signed.head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    owner = next((c for c in role.children if c.dep_ == "poss"), None)
    if owner is None or (role.lower_ not in _role_nouns() and role.lower_ != "head") or not (owner.lower_ in ("its", "their") or owner.ent_type_ in ("ORG", "NORP", "GPE")
                                                               or (owner.pos_ == "NOUN" and not owner.ent_type_)):
        return None  # not `a report released by Hoshino’s Special Investigation Committee`, nor `signed by Aaron Brenneman's wife, Rachel`
    document = signed.head
    if owner.lower_ in ("its", "their") and document.dep_ == "pobj" and document.head.head.pos_ == "VERB":
        # `In a statement signed by its spokesperson, ..., the command said`: the subject it stands for
        subjects = [c for c in document.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        bodies = [c for c in subjects if c.ent_type_ != "PERSON" and c.lower_ not in NON_SPEAKERS] \
            + [a for c in subjects for a in c.children if a.dep_ == "appos" and a.ent_type_ in ("ORG", "NORP")]  # `..., Mrs. X, Bonny Basin Ltd said`
        return bodies[0] if bodies else None
    return owner


def officer_of(body: Token) -> Token | None:
    """``Kano Electricity Distribution Company (KEDCO) managing director Engr. Abdullahi Bello Yusuf, 57,
    said``, parsed with the body as the subject: the officer its name leads to."""
    if body.ent_type_ != "ORG":
        return None
    return next((c for c in body.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > body.i + 2 and body.doc[c.i - 1].text != ","
                 and any(t.dep_ == "compound" and t.pos_ == "NOUN" and t.lower_ in _role_nouns() for t in c.lefts)), None)


_PORTFOLIO_OFFICES = frozenset(("minister", "secretary", "commissioner"))


def _portfolio_holder(title: Token) -> Token | None:
    """``Clark County Registrar of Voters Hollis Banerjee told``, ``Provincial Minister for Mines Mir X
    said``, parsed with the office as the subject: the name that ends its `of` phrase (a minister's,
    secretary's or commissioner's `for` phrase; three words on at least, not a body's name), when the tagger
    marked it a person, a known first name precedes it, or the words between are all proper nouns."""
    if not title.text[:1].isupper() or (title.lower_ not in words("occupations.txt") and title.lower_ not in words("titles.txt")):
        return None  # an office written as a title, not `A spokeswoman for Environment Minister Carla Beaumont`
    prep = next((c for c in title.rights if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "for" and title.lower_ in _PORTFOLIO_OFFICES))), None)
    name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None) if prep is not None else None
    if name is None or name.i - prep.i < 3 or name.lower_ in words("organization_heads.txt"):
        return None  # not `Head of New York Police Department`
    between = name.doc[prep.i + 1 : name.i]
    return name if name.ent_type_ == "PERSON" or is_first_name(name.doc[name.i - 1].text) or all(t.pos_ == "PROPN" and t.dep_ == "compound" for t in between) else None


def _titled_name(title: Token) -> Token | None:
    """``Comrade Ibrahim Danjuma, ..., said``, parsed with the title as the subject and the name as
    its object: the last word of the name the title opens."""
    doc = title.doc
    if title.lower_ not in words("titles.txt") or title.ent_type_ == "PERSON":
        return None
    end = title.i + 1
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and (end == title.i + 1 or doc[end].ent_iob_ == "I"):
        end += 1
    name = doc[end - 1]
    return name if end > title.i + 1 and name.head.i == title.i and name.dep_ in ("dobj", "attr") else None


DATELINE_DASHES = ("—", "–", "-", "―", "--")


def _inside_a_name(token: Token) -> bool:
    """A capitalised word the tagger puts in a person's name, between two capitalised proper nouns
    (`Fatuma Said Omar`; not a headline's `Obama Says African-American ...`)."""
    doc = token.doc
    return token.ent_type_ == "PERSON" and token.text[:1].isupper() and not token.is_sent_start and 0 < token.i < len(doc) - 1 \
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ == "PERSON" for t in (doc[token.i - 1], doc[token.i + 1]))


def is_dateline(token: Token) -> bool:
    """``NORTHCOMBE —`` / ``LAGOS, Nigeria (Reuters) —``: capitals opening a paragraph before a dash."""
    doc = token.doc
    if not token.is_upper or (token.i > 0 and "\n" not in doc[token.i - 1].text_with_ws):
        return False
    if len(token) <= 2 and not (token.i + 1 < len(doc) and doc[token.i + 1].is_upper and len(doc[token.i + 1]) > 2):
        return False  # `OL KALOU —` opens a dateline; `AP` alone does not
    return any(t.text in DATELINE_DASHES for t in doc[token.i + 1 : token.i + 8]) or _colon_dateline_end(token) is not None


def _colon_dateline_end(token: Token) -> int | None:
    """``MUMBAI:`` / ``TAPLEJUNG, Sept 27:`` opening the article (South Asian style): the colon's index.
    Only the first words of the text, so a transcript's `HOST:` is no dateline."""
    if any(not t.is_space for t in token.doc[: token.i]):  # stops at the first word: no text built for a token deep in the article
        return None
    colon = next((t for t in token.doc[token.i + 1 : token.i + 6] if t.text == ":"), None)
    if colon is None or any(t.is_punct and t.text != "," for t in token.doc[token.i + 1 : colon.i]):
        return None
    return colon.i


_OPENING_PARTICIPLES = frozenset(("contacted", "reached", "approached", "asked", "pressed", "questioned", "interviewed", "quizzed", "challenged", "confronted"))


def _is_opening_participle(token: Token) -> bool:
    """``Speaking to journalists ..., Mrs. Adebayo-Okafor said``, ``Contacted, a senior official ... said``,
    parsed with the participle as subject."""
    if token.i != token.sent.start or token.i + 1 >= len(token.doc):
        return False
    return (token.dep_ == "csubj" and token.tag_ == "VBG") or (token.dep_ == "nsubj" and token.lower_ in _OPENING_PARTICIPLES and token.doc[token.i + 1].text == ","
                                                            and any(child.dep_ == "appos" for child in token.children)) \
        or (token.dep_ == "nsubj" and (token.tag_ == "VBG" or token.lower_.endswith("ing")) and token.doc[token.i + 1].text == ","
            # `Reacting, the police spokesperson, SP X, said`, the participle parsed as the subject (or as a noun)
            and any(child.dep_ in ("appos", "conj") and (child.lower_ in _role_nouns() or child.ent_type_ == "PERSON") for child in token.children))


def _after_dateline(doc: Doc, dateline: Token, cue_start: int) -> Token | None:
    """The parse made a dateline or an opening participle the subject (``NORTHCOMBE — Former deputy
    leader ..., Rosalind Ashworth-Pryce, has said``): the last person named between it and the cue,
    else the last proper name in apposition there, else the description in apposition."""
    people = [ent.root for ent in doc.ents if ent.label_ == "PERSON" and dateline.i < ent.start and ent.end <= cue_start]
    if people:
        return people[-1]
    names = [t for t in doc[dateline.i + 1 : cue_start] if t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"]
    if names:
        return names[-1]
    return next((child for child in dateline.children if child.dep_ == "appos"), None)


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Words for what a person is or does (`critic`, `lawyer`, `minister`)."""
    return words("occupations.txt") | words("person_nouns.txt") | words("titles.txt")


def _name_after_title(subject: Token) -> Token | None:
    """``Superintendent Dr. Carla Benedetti told``, ``Rheinfels sporting director Katrin Vogel said``,
    parsed as two subjects: the name is the speaker (the words between modify it)."""
    later = [c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i and c.pos_ == "PROPN"]
    if subject.pos_ == "NOUN" and subject.lower_ in _role_nouns():
        # `The critic and historian Ruy Castanheda, ..., said`, parsed as three joined subjects: the name speaks
        joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > subject.i]
        between = subject.doc[subject.i + 1 : joined[0].i] if joined else []
        if joined and any(t.lower_ == "and" for t in between) \
                and all(t.dep_ in ("cc", "conj", "compound", "amod") and t.pos_ != "PROPN" or t.head.i == joined[0].i for t in between):
            return joined[0]
    if not later or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    name = later[0]
    between = subject.doc[subject.i + 1 : name.i]
    return name if all(t.dep_ in ("compound", "amod") and subject.i < t.head.i <= name.i for t in between) else None


def _is_non_speaker(token: Token) -> bool:
    if token.lower_ in NON_SPEAKERS and token.dep_ != "pobj":
        return not (token.lower_ in ("that", "which") and token.head.dep_ == "relcl" and token.head.head.pos_ in ("PROPN", "NOUN"))
    # capitals the NER left unlabelled: a dateline or a shouted word, unless the article spelled it out (`... (FEDIGTA)`)
    return token.is_upper and len(token) > 3 and token.ent_type_ in ("", "GPE") and f"({token.text})" not in token.doc.text


def document_author(token: Token) -> Token | None:
    """``a speech Mrs. Clinton delivered`` → Mrs. Clinton; ``a statement from the council``, ``the
    council's statement`` → council."""
    if token.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS:
        author = _own_subject(verb)  # `The ministry issued a statement saying ...`, `Addington posted a response arguing ...`
        if author is not None and author.lower_ not in NON_SPEAKERS and author.lower_ not in RELATIVE_PRONOUNS:
            return author
    if token.dep_ == "nsubj":  # `The top comment, from a user called X, reads: ...`, the `from` hung on the verb
        source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and token.i < c.i < verb.i), None)
        author = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
        if author is not None:
            return author
    maker = token.doc[token.i - 1] if token.i > 0 else None
    if token.lemma_.lower() in _MADE_BY_A_NAME and maker is not None and maker.dep_ == "compound" and maker.head.i == token.i and maker.pos_ == "PROPN" \
            and maker.text[:1].isupper() and maker.lower_ not in words("channel_words.txt"):
        return maker  # `a Southerly Polling survey`, `an Ipsos poll`: the firm that made it (not `a Facebook post`)
    for child in token.children:
        if child.dep_ in ("relcl", "acl") and not any(c.dep_ == "mark" for c in child.children) and child.lemma_ != "read":
            # not `a memo that the company had ...`: its content; nor `a statement read to the court by DC Heald`: its reader
            author = _own_subject(child)
            if author is not None and author.pos_ in ("PROPN", "NOUN") and author.lower_ not in NON_SPEAKERS:
                return signed_for(author) or author
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return objects[0]
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "in"):
            place = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if place is not None and child.lower_ == "of" and token.lemma_.lower() == "screenshot":
                return document_author(place)  # `a screenshot of a reply from a constituent`
            on_profile = place is not None and place.lemma_.lower() in _PROFILE_NOUNS and token.dep_ in ("nsubj", "nsubjpass")
            owner = next((c for c in place.children if c.dep_ == "poss"), None) if on_profile else None
            if owner is not None:  # `A message on his profile reads: ...`; not `In a statement on the club's website, X said`
                return owner
        subject = token.dep_ in ("nsubj", "nsubjpass")  # `Its leaflet claimed`; not `In its statement, Kasa Drinks said`
        if child.dep_ == "poss" and (child.pos_ in ("PROPN", "NOUN") or child.lower_ in ("his", "her") or (subject and child.lower_ in ("its", "their"))):
            return child  # `the library's own survey`, `her email`
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "through", "via") and token.head.head.pos_ == "VERB" and token.lemma_.lower() in _ACTED_IN_NOUNS:
        # `Igwe X has suspended six chiefs in a letter dated Monday`: the one who acted by it (not `was criticised in a letter`)
        subjects = [c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.head.head.i]
        named = [g for c in subjects for g in c.children if g.dep_ in ("conj", "appos") and g.ent_type_ == "PERSON"]
        author = (named or subjects or [None])[-1]  # `Co-founder and chief executive Andika Pratama told staff in a memo`: the name
        if author is not None and author.pos_ in ("PROPN", "NOUN") and author.lower_ not in NON_SPEAKERS and author.lower_ not in RELATIVE_PRONOUNS:
            return author
    return None


def _grammatical_speaker(doc: Doc, cue: CueMatch) -> Token | None:
    head = doc[cue.head]
    if cue.noun:
        return _noun_possessor(head)
    if cue.lemma == "according to":
        named = _name_after_source(doc, cue)
        objects = [child for child in doc[cue.start + 1].children if child.dep_ == "pobj"]
        return named.root if named is not None else objects[0] if objects else None
    inverted = _inverted_subject(head)
    if inverted is not None:
        return inverted
    named = head.i - 2
    if named >= 2 and doc[named].like_num and doc[named - 1].text == ",":
        named -= 2  # `Leung Siu-ying, 81, said`
    top = doc[named] if named >= 0 else head
    while top.dep_ == "appos" and top.head.i != top.i:
        top = top.head
    if _own_subject(head) is None and named >= 0 and doc[head.i - 1].text == "," and doc[named].pos_ == "PROPN" and doc[named].dep_ == "appos" \
            and top.dep_ == "pobj" and top.head.lower_ == "by":  # (hung below the parse's `by DC Heald`; not `with her mother, Nora, said`)
        # `In a statement read to the court by DC Lucy Heald, Jodie’s mother, Sandra Price, said`, parsed with no subject
        # for `said`: the name set off by commas right before it, not the reader the parse reached
        return doc[named]
    if head.dep_ == "conj" and _own_subject(head) is None:
        named = _name_before(head)  # `The strike was called by X, whose secretary general, Y, told reporters`: Y, not the strike
        if named is not None:
            return named
    token: Token | None = head
    # `He admitted his side had been flat and said ...`, parsed with `said` joined to the reported
    # clause: the speech verb shares the reporting verb's subject, not the reported clause's
    if head.dep_ == "conj" and _own_subject(head) is None and head.head.dep_ == "ccomp" and head.tag_ == head.head.head.tag_ \
            and head.head.head.lemma_.lower() in speech_cues():
        token = head.head.head
    for _ in range(MAX_SUBJECT_CLIMB + 1):
        if token is None:
            return None
        subject = _own_subject(token)
        if subject is not None and token.i != head.i and subject.i < head.i and any(t.is_quote for t in doc[subject.i : head.i]):
            # `“... The heart must be big,” the director said, before adding that ...`, the participle hung on the quote's
            # verb: the one who said the quote, not its subject
            said = next((c for c in token.children if c.dep_ == "parataxis" and c.lemma_.lower() in speech_cues() and _own_subject(c) is not None), None)
            subject = _own_subject(said) if said is not None else subject
        if subject is not None and subject.i > token.i and subject.pos_ == "NOUN" and subject.lemma_.lower() not in _role_nouns() \
                and any(c.dep_ == "ccomp" and c.i > subject.i for c in token.children):
            # `In Sioulin Township, Yudaw Pisaw, 58, a Truku farmer, said rocks the size of cars had rolled ...`: the
            # content's subject, parsed as the cue's; the person named before the cue speaks
            subject = _person_before(token) or subject
        if subject is not None:
            return subject
        if token.dep_ == "acl" and token.head.lemma_.lower() in DOCUMENT_NOUNS and token.head.dep_ == "pobj" \
                and token.head.head.lower_ in ("in", "through", "via") and token.head.head.head.pos_ == "VERB":
            token = token.head.head.head  # `X said in a statement posted to Instagram that ...`: X, who said it
            continue
        if token.dep_ == "acl" and token.head.dep_ == "npadvmod" and token.head.head.pos_ in ("VERB", "AUX"):
            token = token.head.head  # `my husband is calling me every five minutes asking, ‘...’`: a time, not who asks
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return token.head  # `footage of Clinton asking, "..."`: the speaker is the noun the participle modifies
        shown = _shown_speaker(token)
        if shown is not None:
            return shown
        if token.dep_ not in BORROW_SUBJECT_DEPS or token.head.i == token.i:
            return _participle_subject(head) or _name_before(head) or _name_after(head)
        token = token.head
    return None


# Nouns for a recording of someone: `footage of Clinton asking, "..."` shows Clinton speaking.
RECORDING_NOUNS = frozenset(("footage", "video", "clip", "recording", "tape", "audio", "film", "image", "images", "photo", "clips", "videos"))
# Verbs whose object is seen or heard doing the participle: `heard the mayor saying "..."`.
PERCEPTION_VERBS = frozenset(("see", "hear", "show", "catch", "film", "record", "capture", "depict", "feature", "watch", "quote"))


def _shown_speaker(participle: Token) -> Token | None:
    """``The ad uses footage of Clinton asking, "..."`` / ``a video shows the mayor saying "..."``: a
    participle after an object speaks for that object (or whoever the recording is of), not for the
    clause's subject."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("xcomp", "advcl", "oprd"):
        return None
    verb = participle.head
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < participle.i):
        if obj.lemma_.lower() in RECORDING_NOUNS:
            of = [g for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            return of[0] if of else None
        if verb.lemma_.lower() in PERCEPTION_VERBS and obj.pos_ in ("PROPN", "NOUN", "PRON"):
            return obj
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """``Said Ellis: "..."``: a sentence-initial cue followed by a name."""
    doc = verb.doc
    if verb.i != verb.sent.start or verb.i + 1 >= len(doc) or doc[verb.i + 1].pos_ != "PROPN":
        return None
    end = verb.i + 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[end]


def _person_before(verb: Token) -> Token | None:
    """The person named right before the cue, an age apart at most (``Somjit Phanwong, 52, said``)."""
    doc, index = verb.doc, verb.i - 1
    while index >= 0 and verb.i - index <= 4 and (doc[index].text == "," or doc[index].like_num):
        index -= 1
    if index >= 0 and doc[index].dep_ == "appos" and doc[index].pos_ == "NOUN" and doc[index].head.ent_type_ == "PERSON" and doc[index].head.i < index:
        index = doc[index].head.i  # `Yudaw Pisaw, 58, a Truku farmer, said`: the name the description is set beside
    return doc[index] if index >= 0 and doc[index].ent_type_ == "PERSON" and doc[index].dep_ in ("appos", "nsubj") else None


def _name_after(verb: Token) -> Token | None:
    """``“...,” said Joana Ferreira dos Santos``, parsed with `dos` as a verb: the person named right
    after a cue that follows a quotation."""
    doc = verb.doc
    start = verb.i + 1
    while start + 1 < len(doc) and doc[start].text[:1].isupper() and doc[start].lower_.rstrip(".") in words("titles.txt"):
        start += 1  # `said Eng. Khaled Abu Samra, ..., standing beside pumps his technicians had rebuilt`
    if verb.i < 1 or start >= len(doc) or not doc[verb.i - 1].is_quote or doc[start].ent_iob_ != "B" or doc[start].ent_type_ != "PERSON":
        return None
    end = start
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _name_before(verb: Token) -> Token | None:
    """``In an interview with the Post Trump said``: the parser took the name into the phrase before."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.text == "," and verb.i > 1 and verb.doc[verb.i - 2].dep_ in ("appos", "npadvmod") and verb.doc[verb.i - 2].ent_type_ == "PERSON":
        named = verb.doc[verb.i - 2]  # `..., whose secretary general, Roberto Aguirre Villalba, told reporters`, parsed with no subject
        # but `Máire Considine, who runs a café with her mother, Nora, said`: the name the relative clause is about
        clause = next((t for t in named.ancestors if t.dep_ == "relcl" and t.right_edge.i < verb.i), None)
        return clause.head if clause is not None and clause.head.ent_type_ == "PERSON" else named
    # also `Defence solicitor Declan O’Hare said`, with the surname taken for an interjection
    named = before.ent_type_ == "PERSON" or (before.i > 0 and verb.doc[before.i - 1].ent_type_ == "PERSON" and before.text[:1].isupper())
    if before.pos_ == "PROPN" and named and before.dep_ in ("pobj", "compound", "appos", "intj", "npadvmod", "dep"):
        return before
    return None


def _participle_subject(verb: Token) -> Token | None:
    """``Rivera, asked about the delay, said:`` — the parser may hang the name on the participle."""
    for child in verb.lefts:
        if child.dep_ in ("ccomp", "advcl", "dep") and child.tag_ in ("VBN", "VBG", "VBD"):
            subject = _own_subject(child)
            after = subject.i + 1 if subject is not None else 0
            if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") and after < len(verb.doc) and verb.doc[after].text == ",":
                return subject
    return None


# Those who speak for someone as a group: `The family of X, NAME, said` is the family, not NAME.
KIN_GROUPS = frozenset(("family", "relatives", "parents", "friends", "neighbours", "neighbors"))


def _own_subject(verb: Token) -> Token | None:
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if len(subjects) == 2 and subjects[0].i < subjects[1].i < verb.i and subjects[0].lower_ in KIN_GROUPS \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in subjects[0].children):
        name, group_end = subjects[1].left_edge.i, subjects[0].right_edge.i
        if name >= 2 and verb.doc[name - 1].text == "," and name - 2 <= group_end < name:
            return subjects[0]  # `The family of the cyclist killed in March, Darren Fyfe, 44, said`: the cyclist's name, not a second subject
    if subjects:
        before = [s for s in subjects if s.i < verb.i]
        if before and len(before) < len(subjects) and not any(t.is_quote for t in verb.doc[before[-1].i : verb.i]):
            # `A spokesman for the forum, an industry group, said federal excise duty ... made up`: the
            # content's subject taken for a second one after the verb
            return before[-1]
        # of several (`"... Full panic mode," said Leslie Wimes`: the parser also made the quote's last
        # words a subject), the one nearest the verb speaks
        return min(subjects, key=lambda s: abs(s.i - verb.i))
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def relative_antecedent(subject: Token) -> Token | None:
    """``Smith, who said ...``: the noun a relative pronoun stands for (Smith), else None."""
    verb = subject.head
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
        # `Harald Engen, a fisherman in Hammerfest, who said ...`: `who` is a person, not the place the parse hung it on
        while subject.lower_ in ("who", "whom") and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (_is_place_or_body(noun) or is_hometown(noun)):
            noun = noun.head.head
        if noun is not verb.head and noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head
        return noun
    return None


def is_hometown(noun: Token) -> bool:
    """`a physiotherapist from Observatory`: a name a person noun comes `from` is a place, whatever the tagger says."""
    prep = noun.head
    person = prep.head  # `a nurse`, or any noun set beside a name (`Lwazi Mthembu, 27, a physiotherapist`)
    return (noun.dep_ == "pobj" and noun.pos_ == "PROPN" and prep.lower_ == "from" and person.pos_ == "NOUN"
            and (person.lemma_.lower() in gendered("person_nouns.txt") or person.dep_ == "appos" and person.head.ent_type_ == "PERSON"))


def _is_place_or_body(noun: Token) -> bool:
    """A place or an organisation, which `who` does not stand for (`in Hammerfest`, `at the institute`)."""
    return noun.tag_ not in ("NNS", "NNPS") and (noun.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or noun.lemma_.lower() in words("organization_heads.txt"))


def cue_content(doc: Doc, cue: CueMatch) -> tuple[int, int] | None:
    """Token range ``[start, end)`` of the content the cue reports, or None.

    ``X said (that) CLAUSE`` and ``CLAUSE, X said`` → the clause (with its ``that``);
    ``according to X, CLAUSE`` and ``CLAUSE, she said, CLAUSE`` → the sentence without the cue's phrase.
    """
    head = doc[cue.head]
    if cue.noun:
        clause = _noun_clause(head)
        return trim_tokens(doc, clause.left_edge.i, _content_end(doc, clause)) if clause is not None else None
    if cue.lemma == "according to":
        named = _name_after_source(doc, cue)
        if named is not None and named.end < len(doc) and doc[named.end].text == "." and head.left_edge.i > head.sent.start:
            # `..., according to its chair, Cllr Gareth Hamill.`: what comes before the source and its name
            return trim_tokens(doc, _skip_linking(doc, head.sent.start), head.left_edge.i)
        content = _sentence_without(doc, head)
        return trim_tokens(doc, named.end, content[1]) if named is not None and content is not None and content[0] <= named.start < content[1] else content
    clauses = [child for child in head.children if child.dep_ == "ccomp"]
    if clauses:
        clause = min(clauses, key=lambda child: abs(child.i - head.i))
        return _clause_range(doc, cue, clause)
    if head.dep_ == "parataxis" and head.head.pos_ in ("VERB", "AUX"):
        return _sentence_without(doc, head)
    clause = _unmarked_clause(head)
    if clause is not None:
        return _clause_range(doc, cue, clause)
    return _misattached_that_clause(doc, cue) or _told_clause(doc, cue) or _trailing_cue_content(doc, head)


_PERSONAL_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "it"))


def _told_clause(doc: Doc, cue: CueMatch) -> tuple[int, int] | None:
    """``told the court he had worked alongside him``: the parser reads the reported clause as a
    relative clause on the addressee; a clause with a personal pronoun subject and no relative
    word right after a `tell`-type verb's object is what was told."""
    head = doc[cue.head]
    if cue.lemma not in ("tell", "inform", "remind", "assure"):
        return None
    audience = words("audience_nouns.txt") | words("media_words.txt")  # `told the magazine he had proposed ...`
    for obj in (c for c in head.rights if c.dep_ in ("dobj", "dative") and (c.lower_ in audience or c.pos_ == "PROPN")):
        for clause in obj.rights:
            subject = _own_subject(clause)
            if clause.dep_ == "relcl" and subject is not None and subject.lower_ in _PERSONAL_SUBJECTS \
                    and subject.i == obj.i + 1 and not any(c.tag_ in ("WDT", "WP", "WRB") for c in clause.children):
                return trim_tokens(doc, subject.i, _content_end(doc, clause))
    return None


def _unmarked_clause(head: Token) -> Token | None:
    """``Trump said after the convention he would not accept``: an adverbial between the verb and a
    clause without ``that`` makes the parser read the clause as an adverbial one; a finite clause
    with its own subject and no subordinator, right after that adverbial, is what was said."""
    for child in head.rights:
        if child.dep_ != "advcl" or _own_subject(child) is None or any(c.dep_ == "mark" for c in child.children):
            continue
        finite = _is_finite(child)
        between = [t for t in head.doc[head.i + 1 : child.left_edge.i] if not t.is_punct]
        adverbial = between and all(_adverbial_of(t, head) for t in between)
        if finite and (adverbial or _saying_time_end(child) is not None):
            return child
    # `said in a statement it had offered raises`: the clause read as a relative clause on the channel
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("in", "on", "at")):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in keyed("channel_words.txt")):
            for clause in (c for c in noun.rights if c.dep_ == "relcl"):
                subject = _own_subject(clause)
                if subject is not None and subject.i == noun.i + 1 and subject.lower_ not in ("who", "which", "that", "whom") and _is_finite(clause):
                    return clause
    return None


def _is_finite(verb: Token) -> bool:
    """A verb in a tense of its own (`had offered`, `said`), not an infinitive or participle alone."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in verb.lefts)


def _adverbial_of(token: Token, verb: Token) -> bool:
    while token.head.i != verb.i and token.head.i != token.i:
        token = token.head
    return token.head.i == verb.i and token.dep_ in ("prep", "npadvmod", "advmod")


_TIME_WORDS = frozenset(("after", "before", "during", "following", "later", "earlier", "previously", "recently", "again"))


def _saying_time_end(clause: Token) -> int | None:
    """``said on Monday she was leaving``: a time phrase between the verb and a clause without
    ``that`` dates the saying, so the content starts at the clause's subject (the index returned)."""
    subject = _own_subject(clause)
    if subject is None or any(c.dep_ == "mark" for c in clause.children):
        return None
    leads = [c for c in clause.lefts if c.i < subject.left_edge.i and not c.is_punct]
    if leads and all(_is_time_phrase(c) for c in leads):
        return subject.left_edge.i
    return None


def _is_time_phrase(token: Token) -> bool:
    if token.dep_ not in ("prep", "npadvmod", "advmod"):
        return False
    return token.lower_ in _TIME_WORDS or any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _trailing_cue_content(doc: Doc, head: Token) -> tuple[int, int] | None:
    """``Fares will rise, the Minister of Transport, Dr X, announced on Friday.``: a long subject
    makes the parser hang the cue on the statement as an adverbial clause (or as a participle on the
    speaker's noun); the statement is the content."""
    if head.dep_ == "acl" and head.head.dep_ in ("conj", "appos") and head.head.head.pos_ in ("VERB", "AUX") and head.head.head.i < head.head.i:
        # `Souss Verde will stop ..., its chief executive, Nadia El Ouazzani, announced on Monday.`: parsed
        # as a participle on the speaker's noun, itself hung on the statement
        noun = head.head
        if noun.left_edge.i > 0 and doc[noun.left_edge.i - 1].text == "," and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in head.rights):
            return trim_tokens(doc, past_dateline(doc, head.sent.start), noun.left_edge.i)
        return None
    subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    main = head.head
    if head.dep_ != "advcl" or subject is None or main.i >= subject.left_edge.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in head.rights) or doc[subject.left_edge.i - 1].text != ",":
        return None
    return trim_tokens(doc, past_dateline(doc, head.sent.start), subject.left_edge.i)


def _misattached_that_clause(doc: Doc, cue: CueMatch) -> tuple[int, int] | None:
    """``told a meeting of leaders that few understood``: the parser hangs the clause on the object."""
    head = doc[cue.head]
    for token in doc[cue.end : head.right_edge.i + 1]:
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.dep_ in ("relcl", "acl", "ccomp"):
            clause = token.head
            if clause.head.i != head.i and clause.head.dep_ in ("dobj", "pobj", "dative"):
                return trim_tokens(doc, token.i, _content_end(doc, clause))
    return None


def _clause_range(doc: Doc, cue: CueMatch, clause: Token) -> tuple[int, int] | None:
    """The content clause's tokens, widened or cut where the parse is known to go wrong.

    ``A, but B, a source said``: the parser hangs only B on the cue, yet all of it is reported,
    so content before its cue runs from the sentence start. ``X, he said, Y``: both sides.
    A content after its cue stops before a coordinated new statement (``and said ...``) or a
    trailing participle (``, encouraging ...``), which are the writer's, not the speaker's.
    """
    head = doc[cue.head]
    sent = head.sent
    start, end = clause.left_edge.i, _content_end(doc, clause)
    if clause.i < cue.start:
        start = _after_lead_in(doc, sent.start, clause)
    elif _is_parenthetical(doc, cue, clause):
        start = _after_lead_in(doc, sent.start, clause)
    elif start < cue.start and doc[start].tag_ in ("WDT", "WP", "WP$"):
        # `the blast, which witnesses said could be heard for miles`: the relative word is the
        # writer's link; what was said is the clause after the cue
        start = min((t.i for t in clause.subtree if t.i >= cue.end), default=start)
    else:
        objects = [c for c in head.rights if c.dep_ == "dobj" and c.i < clause.i and cue.lemma not in ADDRESSEE_CUES]
        timed = _saying_time_end(clause) if clause.left_edge.i > cue.start else None
        mark = next((c for c in clause.lefts if c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "dobj" and any(
            s.dep_ in ("nsubj", "nsubjpass") and s.i > c.i for s in clause.lefts)))), None)  # `that` misread as an object
        if timed is not None:
            start = timed
        elif mark is not None:
            # `said outside court that ...`, `said only that ...`: what comes before `that` is the writer's
            start = mark.i
        elif objects:
            start = objects[0].left_edge.i  # `cited remarks Trump had made`: the object is part of the content
        for sibling in head.rights:
            # `said that X is "a problem" but "nobody has the guts"`: a coordinated clause goes on.
            if sibling.dep_ == "conj" and sibling.i > clause.i and _own_subject(sibling) is not None and sibling.lemma_.lower() not in speech_cues():
                end = max(end, _content_end(doc, sibling))
            # `said his client had been "overwhelmed" and had cooperated fully`: a backshifted verb hung on the cue
            # by the parse is the reported clause's (the writer's own verb would be in the cue's tense)
            elif sibling.dep_ == "conj" and sibling.i > clause.i and head.tag_ == "VBD" \
                    and any(c.dep_ == "aux" and c.lower_ in ("had", "would") for c in sibling.children):
                end = max(end, _content_end(doc, sibling))
    return trim_tokens(doc, past_dateline(doc, start), end)


def past_dateline(doc: Doc, start: int) -> int:
    """Where text starting at ``start`` really starts: after a dateline (`COPIAPÓ, Chile — One miner
    was killed ..., the operator said`), which is no one's words and no body's name."""
    if not is_dateline(doc[start]):
        return start
    colon = _colon_dateline_end(doc[start])
    return colon + 1 if colon is not None else next((t.i + 1 for t in doc[start : start + 8] if t.text in DATELINE_DASHES), start)


# `said the forum would seek a seat and would ask the regulator to ...`, `had not read it but had
# been told about it`: a backshifted or passive speech verb goes on with the reported clause
_REPORTED_AUX = frozenset(("would", "had", "'d", "will", "could", "might", "should"))


def _content_end(doc: Doc, clause: Token) -> int:
    end = clause.right_edge.i + 1
    lexicon = speech_cues()
    for child in clause.rights:
        new_statement = child.dep_ == "conj" and child.pos_ == "VERB" and child.lemma_.lower() in lexicon and not _own_subject(child) \
            and not any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ in _REPORTED_AUX) for c in child.children)
        participle = child.dep_ == "advcl" and child.tag_ == "VBG" and doc[child.left_edge.i - 1].text == ","
        # `said the jury would “consider all available footage” and declined to comment`, `said he was “annoyed” and
        # congratulated his neighbour`: a past act after a future, present or stative statement and its closing
        # quote mark is the speaker's (the parse hung it on the statement)
        new_statement = new_statement or (child.dep_ == "conj" and (clause.tag_ in ("VB", "VBZ", "VBP") or clause.lemma_ in ("be", "have"))
                                          and not _own_subject(child) and speakers_act(doc, child))
        if new_statement or participle:
            cut = child.left_edge.i
            while cut > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            end = min(end, cut)
    return end


# Verbs of wanting, expecting and being that go on with what was said (`said they “respect the decision” and
# expected to complete the deal`), not the speaker's next act (`and gave the credit to the whole crew`).
_STATEMENT_GOES_ON = frozenset(("be", "have", "want", "expect", "hope", "plan", "intend", "need", "believe", "know", "think", "remain",
                                "continue", "look", "wish", "like", "prefer", "feel", "seem", "aim", "stand", "mean", "include", "stay"))


def speakers_act(doc: Doc, verb: Token) -> bool:
    """``verb``, in the past and joined by `and` right after a closing quote mark, is the speaker's next act
    (`said the rescue had been “textbook” and gave the credit to the whole crew`), not more of what was said."""
    before = verb.left_edge.i
    return verb.tag_ == "VBD" and verb.lemma_ not in _STATEMENT_GOES_ON and before >= 2 and doc[before - 1].lower_ == "and" \
        and doc[before - 2].text in ("”", "’", '"', "'", "»") and not _own_subject(verb)


def _is_parenthetical(doc: Doc, cue: CueMatch, clause: Token) -> bool:
    """``To prevent problems, he said, officials should be vigilant``: a cue set off by commas inside its content.

    The words before the speaker must belong to the content clause; an adverbial of the cue
    (``As a phone rang, the announcer said, "..."``) does not make it parenthetical.
    """
    subject = _own_subject(doc[cue.head])
    if subject is None or cue.end >= len(doc) or doc[cue.end].text != ",":
        return False
    left = subject.left_edge.i
    return left > doc[cue.head].sent.start and doc[left - 1].text == "," and clause.left_edge.i < left


# Sentence openers that frame the report rather than belong to it ("As for complexity, ...").
LEAD_IN_DEPS = ("prep", "npadvmod", "advmod")
_LINKING_CONJUNCTIONS = frozenset(("but", "and", "yet", "or"))


def _after_lead_in(doc: Doc, start: int, clause: Token) -> int:
    """Skip a dateline (``WASHINGTON ―``), a linking ``But`` / ``And`` and a framing phrase set off by
    a comma at the sentence start: they are the writer's, not the speaker's."""
    start = _skip_linking(doc, start)
    if doc[start].is_upper and len(doc[start]) > 1 and start + 1 < len(doc) and doc[start + 1].text in ("―", "—", "–", "-", "("):
        dash = start + 1
        while dash < clause.right_edge.i and doc[dash].text not in ("―", "—", "–", "-"):
            dash += 1
        start = dash + 1 if dash < clause.right_edge.i else start
    token = doc[start]
    while token.head.i != token.i and token.head.i < clause.right_edge.i and token.dep_ not in LEAD_IN_DEPS:
        if token.head.i < start:
            break
        token = token.head
    if token.dep_ in LEAD_IN_DEPS and token.right_edge.i + 1 < len(doc) and doc[token.right_edge.i + 1].text == ",":
        return token.right_edge.i + 2
    return start


def _skip_linking(doc: Doc, start: int) -> int:
    """Past a sentence-opening ``But`` / ``And`` that links the report to the sentence before."""
    if doc[start].pos_ == "CCONJ" and doc[start].lower_ in _LINKING_CONJUNCTIONS and start + 2 < len(doc) and not doc[start + 1].is_punct:
        return start + 1
    return start


# short personal titles before a name (`Cllr Gareth Hamill`), whatever the tagger makes of them
_SHORT_TITLES = frozenset(("cllr", "cr", "dr", "mr", "mrs", "ms", "prof", "sir", "dame", "councillor", "rev"))


def _name_after_source(doc: Doc, cue: CueMatch) -> Span | None:
    """`According to Wendtland's father and agent, Michael Wendtland, the ...`: the name set off by commas
    right after the source, which the parse may take for the subject of what follows."""
    source = next((child for child in doc[cue.start + 1].children if child.dep_ == "pobj"), None)
    end = source.right_edge.i + 1 if source is not None else -1
    if end > 0 and doc[end - 1].text == ",":
        end -= 1  # the comma parsed as the source's own
    if end < 0 or end + 3 >= len(doc) or doc[end].text != ",":
        return None
    start = end + 1
    while start + 1 < len(doc) and doc[start].lower_.rstrip(".") in _SHORT_TITLES and doc[start].ent_iob_ != "B":
        start += 2 if doc[start + 1].text == "." else 1  # `according to its chair, Cllr Gareth Hamill.`
    titled = doc[start].lower_.rstrip(".") in _SHORT_TITLES  # `Cllr Declan Morrow`, tagged a body
    if doc[start].ent_type_ not in (("PERSON", "ORG") if titled else ("PERSON",)) or doc[start].ent_iob_ != "B":
        return None
    name_end = start + 1
    while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
        name_end += 1
    # set off by commas, or closing the sentence (`..., according to its chair, Cllr Gareth Hamill.`)
    closes = name_end < len(doc) and (doc[name_end].text == "," or (doc[name_end].text == "." and (name_end + 1 == len(doc) or doc[name_end + 1].is_space
                                                                                                    or doc[name_end + 1].is_sent_start)))
    return doc[start:name_end] if closes else None


def _sentence_without(doc: Doc, token: Token) -> tuple[int, int] | None:
    """The sentence of ``token`` minus the token's subtree, when that subtree sits at one edge."""
    sent = token.sent
    left, right = token.left_edge.i, token.right_edge.i + 1
    if left <= sent.start + 1:
        return trim_tokens(doc, right, sent.end)
    if right >= sent.end - 1:
        return trim_tokens(doc, _skip_linking(doc, sent.start), left)
    # In the middle ("The plan, she said, failed."): the whole sentence is what was said.
    return trim_tokens(doc, _skip_linking(doc, sent.start), sent.end)


def trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop punctuation and spaces at both ends of a token range; None if nothing is left."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def cue_object_content(doc: Doc, cue: CueMatch) -> tuple[int, int] | None:
    """Content that is an object, not a clause: ``cited the remarks``, ``urged voters to vote``, ``called for a recount``.

    Only for the lemmas in ``data/object_cues.txt``, each with where its content may be.
    """
    slots = object_cues().get(cue.lemma.split()[0])
    if not slots:
        return None
    head = doc[cue.head]
    if cue.lemma == "ask" and head.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in head.children):
        return None  # `Asked by a reporter about the timing, the minister said`: a topic, not something said
    for child in head.rights:
        if "to" in slots and child.dep_ == "dobj":
            # `urged pilgrims to avoid the bridge`, parsed as pilgrims who are to avoid it: the infinitive is what was urged
            child = next((c for c in child.rights if c.dep_ == "acl" and c.tag_ == "VB" and any(t.lower_ == "to" for t in c.lefts)), child)
        if child.dep_ in ("xcomp", "acl") and "to" in slots and any(t.lower_ == "to" for t in child.lefts):
            # `urged residents to stay off the roads`: what was urged is the infinitive; the residents
            # are whom it was said to (the addressee), not part of what was said
            return trim_tokens(doc, child.left_edge.i, _content_end(doc, child))
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in slots:
            objects = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
            if objects:
                return trim_tokens(doc, objects[0].left_edge.i, max(objects[0].right_edge.i + 1, _object_end(head, child)))
        if child.dep_ == "dobj" and "dobj" in slots:
            if cue.lemma == "claim" and child.lemma_.lower() in CLAIMED_THINGS:
                return None  # `claimed the title`, `the fire claimed three lives`: won or taken, not said
            end = _object_end(head, child)
            charge = accusation(head, child)
            if charge is not None:
                return trim_tokens(doc, charge.left_edge.i, end)
            # A bare pronoun object says nothing (`cited it`), unless completed (`called it a disgrace`);
            # nor does `call` with a bare object (`called the meeting`, `called an ambulance`).
            bare = end <= child.right_edge.i + 1
            if cue.lemma == "call" and (any(c.dep_ == "oprd" and c.pos_ == "PROPN" and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in head.children)
                                        or (child.pos_ == "PROPN" and any(t.lower_ in ("him", "her", "them") for t in child.lefts))):
                return None  # `Everyone calls him Abu Yasser`: a name people use, nothing said (but a headline's `Calls Hillary Clinton ‘A Disgrace’`, a class, says something)
            if not bare or (child.pos_ != "PRON" and cue.lemma != "call"):
                return trim_tokens(doc, child.left_edge.i, end)
    return None


def accusation(head: Token, obj: Token) -> Token | None:
    """``accused the board of hiding behind consultants``: what the accused is said to have done (the
    words after ``of``); the accused is whom it is said of, not part of what was said."""
    if head.lemma_.lower() != "accuse":
        return None
    prep = next((c for c in [*obj.rights, *head.rights] if c.dep_ == "prep" and c.lower_ == "of" and c.i > obj.i), None)
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None


def _object_end(head: Token, child: Token) -> int:
    """Where an object content ends: with what completes it (`described the plan as a disaster`,
    `accused him of lying`, `called for contestants to wear ...`), not with adverbials."""
    end = child.right_edge.i + 1
    for sibling in head.rights:
        completes = sibling.dep_ in ("oprd", "xcomp", "ccomp", "relcl") or (sibling.dep_ == "prep" and sibling.lower_ in ("as", "of", "to"))
        if sibling.i > child.i and completes:
            end = max(end, sibling.right_edge.i + 1)
    return end


def find_noun_cues(doc: Doc) -> list[CueMatch]:
    """Reporting nouns with a possessor and a that-clause: ``the police's claim that ...``."""
    nouns = phrases("noun_cues.txt")
    cues: list[CueMatch] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        if _noun_possessor(token) is not None and _noun_clause(token) is not None:
            cues.append(CueMatch(token.i, token.i + 1, token.i, token.lemma_.lower(), noun=True))
    return cues


def _noun_possessor(noun: Token) -> Token | None:
    """Whose words the noun names: its possessor, or a person noun the parse hung on it between the
    two (`with its chief executive warning that ...`, a verb tagged as a noun)."""
    people = words("person_nouns.txt") | words("titles.txt")
    for child in noun.children:
        if child.dep_ == "poss":
            person = next((t for t in noun.lefts if t.i > child.i and t.dep_ in ("amod", "compound") and t.pos_ == "NOUN" and t.lower_ in people), None)
            return person or child
    return None


def _noun_clause(noun: Token) -> Token | None:
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(t.lower_ == "that" and t.dep_ == "mark" for t in child.lefts):
            return child
    return None
