"""Addressee, channel and time of a statement, read off the parse around its cue.

Sentences are written for the test. Each case names the cue by its text; the content (what was
said) is given as text so that words inside it are off limits. Spans are checked by offsets: the
reported text must be the slice of the input at the reported start/end, at the expected place.
"""

import datetime

import pytest

from quotegraph.circumstances import (
    CHANNEL_KINDS,
    EMPTY,
    Channel,
    Circumstances,
    TimeRef,
    find_circumstances,
)
from quotegraph.dates import _holiday_on, resolve_date
from quotegraph.lexicon import data_lines, keyed
from quotegraph.model import TextSpan

FRIDAY = datetime.date(2026, 11, 27)  # a Friday, the day after Thanksgiving 2026


def read(nlp, text, cue, content=None, published=FRIDAY, nth=0):
    """Parse ``text`` and read the circumstances of the ``nth`` token whose text is ``cue``."""
    doc = nlp(text)
    index = [token.i for token in doc if token.text == cue][nth]
    end = index + 2 if cue.lower() == "according" else index + 1
    span = None
    if content is not None:
        start = text.index(content)
        span = (start, start + len(content))
    return find_circumstances(doc, index, end, span, published)


def assert_at(text, span, expected, start=None):
    """``span`` is ``expected``, at its first place in ``text`` (or at ``start``), sliced exactly."""
    assert span is not None, f"expected {expected!r}, got None"
    assert span.text == expected
    assert text[span.start : span.end] == expected
    assert span.start == (text.index(expected) if start is None else start)


# --------------------------------------------------------------------------- addressee + channel


def test_outlet_told_is_addressee_and_interview_channel(en_nlp):
    text = '"We are ready," Lopez told ET on Wednesday.'
    found = read(en_nlp, text, "told", content="We are ready,")
    assert_at(text, found.addressee, "ET")
    assert_at(text, found.channel, "ET")
    assert found.channel.kind == "interview"
    assert_at(text, found.time, "Wednesday")
    assert found.time.date == "2026-11-25"


def test_told_reporters(en_nlp):
    text = '"The plan works," the mayor told reporters on Tuesday.'
    found = read(en_nlp, text, "told", content="The plan works,")
    assert_at(text, found.addressee, "reporters")
    assert found.channel is None
    assert found.time.date == "2026-11-24"


def test_telling_the_audience(en_nlp):
    text = "Garcia said the plan would fail, telling the audience that costs were rising."
    found = read(en_nlp, text, "telling", content="that costs were rising")
    assert_at(text, found.addressee, "the audience")
    assert found.channel is None and found.time is None


def test_said_in_a_statement(en_nlp):
    text = '"We are disappointed," the company said in a statement.'
    found = read(en_nlp, text, "said", content="We are disappointed,")
    assert found.addressee is None
    assert_at(text, found.channel, "a statement")
    assert found.channel.kind == "statement"
    assert found.time is None


def test_post_on_instagram(en_nlp):
    text = '"I love you all," she wrote in a post on Instagram.'
    found = read(en_nlp, text, "wrote", content="I love you all,")
    assert_at(text, found.channel, "a post on Instagram")
    assert found.channel.kind == "social_media"


def test_press_conference_wednesday_evening(en_nlp):
    text = '"We will not resign," Patel said at a press conference Wednesday evening.'
    found = read(en_nlp, text, "said", content="We will not resign,")
    assert_at(text, found.channel, "a press conference")
    assert found.channel.kind == "press_conference"
    assert_at(text, found.time, "Wednesday evening")
    assert found.time.date == "2026-11-25"


def test_interview_with_outlet(en_nlp):
    text = '"It was a hard year," Okafor said in an interview with The Guardian.'
    found = read(en_nlp, text, "said", content="It was a hard year,")
    assert_at(text, found.channel, "an interview with The Guardian")
    assert found.channel.kind == "interview"
    assert_at(text, found.addressee, "The Guardian")
    assert found.time is None  # "a hard year" is inside the quote


def test_said_to_reporters(en_nlp):
    text = '"The budget is sound," the governor said to reporters.'
    found = read(en_nlp, text, "said", content="The budget is sound,")
    assert_at(text, found.addressee, "reporters")


def test_letter_to_shareholders_before_the_cue(en_nlp):
    text = "In a letter to shareholders, the chief executive said profits would rise."
    found = read(en_nlp, text, "said", content="profits would rise")
    assert_at(text, found.channel, "a letter")
    assert found.channel.kind == "letter"
    assert_at(text, found.addressee, "shareholders")


def test_email_to_staff(en_nlp):
    text = '"We will review it," the agency said in an email to staff.'
    found = read(en_nlp, text, "said", content="We will review it,")
    assert (found.channel.text, found.channel.kind) == ("an email", "email")
    assert_at(text, found.addressee, "staff")


def test_told_a_story_is_no_addressee(en_nlp):
    found = read(en_nlp, "She told the story on Friday.", "told")
    assert found.addressee is None
    assert found.time.date == "2026-11-27"


def test_tweeted_names_the_channel(en_nlp):
    text = '"So proud of this team," she tweeted Saturday.'
    found = read(en_nlp, text, "tweeted", content="So proud of this team,")
    assert_at(text, found.channel, "tweeted")
    assert found.channel.kind == "social_media"
    assert found.time.date == "2026-11-21"


@pytest.mark.parametrize(
    ("text", "cue", "channel", "kind"),
    [
        ('"It is over," Kim said on Fox News Tuesday night.', "said", "Fox News", "tv"),
        ('"No deal," Park said on "Meet the Press."', "said", "Meet the Press", "tv"),
        ('"We won," Diaz said on his podcast.', "said", "his podcast", "podcast"),
        ('"We won," Diaz posted on X.', "posted", "X", "social_media"),
        ('"I did not do it," he said in court on Tuesday.', "said", "court", "court"),
        ('"Taxes must fall," Jones said during the debate.', "said", "the debate", "debate"),
        ('"We were misled," the official said at a hearing last week.', "said", "a hearing", "hearing"),
        ('"We will take back the state," Cruz said during a rally in Ohio.', "said", "a rally", "rally"),
        ('"No," she wrote in a Facebook post on Sunday.', "wrote", "a Facebook post", "social_media"),
        ('"Thanks," she said during an appearance on "The Tonight Show" on Friday.', "said", 'an appearance on "The Tonight Show"', "tv"),
    ],
)
def test_channel_kinds(en_nlp, text, cue, channel, kind):
    found = read(en_nlp, text, cue, content=text[1 : text.index('"', 1)])
    assert_at(text, found.channel, channel)
    assert found.channel.kind == kind


def test_testified_before_a_committee(en_nlp):
    text = "Smith testified before the Senate committee last Thursday."
    found = read(en_nlp, text, "testified")
    assert_at(text, found.channel, "testified")
    assert found.channel.kind == "hearing"
    assert_at(text, found.addressee, "the Senate committee")
    assert found.time.date == "2026-11-26"  # "last Thursday": strictly before the Friday


def test_scene_participle_after_the_cue(en_nlp):
    text = '"I am done," Ruiz said, speaking to reporters on Saturday.'
    found = read(en_nlp, text, "said", content="I am done,")
    assert_at(text, found.addressee, "reporters")
    assert_at(text, found.time, "Saturday")
    assert found.time.date == "2026-11-21"


def test_according_to_a_statement_released_monday(en_nlp):
    text = "According to a statement released Monday, the firm will close."
    found = read(en_nlp, text, "According", content="the firm will close")
    assert (found.channel.text, found.channel.kind) == ("a statement", "statement")
    assert_at(text, found.time, "Monday")
    assert found.time.date == "2026-11-23"


def test_according_to_a_person_gives_nothing(en_nlp):
    text = "The plant will close on Monday, according to Smith."
    assert read(en_nlp, text, "according", content="The plant will close on Monday") == EMPTY


def test_dash_cue(en_nlp):
    text = '"Be kind to each other." ― Maya Lin, in a post on Instagram'
    found = read(en_nlp, text, "―", content="Be kind to each other.")
    assert found.addressee is None
    assert (found.channel.text, found.channel.kind) == ("a post on Instagram", "social_media")


def test_dash_cue_reads_only_its_own_line(en_nlp):
    text = 'The mayor spoke on Monday.\n"Be brave." ― Ana Ruiz, Tuesday\nShe left on Friday.'
    found = read(en_nlp, text, "―", content="Be brave.")
    assert_at(text, found.time, "Tuesday")
    assert found.time.date == "2026-11-24"


def test_colon_cue(en_nlp):
    text = 'Ruiz on Twitter: "We did it."'
    found = read(en_nlp, text, ":", content="We did it.")
    assert (found.channel.text, found.channel.kind) == ("Twitter", "social_media")
    assert found.addressee is None and found.time is None


# --------------------------------------------------------------------------- time


def test_last_month(en_nlp):
    text = '"We need more time," Chen said last month.'
    found = read(en_nlp, text, "said", content="We need more time,")
    assert_at(text, found.time, "last month")
    assert found.time.date == "2026-10"


def test_on_thanksgiving(en_nlp):
    text = '"Family comes first," Brooks said on Thanksgiving.'
    found = read(en_nlp, text, "said", content="Family comes first,")
    assert_at(text, found.time, "Thanksgiving")
    assert found.time.date == "2026-11-26"
    earlier = read(en_nlp, text, "said", content="Family comes first,", published=datetime.date(2026, 11, 20))
    assert earlier.time.date == "2025-11-27"  # the most recent Thanksgiving before publication


def test_yesterday(en_nlp):
    text = '"The vote is rigged," Harris said yesterday.'
    found = read(en_nlp, text, "said", content="The vote is rigged,")
    assert_at(text, found.time, "yesterday")
    assert found.time.date == "2026-11-26"


def test_absolute_date_with_and_without_publication(en_nlp):
    text = '"We will appeal," the lawyer said on March 3, 2021.'
    for published in (FRIDAY, None):
        found = read(en_nlp, text, "said", content="We will appeal,", published=published)
        assert_at(text, found.time, "March 3, 2021")
        assert found.time.date == "2021-03-03"
        assert found.channel is None  # "March" is no march


def test_no_time_given(en_nlp):
    text = '"Prices will fall," the minister said.'
    assert read(en_nlp, text, "said", content="Prices will fall,") == EMPTY


def test_date_of_another_clause_is_not_taken(en_nlp):
    text = "The law, passed in 2019, is unfair, she said on Monday."
    found = read(en_nlp, text, "said", content="The law, passed in 2019, is unfair,")
    assert_at(text, found.time, "Monday")
    assert found.time.date == "2026-11-23"


def test_date_in_the_content_is_not_taken(en_nlp):
    text = '"I was there on Monday," he said.'
    assert read(en_nlp, text, "said", content="I was there on Monday,").time is None
    text = "She said Tuesday that the vote on Friday was rigged."
    found = read(en_nlp, text, "said", content="that the vote on Friday was rigged")
    assert_at(text, found.time, "Tuesday")


def test_date_attached_to_the_content_verb_is_not_taken(en_nlp):
    text = "He said the plan failed on Tuesday."
    assert read(en_nlp, text, "said", content="the plan failed on Tuesday").time is None


def test_time_inside_the_channel_phrase(en_nlp):
    text = '"It is time," he said in a speech at the university on Labor Day.'
    found = read(en_nlp, text, "said", content="It is time,")
    assert (found.channel.text, found.channel.kind) == ("a speech", "speech")
    assert_at(text, found.time, "Labor Day")
    assert found.time.date == "2026-09-07"


def test_weekday_and_date_apposition(en_nlp):
    text = "Lopez said Tuesday, Dec. 3, that he would run."
    found = read(en_nlp, text, "said", content="that he would run")
    assert_at(text, found.time, "Tuesday, Dec. 3")
    assert found.time.date == "2025-12-03"


def test_no_publication_date_keeps_the_span(en_nlp):
    text = '"We are ready," Lopez told ET on Wednesday.'
    found = read(en_nlp, text, "told", content="We are ready,", published=None)
    assert_at(text, found.time, "Wednesday")
    assert found.time.date is None


def test_publication_datetime_is_accepted(en_nlp):
    text = '"The vote is rigged," Harris said yesterday.'
    published = datetime.datetime(2026, 11, 27, 23, 59)
    assert read(en_nlp, text, "said", content="The vote is rigged,", published=published).time.date == "2026-11-26"


def test_bad_cue_range_is_empty(en_nlp):
    doc = en_nlp("Nothing here.")
    assert find_circumstances(doc, 5, 6, None, FRIDAY) == EMPTY
    assert find_circumstances(doc, 1, 1, None, FRIDAY) == EMPTY


def test_to_dict():
    found = Circumstances(TextSpan("ET", 22, 24), Channel("ET", 22, 24, "interview"), TimeRef("Wednesday", 28, 37, "2026-11-25"))
    assert found.to_dict() == {
        "addressee": {"text": "ET", "start": 22, "end": 24},
        "channel": {"text": "ET", "start": 22, "end": 24, "kind": "interview"},
        "time": {"text": "Wednesday", "start": 28, "end": 37, "date": "2026-11-25"},
    }
    assert EMPTY.to_dict() == {"addressee": None, "channel": None, "time": None}


# --------------------------------------------------------------------------- date resolution


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("Wednesday", FRIDAY, "2026-11-25"),
        ("Friday", FRIDAY, "2026-11-27"),
        ("last Friday", FRIDAY, "2026-11-20"),
        ("Saturday", FRIDAY, "2026-11-21"),
        ("next Tuesday", FRIDAY, None),
        ("today", FRIDAY, "2026-11-27"),
        ("tonight", FRIDAY, "2026-11-27"),
        ("this morning", FRIDAY, "2026-11-27"),
        ("last night", FRIDAY, "2026-11-26"),
        ("last week", FRIDAY, "2026-11-16"),
        ("earlier this week", FRIDAY, "2026-11-23"),
        ("last month", datetime.date(2026, 1, 15), "2025-12"),
        ("this month", FRIDAY, "2026-11"),
        ("last year", FRIDAY, "2025"),
        ("earlier this year", FRIDAY, "2026"),
        ("two days ago", FRIDAY, "2026-11-25"),
        ("three weeks ago", FRIDAY, "2026-11-02"),
        ("six months ago", FRIDAY, "2026-05"),
        ("March 3", FRIDAY, "2026-03-03"),
        ("Dec. 3", FRIDAY, "2025-12-03"),
        ("the 3rd of March", FRIDAY, "2026-03-03"),
        ("March", FRIDAY, "2026-03"),
        ("May", datetime.date(2026, 3, 10), "2025-05"),
        ("last March", datetime.date(2026, 3, 10), "2025-03"),
        ("March 3, 2021", None, "2021-03-03"),
        ("3 March 2021", None, "2021-03-03"),
        ("March 2021", None, "2021-03"),
        ("2019", None, "2019"),
        ("Christmas Day 2020", None, "2020-12-25"),
        ("Wednesday", None, None),
        ("yesterday", None, None),
        ("the weekend", FRIDAY, None),
        ("Christmas", FRIDAY, "2025-12-25"),
        ("Christmas", datetime.date(2026, 12, 25), "2026-12-25"),
        ("Christmas Eve", datetime.date(2026, 12, 25), "2026-12-24"),
        ("New Year’s Eve", FRIDAY, "2025-12-31"),
        ("New Year's Day", FRIDAY, "2026-01-01"),
        ("July Fourth", FRIDAY, "2026-07-04"),
        ("the Fourth of July", FRIDAY, "2026-07-04"),
        ("Independence Day", FRIDAY, "2026-07-04"),
        ("Labor Day", FRIDAY, "2026-09-07"),
        ("Memorial Day", FRIDAY, "2026-05-25"),
        ("Thanksgiving", FRIDAY, "2026-11-26"),
        ("Halloween", FRIDAY, "2026-10-31"),
        ("Valentine's Day", FRIDAY, "2026-02-14"),
        ("Easter", datetime.date(2026, 4, 10), "2026-04-05"),
        ("Easter", datetime.date(2026, 4, 1), "2025-04-20"),
        ("Easter 2024", None, "2024-03-31"),
        ("Good Friday", datetime.date(2026, 4, 10), "2026-04-03"),
    ],
)
def test_resolve_date(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


# --------------------------------------------------------------------------- data files


def test_channel_data_kinds_are_known():
    assert set(keyed("channel_words.txt").values()) <= set(CHANNEL_KINDS)
    verb_kinds = {line.split()[1] for line in data_lines("channel_verbs.txt")}
    assert verb_kinds <= set(CHANNEL_KINDS) | {"none"}
    outlet_kinds = {"tv", "radio", "podcast", "print", "agency", "online", "social_media"}
    assert set(keyed("media_outlets.txt").values()) <= outlet_kinds
    assert set(keyed("media_words.txt").values()) <= outlet_kinds


def test_every_holiday_rule_gives_a_date():
    for phrase in keyed("holidays.txt"):
        for year in range(2000, 2031):
            assert isinstance(_holiday_on(phrase, year), datetime.date), (phrase, year)
