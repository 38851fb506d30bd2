"""Extraction on Spark: articles from Parquet, JSON Lines or WARC files on any Hadoop path, quotes out as Parquet.

``run_job`` reads the input with Spark (``spark.read.parquet`` / ``spark.read.json``; WARC files with
``binaryFiles``, parsed per file in the workers by ``warc.py``), extracts with ``mapInPandas`` and
writes the rows of ``spark_rows.py``: one per quote, one with null quote columns for an article
without quotes or with an ``error``. Each input row goes through ``reading.article_from_record`` (the
JSONL checks: text or html, empty, size), then ``pipeline.extract_batch`` in the Python worker, so a
bad row is an error row and never fails its task.

Each Python worker loads the spaCy model once: ``pipeline.load_nlp`` is a per-process cache keyed
by the model name, and Spark reuses its Python workers between tasks (``spark.python.worker.reuse``,
on by default). Nothing here decides what a quote is; ``quotegraph spark`` (cli.py) calls ``run_job``.
"""

from __future__ import annotations

# Absolute imports throughout: spark-submit runs this file as a script (see the end).

import functools
import hashlib
import io
import json
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotegraph.errors import ConfigError, InputError, QuotegraphError
from quotegraph.model import Article
from quotegraph.reading import BYTES_PER_MB, Failure, article_from_record, is_warc_path
from quotegraph.settings import Settings
from quotegraph.spark_rows import COLUMNS, SPARK_SCHEMA, result_rows

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["SPARK_FORMATS", "JobSummary", "check_spark", "guess_format", "run_job", "start_session", "extract_frame", "read_frame"]

SPARK_FORMATS: tuple[str, ...] = ("parquet", "json", "warc")
DEFAULT_MASTER = "local[2]"
INPUT_COLUMNS: tuple[str, ...] = ("id", "text", "html", "title", "url", "outlet", "date")
# Rows per Arrow batch handed to a Python worker, and articles per output chunk it yields: small,
# so a batch of long articles (and their quote rows, each carrying the article text) stays small.
ARROW_BATCH_ROWS = 256
OUTPUT_CHUNK_ARTICLES = 32
ERRORS_SHOWN = 20
LOG_CONFIG = Path(__file__).parent / "data" / "spark_log4j2.properties"
_ARTICLE_SCHEMA = ("id string, text string, html string, title string, url string, outlet string, date string,"
                   " _extra string, _error string")
_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True, slots=True)
class JobSummary:
    """What a job wrote: articles, quotes, articles with an error (the first ``ERRORS_SHOWN`` listed)."""

    output: str
    articles: int
    quotes: int
    errors: int
    first_errors: tuple[tuple[str, str], ...] = ()


def check_spark() -> None:
    """Raise a one-line error when PySpark (E016) or Java (E017) is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as error:
        raise ConfigError("E016") from error
    home = os.environ.get("JAVA_HOME")
    if not (home and Path(home, "bin", "java").exists()) and shutil.which("java") is None:
        raise ConfigError("E017")


def guess_format(path: str) -> str:
    """``warc`` for ``.warc``/``.warc.gz``, ``json`` for ``.json``/``.jsonl``/``.ndjson`` (gzipped too), else ``parquet``."""
    name = path.rstrip("/").lower()
    if is_warc_path(name):
        return "warc"
    if name.endswith(_JSON_SUFFIXES):
        return "json"
    return "parquet"


def start_session(master: str | None = DEFAULT_MASTER) -> "SparkSession":
    """A SparkSession for the job; ``master`` None keeps spark-submit's (``local[2]`` outside spark-submit).

    A local master runs Python workers with this interpreter, so they see this environment's
    quotegraph and model.
    """
    from pyspark.sql import SparkSession

    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = DEFAULT_MASTER
    builder = SparkSession.builder.appName("quotegraph").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # this process starts the JVM: keep its log to errors
        builder = builder.config("spark.driver.extraJavaOptions", f"-Dlog4j.configurationFile={LOG_CONFIG.as_uri()}")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def run_job(input_path: str, output_path: str, *, settings: Settings | None = None, fmt: str | None = None,
            master: str | None = DEFAULT_MASTER, max_mb: float = 10.0, partitions: int | None = None,
            overwrite: bool = False, spark: "SparkSession | None" = None) -> JobSummary:
    """Extract quotes from every article under ``input_path`` into Parquet at ``output_path``.

    Args:
        input_path: a file, folder or glob on any Hadoop-compatible file system (``s3a://``, ``hdfs://``, local).
        output_path: the Parquet folder to write (refused if it exists, unless ``overwrite``).
        settings: extraction settings (``settings.date`` for undated articles).
        fmt: ``parquet``, ``json`` (JSON Lines) or ``warc``; guessed from the path when None.
        master: Spark master for a new session (None: spark-submit's); ignored when ``spark`` is given.
        max_mb: largest article (text, html or WARC page) accepted, in MiB.
        partitions: extraction tasks; default the cluster's parallelism when the input has fewer.
        spark: a session to use (left running); otherwise one is started and stopped.

    Raises:
        ConfigError: PySpark or Java missing (E016, E017), an unknown format (E025).
        InputError: the input has no usable text column (E019).
        QuotegraphError: Spark failed, e.g. a missing input or an existing output (E018).
    """
    fmt = fmt or guess_format(input_path)
    if fmt not in SPARK_FORMATS:
        raise ConfigError("E025", what="input format", value=fmt, choices=", ".join(SPARK_FORMATS))
    check_spark()
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    session = spark
    try:
        session = session or start_session(master)
        session.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(ARROW_BATCH_ROWS))
        articles = read_frame(session, input_path, fmt, max_mb)
        frame = extract_frame(articles, settings or Settings(), max_mb=max_mb, partitions=partitions)
        frame.write.mode("overwrite" if overwrite else "errorifexists").parquet(output_path)
        return _summary(session, output_path)
    except (PySparkException, Py4JError) as error:
        raise QuotegraphError("E018", reason=_first_line(error)) from error
    finally:
        if spark is None and session is not None:
            session.stop()


def read_frame(session: "SparkSession", input_path: str, fmt: str, max_mb: float = 10.0) -> "DataFrame":
    """The input as article rows (``_ARTICLE_SCHEMA``): columns made strings, other fields in ``_extra``."""
    if fmt == "warc":
        files = session.sparkContext.binaryFiles(input_path)
        rows = files.flatMap(functools.partial(_warc_file_rows, int(max_mb * BYTES_PER_MB), f"{max_mb:g}"))
        return session.createDataFrame(rows, schema=_ARTICLE_SCHEMA)
    frame = session.read.json(input_path) if fmt == "json" else session.read.parquet(input_path)
    return _article_columns(frame, input_path)


def extract_frame(articles: "DataFrame", settings: Settings, *, max_mb: float = 10.0, partitions: int | None = None) -> "DataFrame":
    """Extract every article row into output rows (``spark_rows.SPARK_SCHEMA``) with ``mapInPandas``."""
    wanted = partitions or articles.sparkSession.sparkContext.defaultParallelism
    if partitions or articles.rdd.getNumPartitions() < wanted:
        articles = articles.repartition(wanted)
    work = functools.partial(_extract_batches, settings, int(max_mb * BYTES_PER_MB), f"{max_mb:g}")
    return articles.mapInPandas(work, schema=SPARK_SCHEMA)


# --- the driver side: columns ------------------------------------------------------------------


def _article_columns(frame: "DataFrame", input_path: str) -> "DataFrame":
    """Select the known columns as strings, the other fields as one JSON string, malformed JSON as an error."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType

    columns = frame.columns
    if "text" not in columns and "html" not in columns:
        raise InputError("E019", path=input_path, problem=f'no "text" or "html" column (columns: {", ".join(columns) or "none"})')
    for name in ("text", "html"):
        if name in columns and not isinstance(frame.schema[name].dataType, StringType):
            raise InputError("E019", path=input_path, problem=f'column "{name}" holds {frame.schema[name].dataType.simpleString()}, not strings')
    known = [(F.col(f"`{name}`").cast("string") if name in columns else F.lit(None).cast("string")).alias(name) for name in INPUT_COLUMNS]
    extra = [name for name in columns if name not in INPUT_COLUMNS and name != "_corrupt_record"]
    extra_json = F.to_json(F.struct(*[F.col(f"`{name}`") for name in extra])) if extra else F.lit(None).cast("string")
    error = F.lit(None).cast("string")
    if "_corrupt_record" in columns:  # spark.read.json keeps a line it cannot parse here
        prefix = str(InputError("E019", path=input_path, problem="<>")).split("<>")[0]
        bad = F.col("_corrupt_record")
        error = F.when(bad.isNotNull(), F.concat(F.lit(prefix + "a line is not valid JSON: "), F.substring(bad, 1, 80), F.lit(".")))
    return frame.select(*known, extra_json.alias("_extra"), error.alias("_error"))


def _summary(session: "SparkSession", output_path: str) -> JobSummary:
    """Count what was written (read back from the output)."""
    from pyspark.sql import functions as F

    written = session.read.parquet(output_path)
    first_row = F.col("index").isNull() | (F.col("index") == 0)
    counts = written.agg(F.sum(first_row.cast("long")).alias("articles"), F.count("index").alias("quotes"),
                         F.sum(F.col("error").isNotNull().cast("long")).alias("errors")).first()
    errors = written.where(F.col("error").isNotNull()).select("id", "error").limit(ERRORS_SHOWN).collect()
    return JobSummary(output_path, counts["articles"] or 0, counts["quotes"] or 0, counts["errors"] or 0,
                      tuple((row["id"], row["error"]) for row in errors))


def _first_line(error: BaseException) -> str:
    """The first line of a Spark error, without Java's stack trace."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."


# --- the worker side --------------------------------------------------------------------------


def _warc_file_rows(max_bytes: int, limit_mb: str, item: tuple[str, bytes]) -> list[tuple]:
    """Article rows for one WARC file's bytes (``binaryFiles``); files with another name give none."""
    from quotegraph.warc import read_warc_stream

    path, content = item
    if not is_warc_path(path):
        return []
    rows = []
    for read in read_warc_stream(io.BytesIO(content), path, max_bytes=max_bytes, limit_mb=limit_mb):
        if isinstance(read, Failure):
            rows.append((read.source, None, None, None, None, None, None, None, read.message))
            continue
        meta = dict(read.meta)
        known = [meta.pop(key, None) for key in ("title", "url", "outlet", "date")]
        rows.append((read.id, read.text, None, *known, json.dumps(meta, ensure_ascii=False), None))
    return rows


def _extract_batches(settings: Settings, max_bytes: int, limit_mb: str, batches: Iterator[Any]) -> Iterator[Any]:
    """mapInPandas: article rows in, output rows out, a few articles per yielded frame."""
    import pandas as pd

    from quotegraph.pipeline import extract_batch, load_nlp

    load_nlp(settings.model)  # once per Python worker (cached), before the first batch
    for frame in batches:
        records = frame.to_dict("records")
        for start in range(0, len(records), OUTPUT_CHUNK_ARTICLES):
            articles = [_article(record, max_bytes, limit_mb) for record in records[start:start + OUTPUT_CHUNK_ARTICLES]]
            rows: list[dict[str, Any]] = []
            for article, result in zip(articles, extract_batch(articles, settings=settings, n_process=1)):
                rows.extend(result_rows(article, result))
            yield pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)


def _article(record: dict[str, Any], max_bytes: int, limit_mb: str) -> Article:
    """One input row as an Article; a bad row becomes an empty Article carrying ``_error``, as in ``quotegraph extract``."""
    values = {key: value for key, value in record.items() if isinstance(value, str)}  # pandas gives NaN/None for nulls
    default_id = "sha1:" + hashlib.sha1((values.get("text") or values.get("html") or values.get("_error") or "").encode("utf-8", "replace")).hexdigest()[:16]
    article_id = values.get("id") or default_id
    if "_error" in values:
        return Article(article_id, "", {"_error": values["_error"]})
    fields = {key: values[key] for key in INPUT_COLUMNS if key in values}
    try:
        extra = json.loads(values["_extra"]) if "_extra" in values else {}
        for key in ("text", "html"):
            size = len(fields.get(key, "").encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                raise InputError("E004", path=f"article {article_id}", size_mb=size / BYTES_PER_MB, limit_mb=limit_mb)
        return article_from_record({**fields, **extra}, default_id, where=f"article {article_id}")
    except InputError as error:
        return Article(article_id, "", {"_error": str(error)})


if __name__ == "__main__":  # spark-submit .../quotegraph/spark_job.py INPUT OUTPUT [options]: the spark command
    from quotegraph.cli import main  # absolute: spark-submit runs this file as a script

    sys.argv.insert(1, "spark")
    main()
