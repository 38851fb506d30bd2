"""Resolve a time phrase (``Wednesday evening``, ``last month``, ``on Thanksgiving``) to a date.

Relative phrases resolve against the article's publication date: a weekday, holiday or
month-and-day is the most recent one on or before publication (``last Tuesday``: strictly before);
``yesterday``/``last night`` = publication − 1; ``today``/``tonight`` = publication; ``last week``
= the Monday of that week; ``last month`` = ``YYYY-MM``; ``last year`` = ``YYYY``. Without a
publication date only phrases with an explicit year resolve. Finding which phrase belongs to a
statement is ``circumstances.py``'s job, not this module's.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from .lexicon import keyed

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
TIME_WORDS = frozenset(
    WEEKDAYS + tuple(MONTHS) + (
        "yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "noon",
        "midnight", "overnight", "day", "days", "week", "weeks", "weekend", "month", "months", "year",
        "years", "ago", "decade",
    )
)
# Bare units of time: a time only with a modifier ("this week", "the same day", "two days").
UNIT_WORDS = frozenset(
    ("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "weekend",
     "morning", "afternoon", "evening", "night")
)
TIME_MODIFIERS = frozenset(
    ("this", "last", "next", "that", "same", "previous", "recent", "earlier", "early", "late", "later",
     "past", "following", "the", "few", "several", "ago")
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\b")
_MONTH = re.compile(rf"\b({_MONTH_ALT})\b\.?")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_AGO = re.compile(rf"\b(\d+|{'|'.join(NUMBER_WORDS)})\s+(day|week|month|year)s?\s+ago\b")
_PERIOD = re.compile(r"\b(last|this)\s+(week|month|year)\b")


def normalise(text: str) -> str:
    """Lowercase, straight apostrophes, single spaces."""
    return " ".join(text.lower().replace("’", "'").replace("‘", "'").split())


def resolve_date(text: str, published: datetime.date | None) -> str | None:
    """The date a temporal phrase names, as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Args:
        text: the phrase (``Wednesday evening``, ``last month``, ``March 3, 2021``, ``Thanksgiving``).
        published: the publication date the phrase is read against; None resolves only phrases that
            carry their year.

    Returns:
        The ISO date, month or year, or None when the phrase does not name one.
    """
    low = normalise(text)
    absolute = _absolute_date(low)
    if absolute is not None or published is None:
        return absolute
    for rule in (_holiday_date, _month_day_date, _relative_day, _ago_date, _period_date, _weekday_date, _month_date):
        found = rule(low, published)
        if found is not None:
            return found
    return None


def _absolute_date(low: str) -> str | None:
    """A phrase with its year: ``march 3, 2021``, ``3 march 2021``, ``march 2021``, ``2019``, ``christmas 2020``."""
    iso = _ISO.search(low)
    if iso:
        return _iso(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    year = YEAR.search(low)
    if year is None:
        return None
    number = int(year.group(1))
    holiday = holiday_in(low)
    if holiday is not None:
        day = _holiday_on(holiday, number)
        return day.isoformat() if day else None
    month_day = _find_month_day(low)
    if month_day is not None:
        return _iso(number, *month_day)
    month = _MONTH.search(low)
    return f"{number:04d}-{MONTHS[month.group(1)]:02d}" if month else f"{number:04d}"


def _iso(year: int, month: int, day: int) -> str | None:
    day_ = _safe_date(year, month, day)
    return day_.isoformat() if day_ else None


def _find_month_day(low: str) -> tuple[int, int] | None:
    """(month, day) from ``march 3`` / ``3 march`` / ``the 3rd of march``, or None."""
    match = _MONTH_DAY.search(low)
    if match:
        return MONTHS[match.group(1)], int(match.group(2))
    match = _DAY_MONTH.search(low)
    if match:
        return MONTHS[match.group(2)], int(match.group(1))
    return None


def _most_recent(candidate: Callable[[int], datetime.date | None], published: datetime.date) -> datetime.date | None:
    """The occurrence in the publication year, or the year before when that is after publication.

    Args:
        candidate: year → date (or None) of the occurrence in that year.
        published: the publication date.
    """
    this_year = candidate(published.year)
    if this_year is not None and this_year <= published:
        return this_year
    return candidate(published.year - 1)


def _holiday_date(low: str, published: datetime.date) -> str | None:
    holiday = holiday_in(low)
    if holiday is None:
        return None
    day = _most_recent(lambda year: _holiday_on(holiday, year), published)
    return day.isoformat() if day else None


def _month_day_date(low: str, published: datetime.date) -> str | None:
    month_day = _find_month_day(low)
    if month_day is None:
        return None
    day = _most_recent(lambda year: _safe_date(year, *month_day), published)
    return day.isoformat() if day else None


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _relative_day(low: str, published: datetime.date) -> str | None:
    """``yesterday``/``last night`` → publication − 1; ``today``/``tonight``/``this morning`` → publication."""
    if re.search(r"\b(yesterday|last night)\b", low):
        return (published - datetime.timedelta(days=1)).isoformat()
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return published.isoformat()
    return None


def _ago_date(low: str, published: datetime.date) -> str | None:
    """``two days ago`` → that day; weeks → its Monday; months → ``YYYY-MM``; years → ``YYYY``."""
    match = _AGO.search(low)
    if match is None:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS[match.group(1)]
    return _shifted(match.group(2), count, published)


def _period_date(low: str, published: datetime.date) -> str | None:
    """``last week`` (its Monday), ``this month``, ``earlier this year``, ``last year``."""
    match = _PERIOD.search(low)
    if match is None:
        return None
    count = 0 if match.group(1) == "this" else 1
    return _shifted(match.group(2), count, published)


def _shifted(unit: str, count: int, published: datetime.date) -> str:
    """The day, week (Monday), month or year ``count`` units before publication."""
    if unit == "day":
        return (published - datetime.timedelta(days=count)).isoformat()
    if unit == "week":
        monday = published - datetime.timedelta(days=published.weekday() + 7 * count)
        return monday.isoformat()
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{published.year - count:04d}"


def _weekday_date(low: str, published: datetime.date) -> str | None:
    """A weekday: the most recent on or before publication; ``last Tuesday``: strictly before."""
    for number, name in enumerate(WEEKDAYS):
        match = re.search(rf"\b(last |next )?{name}\b", low)
        if match is None:
            continue
        if match.group(1) == "next ":
            return None
        back = (published.weekday() - number) % 7
        if back == 0 and match.group(1):
            back = 7
        return (published - datetime.timedelta(days=back)).isoformat()
    return None


def _month_date(low: str, published: datetime.date) -> str | None:
    """A month alone (``in March``): the most recent on or before publication; ``last March`` before it."""
    match = re.search(rf"\b(last )?({_MONTH_ALT})\b", low)
    if match is None:
        return None
    month = MONTHS[match.group(2)]
    this_year = month < published.month or (month == published.month and not match.group(1))
    year = published.year if this_year else published.year - 1
    return f"{year:04d}-{month:02d}"


# --------------------------------------------------------------------------- holidays


def holiday_in(low: str) -> str | None:
    """The longest holiday phrase (``holidays.txt``) in a normalised text, or None."""
    found = [phrase for phrase in keyed("holidays.txt") if re.search(rf"(?<![\w']){re.escape(phrase)}(?![\w'])", low)]
    return max(found, key=len) if found else None


def _holiday_on(phrase: str, year: int) -> datetime.date | None:
    """The date of a holiday in a year, from its rule in ``holidays.txt``."""
    rule = keyed("holidays.txt")[phrase]
    if rule.startswith("easter"):
        return _easter(year) + datetime.timedelta(days=int(rule[6:]))
    parts = rule.split("-")
    if len(parts) == 2:
        return _safe_date(year, int(parts[0]), int(parts[1]))
    month, nth, weekday = int(parts[0]), parts[1], WEEKDAYS.index(_weekday_name(parts[2]))
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
    if nth == "last":
        while (day + datetime.timedelta(days=7)).month == month:
            day += datetime.timedelta(days=7)
        return day
    return day + datetime.timedelta(days=7 * (int(nth) - 1))


def _weekday_name(prefix: str) -> str:
    return next(name for name in WEEKDAYS if name.startswith(prefix))


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 — the algorithm's own names
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return datetime.date(year, month, day)
