"""The corpus store (store.py): idempotent atomic writes, speakers across articles, quote clusters,
full-text search with filters, exports, and one-line errors for bad database files.

Articles and quotes are built by hand (the ``make_article`` fixture), so no spaCy model is needed;
tests/test_ingest.py runs the real extraction. All article text is invented for these tests.
"""

from __future__ import annotations

import asyncio
import csv
import itertools
import json
import sqlite3
from collections.abc import Callable
import sys
from pathlib import Path

import pytest

from quotegraph.errors import ConfigError, SchemaVersionError, StoreError
from quotegraph.store import SCHEMA_SQL, SCHEMA_VERSION, WAL_CHECKPOINT_PAGES, Store, fts_query

ROAD = "We will build the road, the school and the bridge before the winter comes to Ravensport."


def table_counts(store: Store) -> dict[str, int]:
    tables = ("articles", "quotes", "speakers", "mentions", "clusters", "quote_keys", "quotes_fts")
    return {table: store._rows(f"SELECT COUNT(*) FROM {table}")[0][0] for table in tables}


@pytest.fixture
def corpus(store: Store, make_article) -> Store:
    """Four articles in three outlets on three dates, with named, anonymous and organization speakers."""
    articles = [
        make_article("w1", f'"{ROAD}" Prime Minister Justin Trudeau said. A senior official said the plan was final.',
                     [(ROAD, "Justin Trudeau", "person", "Prime Minister Justin Trudeau"),
                      ("the plan was final", "senior official", "anonymous", "A senior official", "indirect")],
                     outlet="Wire", date="2026-03-05"),
        make_article("d1", '"Taxes will not rise next year, or the year after," Anna Berg said (in Ravensport).',
                     [("Taxes will not rise next year, or the year after,", "Anna Berg", "person", "Anna Berg")],
                     outlet="Daily", date="2026-03-02"),
        make_article("d2", '"The harbour is open for every ship again," Tom Berg said. Officials said the port was busy.',
                     [("The harbour is open for every ship again,", "Tom Berg", "person", "Tom Berg"),
                      ("the port was busy", "Officials", "anonymous", "Officials", "indirect")],
                     outlet="Daily", date="2026-03-08"),
        make_article("g1", 'Hospitals are building extra wards, the Mayo Clinic said: "We are ready for the flu season."',
                     [("We are ready for the flu season.", "Mayo Clinic", "organization", "the Mayo Clinic"),
                      ("Hospitals are building extra wards", "Mayo Clinic", "organization", "the Mayo Clinic", "indirect")],
                     url="https://www.gazette.example/health/1", date="2026-04-01"),
    ]
    for article, result in articles:
        assert store.add_result(article, result)
    return store


# --- writing: idempotent and atomic ----------------------------------------------------------------


def test_store_add_result_stores_everything_once(corpus: Store) -> None:
    assert table_counts(corpus) | {"quote_keys": 0} == {
        "articles": 4, "quotes": 7, "speakers": 6, "mentions": 6, "clusters": 4, "quote_keys": 0, "quotes_fts": 7}
    assert corpus.stats() == {"articles": 4, "quotes": 7, "speakers": 6, "clusters": 0}


def test_store_same_article_twice_is_stored_once(store: Store, make_article) -> None:
    article, result = make_article("a", '"We are ready for the winter," Ana Ruiz said.', [("We are ready for the winter,", "Ana Ruiz", "person", "Ana Ruiz")])
    assert store.add_result(article, result) is True
    before = table_counts(store)
    assert store.add_result(article, result) is False
    same_text, result2 = make_article("other-id", article.text, [])
    assert store.add_result(same_text, result2) is False  # found by content hash
    same_id, result3 = make_article("a", "A different text with the same id.", [])
    assert store.add_result(same_id, result3) is False  # found by id
    assert table_counts(store) == before
    assert store.has_article(same_text) and store.has_article(same_id)


def crash_on_second_quote(monkeypatch) -> Callable[[], None]:
    """Make the second quote an article writes fail inside its transaction; returns the undo."""
    from quotegraph import store_writer

    calls = []
    original = store_writer.ArticleWriter._join_cluster

    def crash(self, *args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("simulated crash mid-article")
        return original(self, *args)

    monkeypatch.setattr(store_writer.ArticleWriter, "_join_cluster", crash)
    return lambda: monkeypatch.setattr(store_writer.ArticleWriter, "_join_cluster", original)


def test_store_failure_inside_the_transaction_leaves_nothing(store: Store, make_article, monkeypatch) -> None:
    article, result = make_article("a", f'"{ROAD}" Ana Ruiz said. "Nobody wanted this strike to last," Tom Berg said.',
                                   [(ROAD, "Ana Ruiz", "person", "Ana Ruiz"), ("Nobody wanted this strike to last,", "Tom Berg", "person", "Tom Berg")])
    undo = crash_on_second_quote(monkeypatch)
    with pytest.raises(RuntimeError, match="simulated"):
        store.add_result(article, result)
    assert set(table_counts(store).values()) == {0}
    assert not store.has_article(article)
    undo()
    assert store.add_result(article, result)
    assert table_counts(store)["quotes"] == 2


def test_store_rolled_back_quotes_do_not_linger_in_the_cluster_cache(tmp_path: Path, make_article, monkeypatch) -> None:
    """A rolled-back quote's id goes to the next quote stored, here by another writer: what one store's
    cache held for it must not mislead that store later."""
    store, other = Store(tmp_path / "corpus.db"), Store(tmp_path / "corpus.db")
    harbour = "The harbour will stay open for every fishing boat and ferry through the whole of the winter."
    undo = crash_on_second_quote(monkeypatch)
    with pytest.raises(RuntimeError, match="simulated"):
        store.add_result(*make_article("lost", f'"{ROAD}" Ana Ruiz said. "{ROAD}" she said again.',
                                       [(ROAD, "Ana Ruiz", "person", "Ana Ruiz"), (ROAD, "Ana Ruiz", "person", "she")]))
    undo()
    other.add_result(*make_article("h1", f'"{harbour}" Tom Berg said.', [(harbour, "Tom Berg", "person", "Tom Berg")]))
    trimmed = "stay open for every fishing boat and ferry through the whole of the winter"  # found by key, not by its whole text
    store.add_result(*make_article("h2", f'Berg said the harbour would "{trimmed}."', [(trimmed, "Tom Berg", "person", "Berg")]))
    rows = store._rows("SELECT cluster_id FROM quotes ORDER BY id")
    assert len(rows) == 2 and rows[0] == rows[1]
    assert store.cluster(rows[0][0]).size == 2
    store.close()
    other.close()


def test_store_refuses_a_result_with_an_error(store: Store, make_article) -> None:
    from quotegraph.model import Result

    article, _ = make_article("a", "Text.", [])
    with pytest.raises(ValueError, match="extraction error"):
        store.add_result(article, Result("a", (), {}, error="[E012] not English"))


def test_store_refuses_unpaired_surrogates_in_one_line(store: Store, make_article) -> None:
    from quotegraph.errors import InputError

    article, result = make_article("a", "Broken \ud800 escape.", [])
    with pytest.raises(InputError, match=r"^\[E028\] .* at offset 7 "):
        store.add_result(article, result)
    assert table_counts(store)["articles"] == 0


# --- speakers across articles ---------------------------------------------------------------------

TRUDEAU_ARTICLES = [
    ("t1", '"The budget is balanced," Trudeau said.', ("The budget is balanced,", "Trudeau", "person", "Trudeau")),
    ("t2", '"Ottawa will help the provinces," Justin Trudeau said.', ("Ottawa will help the provinces,", "Justin Trudeau", "person", "Justin Trudeau")),
    ("t3", '"We are ready," said Prime Minister Justin Trudeau.', ("We are ready,", "Justin Trudeau", "person", "Prime Minister Justin Trudeau")),
]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_store_trudeau_variants_are_one_speaker_in_any_order(store: Store, make_article, order: tuple[int, ...]) -> None:
    for index in order:
        article_id, text, quote = TRUDEAU_ARTICLES[index]
        store.add_result(*make_article(article_id, text, [quote]))
    (speaker,) = store.speakers()
    assert (speaker.name, speaker.quote_count, speaker.article_count) == ("Justin Trudeau", 3, 3)
    assert set(store.speaker(speaker.id).aliases) == {"Trudeau", "Justin Trudeau"}
    assert len(store.search(speaker="Trudeau")) == len(store.search(speaker="Justin Trudeau")) == 3


def test_store_absorbed_surname_speaker_id_leads_to_the_full_name(store: Store, make_article) -> None:
    for article_id, text, quote in TRUDEAU_ARTICLES[:2]:
        store.add_result(*make_article(article_id, text, [quote]))
    surname_only = store._rows("SELECT id FROM speakers WHERE key = 'person:~trudeau'")[0][0]
    assert store.speaker(surname_only).name == "Justin Trudeau"


def test_store_same_surname_different_first_names_stay_apart(corpus: Store, make_article) -> None:
    names = {speaker.name for speaker in corpus.speakers(kind="person")}
    assert {"Anna Berg", "Tom Berg"} <= names
    # a bare "Berg" in an article that names Anna Berg in full is Anna
    corpus.add_result(*make_article("d3", 'Anna Berg chairs the board. "We will vote in May," Berg said.',
                                    [("We will vote in May,", "Berg", "person", "Berg")], outlet="Daily"))
    anna = corpus.search(speaker="Anna Berg")
    assert texts(anna) == {"We will vote in May,", "Taxes will not rise next year, or the year after,"}
    # with two full names and no full name in the article, a bare "Berg" stays its own speaker
    corpus.add_result(*make_article("d4", '"The vote is close," Berg said.', [("The vote is close,", "Berg", "person", "Berg")]))
    (berg,) = [speaker for speaker in corpus.speakers(kind="person") if speaker.name == "Berg"]
    assert berg.quote_count == 1


def test_store_anonymous_sources_are_per_article_and_organizations_merge(corpus: Store, make_article) -> None:
    corpus.add_result(*make_article("w2", "A senior official said talks would go on.",
                                    [("talks would go on", "senior official", "anonymous", "A senior official", "indirect")], outlet="Wire"))
    corpus.add_result(*make_article("g2", '"Beds are ready," Mayo Clinic said.',
                                    [("Beds are ready,", "Mayo Clinic", "organization", "Mayo Clinic")], outlet="Gazette"))
    officials = corpus.speakers(name="senior official")
    assert len(officials) == 2 and all(info.article is not None for info in officials)
    (mayo,) = corpus.speakers(kind="organization")
    assert (mayo.name, mayo.quote_count, mayo.article_count) == ("Mayo Clinic", 3, 2)


# --- quote clusters -------------------------------------------------------------------------------


def test_store_repeated_quote_forms_one_cluster_with_the_earliest_first(store: Store, make_article) -> None:
    variants = [  # (article, outlet, date, text as quoted)
        ("v1", "Wire", "2026-03-05", ROAD),
        ("v2", "Daily", "2026-03-04", "We will build the road, the school and the bridge before the winter comes to Ravensport"),
        ("v3", "Gazette", None, "We will build the road ... and the bridge before the winter comes to Ravensport."),
        ("v4", "Post", "2026-03-06", "the road, the school and the bridge before the winter comes to Ravensport."),
        ("v5", "Times", "2026-03-04", "We will build the road, the school and the bridge"),
    ]
    for article_id, outlet, date, text in variants:
        meta = {"outlet": outlet} | ({"date": date} if date else {})
        store.add_result(*make_article(article_id, f'"{text}" Ana Ruiz said.', [(text, "Ana Ruiz", "person", "Ana Ruiz")], **meta))
    store.add_result(*make_article("other", '"Nobody wanted this strike to last," Ana Ruiz said.',
                                   [("Nobody wanted this strike to last,", "Ana Ruiz", "person", "Ana Ruiz")], date="2026-01-01"))
    quote = store.search("Ravensport", outlet="Post")[0]
    cluster = store.cluster(quote.cluster_id)
    assert (cluster.size, cluster.article_count, cluster.outlet_count) == (5, 5, 5)
    assert cluster.first.article.source_id == "v2"  # earliest date; v5 has the same date but came later
    assert [member.article.source_id for member in cluster.quotes] == ["v2", "v5", "v1", "v4", "v3"]  # undated last
    assert store.stats()["clusters"] == 1


def test_store_indirect_quotes_have_no_cluster_and_short_quotes_stay_single(store: Store, make_article) -> None:
    for article_id in ("s1", "s2"):
        store.add_result(*make_article(article_id, f'"No," Ana Ruiz said in {article_id}. She said that it works.',
                                       [("No,", "Ana Ruiz", "person", "Ana Ruiz"), ("that it works", "Ana Ruiz", "person", "Ana Ruiz", "indirect")]))
    rows = store._rows("SELECT type, cluster_id FROM quotes ORDER BY id")
    assert [row[1] is None for row in rows] == [False, True, False, True]
    assert rows[0][1] != rows[2][1]


def test_store_mixed_quote_clusters_by_its_verbatim_piece(store: Store, make_article) -> None:
    piece = "protects jobs for the next five years"
    store.add_result(*make_article("m1", f'"{piece}," Tomas Berg said.', [(piece, "Tomas Berg", "person", "Tomas Berg")]))
    store.add_result(*make_article("m2", f'Berg said the deal "{piece}."', [(piece, "Tomas Berg", "person", "Berg", "mixed")]))
    ids = {quote.cluster_id for quote in store.search("jobs")}
    assert len(ids) == 1


# --- search ---------------------------------------------------------------------------------------


def texts(quotes) -> set[str]:
    return {quote.text for quote in quotes}


def test_store_search_full_text_is_stemmed_and_ranked(corpus: Store) -> None:
    assert texts(corpus.search("build")) == {ROAD, "Hospitals are building extra wards"}
    assert texts(corpus.search("flu season ready")) == {"We are ready for the flu season."}
    assert corpus.search("nothing-like-this") == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "Justin Trudeau"}, {ROAD}),
        ({"speaker": "Trudeau"}, {ROAD}),
        ({"speaker": "Berg"}, {"Taxes will not rise next year, or the year after,", "The harbour is open for every ship again,"}),
        ({"speaker": "Tom Berg"}, {"The harbour is open for every ship again,"}),
        ({"speaker": "mayo clinic"}, {"We are ready for the flu season.", "Hospitals are building extra wards"}),
        ({"speaker": "Nobody Known"}, set()),
        ({"outlet": "daily"}, {"Taxes will not rise next year, or the year after,", "The harbour is open for every ship again,", "the port was busy"}),
        ({"outlet": "gazette.example"}, {"We are ready for the flu season.", "Hospitals are building extra wards"}),
        ({"date_from": "2026-03-05", "date_to": "2026-03-08"}, {ROAD, "the plan was final", "The harbour is open for every ship again,", "the port was busy"}),
        ({"date_to": "2026-03-02"}, {"Taxes will not rise next year, or the year after,"}),
        ({"type": "indirect"}, {"the plan was final", "the port was busy", "Hospitals are building extra wards"}),
        ({"type": "direct", "outlet": "Daily", "date_from": "2026-03-03"}, {"The harbour is open for every ship again,"}),
    ],
)
def test_store_search_filters(corpus: Store, filters: dict, expected: set[str]) -> None:
    assert texts(corpus.search(**filters)) == expected
    assert corpus.count(**filters) == len(expected)


def test_store_search_filters_combine_with_words(corpus: Store) -> None:
    assert texts(corpus.search("ready", speaker="Mayo Clinic", type="direct")) == {"We are ready for the flu season."}
    assert corpus.search("ready", outlet="Wire") == []


def test_store_search_by_speaker_id_pages_and_orders_newest_first(corpus: Store) -> None:
    everything = corpus.search(limit=100)
    assert [quote.article.published for quote in everything] == sorted((q.article.published for q in everything), reverse=True)
    assert [quote.id for quote in corpus.search(limit=2, offset=1)] == [quote.id for quote in everything[1:3]]
    mayo = everything[0].speaker
    assert texts(corpus.search(speaker=mayo.id)) == {"We are ready for the flu season.", "Hospitals are building extra wards"}


def test_store_search_words_in_very_many_quotes_come_newest_first(corpus: Store, monkeypatch) -> None:
    from quotegraph import store as store_module

    ranked = corpus.search("the")
    monkeypatch.setattr(store_module, "MAX_RANKED_MATCHES", 1)
    newest = corpus.search("the")
    assert texts(newest) == texts(ranked) and len(newest) == 6
    dates = [quote.article.published for quote in newest]
    assert dates == sorted(dates, reverse=True) and dates != [quote.article.published for quote in ranked]
    assert corpus.count("the") == corpus.count("the", type="direct") + corpus.count("the", type="indirect") == 6
    assert texts(corpus.search("the", outlet="daily")) == {"The harbour is open for every ship again,", "the port was busy",
                                                           "Taxes will not rise next year, or the year after,"}


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "-", "OR", "AND NOT", "(", ")", "road)", '"road', "NEAR(road bridge)", "text:road", "^road",
     "road*", "'; DROP TABLE quotes; --", "%_", "\\", "année"],
)
def test_store_search_treats_syntax_characters_as_text(corpus: Store, query: str) -> None:
    found = corpus.search(query)  # never raises
    assert corpus.count(query) == len(found)
    assert table_counts(corpus)["quotes"] == 7


def test_store_search_syntax_words_match_as_words(corpus: Store) -> None:
    assert texts(corpus.search("road)")) == {ROAD}
    assert texts(corpus.search("OR")) == {"Taxes will not rise next year, or the year after,"}
    assert texts(corpus.search("(in")) == set()  # "in" is outside the quote
    assert texts(corpus.search('"the school"')) == {ROAD}


def test_store_fts_query_quotes_every_term() -> None:
    assert fts_query('say "hi" OR -x*') == '"say" """hi""" "OR" "-x*"'
    assert fts_query("* - ()") is None


@pytest.mark.parametrize(("filters", "code"), [({"type": "quote"}, "E025"), ({"date_from": "March 2026"}, "E026"), ({"date_to": "2026-13-01"}, "E026")])
def test_store_search_rejects_bad_filters(corpus: Store, filters: dict, code: str) -> None:
    with pytest.raises(ConfigError, match=code):
        corpus.search(**filters)


# --- reading records ------------------------------------------------------------------------------


def test_store_quote_article_and_outlet_records(corpus: Store) -> None:
    hit = corpus.search("harbour")[0]
    quote = corpus.quote(hit.id)
    assert quote == hit and quote.record["speaker"]["mention"]["text"] == "Tom Berg"
    assert quote.speaker_name == "Tom Berg" and quote.mention == "Tom Berg"
    assert json.loads(json.dumps(quote.to_dict()))["article"]["source_id"] == "d2"
    article = corpus.article("d2")
    assert article == corpus.article(article.ref.id)
    assert [q.text for q in article.quotes] == ["The harbour is open for every ship again,", "the port was busy"]
    assert article.meta == {"outlet": "Daily", "date": "2026-03-08"}
    assert corpus.quote(999) is None and corpus.article("missing") is None and corpus.cluster(999) is None
    assert corpus.speaker(999) is None and corpus.outlet("Nowhere") is None


def test_store_outlet_stats_count_anonymous_sources(corpus: Store) -> None:
    daily = corpus.outlet("daily")
    assert (daily.name, daily.article_count, daily.quote_count, daily.anonymous_quotes) == ("Daily", 2, 3, 1)
    assert daily.anonymous_share == pytest.approx(1 / 3)
    assert daily.quote_types == {"direct": 2, "indirect": 1}
    assert [(ref.name, count) for ref, count in daily.top_speakers] == [("Anna Berg", 1), ("Tom Berg", 1)]
    assert (daily.first_published, daily.last_published) == ("2026-03-02", "2026-03-08")
    assert corpus.outlets() == [("Daily", 2, 3), ("Wire", 1, 2), ("gazette.example", 1, 2)]


# --- export ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["quotes", "speakers", "articles"])
def test_store_export_csv_and_jsonl(corpus: Store, tmp_path: Path, table: str) -> None:
    expected = {"quotes": 7, "speakers": 6, "articles": 4}[table]
    assert corpus.export(table, "csv", tmp_path / "out.csv") == expected
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8")))
    assert len(rows) == expected
    assert corpus.export(table, "jsonl", tmp_path / "out.jsonl") == expected
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in records] == [int(row["id"]) for row in rows]
    if table == "articles":
        assert records[0]["meta"] == {"outlet": "Wire", "date": "2026-03-05"}
    if table == "quotes":
        assert records[0]["speaker"] == "Justin Trudeau" and records[0]["article"] == "w1"


def test_store_export_parquet(corpus: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert corpus.export("quotes", "parquet", tmp_path / "q.parquet") == 7
    table = pq.read_table(tmp_path / "q.parquet")
    assert table.num_rows == 7 and table.schema.field("confidence").type == "double"
    assert table.column("speaker").to_pylist()[0] == "Justin Trudeau"


def test_store_export_parquet_without_pyarrow_is_one_clear_error(corpus: Store, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(StoreError, match=r"E024.*pip install 'quotegraph\[parquet\]'"):
        corpus.export("quotes", "parquet", tmp_path / "q.parquet")


def test_store_export_rejects_unknown_table_and_format(corpus: Store, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E025"):
        corpus.export("mentions", "csv", tmp_path / "x")
    with pytest.raises(ConfigError, match="E025"):
        corpus.export("quotes", "xlsx", tmp_path / "x")


# --- the database file ----------------------------------------------------------------------------


def test_store_file_uses_wal_and_records_its_schema_version(tmp_path: Path, make_article) -> None:
    path = tmp_path / "q.db"
    with Store(path) as store:
        store.add_result(*make_article("a", '"We are ready," Ana Ruiz said.', [("We are ready,", "Ana Ruiz", "person", "Ana Ruiz")]))
        assert store._rows("PRAGMA journal_mode")[0][0] == "wal"
        assert store._rows("PRAGMA wal_autocheckpoint")[0][0] == WAL_CHECKPOINT_PAGES  # not SQLite's 1,000
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0  # emptied on close
    with Store(path, readonly=True) as store:
        assert store.stats()["quotes"] == 1
        assert store._rows("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        with pytest.raises(StoreError, match="E023"):
            store.add_result(*make_article("b", "Other text.", []))


def test_store_opens_in_datasette_with_full_text_search(tmp_path: Path, make_article) -> None:
    utils = pytest.importorskip("datasette.utils")
    app = pytest.importorskip("datasette.app")
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add_result(*make_article("a", f'"{ROAD}" Ana Ruiz said.', [(ROAD, "Ana Ruiz", "person", "Ana Ruiz")]))
    with sqlite3.connect(path) as connection:
        assert utils.detect_fts(connection, "quotes") == "quotes_fts"

    async def search() -> list[dict]:
        response = await app.Datasette([str(path)]).client.get("/corpus/quotes.json?_search=bridge&_shape=array")
        return response.json()

    assert [row["text"] for row in asyncio.run(search())] == [ROAD]


def test_store_missing_file_read_only_is_e020(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"^\[E020\] The database .*missing.db does not exist"):
        Store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_store_garbage_file_is_e021(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not a database at all, just text\n" * 200)
    for readonly in (False, True):
        with pytest.raises(StoreError, match="E021.*not a database"):
            Store(path, readonly=readonly)


def test_store_other_sqlite_database_is_e021(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError, match="E021.*other tables"):
        Store(path)


def test_store_newer_schema_is_e022(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaVersionError, match="E022"):
        Store(path)


def test_store_migration_is_one_transaction(tmp_path: Path, monkeypatch) -> None:
    from quotegraph import store as store_module

    monkeypatch.setattr(store_module, "MIGRATIONS", (SCHEMA_SQL + "\nCREATE TABLE broken (;\n",))
    path = tmp_path / "half.db"
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0
        assert connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def test_store_unopenable_path_is_e027(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="E027"):
        Store(tmp_path / "no-such-folder" / "q.db")


def test_store_is_shared_safely_between_threads(store: Store, make_article) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def write(n: int) -> bool:
        text = f'"We will open clinic number {n} next spring," Ana Ruiz said.'
        return store.add_result(*make_article(f"c{n}", text, [(text[1:text.index(",")], "Ana Ruiz", "person", "Ana Ruiz")]))

    with ThreadPoolExecutor(4) as pool:
        writes = [pool.submit(write, n) for n in range(40)]
        reads = [pool.submit(store.search, "clinic", speaker="Ruiz") for _ in range(40)]
        assert all(future.result() for future in writes)
        assert all(len(future.result()) <= 40 for future in reads)
    assert store.count("clinic") == 40 and store.speakers()[0].quote_count == 40


def test_store_version_1_database_gains_the_words_column_and_its_quotes_still_cluster(tmp_path: Path, make_article) -> None:
    """A database written before ``quotes.words`` existed: migrated in place, its quotes (words NULL)
    are normalised from their text when they come up as cluster candidates."""
    path = tmp_path / "old.db"
    harbour = "The harbour will stay open for every fishing boat and ferry through the whole of the winter."
    with Store(path) as first:
        first.add_result(*make_article("h1", f'"{harbour}" Tom Berg said.', [(harbour, "Tom Berg", "person", "Tom Berg")]))
    with sqlite3.connect(path) as connection:  # back to version 1, as that schema stored it
        connection.execute("ALTER TABLE quotes DROP COLUMN words")
        connection.execute("PRAGMA user_version = 1")
    with Store(path) as store:
        assert store._rows("PRAGMA user_version")[0][0] == SCHEMA_VERSION == 2
        trimmed = "stay open for every fishing boat and ferry through the whole of the winter"
        store.add_result(*make_article("h2", f'Berg said the harbour would "{trimmed}."', [(trimmed, "Tom Berg", "person", "Berg")]))
        rows = store._rows("SELECT cluster_id, words FROM quotes ORDER BY id")
    assert rows[0][0] == rows[1][0] and rows[0][1] is None
    assert rows[1][1] == "stay open for every fishing boat and ferry through the whole of the winter"
