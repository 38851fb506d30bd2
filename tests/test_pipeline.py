"""Library API: ``quotegraph.extract`` / ``extract_batch`` — typed results, errors, offsets, batches.

Every article here is invented for the test. Offsets are checked by slicing the exact input string
(Python indices), so a BOM, \\r\\n line endings and characters outside the BMP must not shift them.
"""

from __future__ import annotations

import pytest

import quotegraph
from quotegraph import Article, InputError, Quote, Result, Settings, Speaker, TextSpan
from quotegraph.pipeline import extract_batch

SIMPLE = '"We will reopen the pool in June," Mayor Ana Ruiz said on Monday.'

FRENCH = (
    "Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine. "
    "Selon la maire, les travaux de la piscine commenceront au printemps et dureront six mois, "
    "mais plusieurs élus de l'opposition estiment que le projet coûte beaucoup trop cher."
)

# Texts whose offsets are easy to get wrong: a BOM, \r\n endings, emoji (some outside the BMP,
# some joined by ZWJ) and mathematical letters before and between the quotes.
TRICKY_TEXTS = {
    "crlf_and_bom": (
        "\ufeffTown pool to reopen\r\n\r\n"
        '"We will reopen the pool in June," Mayor Ana Ruiz said on Monday.\r\n\r\n'
        "Ruiz said the water tests had passed.\r\n"
    ),
    "emoji_before_quotes": (
        "🏊‍♀️🎉 𝐏𝐨𝐨𝐥 𝐧𝐞𝐰𝐬 🌊\n\n"
        "“The repairs are finished,” said Tom Berg, the city engineer 👷. "
        "Berg added that the 💧 filters had been replaced.\n"
    ),
    "all_three": (
        "\ufeff😀 Budget vote 🗳️\r\n\r\n"
        'Councilwoman Dana Whit called the plan "a careful budget for 𝒽𝒶𝓇𝒹 times."\r\n\r\n'
        '"We cannot spend what we do not have," Whit told reporters. 🚧\r\n'
        "Officials said the vote would take place on Friday.\r\n"
    ),
}

BATCH_TEXTS = [
    '"The bridge will open in May," Mayor Ana Ruiz said.',
    "The council said the budget was balanced.",
    '"We need more nurses," said Dr. Omar Haddad, who runs the clinic.',
    "Police said the road would stay closed until Friday.",
    "Coach Maria Santos said the team was ready for the final.",
    '"Prices will fall next year," the central bank said in a statement.',
    "A spokesman for the airline said all flights had resumed.",
    '"I am proud of these students," Principal Grace Lin told parents.',
    "The union said talks with the port authority had broken down.",
    '"This is a good day for the town," said Councilman Robert Hale.',
]


def assert_offsets(text: str, quote: Quote) -> None:
    """Every span a quote reports is the exact slice of the text it came from."""
    assert 0 <= quote.start < quote.end <= len(text)
    assert text[quote.start : quote.end] == quote.text
    for piece in quote.quoted:
        assert text[piece.start : piece.end] == piece.text
        assert quote.start <= piece.start <= piece.end <= quote.end
    if quote.speaker is not None:
        mention = quote.speaker.mention
        assert text[mention.start : mention.end] == mention.text
    if quote.cue is not None:
        assert text[quote.cue.start : quote.cue.end] == quote.cue.text


# --- extract ------------------------------------------------------------------------------------


def test_extract_returns_typed_quotes(en_nlp) -> None:
    quotes = quotegraph.extract(SIMPLE)
    assert isinstance(quotes, list)
    assert len(quotes) == 1
    quote = quotes[0]
    assert isinstance(quote, Quote)
    assert quote.text == "We will reopen the pool in June"
    assert quote.type == "direct"
    assert isinstance(quote.speaker, Speaker)
    assert quote.speaker.name == "Ana Ruiz"
    assert quote.speaker.kind == "person"
    assert isinstance(quote.speaker.mention, TextSpan)
    assert isinstance(quote.cue, TextSpan) and quote.cue.text == "said"
    assert isinstance(quote.confidence, float) and 0.0 <= quote.confidence <= 1.0
    assert_offsets(SIMPLE, quote)


def test_extract_reuses_a_given_pipeline(en_nlp) -> None:
    assert quotegraph.extract(SIMPLE, nlp=en_nlp) == quotegraph.extract(SIMPLE)


def test_extract_text_without_quotes_is_empty_list(en_nlp) -> None:
    assert quotegraph.extract("The library opens at nine on weekdays and at ten on Saturdays.") == []


def test_quotes_come_in_text_order(en_nlp) -> None:
    text = TRICKY_TEXTS["all_three"]
    starts = [quote.start for quote in quotegraph.extract(text)]
    assert starts == sorted(starts)


def test_to_dict_round_trips(en_nlp) -> None:
    for quote in quotegraph.extract(TRICKY_TEXTS["all_three"]):
        data = quote.to_dict()
        assert set(data) == {"text", "start", "end", "type", "speaker", "cue", "confidence", "quoted", "context", "addressee", "channel", "time"}
        again = Quote.from_dict(data)
        assert again.to_dict() == data


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\t"], ids=["empty", "spaces", "newlines"])
def test_empty_text_raises_e005(text: str) -> None:
    with pytest.raises(InputError) as caught:
        quotegraph.extract(text)
    assert caught.value.code == "E005"
    assert str(caught.value).startswith("[E005]")


def test_non_english_raises_e012() -> None:
    with pytest.raises(InputError) as caught:
        quotegraph.extract(FRENCH)
    assert caught.value.code == "E012"


def test_text_over_max_chars_raises_e004() -> None:
    with pytest.raises(InputError) as caught:
        quotegraph.extract(SIMPLE * 10, settings=Settings(max_chars=100))
    assert caught.value.code == "E004"


def test_min_confidence_drops_quotes(en_nlp) -> None:
    text = TRICKY_TEXTS["all_three"]
    everything = quotegraph.extract(text)
    assert everything
    cut = max(quote.confidence for quote in everything)
    kept = quotegraph.extract(text, settings=Settings(min_confidence=cut))
    assert kept == [quote for quote in everything if quote.confidence >= cut]
    assert quotegraph.extract(text, settings=Settings(min_confidence=1.0)) == [q for q in everything if q.confidence >= 1.0]


def test_no_indirect_setting_drops_indirect_quotes(en_nlp) -> None:
    text = TRICKY_TEXTS["all_three"]
    assert any(quote.type == "indirect" for quote in quotegraph.extract(text))
    quotes = quotegraph.extract(text, settings=Settings(indirect=False))
    assert quotes
    assert all(quote.type != "indirect" for quote in quotes)


# --- offsets contract ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TRICKY_TEXTS))
def test_offsets_slice_the_exact_input(en_nlp, name: str) -> None:
    text = TRICKY_TEXTS[name]
    quotes = quotegraph.extract(text)
    assert quotes, f"no quotes found in {name!r}"
    for quote in quotes:
        assert_offsets(text, quote)


def test_offsets_with_bom_and_crlf_match_plain_version(en_nlp) -> None:
    """The same story with a BOM and \\r\\n finds the same quotes, shifted only by what was added."""
    plain = TRICKY_TEXTS["crlf_and_bom"].removeprefix("\ufeff").replace("\r\n", "\n")
    tricky = TRICKY_TEXTS["crlf_and_bom"]
    assert [(q.text, q.type) for q in quotegraph.extract(tricky)] == [(q.text, q.type) for q in quotegraph.extract(plain)]


def test_offsets_count_non_bmp_characters_as_one(en_nlp) -> None:
    text = TRICKY_TEXTS["emoji_before_quotes"]
    quote = next(q for q in quotegraph.extract(text) if q.type == "direct")
    assert quote.start == text.index("The repairs")  # Python index, not UTF-16 or byte offset


# --- extract_batch ------------------------------------------------------------------------------


def as_dicts(results: list[Result]) -> list[dict]:
    return [result.to_dict() for result in results]


def test_batch_results_in_input_order_same_for_one_and_two_processes(en_nlp) -> None:
    settings = Settings(batch_size=2)  # several chunks, so two workers really share the work
    one = list(extract_batch(BATCH_TEXTS, settings=settings, n_process=1))
    two = list(extract_batch(BATCH_TEXTS, settings=settings, n_process=2))
    assert [result.id for result in one] == [str(n) for n in range(len(BATCH_TEXTS))]
    assert as_dicts(two) == as_dicts(one)
    assert all(result.error is None for result in one)
    assert sum(len(result.quotes) for result in one) >= len(BATCH_TEXTS) - 2
    for text, result in zip(BATCH_TEXTS, one):
        assert result.quotes == tuple(quotegraph.extract(text))
        for quote in result.quotes:
            assert_offsets(text, quote)


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_item_does_not_stop_the_batch(en_nlp, n_process: int) -> None:
    texts = BATCH_TEXTS[:4] + ["", FRENCH, "   "] + BATCH_TEXTS[4:8]
    results = list(extract_batch(iter(texts), settings=Settings(batch_size=3), n_process=n_process))
    assert [result.id for result in results] == [str(n) for n in range(len(texts))]
    errors = {result.id: result.error for result in results if result.error}
    assert set(errors) == {"4", "5", "6"}
    assert errors["4"].startswith("[E005]")
    assert errors["5"].startswith("[E012]")
    assert errors["6"].startswith("[E005]")
    for result in results:
        if result.error:
            assert result.quotes == ()
            assert result.to_dict()["error"] == result.error
        else:
            assert "error" not in result.to_dict()
    good = [result for result in results if not result.error]
    assert len(good) == 8
    assert sum(len(result.quotes) for result in good) >= 6


def test_batch_keeps_article_ids_and_meta(en_nlp) -> None:
    articles = [
        Article("a-1", BATCH_TEXTS[0], {"outlet": "Town Crier", "date": "2025-01-02"}),
        Article("a-2", "", {"outlet": "Town Crier"}),
        Article("a-3", BATCH_TEXTS[2], {"outlet": "Valley News", "_private": 1}),
    ]
    results = list(extract_batch(articles, n_process=2))
    assert [result.id for result in results] == ["a-1", "a-2", "a-3"]
    first = results[0].to_dict()
    assert first["outlet"] == "Town Crier" and first["date"] == "2025-01-02"
    assert results[1].error and results[1].error.startswith("[E005]")
    assert results[1].to_dict()["outlet"] == "Town Crier"
    assert "_private" not in results[2].to_dict()


def test_batch_of_nothing_is_empty(en_nlp) -> None:
    assert list(extract_batch([], n_process=2)) == []


def test_pipeline_circumstances_in_output(en_nlp) -> None:
    text = '"We are ready," Lena Ortiz told ET on Wednesday. Mayor Ana Ruiz told reporters last month that taxes would rise.'
    first, second = quotegraph.extract(text, nlp=en_nlp, published="2026-11-27")
    assert first.channel.to_dict() == {"text": "ET", "start": 32, "end": 34, "kind": "interview"}
    assert first.time.to_dict() == {"text": "Wednesday", "start": 38, "end": 47, "date": "2026-11-25"}
    assert second.addressee.text == "reporters"
    assert (second.time.text, second.time.date) == ("last month", "2026-10")


def test_pipeline_article_date_field_resolves_time(en_nlp) -> None:
    article = quotegraph.Article("a1", "The minister said on Monday that the border would reopen.", {"date": "2026-03-05"})
    (result,) = quotegraph.extract_batch([article], n_process=1)
    assert result.quotes[0].time.date == "2026-03-02"
