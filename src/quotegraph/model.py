"""The data model every stage shares: articles in, quotes out.

Offsets are Python string indices into ``Article.text`` exactly as given, half-open
``[start, end)``. Nothing here does any extraction; ``to_dict`` is the output contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]

QUOTE_TYPES: tuple[str, ...] = ("direct", "mixed", "indirect")
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "anonymous", "unknown")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the article: its text and character offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TextSpan":
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


# A mention of a speaker and a reporting cue are both plain spans of the text.
Mention = TextSpan
Cue = TextSpan


@dataclass(frozen=True, slots=True)
class Channel:
    """The medium or occasion of a statement: a span of the text and its kind (``circumstances.CHANNEL_KINDS``)."""

    text: str
    start: int
    end: int
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Channel":
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]), kind=data["kind"])


@dataclass(frozen=True, slots=True)
class TimeRef:
    """When a statement was made: a span of the text and the date it names.

    ``date`` is ISO ``YYYY-MM-DD`` for a day (a week is given by its Monday), ``YYYY-MM`` for a
    month, ``YYYY`` for a year, or None when the phrase cannot be resolved.
    """

    text: str
    start: int
    end: int
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "date": self.date}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TimeRef":
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]), date=data.get("date"))


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: a canonical name resolved within the article, and the mention it came from."""

    name: str
    kind: SpeakerKind
    mention: Mention

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "mention": self.mention.to_dict()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speaker":
        return cls(name=data["name"], kind=data["kind"], mention=TextSpan.from_dict(data["mention"]))


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed statement.

    ``start``/``end`` enclose the quoted words without quote marks. For a mixed quote they enclose
    the reported content, and ``quoted`` lists the verbatim pieces inside it.
    ``context`` is True when the speaker comes from the surrounding text, not the quote's own
    sentence (continuation paragraphs, a speaker named in the sentence before).
    ``addressee``, ``channel`` and ``time`` say to whom, where and when it was said, when the text
    ties them to the cue (``circumstances.py``).
    """

    text: str
    start: int
    end: int
    type: QuoteType
    speaker: Speaker | None
    cue: Cue | None
    confidence: float
    quoted: tuple[TextSpan, ...] = ()
    context: bool = False
    addressee: TextSpan | None = None
    channel: Channel | None = None
    time: TimeRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "confidence": round(self.confidence, 3),
            "quoted": [piece.to_dict() for piece in self.quoted],
            "context": self.context,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "channel": self.channel.to_dict() if self.channel else None,
            "time": self.time.to_dict() if self.time else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        speaker = data.get("speaker")
        cue = data.get("cue")
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            type=data["type"],
            speaker=Speaker.from_dict(speaker) if speaker else None,
            cue=TextSpan.from_dict(cue) if cue else None,
            confidence=float(data["confidence"]),
            quoted=tuple(TextSpan.from_dict(piece) for piece in data.get("quoted", ())),
            context=bool(data.get("context", False)),
            addressee=TextSpan.from_dict(data["addressee"]) if data.get("addressee") else None,
            channel=Channel.from_dict(data["channel"]) if data.get("channel") else None,
            time=TimeRef.from_dict(data["time"]) if data.get("time") else None,
        )


@dataclass(frozen=True, slots=True)
class Article:
    """An input article. ``meta`` carries any other input fields (url, outlet, date, ...) through."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Result:
    """What extraction gives for one article; ``error`` is set (and quotes empty) when it was unusable."""

    id: str
    quotes: tuple[Quote, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        for key, value in self.meta.items():
            if key not in ("id", "text", "quotes") and not key.startswith("_"):
                data[key] = value
        data["quotes"] = [quote.to_dict() for quote in self.quotes]
        if self.error is not None:
            data["error"] = self.error
        return data
