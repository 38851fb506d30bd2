"""Faults around the corpus database: a full disk and a read-only database or file system.

A full disk is forced two ways: SQLite's ``max_page_count`` (the library, everywhere) and a tiny
tmpfs mounted under the test's folder (the real command; needs root, which CI has). A read-only
database: a tmpfs remounted read-only and ``chattr +i`` (root cannot write either), the command
run as user ``nobody`` on a file without write permission (root), and ``chmod`` when not root.
Each case expects one ``Error: [E0xx] ...`` line, no traceback, and a database that is still
whole: every article stored before the fault is there once, nothing of the failing one.

All article text is invented for these tests.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from quotegraph.errors import StoreError
from quotegraph.store import Store

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
E029 = "Error: [E029] The disk holding the database {db} is full; free some space and run the same command again (every article stored so far is kept)."


def quotegraph(*args: str | Path, user: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run the installed command (``python -m quotegraph``), as ``user`` when given (root only)."""
    command = [sys.executable, "-m", "quotegraph", *map(str, args)]
    if user is not None:
        import pwd

        account = pwd.getpwnam(user)
        command = ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd="/")


def assert_one_error_line(done: subprocess.CompletedProcess, expected: str) -> None:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.splitlines() == [expected], done.stderr


def check_consistent(db: Path) -> int:
    """Integrity checks of the file, its full-text index and its references; the number of articles."""
    with sqlite3.connect(f"file:{db}?mode=rw", uri=True) as connection:  # FTS5's integrity-check needs rw; it writes nothing
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')")  # raises if out of sync
        orphans = connection.execute("SELECT COUNT(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
        fts, quotes = (connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in ("quotes_fts", "quotes"))
        assert fts == quotes
        return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


@contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``path`` for the test (skips, saying why, where that is impossible)."""
    if not IS_ROOT:
        pytest.skip("mounting a tmpfs needs root (CI runs as root); the non-root cases cover the message")
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def remount(path: Path, options: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{options}", str(path)], check=True, capture_output=True)


def article_records(count: int) -> list[dict]:
    """Articles of about 2 KB with one quote each, distinct texts."""
    filler = "The council met again on the harbour plan and the bridge budget. " * 25
    return [{"id": f"doc-{n:03d}", "outlet": "Harbour Wire", "date": "2026-03-04",
             "text": f'"We will keep clinic number {n} open through the whole winter," Ana Ruiz said on Monday.\n\n{filler}'}
            for n in range(count)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


# --- a full disk --------------------------------------------------------------------------------


def test_faults_full_database_mid_article_is_e029_and_keeps_earlier_articles(tmp_path: Path, make_article) -> None:
    """SQLite's page limit as a full disk: the INSERT of an article fails inside its transaction."""
    path = tmp_path / "full.db"
    stored = 0
    with Store(path) as store:
        pages = store._rows("PRAGMA page_count")[0][0]
        store._rows(f"PRAGMA max_page_count = {pages + 12}")
        with pytest.raises(StoreError, match=r"^\[E029\] The disk holding the database .*full.db is full"):
            for record in article_records(500):
                quote = record["text"][1:record["text"].index(",")]
                store.add_result(*make_article(record["id"], record["text"], [(quote, "Ana Ruiz", "person", "Ana Ruiz")]))
                stored += 1
        assert 0 < stored < 500
        assert store.stats()["articles"] == stored  # the connection is still usable
    assert check_consistent(path) == stored
    with Store(path) as store:  # without the limit the same file takes more
        record = article_records(501)[-1]
        assert store.add_result(*make_article(record["id"], record["text"], []))
    assert check_consistent(path) == stored + 1


def test_faults_cli_ingest_on_a_full_disk_then_resumed(en_nlp, tmp_path: Path) -> None:
    """The real command on a 512 KiB tmpfs: one E029 line; after growing the disk a re-run stores the rest once,
    and the database equals one ingested in a single clean run, row for row."""
    from test_ingest import dump  # every table's rows, minus timestamps

    from quotegraph.ingest import ingest
    from quotegraph.reading import read_inputs

    records = article_records(40)
    source = write_jsonl(tmp_path / "articles.jsonl", records)
    with tmpfs(tmp_path / "disk", "512k") as disk:
        db = disk / "quotes.db"
        done = quotegraph("ingest", source, "--db", db, "-p", "2", "--no-progress")
        assert_one_error_line(done, E029.format(db=db))
        stored = check_consistent(db)
        assert 0 < stored < len(records), stored
        remount(disk, "size=64m")
        done = quotegraph("ingest", source, "--db", db, "-p", "2", "--no-progress")
        assert done.returncode == 0, done.stderr
        assert done.stderr.splitlines() == [f"{len(records) - stored} ingested, {stored} already present, 0 skipped"]
        assert check_consistent(db) == len(records)
        resumed = dump(db)
    with Store(tmp_path / "reference.db") as reference:
        list(ingest(read_inputs([str(source)]), reference, n_process=1))
    clean = dump(tmp_path / "reference.db")
    for table in clean:
        assert resumed[table] == clean[table], table


def test_faults_cli_new_database_on_a_full_disk(en_nlp, tmp_path: Path) -> None:
    """No room even for the schema: E029; with room again the same command creates the database."""
    with tmpfs(tmp_path / "disk", "4k") as disk:
        (disk / "filler").write_bytes(b"x" * 4096)
        article = tmp_path / "a.txt"
        article.write_text('"We are ready for the storm," Ana Ruiz said.\n', encoding="utf-8")
        db = disk / "new.db"
        assert_one_error_line(quotegraph("ingest", article, "--db", db, "-p", "1"), E029.format(db=db))
        (disk / "filler").unlink()
        remount(disk, "size=1m")
        done = quotegraph("ingest", article, "--db", db, "-p", "1")
        assert done.returncode == 0 and done.stderr.splitlines() == ["1 ingested, 0 already present, 0 skipped"], done.stderr
        assert check_consistent(db) == 1


# --- a read-only database -----------------------------------------------------------------------


@pytest.fixture
def stored_db(tmp_path: Path, make_article) -> Path:
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add_result(*make_article("w1", '"We will keep the harbour open all winter," Ana Ruiz said.',
                                       [("We will keep the harbour open all winter,", "Ana Ruiz", "person", "Ana Ruiz")],
                                       outlet="Wire", date="2026-03-05"))
    return path


@pytest.fixture
def new_article(tmp_path: Path) -> Path:
    path = tmp_path / "new.txt"
    path.write_text('"The ferry will run every hour from May," Omar Haddad said.\n', encoding="utf-8")
    return path


def test_faults_read_only_file_system(tmp_path: Path, stored_db: Path, new_article: Path) -> None:
    """A database on a file system mounted read-only: ingest says so in one line; search, export and serve still read it."""
    with tmpfs(tmp_path / "ro", "8m") as mount:
        db = mount / "corpus.db"
        shutil.copy(stored_db, db)
        remount(mount, "ro")
        assert_one_error_line(quotegraph("ingest", new_article, "--db", db, "-p", "1"),
                              f"Error: [E023] Cannot write to the database {db}: it is on a read-only file system.")
        assert_one_error_line(quotegraph("ingest", new_article, "--db", mount / "other.db", "-p", "1"),
                              f"Error: [E023] Cannot write to the database {mount / 'other.db'}: it is on a read-only file system.")
        found = quotegraph("search", "harbour", "--db", db, "--format", "jsonl")
        assert found.returncode == 0 and json.loads(found.stdout)["speaker"]["name"] == "Ana Ruiz", found.stderr
        exported = quotegraph("export", "--db", db)
        assert exported.returncode == 0 and "harbour" in exported.stdout, exported.stderr
        served = quotegraph("serve", "--db", db, "--get", "/api/stats")
        assert served.returncode == 0 and json.loads(served.stdout)["quotes"] == 1, served.stderr
        assert sorted(os.listdir(mount)) == ["corpus.db"]


def test_faults_immutable_file(tmp_path: Path, stored_db: Path, new_article: Path) -> None:
    """``chattr +i``: not even root may write the file."""
    if not IS_ROOT:
        pytest.skip("chattr +i needs root; test_corpus_cli_read_only_database_for_ingest covers chmod")
    done = subprocess.run(["chattr", "+i", str(stored_db)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i does not work here: {done.stderr.strip()}")
    try:
        assert_one_error_line(quotegraph("ingest", new_article, "--db", stored_db, "-p", "1"),
                              f"Error: [E023] Cannot write to the database {stored_db}: the file is read-only.")
        assert quotegraph("search", "harbour", "--db", stored_db).returncode == 0
    finally:
        subprocess.run(["chattr", "-i", str(stored_db)], capture_output=True)
    assert check_consistent(stored_db) == 1


def test_faults_read_only_file_as_another_user(make_article, new_article: Path) -> None:
    """Root runs the command as ``nobody`` on a file without write permission: the non-root case, in CI too."""
    if not IS_ROOT or shutil.which("setpriv") is None:
        pytest.skip("running as another user needs root and setpriv; test_corpus_cli_read_only_database_for_ingest runs as this user")
    reachable = quotegraph("--version", user="nobody")
    if reachable.returncode != 0:  # e.g. a checkout under a 0700 `mktemp -d` folder
        pytest.skip(f"user nobody cannot run this checkout's quotegraph: {reachable.stderr.strip()[:120]}")
    folder = Path(tempfile.mkdtemp(prefix="quotegraph-nobody-"))
    try:
        folder.chmod(0o777)
        db = folder / "corpus.db"
        with Store(db) as store:
            store.add_result(*make_article("w1", '"We will keep the harbour open all winter," Ana Ruiz said.',
                                           [("We will keep the harbour open all winter,", "Ana Ruiz", "person", "Ana Ruiz")]))
        db.chmod(0o444)
        article = folder / "new.txt"
        shutil.copy(new_article, article)
        article.chmod(0o444)
        assert_one_error_line(quotegraph("ingest", article, "--db", db, "-p", "1", user="nobody"),
                              f"Error: [E023] Cannot write to the database {db}: the file is read-only.")
        found = quotegraph("search", "harbour", "--db", db, user="nobody")
        assert found.returncode == 0 and "Ana Ruiz" in found.stdout, found.stderr
        folder.chmod(0o755)  # a folder nobody may not write: no room for -wal and -shm
        db.chmod(0o666)
        assert_one_error_line(quotegraph("ingest", article, "--db", db, "-p", "1", user="nobody"),
                              f"Error: [E023] Cannot write to the database {db}: its folder {folder} is read-only (SQLite writes its -wal and -shm files there).")
        assert check_consistent(db) == 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_faults_cli_extract_output_on_a_full_disk(en_nlp, tmp_path: Path) -> None:
    """``extract -o`` onto a full disk: one line naming the file (it was a traceback from the writer's flush)."""
    article = tmp_path / "a.txt"
    article.write_text('"We are ready for the storm," Ana Ruiz said.\n', encoding="utf-8")
    with tmpfs(tmp_path / "disk", "4k") as disk:
        (disk / "filler").write_bytes(b"x" * 4096)
        for fmt in ("jsonl", "json", "csv", "html"):
            output = disk / f"quotes.{fmt}"
            assert_one_error_line(quotegraph("extract", article, "-p", "1", "--format", fmt, "-o", output),
                                  f"Error: Cannot write {output}: No space left on device.")
