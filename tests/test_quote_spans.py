"""Quote-mark pairing on raw text: mark styles, apostrophes, paragraphs, unbalanced marks."""

import pytest

from quotegraph.quote_spans import find_nested_spans, find_quote_spans


def spans(text):
    return [text[span.start : span.end] for span in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We won," she said.', ["We won"]),
        ("“We won,” she said.", ["We won"]),
        ("„We won“, she said.", ["We won"]),
        ("«We won», she said.", ["We won"]),
        ("« Nous sommes prêts », a-t-il dit.", ["Nous sommes prêts"]),
        ("It was »too early to say«. »Demand is there«, she said.", ["too early to say", "Demand is there"]),
        ("Er sagte: »Wir sind bereit.« Dann ging er.", ["Wir sind bereit."]),
        ("Headline: Mayor says ‘we will rebuild’", ["we will rebuild"]),
        ("Headline: Mayor says 'we will rebuild'", ["we will rebuild"]),
        ("“It’s Zen's call,” he said.", ["It’s Zen's call"]),
        ("It’s the students’ union and Zen's café.", []),
        ("Prices rose in the '90s, he said.", []),
        ('He is 6\' 2" tall and said "hello there."', ["hello there."]),
        ('"Why?" she asked. "Because," he said.', ["Why?", "Because"]),
    ],
)
def test_quote_spans_mark_styles(text, expected):
    assert spans(text) == expected


def test_quote_spans_nested_single_inside_double_is_one_quote():
    text = "“He told me ‘never again’ and left,” she said."
    assert spans(text) == ["He told me ‘never again’ and left"]


def test_quote_spans_single_marks_outer_in_british_style_with_double_marks_nested():
    text = (
        "‘My gran used to say “never trust clean boots”, and she was right,’ said Agnes Moffat. "
        "‘The lads’ boots were filthy.’\n\nThe council said it was “looking into it”."
    )
    found = find_quote_spans(text)
    assert [text[s.start : s.end] for s in found] == [
        "My gran used to say “never trust clean boots”, and she was right",
        "The lads’ boots were filthy.",
        "looking into it",
    ]
    assert [text[s.start : s.end] for s in find_nested_spans(text, found)] == ["never trust clean boots"]


def test_quote_spans_inner_quote_closing_against_the_outer_mark():
    """`Dean,”’ she said` and `Dean,’” she said`: the inner quote's closing mark and the outer one
    side by side; the outer closes there, and the inner is nested."""
    british = "Ms Okafor said she was in the kitchen.\n\n‘I heard Liam say, “Put it down, Dean,”’ she said. ‘Then it went quiet.’"
    found = find_quote_spans(british)
    assert [british[s.start : s.end] for s in found] == ["I heard Liam say, “Put it down, Dean,”", "Then it went quiet."]
    assert [british[s.start : s.end] for s in find_nested_spans(british, found)] == ["Put it down, Dean"]
    american = "“I heard Liam say, ‘Put it down, Dean,’” she said. “Then it went quiet.”"
    found = find_quote_spans(american)
    assert [american[s.start : s.end] for s in found] == ["I heard Liam say, ‘Put it down, Dean,’", "Then it went quiet."]
    assert [american[s.start : s.end] for s in find_nested_spans(american, found)] == ["Put it down, Dean"]


def test_quote_spans_british_single_quote_runs_across_paragraphs():
    text = "‘We waited six hours,’ said Agnes Moffat. ‘The water was at the windows.\n\n‘I thought we would die,’ she added. ‘The lads’ boots were all we had.’"
    assert spans(text) == ["We waited six hours", "The water was at the windows.\n\n‘I thought we would die", "The lads’ boots were all we had."]


def test_nested_spans_single_marks_inside_double_marks():
    text = "“He told me, ‘Go home,’ and I did,” she said. “Then ‘nothing’.”"
    found = find_quote_spans(text)
    assert [text[s.start : s.end] for s in find_nested_spans(text, found)] == ["Go home", "nothing"]


def test_quote_spans_run_across_paragraphs():
    text = 'She said: "The first part.\n\n"The second part.\n\n"The end," she said.\nNext.'
    found = find_quote_spans(text)
    assert len(found) == 1
    assert found[0].paragraphs == 3
    assert text[found[0].start : found[0].end] == 'The first part.\n\n"The second part.\n\n"The end'


def test_quote_spans_unclosed_quote_stays_in_its_paragraph():
    text = 'He said "this never closes.\n\nA new paragraph with "a real quote" here.'
    found = spans(text)
    assert found == ["this never closes.", "a real quote"]


def test_quote_spans_orphan_closing_mark_starts_at_paragraph():
    text = 'Intro line.\nThe plan is dead," he said.'
    assert spans(text) == ["The plan is dead"]


def test_quote_spans_stray_mark_does_not_swallow_article():
    text = 'A stray " mark.\n\n' + "Another paragraph. " * 50
    for span in find_quote_spans(text):
        assert span.end <= text.index("\n")


@pytest.mark.parametrize("text", ["", '"', '""', "“”", "'", "‘’", '" " "', "\n\n\"\n\n", "”hello“"])
def test_quote_spans_degenerate_input_never_crashes(text):
    for span in find_quote_spans(text):
        assert 0 <= span.start <= span.end <= len(text)
