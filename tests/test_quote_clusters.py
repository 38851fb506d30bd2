"""When two quoted texts are the same quote (quote_clusters.py), and that their lookup keys meet."""

from __future__ import annotations

import pytest

from quotegraph.model import Quote, TextSpan
from quotegraph.quote_clusters import lookup_keys, match, normalise, verbatim_text

FULL = "We will build the road, the school and the bridge before the winter comes to Ravensport."


@pytest.mark.parametrize(
    ("variant", "kind"),
    [
        ("we will build the road the school and the bridge before the winter comes to ravensport", "exact"),
        ("“We will build the road — the school and the bridge — before the winter comes to Ravensport!”", "exact"),
        ("We will build the road ... and the bridge before the winter comes to Ravensport.", "ellipsis"),
        ("We will build the road […] before the winter comes to Ravensport", "ellipsis"),
        ("...the road, the school and the bridge before the winter comes to Ravensport.", "trimmed"),
        ("We will build the road, the school and the bridge", "trimmed"),
        ("build the road, the school and the bridge before the", "trimmed"),
        ("We will build the road, the school and the bridge before the winter comes to town.", "similar"),  # a changed word
    ],
)
def test_quote_clusters_same_quote(variant: str, kind: str) -> None:
    first, second = normalise(FULL), normalise(variant)
    assert match(first, second) == kind
    assert match(second, first) == kind
    assert set(lookup_keys(first)) & set(lookup_keys(second)), "the store would not find the candidate"


@pytest.mark.parametrize(
    "other",
    [
        "Nobody wanted this strike to last.",
        "the school and the bridge",  # contained, but too short to be the same quote
        "We will not build the road or the school this year, and maybe never.",
    ],
)
def test_quote_clusters_different_quotes(other: str) -> None:
    assert match(normalise(FULL), normalise(other)) is None


def test_quote_clusters_short_quotes_never_cluster() -> None:
    assert match(normalise("No."), normalise("No!")) is None
    assert lookup_keys(normalise("We will see")) == []


def test_quote_clusters_normalise_folds_apostrophes_and_cuts_at_ellipses() -> None:
    assert normalise("We won’t stop… ever.").segments == (("we", "wont", "stop"), ("ever",))


def test_quote_clusters_verbatim_text_by_type() -> None:
    span = TextSpan("protects jobs", 10, 23)
    direct = Quote("We won", 0, 6, "direct", None, None, 0.9)
    mixed = Quote('that it "protects jobs"', 0, 23, "mixed", None, None, 0.9, quoted=(span,))
    indirect = Quote("that it works", 0, 13, "indirect", None, None, 0.9)
    assert (verbatim_text(direct), verbatim_text(mixed), verbatim_text(indirect)) == ("We won", "protects jobs", None)


def test_normalised_words_survive_the_round_trip_through_the_store_column() -> None:
    from quotegraph.quote_clusters import NormalisedQuote

    for text in ("We won't stop... ever, she said", "Nobody — not one person — asked us.", "“…”", "A [...] b c d e f g h"):
        quote = normalise(text)
        assert NormalisedQuote.load(quote.dump()) == quote
    assert normalise("We won't stop... ever").dump() == "we wont stop | ever"
