"""Benchmark: words/s of ``ingest`` (extract + store) against ``extract`` alone, on the same articles.

Both in the same process run, interleaved over ``--rounds`` rounds (the best rate of each kept),
measured by wall time and by CPU time (the latter less sensitive to other load on the machine):
the library (model already loaded, ``extract_batch`` vs ``ingest`` into a fresh database), then
the commands as a user runs them (``quotegraph extract`` vs ``quotegraph ingest``, model loading
included). Texts: the .txt files of a folder given as an argument (e.g.
../shared/data/polnear/data/dev/text), else the bundled samples repeated with a numbered line so
each copy is a new article. Prints numbers; asserts nothing. Target: ratio >= 0.9.

    .venv/bin/python benchmarks/bench_ingest.py [TEXT_FOLDER] [--limit N] [-p N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bench_extract

from quotegraph import extract_batch, load_nlp
from quotegraph.ingest import ingest
from quotegraph.model import Article
from quotegraph.store import Store



def load_texts(folder: Path | None, limit: int) -> list[str]:
    """The folder's texts, or the bundled samples repeated, each copy made distinct (ingest skips repeats)."""
    texts = bench_extract.load_texts(folder, limit)
    return texts if folder is not None else [f"{text}\n\nThis is copy number {n}.\n" for n, text in enumerate(texts)]


def cpu_seconds() -> float:
    """CPU time of this process and its waited-for children (worker pools, commands run)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(label: str, n_words: int, run) -> tuple[float, float]:
    """Run once; print and return (words per wall second, words per CPU second)."""
    start, cpu_start = time.perf_counter(), cpu_seconds()
    run()
    seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu_start
    print(f"{label:<48} {seconds:7.2f} s {n_words / seconds:9.0f} words/s   cpu {cpu:7.2f} s {n_words / cpu:9.0f} words/cpu-s")
    return n_words / seconds, n_words / cpu


def ingest_library(articles: list[Article], folder: Path, processes: int) -> None:
    with Store(folder / "library.db") as store:
        for _ in ingest(articles, store, n_process=processes):
            pass


def run_command(verb: str, source: Path, folder: Path, processes: int) -> None:
    target = ["-o", str(folder / "out.jsonl")] if verb == "extract" else ["--db", str(folder / "cli.db")]
    command = [sys.executable, "-m", "quotegraph", verb, str(source), *target, "--no-progress", "-p", str(processes)]
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("-p", "--processes", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2, help="Interleaved rounds; the best rate of each is compared.")
    args = parser.parse_args()
    texts = load_texts(args.folder, args.limit)
    n_words = sum(len(re.findall(r"\S+", text)) for text in texts)
    articles = [Article(f"a{n}", text) for n, text in enumerate(texts)]
    print(f"{len(texts)} texts, {n_words} words, {args.processes} processes")
    load_nlp()
    rates: dict[str, list[tuple[float, float]]] = {}

    def measure(label: str, run) -> None:
        rates.setdefault(label, []).append(timed(label, n_words, run))

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        source = folder / "articles.jsonl"
        source.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles), encoding="utf-8")
        for _ in range(args.rounds):  # interleaved, so drift in machine load hits both alike
            for path in folder.glob("*.db*"):
                path.unlink()
            measure("extract_batch (library)", lambda: list(extract_batch(articles, n_process=args.processes)))
            measure("ingest into a new database (library)", lambda: ingest_library(articles, folder, args.processes))
            measure("quotegraph extract (command, incl. model load)", lambda: run_command("extract", source, folder, args.processes))
            measure("quotegraph ingest (command, incl. model load)", lambda: run_command("ingest", source, folder, args.processes))
            measure("quotegraph ingest again (all already present)", lambda: run_command("ingest", source, folder, args.processes))
    best = {label: (max(wall for wall, _ in values), max(cpu for _, cpu in values)) for label, values in rates.items()}
    print(f"best of {args.rounds} rounds, ingest/extract (target >= 0.9):")
    for kind, extract_label, ingest_label in (
        ("library", "extract_batch (library)", "ingest into a new database (library)"),
        ("command", "quotegraph extract (command, incl. model load)", "quotegraph ingest (command, incl. model load)"),
    ):
        wall, cpu = (best[ingest_label][i] / best[extract_label][i] for i in (0, 1))
        print(f"  {kind}: {wall:.2f} by wall time, {cpu:.2f} by CPU time")
    rerun = best["quotegraph ingest again (all already present)"][0] / best["quotegraph ingest (command, incl. model load)"][0]
    print(f"re-run with everything stored: {rerun:.1f}x the first ingest's rate")

if __name__ == "__main__":
    sys.exit(main())
