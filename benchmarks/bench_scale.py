"""Benchmark: how time grows with corpus size (1k → 10k → 100k generated articles), per stage.

Articles come from ``synthetic.py`` (seeded; the sizes nest: the 1k articles are the first 1k of
the 10k). Three stages, each printed with seconds, articles/s, words/s, time per article relative
to the smallest size (1.00 = linear; above 1 = each article costs more in a bigger corpus), and
peak memory or database size:

- ``extract``: the command ``quotegraph extract articles.jsonl -o out.jsonl -p P`` (model loading
  included; the relative column subtracts the start-up time, measured once on one article);
- ``ingest``: the command ``quotegraph ingest articles.jsonl --db new.db -p P`` into a fresh
  database (extraction + store);
- ``store``: the store alone, in this process: ``Store.has_article`` + ``Store.add_result`` (as
  ``ingest`` calls them) for pre-extracted results, into a fresh database at each size; only
  those calls are timed (reading JSON is not). The results are the ``extract`` stage's output at
  the largest size, or, without that stage, one extraction run first (untimed; kept with
  ``--workdir``, so a second run skips it). It also prints the time per article over the first and
  the last tenth of the largest run: a ratio above 1 means store work grows with what is stored.

Extraction of 100,000 articles takes over an hour on 2 cores, so measure the stages separately
when needed. Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000 -p 2
    .venv/bin/python benchmarks/bench_scale.py --sizes 1000,10000,100000 --stages store --workdir scale-work
    .venv/bin/python benchmarks/bench_scale.py --sizes 10000 --stages store --profile   # cProfile of the store loop
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from memory import run_measured
from synthetic import write_jsonl

from quotegraph.model import Article, Quote, Result
from quotegraph.store import Store

STAGES = ("extract", "ingest", "store")


def prefix(source: Path, target: Path, count: int) -> int:
    """Copy the first ``count`` lines of a JSONL file; returns the words of their texts."""
    words = 0
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in itertools.islice(lines, count):
            words += len(json.loads(line)["text"].split())
            out.write(line)
    return words


def command(verb: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "quotegraph", verb, *args, "--no-progress"]


def row(stage: str, size: int, seconds: float, words: int, per_article: float, base: float | None, extra: str) -> str:
    relative = per_article / base if base else 1.0
    return (f"{stage:<8} {size:>7,} articles {seconds:9.1f} s {size / seconds:8.1f} art/s {words / seconds:9.0f} words/s"
            f"  {per_article * 1000:7.2f} ms/article  rel {relative:5.2f}  {extra}")


def startup_seconds(folder: Path, articles: Path, processes: int) -> float:
    """Wall time of the extract command on one article: interpreter, imports, model, pool start."""
    one = folder / "one.jsonl"
    prefix(articles, one, 1)
    seconds, _ = run_measured(command("extract", str(one), "-o", str(folder / "one.out.jsonl"), "-p", str(processes)), stderr=subprocess.DEVNULL)
    return seconds


def results(articles: Path, extracted: Path, count: int) -> Iterator[tuple[Article, Result, int]]:
    """(article, result, words) for the first ``count`` lines of the two files (same order)."""
    with articles.open(encoding="utf-8") as inputs, extracted.open(encoding="utf-8") as outputs:
        for source, line in itertools.islice(zip(inputs, outputs), count):
            record, data = json.loads(source), json.loads(line)
            article_id, text = record.pop("id"), record.pop("text")
            if data["id"] != article_id:
                raise SystemExit(f"{extracted} is not the extraction of {articles} (line for {data['id']}, expected {article_id})")
            meta = {key: value for key, value in data.items() if key not in ("id", "quotes", "error")}
            quotes = tuple(Quote.from_dict(quote) for quote in data["quotes"])
            yield Article(article_id, text, record), Result(article_id, quotes, meta, data.get("error")), len(text.split())


def store_run(path: Path, items: Iterator[tuple[Article, Result, int]], size: int, profile: cProfile.Profile | None) -> tuple[float, int, int, list[float]]:
    """Store every result into a fresh database; (seconds in store calls, words, quotes, seconds per tenth)."""
    seconds, words, quotes, tenths, tenth_start = 0.0, 0, 0, [], 0.0
    step = max(1, size // 10)
    with Store(path) as store:
        for number, (article, result, count) in enumerate(items, 1):
            if profile:
                profile.enable()
            start = time.perf_counter()
            if not store.has_article(article) and result.error is None:
                store.add_result(article, result)
            seconds += time.perf_counter() - start
            if profile:
                profile.disable()
            words, quotes = words + count, quotes + len(result.quotes)
            if number % step == 0:
                tenths.append(seconds - tenth_start)
                tenth_start = seconds
        stats = store.stats()
    print(f"         stored {stats}")
    return seconds, words, quotes, tenths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated article counts (default 1000,10000,100000).")
    parser.add_argument("-p", "--processes", type=int, default=2, help="Worker processes for extract and ingest.")
    parser.add_argument("--stages", default=",".join(STAGES), help=f"Comma-separated, of {', '.join(STAGES)} (default all).")
    parser.add_argument("--workdir", type=Path, help="Keep generated articles, extraction output and databases here (reused).")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile the store stage at the largest size; print the top functions.")
    args = parser.parse_args()
    sizes = sorted(int(size.replace("_", "")) for size in args.sizes.split(","))
    stages = [stage.strip() for stage in args.stages.split(",")]
    if unknown := set(stages) - set(STAGES):
        parser.error(f"unknown stage(s) {', '.join(sorted(unknown))}; choose from {', '.join(STAGES)}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.workdir or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        largest = sizes[-1]
        everything = folder / f"articles-s{args.seed}-{largest}.jsonl"
        if not everything.exists():
            start = time.perf_counter()
            write_jsonl(everything, largest, seed=args.seed)
            print(f"generated {largest:,} articles in {time.perf_counter() - start:.1f} s -> {everything}")
        inputs = {size: folder / f"articles-s{args.seed}-{size}.jsonl" for size in sizes}
        words = {size: prefix(everything, inputs[size], size) for size in sizes[:-1]}
        with everything.open(encoding="utf-8") as lines:
            words[largest] = sum(len(json.loads(line)["text"].split()) for line in lines)
        print(f"sizes {', '.join(f'{size:,}' for size in sizes)}; words {', '.join(f'{words[size]:,}' for size in sizes)}"
              f" ({words[largest] / largest:.0f} per article); {args.processes} processes; stages {', '.join(stages)}")
        outputs = {size: folder / f"extracted-s{args.seed}-{size}.jsonl" for size in sizes}

        if "extract" in stages or "ingest" in stages:
            startup = startup_seconds(folder, everything, args.processes)
            print(f"start-up (extract command on one article): {startup:.1f} s, subtracted in ms/article and rel for the commands")
        for stage in ("extract", "ingest"):
            if stage not in stages:
                continue
            base = None
            for size in sizes:
                if stage == "extract":
                    target = ["-o", str(outputs[size])]
                else:
                    db = folder / f"ingest-{size}.db"
                    for path in folder.glob(f"{db.name}*"):
                        path.unlink()
                    target = ["--db", str(db)]
                seconds, peak = run_measured(command(stage, str(inputs[size]), *target, "-p", str(args.processes)), stderr=subprocess.DEVNULL)
                per_article = max(seconds - startup, 1e-9) / size
                base = base or per_article
                extra = peak.describe()
                if stage == "ingest":
                    extra += f", database {db.stat().st_size / 1e6:.0f} MB"
                print(row(stage, size, seconds, words[size], per_article, base, extra))

        if "store" in stages:
            source = outputs[largest]
            if not source.exists():
                print(f"extracting {largest:,} articles once for the store stage (not timed; -p {args.processes}) ...")
                start = time.perf_counter()
                subprocess.run(command("extract", str(everything), "-o", str(source), "-p", str(args.processes)), check=True, stderr=subprocess.DEVNULL)
                print(f"  done in {time.perf_counter() - start:.0f} s -> {source}")
            profile = cProfile.Profile() if args.profile else None
            base, tenths = None, []
            for size in sizes:
                db = folder / f"store-{size}.db"
                for path in folder.glob(f"{db.name}*"):
                    path.unlink()
                seconds, counted, quotes, tenths = store_run(db, results(everything, source, size), size, profile if size == largest else None)
                base = base or seconds / size
                print(row("store", size, seconds, counted, seconds / size, base, f"{quotes / seconds:7.0f} quotes/s, database {db.stat().st_size / 1e6:.0f} MB"))
            if len(tenths) >= 10:
                print(f"store, largest run: ms/article in the first tenth {tenths[0] / (largest / 10) * 1000:.2f},"
                      f" last tenth {tenths[-1] / (largest / 10) * 1000:.2f}: ratio {tenths[-1] / tenths[0]:.2f} (1.0 = no growth)")
                print("store, largest run, ms/article by tenth:", " ".join(f"{tenth / (largest / 10) * 1000:.2f}" for tenth in tenths))
            if profile:
                print(f"cProfile of the store calls at {largest:,} articles (top 25 by own time):")
                pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(25)
        if not args.workdir:
            print("(temporary files removed; --workdir DIR keeps them)")


if __name__ == "__main__":
    sys.exit(main())
