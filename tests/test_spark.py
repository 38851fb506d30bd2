"""quotegraph spark (spark_job.py, spark_rows.py) on local[2]: the same quotes as quotegraph extract.

One SparkSession for the module (UI off, 2 shuffle partitions); the Spark tests skip, saying why,
when PySpark or Java is missing. Every article is written for these tests. The output is read back
with ``spark_rows.read_result_files`` (what ``quotegraph ingest`` uses) and compared, article by
article, with ``read_inputs`` + ``extract_batch`` on the same input: the same records as
``quotegraph extract`` writes, the same database after ingest.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotegraph.errors import ConfigError
from quotegraph.ingest import ingest, ingest_extracted
from quotegraph.model import Article
from quotegraph.pipeline import extract_batch
from quotegraph.reading import Failure, read_inputs
from quotegraph.settings import Settings
from quotegraph.spark_rows import COLUMNS, read_result_files, result_rows, results_from_rows
from quotegraph.store import Store
from quotegraph.writers import output_record

ARTICLES = [
    {"id": "wire-1", "title": "Ferry returns", "outlet": "Harbour Gazette", "date": "2026-05-04", "url": "https://example.org/ferry",
     "text": ("Ferry returns\n\n"
              '"We will run the first boat on Monday morning," said Olivia Grant, the harbour master.\n\n'
              "The ferry stopped in March after a storm damaged the pier.\n\n"
              "Grant told reporters on Tuesday that the repairs had cost more than expected.")},
    {"id": "wire-2", "outlet": "Sample Wire", "date": "2026-05-05", "section": "health", "tags": ["clinic", "weekend"],
     "text": ('"The clinic will stay open on weekends," Dr. Omar Haddad said in a statement.\n\n'
              '"Nobody should wait until Monday," he added. According to a hospital spokesperson, '
              "the extra hours will be paid by the county.")},
    {"id": "wire-3", "text": "The county fair opens on Saturday with a parade, a cattle show and a pie contest for all ages."},
    {"id": "wire-4", "text": "   \n"},
    {"id": 5, "html": ("<html><head><title>Library opens late</title></head><body><article>"
                       "<p>The county library will stay open until ten at night from next month.</p>"
                       '<p>"Students need a quiet place to work," librarian Marcus Bell said.</p></article></body></html>')},
    {"text": '"It was the best harvest in years," farmer Ruth Olsen said at the market on Friday.'},
]


def java_missing() -> bool:
    home = os.environ.get("JAVA_HOME")
    return not (home and Path(home, "bin", "java").exists()) and shutil.which("java") is None


@pytest.fixture(scope="module")
def spark():
    """One local[2] SparkSession for the module; skips when PySpark or Java is missing."""
    pytest.importorskip("pyspark", reason="PySpark not installed (pip install 'quotegraph[spark]')")
    pytest.importorskip("pandas", reason="pandas not installed (pip install 'quotegraph[spark]')")
    if java_missing():
        pytest.skip("no java (JAVA_HOME or java on PATH): Spark cannot start")
    from pyspark.sql import SparkSession

    from quotegraph.spark_job import LOG_CONFIG

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("quotegraph-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "2").config("spark.default.parallelism", "2")
               .config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={LOG_CONFIG.as_uri()}")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark-in") / "articles.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_output(spark, jsonl: Path, tmp_path_factory) -> Path:
    """The JSONL articles through the Spark job, written once for the module."""
    from quotegraph.spark_job import run_job

    out = tmp_path_factory.mktemp("spark-out") / "quotes.parquet"
    summary = run_job(str(jsonl), str(out), spark=spark)
    assert (summary.articles, summary.errors) == (len(ARTICLES), 1)
    assert summary.first_errors == (("wire-4", "[E005] The article is empty."),)
    return out


def local_records(items) -> dict[str, dict]:
    """What quotegraph extract writes for each article (output_record), by id."""
    items = list(items)
    articles = [item if isinstance(item, Article) else Article(item.source, "", {"_error": item.message}) for item in items]
    results = extract_batch(articles, settings=Settings(), n_process=1)
    return {article.id: output_record(article, result) for article, result in zip(articles, results)}


def spark_records(path: Path) -> dict[str, dict]:
    pairs = list(read_result_files([str(path)]))
    assert not [pair for pair in pairs if isinstance(pair, Failure)]
    return {article.id: output_record(article, result) for article, result in pairs}


# --- the job ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("en_nlp")
def test_spark_gives_what_extract_gives(spark_output: Path, jsonl: Path) -> None:
    expected = local_records(read_inputs([str(jsonl)]))
    got = spark_records(spark_output)
    sha = [key for key in got if key.startswith("sha1:")]  # the JSONL reader names a record without id by its line
    expected[sha[0]] = {**expected.pop(f"articles:{len(ARTICLES)}"), "id": sha[0]}
    # an unusable JSONL line is named by its place in the file there, by its id here
    expected["wire-4"] = {**expected.pop(f"{jsonl}:4"), "id": "wire-4"}
    assert got.keys() == expected.keys()
    for article_id, record in expected.items():
        assert got[article_id] == record, article_id
    assert sum(len(record["quotes"]) for record in got.values()) >= 6
    assert got["wire-4"] == {"id": "wire-4", "quotes": [], "error": "[E005] The article is empty."}
    assert got["5"]["text"].startswith("The county library") and got["5"]["title"] == "Library opens late"
    assert got["wire-2"]["tags"] == ["clinic", "weekend"]  # other fields pass through (as Spark infers their type)


def test_spark_output_rows(spark, spark_output: Path) -> None:
    frame = spark.read.parquet(str(spark_output))
    assert tuple(frame.columns) == COLUMNS
    assert frame.schema["speaker"].dataType.simpleString() == "struct<name:string,kind:string,mention:struct<text:string,start:bigint,end:bigint>>"
    rows = {(row["id"], row["index"]): row for row in frame.collect()}
    fair = rows[("wire-3", None)]  # no quotes: one row, quote columns null
    assert (fair["text"], fair["speaker"], fair["error"], fair["article_text"]) == (None, None, None, ARTICLES[2]["text"])
    first = rows[("wire-1", 0)]
    assert (first["text"], first["start"], first["end"], first["type"]) == ("We will run the first boat on Monday morning", 16, 60, "direct")
    assert first["speaker"]["name"] == "Olivia Grant" and first["speaker"]["mention"]["text"] == "Olivia Grant"
    assert (first["outlet"], first["date"], json.loads(first["meta"])["title"]) == ("Harbour Gazette", "2026-05-04", "Ferry returns")


@pytest.mark.usefixtures("en_nlp")
def test_spark_ingest_equals_direct_ingest(spark_output: Path, jsonl: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "spark.db") as store:
        events = list(ingest_extracted(read_result_files([str(spark_output)]), store))
    assert sorted(event.status for event in events) == ["ingested"] * 5 + ["skipped"]
    with Store(tmp_path / "direct.db") as store:
        list(ingest(read_inputs([str(jsonl)]), store, n_process=1))
    spark_db, direct_db = (dump(tmp_path / name) for name in ("spark.db", "direct.db"))
    assert len(spark_db["articles"]) == 5 and len(spark_db["quotes"]) >= 6
    renamed = {article[0] for article in spark_db["articles"]} - {article[0] for article in direct_db["articles"]}
    assert len(renamed) == 1  # the article without id: sha1:... here, articles:6 there
    rename = lambda rows: sorted(("articles:6" if row[0] in renamed else row[0], *row[1:]) for row in rows)  # noqa: E731
    assert rename(spark_db["articles"]) == rename(direct_db["articles"])
    assert rename(spark_db["quotes"]) == rename(direct_db["quotes"])
    with Store(tmp_path / "spark.db") as store:  # stored before: present, nothing written twice
        again = list(ingest_extracted(read_result_files([str(spark_output)]), store))
    assert sorted(event.status for event in again) == ["present"] * 5 + ["skipped"]


def dump(path: Path) -> dict[str, list[tuple]]:
    """Articles and quotes of a database, without store ids and ingest times."""
    with sqlite3.connect(path) as db:
        articles = [(*row[:-1], json.loads(row[-1])) for row in db.execute(
            "SELECT source_id, url, outlet, title, published, text, content_hash, meta FROM articles")]
        quotes = [(*row[:-1], json.loads(row[-1])) for row in db.execute(
            "SELECT a.source_id, q.position, q.text, q.start, q.end, q.type, round(q.confidence, 3), q.cue, q.speaker_name,"
            " q.speaker_kind, q.verbatim, q.outlet, q.published, q.record FROM quotes q JOIN articles a ON a.id = q.article_id")]
    return {"articles": articles, "quotes": quotes}


@pytest.mark.usefixtures("en_nlp")
def test_spark_parquet_input_and_bad_rows(spark, tmp_path: Path) -> None:
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    from quotegraph.spark_job import run_job

    text = ARTICLES[1]["text"]
    table = pa.table({
        "id": pa.array([1, 2, 3, 4], pa.int64()),
        "text": [text, None, None, "x" * 3000],
        "html": [None, None, "<html><body></body></html>", None],
        "date": pa.array([datetime.date(2026, 5, 5)] * 4, pa.date32()),
        "outlet": ["Sample Wire"] * 4,
    })
    pq.write_table(table, tmp_path / "in.parquet")
    summary = run_job(str(tmp_path / "in.parquet"), str(tmp_path / "out"), spark=spark, max_mb=0.002, partitions=3)
    assert (summary.articles, summary.errors) == (4, 3)
    got = {article.id: result for article, result in read_result_files([str(tmp_path / "out")])}
    assert got["2"].error == '[E019] article 2: no string "text" or "html" field.'
    assert got["3"].error == "[E010] No text could be extracted from the HTML in article 3."
    assert got["4"].error == "[E004] article 4 is 0.0 MB, over the 0.002 MB limit per article; split it or raise --max-mb."
    expected = local_records([Article("1", text, {"date": "2026-05-05", "outlet": "Sample Wire"})])["1"]
    assert output_record(Article("1", text, got["1"].meta), got["1"]) == expected


def test_spark_malformed_json_line_is_an_error_row(spark, tmp_path: Path) -> None:
    from quotegraph.spark_job import run_job

    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(ARTICLES[2]) + "\n{not json\n", encoding="utf-8")
    summary = run_job(str(path), str(tmp_path / "out"), spark=spark)
    assert (summary.articles, summary.errors) == (2, 1)
    ((_, message),) = summary.first_errors
    assert message == f"[E019] {path}: a line is not valid JSON: {{not json."


def test_spark_input_without_text_column_is_one_error(spark, tmp_path: Path) -> None:
    from quotegraph.errors import InputError
    from quotegraph.spark_job import run_job

    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "body": "words"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r'\[E019\] .*in.jsonl: no "text" or "html" column \(columns: body, id\)'):
        run_job(str(path), str(tmp_path / "out"), spark=spark)


@pytest.mark.usefixtures("en_nlp")
def test_spark_warc_input(spark, tmp_path: Path) -> None:
    from test_warc import FERRY_ID, LIBRARY_ID, news_warc

    from quotegraph.spark_job import run_job

    (tmp_path / "crawl").mkdir()
    warc = news_warc()
    data = warc.bytes()
    (tmp_path / "crawl" / "a.warc.gz").write_bytes(data)
    (tmp_path / "crawl" / "b.warc.gz").write_bytes(data[: len(data) - 25])  # cut short: the last page is lost
    (tmp_path / "crawl" / "readme.txt").write_text("not a warc")
    summary = run_job(str(tmp_path / "crawl"), str(tmp_path / "out"), spark=spark, fmt="warc")
    assert (summary.articles, summary.errors) == (4, 1)  # two pages of a.warc.gz, one of b.warc.gz, its cut end
    expected = local_records(read_inputs([str(tmp_path / "crawl" / "a.warc.gz")]))
    pairs = list(read_result_files([str(tmp_path / "out")]))
    ids = sorted(article.id for article, _ in pairs)
    assert ids[1:] == [FERRY_ID, FERRY_ID, LIBRARY_ID]
    for article, result in pairs:
        if article.id in expected:
            assert output_record(article, result) == expected[article.id]
    last = warc.offsets[-1]
    cut = f"{(tmp_path / 'crawl' / 'b.warc.gz').as_uri().replace('file:///', 'file:/')}"
    assert ids[0] == f"{cut}@{last}"
    assert summary.first_errors == ((ids[0], f"[E015] {cut} is truncated: it ends inside the WARC record at byte {last}; download it again."),)


# --- without Spark ------------------------------------------------------------------------------


def test_result_rows_round_trip(make_article) -> None:
    article, result = make_article("a", 'He said "yes" and "no".', [("yes", "Tom Berg", "person", "He"), ("no", None, None, None)], outlet="X")
    empty = (Article("b", "Nothing.", {}), result.__class__("b", (), {}))
    rows = result_rows(article, result) + result_rows(*empty)
    assert [row["index"] for row in rows] == [0, 1, None]
    back = list(results_from_rows(rows))
    assert [(a.id, a.text, a.meta) for a, _ in back] == [("a", article.text, {"outlet": "X"}), ("b", "Nothing.", {})]
    assert back[0][1].quotes == result.quotes and back[1][1].quotes == ()


def test_spark_missing_pyspark_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotegraph import spark_job

    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now raises ImportError
    with pytest.raises(ConfigError, match=r"^\[E016\] quotegraph spark needs PySpark"):
        spark_job.check_spark()


def test_spark_missing_java_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pyspark", reason="PySpark not installed")
    from quotegraph import spark_job

    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(spark_job.shutil, "which", lambda name: None)
    with pytest.raises(ConfigError, match=r"^\[E017\] Spark needs Java"):
        spark_job.check_spark()


def test_spark_command_without_java_says_so_in_one_line(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)
    done = subprocess.run([sys.executable, "-m", "quotegraph", "spark", "in.jsonl", "out"], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 1
    assert done.stderr in (
        "Error: [E016] quotegraph spark needs PySpark; install it with: pip install 'quotegraph[spark]'\n",
        "Error: [E017] Spark needs Java 17 or 21 and no java was found (JAVA_HOME unset, no java on PATH);"
        " install one, e.g. apt-get install openjdk-17-jre-headless.\n",
    )
