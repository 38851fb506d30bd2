"""Attribute quotes: link each quote span to its cue and speaker, and find indirect speech.

Input: the parsed Doc, the quote-mark spans (``quote_spans.py``) and the cues (``cues.py``).
Output: ``Quote`` records with speaker mentions named by ``entities.py``. Decides which quoted
spans are speech at all (titles, nicknames and scare quotes are not), which are mixed (quoted words
inside reported speech), and which quotes take their speaker from context.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .boundaries import boundary_model
from .cues import ADDRESSEE_CUES, RECORDING_NOUNS, WRITTEN_NOUNS, CueMatch, accusation, is_written, lexicon_cue, cue_content, cue_object_content, cue_subject, relative_antecedent, speakers_act, trim_tokens
from .circumstances import EMPTY, find_circumstances
from .entities import KIN_SHARING_NAME, OPENING_VERBS, PERSON_PRONOUNS, WORK_NOUNS, EntityIndex, Person, Resolution
from .lexicon import is_first_name, words
from .model import Quote, Speaker, TextSpan
from .quote_spans import QuoteSpan, find_nested_spans, paragraph_bounds
from .settings import Settings

# How many tokens may stand between a closing mark and its cue (`," Scott, the mayor, said`).
MAX_TRAILING_CUE_TOKENS = 10
# How many tokens may stand between a cue and the opening mark it introduces (`Scott told reporters: "`).
MAX_LEADING_CUE_TOKENS = 12
# A quote with no cue and no verb is speech only with this many words at least (a verbless
# fragment shorter than that is a title, a nickname or a scare quote).
MIN_CONTEXT_QUOTE_WORDS = 4
MIN_INDIRECT_TOKENS = 2
MIN_OBJECT_TOKENS = 2
MAX_SYNTAX_CLIMB = 4
SENTENCE_END = (".", "!", "?")
# `who asked not to be named`, `spoke on condition of anonymity`: how a source is described, not what they said.
_ANONYMITY = re.compile(r"\banonymity\b|^(?:not )?to be (?:named|identified|quoted)\b|^(?:that )?(?:her|his|their|its) (?:sur|first |full |last )?names? (?:not )?be (?:used|withheld|published|given)\b"
                        r"|^not to (?:use|give|publish|print) (?:her|his|their) (?:sur|first |full |last )?names?\b|^(?:her|his|their) (?:sur|first |full |last )?names?$"
                        r"|^(?:that )?(?:they|he|she|we|I) not be (?:named|identified|quoted)\b", re.IGNORECASE)  # `asked that they not be named`
_POSSESSIVE = re.compile(r"\s*[’']s?$")
# `"...." ― Name`: a dash right after the closing mark (and its punctuation), then the speaker.
# `Said Ellis: "..."`: the verb, then the speaker, opening the sentence just before the quote.
_INVERTED_BEFORE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(" + "|".join(sorted(v.title() for v in OPENING_VERBS))
                              + r")\s+([A-Za-z][^:,.\n\"“”]{0,50}?)\s*[:,]\s*\Z")
# marks that open a list item (a live blog's key points)
_BULLETS = frozenset(("•", "·", "-", "–", "*", "▪", "●"))
# `”⏎That was Premier Helen Costa, speaking ...`: a live blog names who it just quoted
# (`"A balanced budget" - that was T.S. Nambiar`: on the same line, after a dash)
_THAT_WAS = re.compile(r"[ \t]*(?:\n\s*(That was|That’s|That's|Those were the words of)|[-–—]+[ \t]*([Tt]hat was|[Tt]hose were the words of))\s+")
_DASH_AFTER = re.compile(r"[.,]?[ \t\u00a0]*([―—–])[ \t\u00a0]*(?=[A-Z])")
# Confidence of an attribution, by how it was found. Chosen by hand on written test articles;
# calibration on PolNeAR is issue #3's work.
CONFIDENCE = {
    "adjacent": 0.95,
    "syntax": 0.9,
    "mixed": 0.85,
    "indirect": 0.8,
    "object": 0.6,
    "split": 0.85,
    "continuation": 0.7,
    "previous_sentence": 0.55,
    "interview": 0.75,
    "nested": 0.7,
    "none": 0.3,
}
# Words a title keeps in lower case ("Night Train to Lisbon").
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from",
                               "da", "de", "del", "di", "dos", "das", "du", "la", "le", "van", "von"})  # `Rua da Saudade`
PRONOUN_FACTOR = 0.9
UNRESOLVED_FACTOR = 0.7
UNBALANCED_FACTOR = 0.8
# Participles that give a name (`a song called "X"`, `a post titled "Y"`).
TITLING_VERBS = frozenset(("call", "title", "entitle", "name", "dub", "headline", "nickname"))
# `the Brick`, `The Iron Lady`: a nickname given with `calling`.
# Records of someone's speech: `according to the transcript, she ended by saying ...` is her speech.
_RECORDS = RECORDING_NOUNS | {"transcript", "screenshot", "livestream", "broadcast", "log"}
_NICKNAME = re.compile(r"^[Tt]he (?:[A-Z][\w'’-]*\s?){1,3}[,.]?$")
# Things people write that a relative clause can report (`a caption that read: "..."`): the writer speaks.


@dataclass
class _Link:
    """A quote (or a piece of reported content) tied to a cue and a speaker head token."""

    start: int
    end: int
    type: str
    cue: CueMatch | None
    subject: Token | None
    how: str
    quoted: list[TextSpan] = field(default_factory=list)
    speaker: Speaker | None = None
    resolution: Resolution | None = None


# Documents whose words a colon introduces for their author (`The letter went on: “...”`).
_SPEAKING_DOCUMENTS = frozenset(("letter", "statement", "note", "memo", "email", "message", "post", "ruling", "judgment", "judgement"))


class Attributor:
    """Attribution for one Doc: build once, call ``run()``."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], cues: list[CueMatch], settings: Settings, published: datetime.date | None = None) -> None:
        self.doc = doc
        self.published = published
        self.text = doc.text
        self.spans = spans
        self.span_starts = [span.start for span in spans]
        self.balanced = {span.start: span.balanced for span in spans}
        self.cues = cues
        self.settings = settings
        self.cue_at = {index: cue for cue in cues for index in range(cue.start, cue.end)}
        self.starts = [token.idx for token in doc]
        self.paragraphs = paragraph_bounds(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.entities = EntityIndex(doc)
        self.boundaries = boundary_model() if settings.learned_boundaries else None
        self.answer_quotes: list[QuoteSpan] = []  # quote marks inside interview answers and transcript turns
        self._contents: dict[CueMatch, tuple[int, int] | None] = {}
        # Training (``training.train_boundary_model``) sets a list here to collect the rules' contents.
        self.boundary_trace: list[tuple[int, int, str, list[tuple[int, int]]]] | None = None

    # -- token helpers ---------------------------------------------------------------------------

    def _tokens_in(self, start: int, end: int) -> range:
        """Token indices whose first character lies in ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def _token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def _paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def _content(self, cue: CueMatch) -> tuple[int, int] | None:
        """``cue_content`` once per cue: quotes, outer cues and indirect speech all ask for it."""
        if cue not in self._contents:
            self._contents[cue] = cue_content(self.doc, cue)
        return self._contents[cue]

    def _chars(self, start: int, end: int) -> tuple[int, int]:
        return self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])

    # -- main ------------------------------------------------------------------------------------

    def run(self) -> list[Quote]:
        links = self._link_direct_quotes()
        if self.settings.indirect:
            links += self._indirect_links(links)
        links.sort(key=lambda link: link.start)
        links = self._merge_mixed(links)
        self._resolve_speakers(links)
        if self.settings.context_speakers:
            self._fill_context_speakers(links)
        links += self._nested_links(links)  # last: names inside quotes must not steer the article's own
        links.sort(key=lambda link: (link.start, -link.end))
        return [self._to_quote(link) for link in links]

    # -- direct and mixed quotes -----------------------------------------------------------------

    def _link_direct_quotes(self) -> list[_Link]:
        links: list[_Link] = self._interview_answers() + self._transcript_turns()
        answers = _Intervals((link.start, link.end) for link in links)
        for span in self.spans:
            if answers.overlaps(span.start, span.end):
                self.answer_quotes.append(span)  # part of the answer, and perhaps a quote it repeats
                continue
            link = self._link_quote(span)
            if link is not None:
                links.append(link)
        return links

    def _transcript_turns(self) -> list[_Link]:
        """Transcripts (``WALLACE: Let's start ...``): a paragraph opening with a speaker label and a
        colon is a direct quote of that speaker, when the article has at least two labelled turns.
        Turns already in quote marks are left to the quote-mark path (``Name: "..."``)."""
        turns = []
        known = {name for person in self.entities.people for name in (person.name, person.last, person.first) if name}  # `Albright:`
        for start, end in self.paragraphs:
            if self.text[start] in QUOTE_OPENERS and _TURN.match(self.text, start + 1, end):
                start += 1  # `"WALLACE: ...`: a stray opening mark before the label
            match = _TURN.match(self.text, start, end)
            if match is None or match.group(1).lower().rstrip(".") in _NOT_SPEAKER_LABELS:
                continue
            if self.text[match.end() : match.end() + 1] in QUOTE_OPENERS:
                continue
            label_end = self._token_at(match.end(1) - 1)
            label_tokens = self.doc[self._token_at(start) : label_end + 1]
            if not (match.group(1).replace(" ", "").replace(".", "").isupper() or match.group(1) in known
                    or any(t.ent_type_ == "PERSON" or is_first_name(t.text) for t in label_tokens)):
                continue  # `Price: $20`, `Where: Town Hall` are not speakers
            turns.append((match.end(), end, label_end, match.group(1)))
        if len({label.lower() for *_, label in turns}) < 2 and len(turns) < 3:
            return []
        first_turn = min((self._token_at(start) for start, *_ in turns), default=0)
        labels = {label for *_, label in turns}
        # `hosted by X`: verb -> X, read once for all role labels
        hosting = {verb: agent for verb in range(first_turn) if (agent := self._host_named_by(verb)) is not None} \
            if any(label.lower() in _LABEL_ROLES for label in labels) else {}
        heads = {label: self._role_label_holder(label, first_turn, hosting) for label in labels}
        heads.update({label: self._namesake_label_holder(label, labels, first_turn) for label in labels if heads[label] is None})
        return [_Link(start, _trim_end(self.text, start, end), "direct", None, self.doc[heads[label] if heads[label] is not None else head], "adjacent")
                for start, end, head, label in turns if end > start]

    def _role_label_holder(self, label: str, intro_end: int, hosting: dict[int, int]) -> int | None:
        """``HOST:``, ``GUEST:``, ``MODERATOR:`` label a role, not a name: a mention of the person the
        introduction gives it (`told host Marguerite Haley`, `a podcast hosted by Lachlan Moy`, `chaired
        by its communications manager, Jess Harnett`); the guest is the person it names most, not the host."""
        label = label.lower()
        if label not in _LABEL_ROLES:
            return None
        intro = [(position, person) for position, person in self.entities.mentions if position < intro_end and not person.name.isupper()]
        if not _LABEL_ROLES[label]:  # the guest
            hosts = {id(person) for _, person in intro if person.roles & _HOSTING_ROLES}
            hosts |= {id(self.entities.person_by_position[agent]) for agent in hosting.values()}
            return self._intro_subject(intro_end, skip=hosts)
        holder = next((position for position, person in intro if person.roles & _LABEL_ROLES[label]), None)
        return holder if holder is not None else next((agent for verb, agent in hosting.items() if self.doc[verb].lemma_ in _LABEL_VERBS[label]), None)

    def _namesake_label_holder(self, label: str, labels: Collection[str], intro_end: int) -> int | None:
        """A surname label beside a namesake's full-name label (`Brandauer:` and `Felix Brandauer:`)
        is the other person of that name: the one the introduction names most, first named on a tie."""
        surname = label.rstrip(".").lower()
        if " " in surname:
            return None
        fuller = {other.lower() for other in labels if " " in other and other.lower().rsplit(" ", 1)[1] == surname}
        if not fuller:
            return None
        others = {id(person) for person in self.entities.people
                  if (person.last or "").lower() != surname or person.name.lower() in fuller}
        return self._intro_subject(intro_end, skip=others)

    def _host_named_by(self, index: int) -> int | None:
        """The mention of the person a `hosted by` / `chaired by` / `moderated by` at token ``index``
        names (`chaired by its communications manager, Jess Harnett`), if any."""
        token = self.doc[index]
        if token.tag_ != "VBN" or token.lemma_ not in ("host", "chair", "moderate", "present"):
            return None
        by = next((c for c in token.children if c.dep_ == "agent"), None)
        named = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if named is not None and named.i not in self.entities.person_by_position:
            named = next((c for c in named.children if c.dep_ == "appos"), named)
        return named.i if named is not None and named.i in self.entities.person_by_position else None

    def _interview_answers(self) -> list[_Link]:
        """Q&A interviews: each ``A:`` paragraph is a direct quote of the person interviewed —
        the person the introduction (before the first ``Q:``) names most often, of those named in full;
        still quotes, of no one named, when the introduction names no one."""
        questions = [start for start, end in self.paragraphs if _QUESTION.match(self.text, start, end)]
        answers = [(match.end(), end) for start, end in self.paragraphs if (match := _ANSWER.match(self.text, start, end))]
        if not questions or len(answers) < 2:
            return []
        position = self._intro_subject(self._token_at(questions[0]))
        subject = self.doc[position] if position is not None else None
        return [_Link(start, _trim_end(self.text, start, end), "direct", None, subject, "interview") for start, end in answers if end > start]

    def _intro_subject(self, intro_end: int, skip: Collection[int] = ()) -> int | None:
        """The last mention of the person an introduction names most often, of those named in full."""
        counts: dict[int, list[int]] = {}
        named_in_full = any(person.first and person.last for position, person in self.entities.mentions if position < intro_end)
        for position, person in self.entities.mentions:
            if position < intro_end and (person.first and person.last or not named_in_full) and id(person) not in skip:  # not `Lassa` of `Lassa fever`
                counts.setdefault(id(person), []).append(position)
        for position, person in self.entities.mentions:
            if position < intro_end and _interviewer(self.doc[position]):
                counts.pop(id(person), None)  # `She spoke to Anita Rao about ...`: who asked the questions
        first = next((id(person) for position, person in self.entities.mentions if position < intro_end and id(person) in counts), None)
        relatives = {id(person) for position, person in self.entities.mentions
                     if position < intro_end and person.roles & KIN_SHARING_NAME and id(person) != first}  # not `Janelle Oberholtzer and her husband`
        if len(counts) > len(relatives & counts.keys()):  # `Her brother, the fiddler Dónall ...`: not the one interviewed
            counts = {key: value for key, value in counts.items() if key not in relatives}
        spoke = self._who_spoke_to(intro_end)
        if spoke is not None and not (spoke[1].first and spoke[1].last):
            return spoke[0]  # `Palwasha, who ... uses a single name, ... She spoke to The Sunday Chronicle`: one not named in full
        # on a tie, the one named in more sentences (not `Marcus` + `Bell`, named once)
        return max(counts.values(), key=lambda positions: (len(positions), len({self.doc[i].sent.start for i in positions})))[-1] if counts else None

    def _who_spoke_to(self, intro_end: int) -> tuple[int, Person] | None:
        """The last mention of the person an introduction's `She spoke to ...` refers to, and that person."""
        verb = next((t for t in self.doc[:intro_end] if t.lemma_.lower() in ("speak", "talk") and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in t.children)), None)
        pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")), None) if verb is not None else None
        found = self.entities.antecedent(pronoun.i, PERSON_PRONOUNS[pronoun.lower_], named=True) if pronoun is not None else None
        mentions = [(position, person) for position, person in self.entities.mentions if found is not None and person.name == found.name and position < pronoun.i]
        return mentions[-1] if mentions else None

    def _link_quote(self, span: QuoteSpan) -> _Link | None:
        tokens = self._tokens_in(span.start, span.end)
        if not len(tokens):
            return None
        if self._names_a_title(span):
            return None
        # An explicit `― Name` after the quote or `Name:` before it beats anything the parse says.
        named = self._dash_attribution(span) or self._colon_attribution(span) or self._inverted_attribution(span) or self._that_was(span)
        if named is not None:
            return _Link(span.start, span.end, "direct", named[0], named[1], "adjacent")
        lead = self._leading_cue(span)
        if lead is not None and is_written(self.doc[lead.head]):  # `... with a caption that read: "..."`: the caption's words
            return _Link(span.start, span.end, "direct", lead, cue_subject(self.doc, lead), "adjacent")
        found = self._syntactic_cue(span, tokens)
        if found is not None:
            return found
        cue = self._trailing_cue(span) or lead
        after_colon = self.text[max(0, span.open_mark - 4) : max(0, span.open_mark)].rstrip().endswith(":")
        if cue is not None and not after_colon and _is_titleish(self.text[span.start : span.end]) and self._content(cue) is not None:
            return None  # `On "Face the Nation," Ryan said the rules ...`: the cue reports other words
        if cue is not None:
            return _Link(span.start, span.end, "direct", cue, cue_subject(self.doc, cue) or self._name_before_cue(span, cue), "adjacent")
        if self._reads_like_statement(span, tokens):
            return _Link(span.start, span.end, "direct", None, None, "none")
        lead = self._colon_lead_subject(span.start)
        if lead is not None and self._is_person_subject(lead):
            return _Link(span.start, span.end, "direct", None, None, "none")  # `... with a single word: "Always."`
        return None

    def _colon_before(self, span: QuoteSpan, first: int) -> bool:
        """The words from token ``first`` up to the quote end with a colon: a lead-in that
        introduces the quote after its cue (``... what she would do: "..." the union wrote``)."""
        lead = self.text[self.doc[first].idx : span.open_mark].rstrip()
        return lead.endswith(":") and span.close_mark >= 0 and self.doc[first].idx < span.open_mark

    def _names_a_title(self, span: QuoteSpan) -> bool:
        """``a song called "Spare Key"``, ``the post, titled "Smaller, Slower"``: a name given by a
        participle that modifies a noun, not words someone said (``the company called "reckless"`` is)."""
        if span.open_mark <= 0:
            return False
        index = bisect.bisect_left(self.starts, span.open_mark) - 1
        while index >= 0 and self.doc[index].is_punct:
            index -= 1
        token = self.doc[index] if index >= 0 else None
        if token is None:
            return False
        quoted = self.text[span.start : span.end]
        if token.lemma_.lower() in WORK_NOUNS and token.pos_ in ("NOUN", "ADJ") and _is_titleish(quoted):
            return True  # `the talk show “Late Night Cafe Seoul.”`, `his album “Sol de Concreto”`
        if (token.tag_ == "POS" or token.lower_ in ("of", "in", "for")) and _is_titleish(quoted):
            return True  # `Meridian’s “Harbor Lights,”`, `the newcomer Eli Brandt, of “Ashfall.”`: a work named
        after = self.text[span.close_mark + 1 : span.close_mark + 12] if span.close_mark >= 0 else ""
        if re.match(r"\s*,\s*which\b", after) and len(quoted.split()) <= 8 and not any(c in quoted for c in ".!?"):
            return True  # `«La Nuit des cigales», which is competing for the Palme d’Or`: a thing named
        if token.lemma_.lower() in TITLING_VERBS and token.tag_ == "VBG" and _NICKNAME.match(quoted):
            return True  # `whom fans have taken to calling “the Brick,”`: a nickname
        if token.lemma_.lower() in TITLING_VERBS and _is_titleish(quoted) and len(quoted.split()) >= 2:
            return True  # `whom fans call “Mama Naivasha”`, `dubbed him “Lyin' Ted”`: a name given, not words said
        return token.lemma_.lower() in TITLING_VERBS and token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "advcl", "prep", "appos")

    def _syntactic_cue(self, span: QuoteSpan, tokens: range) -> _Link | None:
        """Climb from the quote's top tokens to a cue that governs it in the same sentence."""
        inside = set(tokens)
        tops = [i for i in tokens if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        for top in tops:
            token = self.doc[top]
            path: list[Token] = [token]
            for _ in range(MAX_SYNTAX_CLIMB):
                if token.head.i == token.i:
                    break
                token = token.head
                if token.i in inside:
                    continue
                cue = self.cue_at.get(token.i)
                if cue is not None:
                    # A quote inside the speaker's own name (`Donald "The Donald" Trump said`) is no speech.
                    if path[-1].dep_ in ("nsubj", "nsubjpass", "csubj"):
                        break
                    outer = self._reporting_cue(token, cue)
                    if outer is not None:  # `Whitlock said the union had rejected the offer "..."`: his words
                        return self._direct_or_mixed(span, tokens, outer, token)
                    return self._direct_or_mixed(span, tokens, cue, path[-1])
                path.append(token)
        return None

    def _reporting_cue(self, verb: Token, cue: CueMatch) -> CueMatch | None:
        """Another cue earlier in the sentence whose reported content holds this cue's verb (`said the
        union had rejected ...`, `told the magazine he had proposed ...`), or None."""
        for index in range(verb.i - 1, verb.sent.start - 1, -1):
            outer = self.cue_at.get(index)
            if outer is None or outer is cue or outer.head != index or self._is_recording(outer):
                continue  # `according to the transcript, she ended by saying ...`: her words, not the transcript's
            content = self._content(outer)
            if content is not None and content[0] <= verb.i < content[1]:
                return outer
        return None

    def _direct_or_mixed(self, span: QuoteSpan, tokens: range, cue: CueMatch, child: Token) -> _Link | None:
        """A cue governs the quote: direct if the quote is the whole content, else mixed."""
        subject = cue_subject(self.doc, cue)
        if subject is not None and subject.i in tokens:
            return None
        content = self._content(cue)
        if content is None or not (content[0] <= tokens[0] < content[1]):
            if content is not None and _is_titleish(self.text[span.start : span.end]):
                return None  # `on CBS's "Face the Nation," Ryan said the rules ...`: a title beside the content
            content = self._object_content(cue, child, span.start)
        outside = [i for i in range(*content) if i not in tokens and not self.doc[i].is_punct] if content else []
        if outside and all(i < tokens[0] for i in outside) and self._colon_before(span, outside[0]):
            # `The union set out its case: "Parallel to ...," it wrote.`, `announced the result to reporters: "..."`,
            # `replied eleven minutes later: "..."`: the lead-in is the writer's, the words after the colon the speaker's
            outside = []
        if not outside:
            return _Link(span.start, span.end, "direct", cue, subject, "syntax")
        start, end = self._chars(*content)
        quote_end = span.close_mark + 1 if span.close_mark >= 0 else span.end
        opening = span.open_mark if 0 <= span.open_mark < span.start else span.start  # a content starting inside the marks keeps the opening one
        start, end = min(start, opening), max(_trim_end(self.text, start, end), quote_end)
        if _is_titleish(self.text[span.start : span.end]):
            return None  # a title inside reported content: the indirect pass reports the content
        if self._framing(outside, tokens):
            return _Link(span.start, span.end, "direct", cue, subject, "syntax")
        return _Link(start, end, "mixed", cue, subject, "mixed", quoted=[_piece(self.text, span)])

    def _framing(self, outside: list[int], tokens: range) -> bool:
        """``called the plan “a gift to landowners”``, ``accused them of “hiding”``: the writer's words
        naming what the quotation is about; the speaker's words are the quotation alone."""
        inside = set(tokens)
        for i in outside:
            token = self.doc[i]
            if i > tokens[0] or token.pos_ in ("VERB", "AUX") or (token.lower_ in _CLAUSE_OPENERS and not _pointing_that(token)):
                return False
            if token.dep_ in ("nsubj", "nsubjpass", "expl") and token.head.i in inside:
                return False  # `said the photograph “was a mistake”`: a clause whose predicate is quoted
        return True

    def _object_content(self, cue: CueMatch, child: Token, span_start: int) -> tuple[int, int] | None:
        """``praised Scott for "the strength"``: from the cue's first right-hand word to the quote's phrase end."""
        head = self.doc[cue.head]
        # Objects before the quote's phrase belong to the content (`called the plan "a disaster"`, which
        # `_framing` then reports as the quotation alone), addressees and adverbials do not (`told workers at a rally to "..."`).
        objects = [c for c in head.rights if c.dep_ == "dobj" and c.i < child.i and cue.lemma not in ADDRESSEE_CUES]
        charge = accusation(head, objects[0] if objects else child)
        if charge is not None and charge.left_edge.i <= self._token_at(span_start):
            objects, child = [], charge  # `accused management of negotiating “in a locked room”`
        start = min([c.left_edge.i for c in objects] + [child.left_edge.i])
        start = max(start, cue.end)
        marks = [t.i for t in self.doc[start : child.right_edge.i + 1] if t.lower_ == "that" and t.i < self._token_at(span_start)]
        if marks:
            start = marks[0]  # `tweeted in the early hours that Machado was "..."`: the content starts at `that`
        return trim_tokens(self.doc, start, child.right_edge.i + 1)

    def _trailing_cue(self, span: QuoteSpan) -> CueMatch | None:
        """``"...," Scott said`` / ``"...," said Scott, the mayor.``: a cue just after the closing mark."""
        if span.close_mark < 0:
            return None
        # Speech before its attribution ends in punctuation: `"We won," she said`, `"Why?" he asked`.
        after = self.text[span.close_mark + 1 : span.close_mark + 2]
        last = span.close_mark - 1
        if self.text[last] in "’'\"”" and last > span.start:  # `“I told her, ‘Not yet.’” she said`
            last -= 1
        if self.text[last] not in ",.!?…—-;:" and after not in (",", ":", "—"):
            return None
        first = bisect.bisect_left(self.starts, span.close_mark + 1)
        offset, index, depth = 0, first - 1, 0
        while offset < MAX_TRAILING_CUE_TOKENS and index + 1 < len(self.doc):
            index += 1
            token = self.doc[index]
            # a parenthesis and a nickname inside the speaker's name do not count towards the distance:
            # `Scott's niece, state Del. Marcia "Cia" Price (D-Newport News), shouted`
            depth += (token.text == "(") - (token.text == ")")
            if depth > 0 or token.text == ")" or (token.text in ('"', "“", "”") and self._nickname_mark(index)):
                continue
            if token.text in ('"', "“", "”") or (token.text in SENTENCE_END and index > first):
                return None
            offset += token.text != ","
            if "\n" in token.text:
                return None
            cue = self.cue_at.get(index)
            # `"...," according to a statement from Acme`; not an `according to` further on in the sentence
            if cue is not None and (cue.lemma != "according to" or index - first <= 1):
                subject = cue_subject(self.doc, cue)
                return cue if subject is None or subject.i >= first else None
        return None

    def _name_before_cue(self, span: QuoteSpan, cue: CueMatch) -> Token | None:
        """``"...," Redding told host Renee Halloway``, where the parse made `told` a modifier and
        left it no subject: the name standing alone between the closing mark and the verb."""
        if span.close_mark < 0:
            return None
        first = bisect.bisect_left(self.starts, span.close_mark + 1)
        words = [t for t in self.doc[first : cue.head] if t.text not in (",", '"', "“", "”")]
        if words and len(words) <= 4 and all(t.pos_ == "PROPN" for t in words):
            return words[-1]
        return None

    def _nickname_mark(self, index: int) -> bool:
        """The quote mark at ``index`` opens or closes a one- or two-word capitalised nickname between
        name words (`Marcia "Cia" Price`)."""
        doc = self.doc
        for opening in (index, index - 2, index - 3):
            if opening < 1 or opening >= len(doc) or doc[opening].text not in ('"', "“", "”"):
                continue
            closing = next((i for i in range(opening + 2, min(opening + 4, len(doc))) if doc[i].text in ('"', "“", "”")), None)
            if closing is None or closing + 1 >= len(doc) or index not in (opening, closing):
                continue
            inner = doc[opening + 1 : closing]
            if all(t.text[:1].isupper() for t in inner) and doc[opening - 1].text[:1].isupper() and doc[closing + 1].text[:1].isupper():
                return True
        return False

    def _leading_cue(self, span: QuoteSpan) -> CueMatch | None:
        """``Scott said: "..."`` / ``Scott told reporters, "..."``: a cue shortly before the opening mark."""
        if span.open_mark < 0:
            return None
        before = self.text[max(0, span.open_mark - 20) : span.open_mark].rstrip()  # a window, not the whole prefix
        if not before or before[-1] not in ":,—–":
            return None
        last = bisect.bisect_left(self.starts, span.open_mark) - 1
        for index in range(last, max(-1, last - MAX_LEADING_CUE_TOKENS), -1):
            token = self.doc[index]
            if token.text in SENTENCE_END or "\n" in token.text or token.text in ('"', "“", "”"):
                return None
            cue = self.cue_at.get(index)
            if cue is not None:
                return cue
        return None

    def _dash_attribution(self, span: QuoteSpan) -> tuple[CueMatch, Token] | None:
        """``"We will win." ― Ana Ruiz``: a name after a dash, as under quotes in lists and posts."""
        if span.close_mark < 0:
            return None
        match = _DASH_AFTER.match(self.text, span.close_mark + 1)
        if match is None:
            return None
        dash = self._token_at(match.start(1))
        head = self._name_from(dash + 1) if dash < len(self.doc) else None
        return (CueMatch(dash, dash + 1, dash, "—", char_span=(match.start(1), match.end(1))), head) if head is not None else None

    def _name_from(self, first: int) -> Token | None:
        """The last word of the name that starts at token ``first`` (`Premier Helen Costa`, `Ana Ruiz Jr.`)."""
        names = []
        for token in self.doc[first : min(first + 6, len(self.doc))]:
            if token.is_space and not names:
                continue  # `― Julie`, with a no-break space the tokenizer keeps as a token
            if token.pos_ == "NOUN" and self.entities.is_role_word(token) and token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
                names = []  # `GUP candidate Mawuli Kafui Agbenyega`: a role after a party, then the name
                continue
            if token.pos_ != "PROPN" and not (names and token.text == "."):
                break
            names.append(token)
        return max((t for t in names if t.pos_ == "PROPN"), key=lambda t: t.i) if names else None

    def _that_was(self, span: QuoteSpan) -> tuple[CueMatch, Token] | None:
        """A live blog's quote on a line of its own, then ``That was Premier Helen Costa, speaking ...``."""
        if span.close_mark < 0 or span.open_mark < 0 or self.text[_line_start(self.text, span.open_mark) : span.open_mark].strip():
            return None
        match = _THAT_WAS.match(self.text, span.close_mark + 1)
        if match is None:
            return None
        head = self._name_from(self._token_at(match.end()))
        group = 1 if match.group(1) else 2
        was = self._token_at(match.start(group))
        return (CueMatch(was, was + 1, was, "was", char_span=(match.start(group), match.end(group))), head) if head is not None else None

    def _colon_attribution(self, span: QuoteSpan) -> tuple[CueMatch, Token] | None:
        """``Ana Ruiz: "We are ready."``: a bare name and a colon open the paragraph (interviews, transcripts)."""
        if span.open_mark < 0:
            return None
        line_start = _line_start(self.text, span.open_mark)
        lead = self.text[line_start : span.open_mark].rstrip()
        if not lead.endswith(":") or len(lead) > 60:
            return None
        tokens = list(self._tokens_in(line_start, line_start + len(lead)))
        names = [self.doc[i] for i in tokens[:-1]]
        colon = tokens[-1] if tokens else 0
        if names and len(names) <= 5 and self.entities.is_role_word(names[-1]) and self.text[span.close_mark + 1 : _line_end(self.text, span.close_mark)].strip(" .") == "":
            # a live-blog headline, `Kill Devil Hills mayor: ‘We are not kidding around’`: the person the next lines name in that role
            named = self.entities.named_next_mention(names[-1])
            return (CueMatch(colon, colon + 1, colon, ":"), named) if named is not None else None
        on = next((n for n, t in enumerate(names) if t.lower_ == "on" and 0 < n and n >= len(names) - 3), None)
        if on is not None:
            names = names[:on]  # `Hu on X: "Count every vote"`: the speaker, then where it was posted
        names = [t for t in names if not (t.text == "-" and not t.whitespace_ and t.i > 0 and not self.doc[t.i - 1].whitespace_)]  # `Sandoval-Reyes`
        if names and names[0].text in _BULLETS:
            # a live blog's key point, `• General manager Karen Holtzclaw: “...”`: the name after the bullet and the role
            names = names[1:]
            while len(names) > 1 and names[0].pos_ in ("NOUN", "ADJ") and names[0].is_alpha:
                names = names[1:]
        if not names or not all(t.pos_ == "PROPN" or t.text == "." for t in names) or names[-1].pos_ != "PROPN":
            return None
        return CueMatch(colon, colon + 1, colon, ":"), names[-1]

    def _inverted_attribution(self, span: QuoteSpan) -> tuple[CueMatch, Token] | None:
        """``Said Ellis: "I don't get the sense ..."``: a sentence opened by the verb and the speaker,
        which the parser reads as one name (``Said`` a compound of ``Ellis``)."""
        if span.open_mark < 0:
            return None
        match = _INVERTED_BEFORE.search(self.text, max(0, span.open_mark - 80), span.open_mark)
        if match is None:
            return None
        verb = self._token_at(match.start(1))
        names = list(itertools.takewhile(lambda t: t.pos_ != "ADP", (self.doc[i] for i in self._tokens_in(match.start(2), match.end(2)))))
        heads = [t for t in names if t.pos_ in ("PROPN", "NOUN")]
        if verb >= len(self.doc) or not heads or any(t.pos_ in ("VERB", "AUX", "PRON") for t in names):
            return None
        return CueMatch(verb, verb + 1, verb, "say"), heads[-1]

    def _reads_like_statement(self, span: QuoteSpan, tokens: range) -> bool:
        """A quote with no cue counts as speech when it is a sentence of its own, not a title or scare quote."""
        words = [i for i in tokens if self.doc[i].is_alpha]
        if not words or _is_titleish(self.text[span.start : span.end]):
            return False
        has_verb = any(self.doc[i].pos_ in ("VERB", "AUX") for i in tokens)
        if not has_verb and len(words) < MIN_CONTEXT_QUOTE_WORDS:
            return False
        lead = self.text[_line_start(self.text, span.start) : max(span.open_mark, _line_start(self.text, span.start))]
        sentence_start = lead.strip() == "" or lead.rstrip()[-1:] in SENTENCE_END + (":",)
        return sentence_start

    def _nested_links(self, links: list[_Link]) -> list[_Link]:
        """Quotes inside direct quotes (``“My coach told me, ‘Go,’ so I went,” she said``, or quote
        marks in an interview answer): a span that a cue inside the outer quote introduces. Its
        speaker is that cue's subject; ``I`` (or ``we``) is the outer speaker quoting themself. A span
        with no such cue (a title, a scare quote, a word held up) is not a quote."""
        outers = [link for link in links if link.type == "direct" and link.speaker is not None]
        nested: list[_Link] = []
        searched: set[int] = set()  # outer quotes whose words were already searched for lexicon cues
        for span in sorted(find_nested_spans(self.text, self.spans) + self.answer_quotes, key=lambda span: span.start):
            outer = next((link for link in outers if link.start <= span.start and span.end <= link.end), None)
            tokens = self._tokens_in(span.start, span.end)
            if outer is None or not len(tokens) or self._names_a_title(span):
                continue
            if _is_titleish(self.text[span.start : span.end]) and self.text[: max(0, span.open_mark)].rstrip()[-1:] not in (",", ":"):
                continue  # `When I sing “Rua da Saudade”`: a title, not words repeated
            for index in self._tokens_in(outer.start, outer.end) if id(outer) not in searched else ():
                cue = lexicon_cue(self.doc[index]) if index not in self.cue_at else None  # the model doubts cues inside quotes
                self.cue_at.update(dict.fromkeys(range(cue.start, cue.end), cue) if cue else {})
            searched.add(id(outer))
            # the outer speaker's own words name who spoke (`My coach told me, ‘...’`)
            found = ((cue, subject) for cue in self._inner_cues(span, tokens) if outer.start <= self.doc[cue.start].idx < outer.end
                     for subject in (cue_subject(self.doc, cue), _conjunct_subject(self.doc[cue.head]))
                     if subject is not None and outer.start <= subject.idx < outer.end)
            cue, subject = next(found, (None, None))
            if cue is None or subject is None or subject.lower_ == "you" or cue.lemma in TITLING_VERBS:
                continue  # `the products you called ‘miracles’`: a name given, not words repeated
            link = _Link(span.start, span.end, "direct", cue, subject, "nested")
            assert outer.speaker is not None and outer.resolution is not None
            if subject.lower_ in ("i", "we"):
                link.resolution = outer.resolution
            else:
                link.resolution = self.entities.quoted_reference(subject, self._token_at(outer.start), outer.speaker.name)
            start, end = self._chars(*_mention_range(subject))
            link.speaker = Speaker(link.resolution.name, link.resolution.kind, TextSpan(self.text[start:end], start, end))  # type: ignore[arg-type]
            nested.append(link)
        return nested

    def _inner_cues(self, span: QuoteSpan, tokens: range) -> Iterable[CueMatch]:
        """Cues that may introduce a quote, nearest kinds first (each looked for only when needed)."""
        yield from filter(None, (self._leading_cue(span), self._trailing_cue(span)))
        found = self._syntactic_cue(span, tokens)
        if found is not None and found.type == "direct" and found.cue is not None:
            yield found.cue

    # -- indirect speech -------------------------------------------------------------------------

    def _indirect_links(self, direct: list[_Link]) -> list[_Link]:
        used = {id(link.cue) for link in direct if link.cue is not None}
        taken = _Intervals((link.start, link.end) for link in direct)
        quoted_words = _Intervals((link.start, link.end) for link in direct if link.type == "direct")
        candidates = self._indirect_candidates(used)
        # Outer attributions first: in `X said that Y told police that ...` PolNeAR-style
        # univocal output keeps X's statement, which contains Y's.
        contents = _Intervals(content for _, content, _, _ in candidates)
        links: list[_Link] = []
        for cue, content, subject, how in candidates:
            if contents.count_covering(cue.start) > (content[0] <= cue.start < content[1]):
                continue
            if how == "indirect" and (content[1] - content[0] < MIN_INDIRECT_TOKENS or not self._has_verb(content)):
                continue
            if how == "object" and content[1] - content[0] < MIN_OBJECT_TOKENS:
                continue
            content = self._learned_end(content, cue)
            start, end = self._chars(*content)
            if taken.overlaps(start, end) or _ANONYMITY.search(self.text[start:end]):
                continue
            cue_char = self.doc[cue.start].idx
            if quoted_words.overlaps(cue_char, cue_char + 1):
                continue  # `“She said, ‘Go,’” Ann said.`: a cue inside a quote reports nothing outside it
            how = "adjacent" if cue.lemma == "according to" else how
            inside = self._spans_within(start, end)
            if cue.lemma in TITLING_VERBS and any(_NICKNAME.match(self.text[span.start : span.end]) for span in inside):
                continue  # `Regulars still call Fathi “the Hagg,”`: a name given, not words said
            quoted = [_piece(self.text, span) for span in inside if not _is_titleish(self.text[span.start : span.end])]
            links.append(_Link(start, end, "mixed" if quoted else "indirect", cue, subject, how, quoted=quoted))
            taken.add((start, end))
        return links

    def _learned_end(self, content: tuple[int, int], cue: CueMatch) -> tuple[int, int]:
        """Where the content ends, by the boundary model (``boundaries.py``); quoted pieces are never cut."""
        if self.boundaries is None and self.boundary_trace is None:
            return content
        start, end = content
        first_char, last_char = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1])
        sentence_end = self.doc[end - 1].sent.end_char
        blocked = []
        for index in range(max(0, bisect.bisect_left(self.span_starts, first_char) - 1), len(self.spans)):
            span = self.spans[index]
            if span.start >= sentence_end:
                break
            if span.end > first_char:
                blocked.append((self._token_at(span.start), self._token_at(max(span.start, span.end - 1)) + 1))
        if self.boundary_trace is not None:
            self.boundary_trace.append((start, end, cue.lemma, blocked))
            return content
        assert self.boundaries is not None
        # Never past another cue: that one reports its own content.
        limit = next((i for i in range(end, self.doc[end - 1].sent.end) if i in self.cue_at), len(self.doc))
        head = self.doc[cue.head]
        if not cue.noun and head.dep_ in ("advcl", "relcl", "acl") and end <= head.right_edge.i + 1 < head.head.i:
            # `Asked by a reporter whether the lead was lost, Al-Dosari shook his head`: a cue in a
            # clause before the one it hangs on reports nothing past its own clause
            limit = min(limit, head.right_edge.i + 1)
        following = next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i >= end), None) if not cue.noun else None
        if following is not None and speakers_act(self.doc, following):
            # `said he had “no legs left” and blamed nobody but himself`: the speaker's next act, not what was said
            limit = min(limit, following.left_edge.i)
        new_end = self.boundaries.best_end(self.doc, start, end, cue.lemma, blocked, limit)
        return trim_tokens(self.doc, start, new_end) or content if new_end != end else content

    def _indirect_candidates(self, used: set[int]) -> list[tuple[CueMatch, tuple[int, int], Token, str]]:
        """Every cue not used by a quote, with its content (a clause, else an object) and subject."""
        candidates = []
        for cue in self.cues:
            if id(cue) in used:
                continue
            content, how = self._content(cue), "indirect"
            if content is None and self.settings.object_contents:
                content, how = cue_object_content(self.doc, cue), "object"
            subject = cue_subject(self.doc, cue)
            if content is None or subject is None:
                continue
            if content[0] <= subject.i < content[1] and not content[0] < cue.start < content[1]:
                continue  # the speaker inside what they said: a parse gone wrong
            if self._is_recording(cue) and self._holds_speech(content):
                continue
            candidates.append((cue, content, subject, how))
        # `X said that, according to police, ...`, `It went according to plan, X said`: an `according to`
        # inside another cue's content is part of what that speaker said, not an attribution around it
        outer = _Intervals(content for cue, content, _, _ in candidates if cue.lemma != "according to")
        return [candidate for candidate in candidates if candidate[0].lemma != "according to" or not outer.overlaps(candidate[0].start, candidate[0].start + 1)]

    def _is_recording(self, cue: CueMatch) -> bool:
        """``according to the transcript / clips / a screenshot``: a record of someone's speech."""
        if cue.lemma != "according to":
            return False
        source = next((c for c in self.doc[cue.start + 1].children if c.dep_ == "pobj"), None)  # the record itself, not its author
        return source is not None and source.lemma_.lower() in _RECORDS

    def _holds_speech(self, content: tuple[int, int]) -> bool:
        """``According to the transcript, Ashdown ended by saying she would ...``: a recording that
        holds someone's own speech cue reports nothing itself; the speech is theirs."""
        for index in range(*content):
            cue = self.cue_at.get(index)
            if cue is not None and cue.lemma != "according to":
                speaker = cue_subject(self.doc, cue)
                if speaker is not None and content[0] <= speaker.i < content[1]:
                    return True
        return False

    def _spans_within(self, start: int, end: int) -> list[QuoteSpan]:
        first = bisect.bisect_left(self.span_starts, start)
        return [span for span in self.spans[first : bisect.bisect_left(self.span_starts, end)] if span.end <= end]

    def _has_verb(self, content: tuple[int, int]) -> bool:
        return any(self.doc[i].pos_ in ("VERB", "AUX") for i in range(*content))

    def _merge_mixed(self, links: list[_Link]) -> list[_Link]:
        """One record per cue and content: ``said "A" and "B"`` is one mixed quote with two pieces."""
        merged: list[_Link] = []
        for link in links:
            previous = merged[-1] if merged else None
            if previous is not None and previous.type == link.type == "mixed" and previous.cue is link.cue and link.start < previous.end:
                previous.end = max(previous.end, link.end)
                previous.quoted.extend(link.quoted)
                continue
            if previous is not None and link.start < previous.end:
                continue  # overlapping content: keep the first
            merged.append(link)
        return merged

    # -- speakers --------------------------------------------------------------------------------

    def _resolve_speakers(self, links: list[_Link]) -> None:
        for link in links:
            if link.subject is None:
                continue
            mention = _mention_range(link.subject)
            # `Mr. Kamin, who emphasized that ...`: the mention is "who", the name is Mr. Kamin's.
            named = relative_antecedent(link.subject) or link.subject
            writer = _writer_of(named) if named.i != link.subject.i else None
            if writer is not None:  # `She posted the photos with a caption that read: "..."`: she did
                named, mention = writer, _mention_range(writer)
            if link.type == "direct":  # people named in their own quoted words are rarely who speaks them
                self.entities.inside_quote = (self._token_at(link.start), self._token_at(max(link.start, link.end - 1)) + 1)
            resolution = self.entities.resolve(named, _mention_range(named))
            self.entities.inside_quote = (0, 0)
            resolution = replace(resolution, name=_POSSESSIVE.sub("", resolution.name))
            start, end = self._chars(*mention)
            link.speaker = Speaker(resolution.name, resolution.kind, TextSpan(self.text[start:end], start, end))  # type: ignore[arg-type]
            link.resolution = resolution
            if resolution.kind != "unknown":
                self.entities.remember_speaker(link.subject.i, resolution)

    def _fill_context_speakers(self, links: list[_Link]) -> None:
        """Quotes with no speaker of their own: a split quote, a continuation paragraph, the sentence before."""
        for index, link in enumerate(links):
            if link.speaker is not None or link.type != "direct":
                continue
            lead = self._colon_lead_subject(link.start)
            if lead is not None:  # `X was blunt: "..."` — the clause before the colon says who, or nobody
                # (or a document that speaks for its author: `The letter went on: “...”`, `The statement continued:`)
                # (`Another Liberal insider was blunter:`, `One resident was less polite:`: a person described)
                described = lead.pos_ == "NOUN" and (self.entities.is_role_word(lead) or lead.lemma_.lower() in words("anonymous_heads.txt"))
                if self._is_person_subject(lead) or described or lead.dep_ == "pobj" or lead.lemma_.lower() in _SPEAKING_DOCUMENTS:
                    link.subject, link.how = lead, "previous_sentence"
                    self._resolve_speakers([link])
                continue
            previous = links[index - 1] if index > 0 else None
            if previous is not None and previous.speaker is not None and self._continues(previous, link):
                link.speaker, link.cue, link.resolution = previous.speaker, previous.cue, previous.resolution
                same_paragraph = self._paragraph_of(previous.start) == self._paragraph_of(link.start)
                link.how = "split" if same_paragraph else "continuation"
                continue
            found = self._previous_sentence_speaker(link)
            if found is not None:
                link.subject, link.how = found, "previous_sentence"
                self._resolve_speakers([link])

    def _continues(self, previous: _Link, link: _Link) -> bool:
        """The quote goes on from the previous one: same or next paragraph, nothing attributed between."""
        gap = self._paragraph_of(link.start) - self._paragraph_of(previous.end)
        between = self._subject_between(previous.end, link.start)
        return gap <= 1 and (between is None or (previous.subject is not None and between.i == previous.subject.i))

    def _subject_between(self, start: int, end: int) -> Token | None:
        """The person subject of a sentence lying wholly between two character offsets
        (``... he said. | Okonkwo-Hart was blunt about the winner. "I should have had it."``)."""
        found = None
        between = self.doc.char_span(start, end, alignment_mode="contract") if end > start else None
        for sent in between.sents if between is not None else ():
            if sent.start_char < start or sent.end_char > end:
                continue
            subject = next((t for t in sent if t.dep_ == "nsubj" and t.head == sent.root), None)
            if subject is not None and self._is_person_subject(subject) and subject.lower_ not in ("he", "she"):
                found = subject
        return found

    def _colon_lead_subject(self, quote_start: int) -> Token | None:
        """The subject of the clause a colon ends just before the quote (``Coach Ana Ruiz was blunt: "..."``)."""
        before = self.text[max(0, quote_start - 6) : quote_start].rstrip(" \n\r\t\"“‘'«„")  # also a colon ending the paragraph before
        if not before.endswith(":"):
            return None
        colon = self._token_at(self.text.rfind(":", 0, quote_start))
        sent_start = self.doc[colon].sent.start
        for token in self.doc[sent_start:colon]:  # `He then read a statement on behalf of the trust:` — the trust's words
            if token.lower_ == "behalf" and token.head.lower_ == "on":
                owner = next((g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
                if owner is not None:
                    return owner
        return next((t for t in self.doc[sent_start:colon] if t.dep_ == "nsubj" and t.head.i < colon), None)

    def _is_person_subject(self, token: Token) -> bool:
        if token.ent_type_ == "PERSON" or token.lower_ in ("he", "she") or token.i in self.entities.person_by_position:
            return True
        return any(is_first_name(t.text) for t in token.lefts if t.dep_ == "compound")

    def _previous_sentence_speaker(self, link: _Link) -> Token | None:
        """``Scott took the stage. "We will win."`` — the person subject of the sentence before."""
        first = self._token_at(link.start)
        sent = self.doc[first].sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if self._paragraph_of(before.start_char) < self._paragraph_of(link.start) - 1:
            return None
        for _ in range(2):  # `The Clarkes’ granddaughter, Simone, has worked Saturdays. This week has been the hardest. | “...`
            for token in before:
                named = any(c.dep_ == "appos" and c.i in self.entities.person_by_position for c in token.children)  # `Their granddaughter, Simone,`
                if token.dep_ == "nsubj" and token.head == before.root and (token.ent_type_ == "PERSON" or token.lower_ in ("he", "she") or token.i in self.entities.person_by_position or named):
                    return token
            people = any(t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS or t.i in self.entities.person_by_position for t in before)
            if people or before.start == 0 or self._paragraph_of(self.doc[before.start - 1].sent.start_char) != self._paragraph_of(before.start_char):
                return None
            before = self.doc[before.start - 1].sent  # a sentence about no one: the one before it in the paragraph
        return None

    def _to_quote(self, link: _Link) -> Quote:
        confidence = CONFIDENCE[link.how]
        if link.resolution is not None and link.speaker is not None:
            if link.resolution.kind == "unknown":
                confidence *= UNRESOLVED_FACTOR
            elif link.subject is not None and link.subject.pos_ == "PRON" and relative_antecedent(link.subject) is None:
                confidence *= PRONOUN_FACTOR
        cue, setting = None, EMPTY
        if link.cue is not None:
            start, end = link.cue.span_chars(self.doc)
            cue = TextSpan(self.text[start:end], start, end)
            setting = find_circumstances(self.doc, link.cue.start, link.cue.end, (link.start, link.end), self.published)
        if link.type == "direct" and not self.balanced.get(link.start, True):
            confidence *= UNBALANCED_FACTOR
        return Quote(
            text=self.text[link.start : link.end],
            start=link.start,
            end=link.end,
            type=link.type,  # type: ignore[arg-type]
            speaker=link.speaker,
            cue=cue,
            confidence=confidence,
            quoted=tuple(link.quoted),
            context=link.how in ("split", "continuation", "previous_sentence"),
            addressee=setting.addressee,
            channel=setting.channel,
            time=setting.time,
        )


class _Intervals:
    """Half-open ranges, kept sorted by start, for overlap and coverage questions in log time.

    Ranges within one article's statements are short, so looking back a few neighbours suffices.
    """

    LOOK_BACK = 64

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]

    def add(self, interval: tuple[int, int]) -> None:
        index = bisect.bisect_left(self.starts, interval[0])
        self.starts.insert(index, interval[0])
        self.ranges.insert(index, interval)

    def _before(self, position: int) -> list[tuple[int, int]]:
        index = bisect.bisect_right(self.starts, position)
        return self.ranges[max(0, index - self.LOOK_BACK) : index]

    def overlaps(self, start: int, end: int) -> bool:
        return any(start < other_end and other_start < end for other_start, other_end in self._before(end - 1))

    def count_covering(self, position: int) -> int:
        return sum(1 for other_start, other_end in self._before(position) if other_start <= position < other_end)


def attribute_quotes(doc: Doc, spans: list[QuoteSpan], cues: list[CueMatch], settings: Settings, published: datetime.date | None = None) -> list[Quote]:
    """Attribute every quote span and indirect statement in ``doc``.

    Args:
        doc: the parsed article.
        spans: quote-mark spans from ``find_quote_spans``.
        cues: cues from ``find_cues``.
        settings: extraction settings.
        published: the article's publication date, to resolve when statements were made.

    Returns:
        Quotes in text order.
    """
    return Attributor(doc, spans, cues, settings, published).run()


# Mention spans: which children of a speaker's head belong to the mention.
_MENTION_LEFT = ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "advmod")
_MENTION_RIGHT = ("prep", "amod", "compound", "case")


def _conjunct_subject(verb: Token) -> Token | None:
    """``The agent rang and said``: the subject of the word a conjoined verb hangs on, whatever
    the tagger made of that word (inside quotes it often takes `rang` for a noun)."""
    if verb.dep_ != "conj":
        return None
    return next((child for child in verb.head.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def _writer_of(noun: Token) -> Token | None:
    """The subject of the clause a written thing (WRITTEN_NOUNS) is part of: who wrote or showed it."""
    if noun.lemma_.lower() not in WRITTEN_NOUNS:
        return None
    verb = noun
    for _ in range(MAX_SYNTAX_CLIMB):
        if verb.dep_ in ("nsubj", "nsubjpass") or verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            subjects = [child for child in verb.children if child.dep_ == "nsubj"]
            if subjects:  # of several (`His co-star Han Ji-yoo posted`, parsed with `co` a subject too), the nearest
                return min(subjects, key=lambda s: abs(s.i - verb.i))
    return None


def _mention_range(head: Token) -> tuple[int, int]:
    """Token range of the speaker mention headed by ``head`` (no appositions or relative clauses)."""
    if head.pos_ == "PRON":
        return head.i, head.i + 1
    start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in _MENTION_LEFT:
            start = min(start, child.left_edge.i)
    if head.dep_ in ("amod", "compound") and head.pos_ == "NOUN":  # `its chief executive` hung on a noun cue (`warning`)
        for sibling in head.head.lefts:
            if sibling.i < head.i and sibling.dep_ in ("poss", "amod", "compound", "det"):
                start = min(start, sibling.left_edge.i)
    for child in head.rights:
        if child.dep_ in _MENTION_RIGHT and not any(t.text == "," for t in child.doc[end : child.i]):
            end = max(end, child.right_edge.i + 1)
    doc = head.doc
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].tag_ == "POS"):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start : end - 1]):
            break  # `Analysts at the brokerage Dom Maklerski Wisła (DMW)`: the brackets stay whole
        end -= 1  # `the library’s own survey`: the owner, without its ’s
    breaks = [t.i for t in doc[start : head.i] if t.text == "," or t.text in ("—", "–", "--")
              or (t.text == "-" and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_)]  # `Sept 18 (EMW) - China's commerce ministry`
    if breaks:  # a comma, or a dateline's dash (`PECOS, Texas (AP) — Ward County Sheriff Lyle Brannock`)
        start = breaks[-1] + 1
    while start < head.i and (not any(char.isalnum() for char in doc[start].text) or (doc[start].pos_ == "VERB" and doc[start].lower_ in OPENING_VERBS)):
        start += 1  # `”― Pamela Padilla`, `Said Ellis:`: marks and a verb glued to the name are not part of it
    if head.lower_ == "old" and head.left_edge.i > 0 and doc[head.left_edge.i - 1].lower_ == "the":
        start = head.left_edge.i - 1  # `the 24-year-old said`, parsed with `the` on the verb
    return start, end


# `WALLACE:`, `SEN. KAINE:`, `Mike Pence:` at the start of a paragraph (a transcript turn).
# An oral history's `Ray Kessler (sound engineer, 1991–2009):` too, and double-barrelled `Okonkwo-Reyes:`.
_TURN = re.compile(r"((?:[A-Z][A-Z.'’-]+|[A-Z][a-z][\w'’-]*\.?)(?: (?:[A-Z][A-Z.'’-]+|[A-Z][a-z][\w'’-]*)){0,3})(?: \([^()\n]{1,120}\))?:[ \t]+(?=\S)")
_NOT_SPEAKER_LABELS = frozenset(("q", "a", "question", "answer", "note", "update", "updated", "editor's note", "editor’s note", "correction", "photo", "source", "sources", "read more", "related", "watch", "listen", "warning", "disclaimer", "caption", "declaration", "breaking", "latest", "result", "results", "recap", "live", "analysis", "background", "context"))
QUOTE_OPENERS = ('"', "“", "‘", "'", "«", "„")
# Transcript labels that name a role (`HOST:`), the roles the introduction gives that person, and the verbs it uses.
_LABEL_ROLES = {"host": frozenset(("host", "presenter", "anchor", "interviewer")), "presenter": frozenset(("host", "presenter", "anchor")),
                "anchor": frozenset(("anchor", "host", "presenter")), "interviewer": frozenset(("interviewer", "host")),
                "moderator": frozenset(("moderator", "chair", "chairman", "chairwoman", "chairperson")), "chair": frozenset(("chair", "chairman", "chairwoman", "moderator")),
                "guest": frozenset(), "interviewee": frozenset()}
_LABEL_VERBS = {"host": ("host", "present"), "presenter": ("present", "host"), "anchor": ("host", "present"), "interviewer": ("host",),
                "moderator": ("moderate", "chair"), "chair": ("chair", "moderate")}
_HOSTING_ROLES = _LABEL_ROLES["host"] | _LABEL_ROLES["moderator"]
_QUESTION = re.compile(r"(?:Q|Question)\s?[:.]\s+")
_ANSWER = re.compile(r"(?:A|Answer)\s?[:.]\s+")


def _interviewer(token: Token) -> bool:
    """`She spoke to Anita Rao`, `he talked with X`, `interviewed by X`: the mention asked the questions."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    preposition = token.head if token.dep_ == "pobj" else None
    if preposition is None:
        return False
    verb = preposition.head
    if preposition.lower_ == "by":
        return verb.lemma_.lower() == "interview"
    return preposition.lower_ in ("to", "with") and verb.lemma_.lower() in ("speak", "talk", "chat", "sit") \
        and any(child.dep_ == "nsubj" and child.lower_ in ("he", "she", "they") for child in verb.children)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return end


_CLAUSE_OPENERS = frozenset(("that", "whether", "if", "to", "how", "why", "what", "when", "where", "who"))


def _pointing_that(token: Token) -> bool:
    """`that` pointing at a thing (`called that “a lockout”`, `called that trade-off “...”`), not opening a clause."""
    if token.lower_ != "that":
        return False
    if token.dep_ in ("det", "dobj"):
        return True
    verb = token.head.head if token.head.pos_ == "NOUN" else None  # `called that “a lockout”`, parsed as a clause with no verb
    return token.dep_ == "mark" and verb is not None and verb.lemma_ in _NAMING_VERBS


_NAMING_VERBS = frozenset(("call", "dub", "label", "brand", "term"))


def _piece(text: str, span: QuoteSpan) -> TextSpan:
    return TextSpan(text[span.start : span.end], span.start, span.end)


def _is_titleish(quote_text: str) -> bool:
    """Titles of works and names: short, every main word capitalised, no sentence punctuation."""
    words = quote_text.strip(" ,.").split()
    if not words or len(words) > 8 or quote_text.rstrip()[-1:] in ("!", "?"):
        return False
    main = [word for word in words if word.lower() not in TITLE_SMALL_WORDS]
    return bool(main) and all(word[:1].isupper() or not word[:1].isalpha() for word in main)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
