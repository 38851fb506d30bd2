"""The corpus commands ``ingest``, ``search`` and ``export``: output formats, summaries, exit codes and
one-line ``Error:`` messages for a missing, corrupt, newer or unwritable database.

Search and export run on databases built through the store API (no model needed). All article
text is invented for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.store import SCHEMA_VERSION, Store

runner = CliRunner()


def invoke(*args: str | Path):
    result = runner.invoke(app, [str(arg) for arg in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def db(tmp_path: Path, make_article) -> Path:
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add_result(*make_article("w1", '"We will keep the harbour open all winter," Ana Ruiz said.',
                                       [("We will keep the harbour open all winter,", "Ana Ruiz", "person", "Ana Ruiz")],
                                       outlet="Wire", date="2026-03-05"))
        store.add_result(*make_article("d1", 'Officials said the harbour (and the bridge) would stay shut.',
                                       [("the harbour (and the bridge) would stay shut", "Officials", "anonymous", "Officials", "indirect")],
                                       outlet="Daily", date="2026-03-06"))
    return path


def test_corpus_cli_search_table(db: Path) -> None:
    result = invoke("search", "harbour", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and "Ana Ruiz" in result.stdout and "Officials" in result.stdout
    assert result.stderr.splitlines()[-1] == "2 of 2 quotes"


def test_corpus_cli_search_filters_and_jsonl(db: Path) -> None:
    result = invoke("search", "harbour", "--speaker", "Ruiz", "--outlet", "wire", "--from", "2026-03-01", "--to", "2026-03-05",
                    "--type", "direct", "--format", "jsonl", "--db", db)
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["speaker"]["name"] == "Ana Ruiz" and record["article"]["outlet"] == "Wire"
    assert record["record"]["type"] == "direct"


def test_corpus_cli_search_csv_and_syntax_characters(db: Path) -> None:
    result = invoke("search", '(and "bridge*" -shut)', "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["text"] for row in rows] == ["the harbour (and the bridge) would stay shut"]
    assert rows[0]["speaker_kind"] == "anonymous"


def test_corpus_cli_search_uses_the_environment_database(db: Path) -> None:
    result = runner.invoke(app, ["search", "winter"], env={"QUOTEGRAPH_DB": str(db)})
    assert result.exit_code == 0 and "Ana Ruiz" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "--type", "quote"], "Error: Unknown quote type 'quote'; choose one of direct, mixed, indirect."),
        (["search", "--from", "05/03/2026"], "Error: --from '05/03/2026' is not a date; use YYYY-MM-DD."),
        (["search", "--format", "xml"], "Error: Unknown output format 'xml'; choose one of table, jsonl, csv."),
        (["export", "--format", "xlsx"], "Error: Unknown export format 'xlsx'; choose one of csv, jsonl, parquet."),
        (["export", "--table", "mentions"], "Error: Unknown table 'mentions'; choose one of quotes, speakers, articles."),
        (["export", "--format", "parquet"], "Error: Parquet is binary: give a file with -o FILE."),
    ],
)
def test_corpus_cli_bad_options_are_one_line(db: Path, args: list[str], message: str) -> None:
    result = invoke(*args, "--db", db)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [message]


@pytest.mark.parametrize("table", ["quotes", "speakers", "articles"])
def test_corpus_cli_export_csv_jsonl_parquet(db: Path, tmp_path: Path, table: str) -> None:
    expected = {"quotes": 2, "speakers": 2, "articles": 2}[table]
    result = invoke("export", "--table", table, "--db", db)
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == expected
    assert result.stderr.splitlines() == [f"{expected} {table} exported"]
    result = invoke("export", "--table", table, "--format", "jsonl", "-o", tmp_path / "out.jsonl", "--db", db)
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == expected
    pq = pytest.importorskip("pyarrow.parquet")
    invoke("export", "--table", table, "--format", "parquet", "-o", tmp_path / "out.parquet", "--db", db)
    assert pq.read_table(tmp_path / "out.parquet").num_rows == expected


def test_corpus_cli_export_without_pyarrow(db: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = invoke("export", "--format", "parquet", "-o", tmp_path / "q.parquet", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Error: [E024] Parquet export needs pyarrow; install it with: pip install 'quotegraph[parquet]'"]


# --- bad database files ---------------------------------------------------------------------------


def test_corpus_cli_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    for verb in ("search", "export"):
        result = invoke(verb, "--db", missing)
        assert result.exit_code == 1
        assert result.stderr.splitlines() == [f"Error: [E020] The database {missing} does not exist; create it with: quotegraph ingest ARTICLES --db {missing}"]
    assert not missing.exists()


def test_corpus_cli_corrupt_and_newer_databases(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"\x00garbage that is not SQLite\n" * 100)
    result = invoke("search", "--db", corrupt)
    assert result.stderr.splitlines() == [f"Error: [E021] {corrupt} is not a quotegraph database (file is not a database)."]
    newer = tmp_path / "newer.db"
    Store(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    result = invoke("export", "--db", newer)
    assert result.exit_code == 1 and result.stderr.startswith("Error: [E022]") and len(result.stderr.splitlines()) == 1


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can write read-only files; as root, tests/test_faults.py runs this as user nobody and on a read-only mount")
def test_corpus_cli_read_only_database_for_ingest(db: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text('"We are ready," Ana Ruiz said.\n', encoding="utf-8")
    db.chmod(0o444)
    result = invoke("ingest", article, "--db", db, "-p", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Error: [E023] Cannot write to the database {db}: the file is read-only."]


def test_corpus_cli_error_through_the_entry_point(tmp_path: Path) -> None:
    """The installed command (``main``) prints the same single line and exits 1, never a traceback."""
    done = subprocess.run([sys.executable, "-m", "quotegraph", "search", "--db", str(tmp_path / "x.db")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"Error: [E020] The database {tmp_path / 'x.db'} does not exist; create it with: quotegraph ingest ARTICLES --db {tmp_path / 'x.db'}"]


# --- ingest ---------------------------------------------------------------------------------------


def test_corpus_cli_ingest_summary_and_exit_code(en_nlp, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text('"The clinic will stay open on weekends," Dr. Omar Haddad said on Friday.\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    db = tmp_path / "new.db"
    result = invoke("ingest", good, empty, "--db", db, "-p", "1", "--date", "2026-03-06")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"Skipped {empty}: [E005] The article is empty.", "1 ingested, 0 already present, 1 skipped"]
    result = invoke("ingest", good, "--db", db, "-p", "1")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == ["0 ingested, 1 already present, 0 skipped"]
    with Store(db, readonly=True) as store:
        (quote,) = store.search("weekends")
    assert quote.speaker.name == "Omar Haddad" and quote.article.published == "2026-03-06"


def test_corpus_cli_ingest_bad_date(tmp_path: Path) -> None:
    result = invoke("ingest", tmp_path, "--db", tmp_path / "x.db", "--date", "tomorrow")
    assert result.stderr.splitlines() == ["Error: --date 'tomorrow' is not a date; use YYYY-MM-DD."]
    assert not (tmp_path / "x.db").exists()
