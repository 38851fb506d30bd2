"""Benchmark: Spark ``local[P]`` against the local multi-process path on the same generated articles.

Both as a user runs them, on the same JSONL of ``--articles`` generated articles (``synthetic.py``,
default 10,000), in one run:

- multi-process: ``quotegraph extract articles.jsonl -o out.jsonl -p P`` (``extract_batch`` with P
  worker processes);
- Spark: ``quotegraph spark articles.jsonl out.parquet --master local[P]`` (``spark_job.run_job``:
  ``mapInPandas``, one model per Python worker), Parquet out.

Each is also run on one article first; that time (interpreter, model, pool or JVM start) is
subtracted for the steady rate. Prints seconds, articles/s, words/s, the steady rate, peak memory
of each command's process tree (``memory.py``; for Spark that includes the JVM and its Python
workers), the ratio Spark/multi-process, and whether both found the same quotes. Needs the
``spark`` extra (PySpark) and Java for the Spark half; without them that half is skipped with a
message. Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_spark.py [--articles 10000] [-p 2] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from memory import run_measured
from synthetic import write_jsonl


def spark_missing() -> str | None:
    """Why the Spark half cannot run, or None."""
    try:
        from quotegraph.spark_job import check_spark
    except ImportError as error:
        return f"quotegraph.spark_job cannot be imported ({error})"
    try:
        check_spark()
    except Exception as error:  # noqa: BLE001 — a ConfigError saying PySpark or Java is missing
        return str(error)
    return None


def command(verb: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "quotegraph", verb, *args]


def first_lines(source: Path, target: Path, count: int) -> None:
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for _, line in zip(range(count), lines):
            out.write(line)


def measure(label: str, run, n_articles: int, n_words: int, startup: float) -> float:
    seconds, peak = run()
    steady = (n_articles - 1) / max(seconds - startup, 1e-9)
    print(f"{label:<34} {seconds:8.1f} s {n_articles / seconds:7.1f} art/s {n_words / seconds:8.0f} words/s"
          f"  steady {steady:7.1f} art/s  {peak.describe()}")
    return steady


def quotes_from_jsonl(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as lines:
        return {record["id"]: record["quotes"] for record in map(json.loads, lines)}


def quotes_from_parquet(path: Path) -> dict[str, list[dict]]:
    from quotegraph.spark_rows import read_result_files

    found = {}
    for item in read_result_files([str(path)]):
        if isinstance(item, tuple):
            found[item[1].id] = [quote.to_dict() for quote in item[1].quotes]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("-p", "--processes", type=int, default=2, help="Worker processes, and Spark's local[P].")
    parser.add_argument("--master", help="Spark master (default local[P]).")
    parser.add_argument("--workdir", type=Path, help="Keep the articles and both outputs here.")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    master = args.master or f"local[{args.processes}]"
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        articles, one = folder / f"articles-s{args.seed}-{args.articles}.jsonl", folder / "one.jsonl"
        n_articles, n_words = write_jsonl(articles, args.articles, seed=args.seed)
        first_lines(articles, one, 1)
        print(f"{n_articles:,} generated articles, {n_words:,} words; {args.processes} processes / {master}")
        jsonl_out, parquet_out = folder / "multiprocess.jsonl", folder / "spark.parquet"
        quiet = {"stderr": subprocess.DEVNULL}

        def extract(source: Path):
            return lambda: run_measured(command("extract", str(source), "-o", str(jsonl_out), "-p", str(args.processes), "--no-progress"), **quiet)

        startup, _ = extract(one)()
        multi = measure(f"quotegraph extract -p {args.processes}", extract(articles), n_articles, n_words, startup)
        print(f"{'':<34} (start-up on one article: {startup:.1f} s)")

        reason = spark_missing()
        if reason:
            print(f"Spark half skipped: {reason}")
            return

        def spark(source: Path):
            def run():
                shutil.rmtree(parquet_out, ignore_errors=True)
                return run_measured(command("spark", str(source), str(parquet_out), "--master", master), **quiet)
            return run

        startup, _ = spark(one)()
        on_spark = measure(f"quotegraph spark --master {master}", spark(articles), n_articles, n_words, startup)
        print(f"{'':<34} (start-up on one article: {startup:.1f} s)")
        print(f"Spark / multi-process, steady rate: {on_spark / multi:.2f}")
        try:
            mine, theirs = quotes_from_jsonl(jsonl_out), quotes_from_parquet(parquet_out)
        except Exception as error:  # noqa: BLE001 — the comparison is a check, not the benchmark
            print(f"outputs not compared: {error}")
            return
        same = sum(mine[key] == theirs.get(key) for key in mine)
        print(f"same quotes in {same:,} of {len(mine):,} articles ({len(theirs):,} articles in the Spark output)")


if __name__ == "__main__":
    sys.exit(main())
