"""Speaker merge rules across articles (speakers_index.py), without a database.

The store applies these rules; tests/test_store.py checks the same cases end to end.
"""

from __future__ import annotations

import pytest

from quotegraph.speakers_index import ArticleNames, Candidate, choose_full_name, fold, identify, parse_person_name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Justin Trudeau", "person:justin trudeau"),
        ("Prime Minister Justin Trudeau", "person:justin trudeau"),
        ("Justin Pierre Trudeau", "person:justin trudeau"),
        ("Trudeau", "person:~trudeau"),
        ("Prime Minister Trudeau", "person:~trudeau"),
        ("Dr. Priya Natarajan", "person:priya natarajan"),
        ("Martin Luther King Jr.", "person:martin king"),
        ("Ursula von der Leyen", "person:ursula von der leyen"),
        ("Élise Roy", "person:elise roy"),
        ("J. Trudeau", "person:j trudeau"),
    ],
)
def test_speakers_index_person_keys(name: str, key: str) -> None:
    assert identify(name, "person", 1).key == key


def test_speakers_index_display_name_drops_titles() -> None:
    assert identify("Prime Minister Justin Trudeau", "person", 1).name == "Justin Trudeau"


def test_speakers_index_different_first_names_never_share_a_key() -> None:
    assert identify("Anna Berg", "person", 1).key != identify("Tom Berg", "person", 1).key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the Mayo Clinic", "organization:mayo clinic"),
        ("Mayo Clinic", "organization:mayo clinic"),
        ("The Associated Press", "organization:associated press"),
        ("Reuters", "organization:reuters"),
        ("ministry", "organization@7:ministry"),  # a description: this article only
        ("Health ministry", "organization@7:health ministry"),  # capital from the sentence start only
    ],
)
def test_speakers_index_organization_keys(name: str, key: str) -> None:
    assert identify(name, "organization", 7).key == key


def test_speakers_index_anonymous_sources_belong_to_their_article() -> None:
    first, second = identify("senior official", "anonymous", 1), identify("senior official", "anonymous", 2)
    assert first.scoped and second.scoped
    assert first.key != second.key


def test_speakers_index_person_without_a_name_is_scoped() -> None:
    assert identify("the man", "person", 3).scoped


def test_speakers_index_parse_person_name() -> None:
    parsed = parse_person_name("Gov. Ana Ruiz")
    assert parsed is not None and (parsed.first, parsed.surname, parsed.display) == ("ana", "ruiz", "Ana Ruiz")
    assert parse_person_name("a resident") is None


def test_speakers_index_fold() -> None:
    assert fold("  Élise   D. O’Brien ") == "elise d o'brien"


TRUDEAUS = [Candidate(1, "justin"), Candidate(2, "sophie")]


@pytest.mark.parametrize(
    ("surname_name", "candidates", "article", "expected"),
    [
        ("Trudeau", [Candidate(1, "justin")], "Trudeau spoke on Monday.", 1),  # unique full name
        ("Prime Minister Trudeau", [Candidate(1, "justin")], "Prime Minister Trudeau spoke.", 1),
        ("Trudeau", TRUDEAUS, "Trudeau spoke on Monday.", None),  # ambiguous: kept apart
        ("Trudeau", TRUDEAUS, "Sophie Trudeau opened the shelter. Trudeau said ...", 2),  # named in full
        ("Berg", [Candidate(5, "tom")], "Anna Berg chairs the board. Berg said ...", None),  # another first name
        ("Berg", [Candidate(5, "tom")], "When Berg arrived, she said ...", 5),  # 'When' is no first name
        ("J. Trudeau", TRUDEAUS, "J. Trudeau said.", 1),  # an initial narrows the candidates
        ("Trudeau", [], "Trudeau said.", None),
    ],
)
def test_speakers_index_surname_attaches_by_the_rules(surname_name: str, candidates: list[Candidate], article: str, expected: int | None) -> None:
    identity = identify(surname_name, "person", 9)
    assert identity.is_surname_only
    assert choose_full_name(identity, candidates, ArticleNames(article)) == expected


def test_speakers_index_article_names_skip_titles() -> None:
    names = ArticleNames("Minister Trudeau met Justin Trudeau and Mr. Trudeau.")
    assert names.first_names_before("trudeau") == {"justin"}
