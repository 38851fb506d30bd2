"""Ingest (ingest.py) with the real model: extraction into the store, skip-before-extract, and a run
killed with SIGKILL and started again leaving every article exactly once.

All article text is invented for these tests.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotegraph.ingest import ingest
from quotegraph.model import Article
from quotegraph.reading import Failure, read_inputs
from quotegraph.settings import Settings
from quotegraph.store import Store

NORTH = ('Ottawa unveils rail plan\n\n"We will build the line from Halifax to Vancouver before the decade ends," '
         "Prime Minister Justin Trudeau said on Monday.\n\nA senior official said the cost had not been settled.")
SOUTH = ('Rail plan draws praise\n\n"We will build the line from Halifax to Vancouver ... before the decade ends," '
         "Trudeau told reporters.\n\nAnna Berg, who chairs the transport board, said the plan was overdue.")
EAST = ('Unions cautious on rail\n\nTom Berg, the union leader, said workers wanted guarantees.\n\n'
        '"Nobody will sign a blank cheque," Tom Berg said.')
FRENCH = ("Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, mais plusieurs "
          "élus de l'opposition estiment que le projet coûte beaucoup trop cher pour les habitants.")


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    """A JSONL file of three news articles and a French one, a plain-text article, and a binary file."""
    write_jsonl(tmp_path / "wire.jsonl", [
        {"id": "north-1", "text": NORTH, "outlet": "North Star", "date": "2026-05-04"},
        {"id": "south-1", "text": SOUTH, "outlet": "South Ledger", "date": "2026-05-03"},
        {"id": "east-1", "text": EAST, "outlet": "East Post", "date": "2026-05-05"},
        {"id": "fr-1", "text": FRENCH, "outlet": "Le Nord"},
    ])
    (tmp_path / "column.txt").write_text('"Trains beat planes on every route under 800 kilometres," Mira Okafor wrote.\n', encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return [str(tmp_path / "wire.jsonl"), str(tmp_path / "column.txt"), str(tmp_path / "photo.txt")]


def test_ingest_extracts_and_links_across_articles(en_nlp, inputs: list[str], store: Store) -> None:
    events = list(ingest(read_inputs(inputs), store, n_process=1))
    statuses = {event.source: event.status for event in events}
    assert statuses == {"north-1": "ingested", "south-1": "ingested", "east-1": "ingested", "fr-1": "skipped",
                        "column": "ingested", inputs[2]: "skipped"}
    assert [event.message[:6] for event in events if event.status == "skipped"] == ["[E012]", "[E003]"]
    trudeau = store.search(speaker="Trudeau")
    assert {quote.speaker.name for quote in trudeau} == {"Justin Trudeau"} and len(trudeau) == 2
    cluster = store.cluster(trudeau[0].cluster_id)
    assert cluster.size == 2 and cluster.first.article.source_id == "south-1"  # published a day earlier
    assert {speaker.name for speaker in store.speakers(kind="person")} >= {"Justin Trudeau", "Anna Berg", "Tom Berg", "Mira Okafor"}
    assert store.outlet("North Star").anonymous_quotes == 1


def test_ingest_rerun_skips_stored_articles_before_extraction(en_nlp, inputs: list[str], store: Store, monkeypatch) -> None:
    list(ingest(read_inputs(inputs), store, n_process=1))
    before = store.stats()
    extracted: list[str] = []
    import quotegraph.ingest as ingest_module

    real = ingest_module.extract_batch

    def spy(articles, **kwargs):
        return real((extracted.append(article.id) or article for article in articles), **kwargs)

    monkeypatch.setattr(ingest_module, "extract_batch", spy)
    events = list(ingest(read_inputs(inputs), store, n_process=1))
    assert extracted == ["fr-1"]  # only the article that could not be stored is tried again
    assert sorted(event.status for event in events) == ["present"] * 4 + ["skipped"] * 2
    assert store.stats() == before


def test_ingest_same_article_twice_in_one_run(en_nlp, store: Store) -> None:
    twice = [Article("a", EAST), Article("b", EAST)]
    events = list(ingest(twice, store, n_process=2))
    assert [(event.source, event.status) for event in events] == [("a", "ingested"), ("b", "present")]
    assert store.stats()["articles"] == 1


def test_ingest_date_setting_fills_missing_dates(en_nlp, store: Store) -> None:
    list(ingest([Article("n", NORTH), Article("e", EAST, {"date": "2026-01-02"})], store, settings=Settings(date="2026-05-09"), n_process=1))
    assert store.article("n").ref.published == "2026-05-09"
    assert store.article("e").ref.published == "2026-01-02"


def test_ingest_reports_failures_without_stopping(en_nlp, store: Store) -> None:
    inputs = [Failure("x.txt", "[E003] x.txt looks like a binary file."), Article("s", "Bad \ud83d escape in a JSON line."), Article("e", EAST)]
    events = list(ingest(inputs, store, n_process=1))
    assert [(event.source, event.status, event.message[:6]) for event in events] == [
        ("x.txt", "skipped", "[E003]"), ("s", "skipped", "[E028]"), ("e", "ingested", "")]


# --- a killed run, started again ------------------------------------------------------------------

SPEAKERS = ["Ana Ruiz", "Omar Haddad", "Elena Vasquez", "Tomas Berg", "Priya Natarajan", "Daniel Brooks", "Mira Okafor"]
LINES = [
    "We will keep the harbour open through the whole winter season",
    "Nobody in this town should wait three days to see a nurse",
    "The new contract protects jobs for the next five years at least",
    "We cannot ask families to drive around the bay for another winter",
    "The budget is balanced and the schools will get their money",
]


def generated_articles(count: int) -> list[dict]:
    """Small articles: two quotes each by rotating speakers; lines repeat, so clusters form."""
    records = []
    for n in range(count):
        first, second = SPEAKERS[n % len(SPEAKERS)], SPEAKERS[(n * 3 + 1) % len(SPEAKERS)]
        text = (f"Council meeting number {n}\n\n"
                f'"{LINES[n % len(LINES)]}," {first} said on Monday.\n\n'
                f'"{LINES[(n + 2) % len(LINES)]} in district {n % 7}," said {second}.\n')
        records.append({"id": f"gen-{n:03d}", "text": text, "outlet": f"Outlet {n % 4}", "date": f"2026-02-{n % 28 + 1:02d}"})
    return records


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, minus the ingest timestamp."""
    with sqlite3.connect(path) as connection:
        return {
            "articles": connection.execute("SELECT id, source_id, content_hash, outlet, published FROM articles ORDER BY id").fetchall(),
            "quotes": connection.execute("SELECT * FROM quotes ORDER BY id").fetchall(),
            "speakers": connection.execute("SELECT * FROM speakers ORDER BY id").fetchall(),
            "mentions": connection.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
            "clusters": connection.execute("SELECT * FROM clusters ORDER BY id").fetchall(),
            "quote_keys": connection.execute("SELECT * FROM quote_keys ORDER BY key, quote_id").fetchall(),
            "fts": connection.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'said OR we OR the' ORDER BY rowid").fetchall(),
        }


def stored_articles(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as connection:
            return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_ingest_killed_mid_run_and_restarted_stores_each_article_once(en_nlp, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "generated.jsonl", generated_articles(200))
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "quotegraph", "ingest", str(source), "--db", str(db), "-p", "2", "--no-progress"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while stored_articles(db) < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)  # the ingest process and its extraction workers
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the run ended before it was killed"
    at_kill = stored_articles(db)
    assert 20 <= at_kill < 200, f"the run was not killed mid-way ({at_kill} articles stored)"
    reference = clean_run(source, tmp_path / "reference.db")
    assert_whole(db, reference)

    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines()[-1] == f"{200 - at_kill} ingested, {at_kill} already present, 0 skipped"

    killed, clean = dump(db), dump(reference)
    assert len(killed["articles"]) == 200
    assert [row[1] for row in killed["articles"]] == [f"gen-{n:03d}" for n in range(200)]
    for table in clean:
        assert killed[table] == clean[table], table


def quotes_per_article(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return dict(connection.execute("SELECT a.source_id, COUNT(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id"
                                       " GROUP BY a.id").fetchall())


def assert_whole(path: Path, reference: Path) -> None:
    """The file passes SQLite's and FTS5's integrity checks, and every article stored has all the
    quotes a clean run gives it (no half article)."""
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")  # raises when out of sync
        fts = connection.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()[0]
    stored, complete = quotes_per_article(path), quotes_per_article(reference)
    assert stored == {source_id: complete[source_id] for source_id in stored}
    assert fts == sum(stored.values())


def clean_run(source: Path, path: Path) -> Path:
    with Store(path) as store:
        list(ingest(read_inputs([str(source)]), store, n_process=1))
    return path


KILL_INSIDE_TRANSACTION = """
import os, signal, sys
from quotegraph.ingest import ingest
from quotegraph.reading import read_inputs
from quotegraph.store import Store

stored_before = int(sys.argv[3])
seen = {"articles": 0, "quotes": 0}

def trace(statement):
    # SIGKILL between the two quote INSERTs of article stored_before + 1: its article row, first
    # quote, speaker, mention and FTS row are written, the transaction is not committed
    if statement.startswith("INSERT INTO articles "):
        seen["articles"] += 1
        seen["quotes"] = 0
    elif statement.startswith("INSERT INTO quotes ") and seen["articles"] == stored_before + 1:
        seen["quotes"] += 1
        if seen["quotes"] == 2:
            os.kill(os.getpid(), signal.SIGKILL)

with Store(sys.argv[1]) as store:
    store._db.execute("PRAGMA cache_size = 1")  # spill uncommitted pages into the WAL before the kill
    store._db.set_trace_callback(trace)
    for event in ingest(read_inputs([sys.argv[2]]), store, n_process=1):
        pass
"""


def test_ingest_killed_inside_an_article_transaction_leaves_no_trace_of_it(en_nlp, tmp_path: Path) -> None:
    """A SIGKILL placed inside the write transaction (between an article's quote rows, with uncommitted
    pages already in the WAL), not left to timing: the article is absent, the file whole, and a re-run
    with the command stores the rest once, equal row for row to a clean run."""
    source = write_jsonl(tmp_path / "generated.jsonl", generated_articles(12))
    db = tmp_path / "killed.db"
    killed = subprocess.run([sys.executable, "-c", KILL_INSIDE_TRANSACTION, str(db), str(source), "5"],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert Path(f"{db}-wal").stat().st_size > 0  # recovery has a WAL to roll back
    assert stored_articles(db) == 5
    reference = clean_run(source, tmp_path / "reference.db")
    assert_whole(db, reference)
    done = subprocess.run([sys.executable, "-m", "quotegraph", "ingest", str(source), "--db", str(db), "-p", "1", "--no-progress"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stderr.splitlines() == ["7 ingested, 5 already present, 0 skipped"], done.stderr
    resumed, clean = dump(db), dump(reference)
    for table in clean:
        assert resumed[table] == clean[table], table
