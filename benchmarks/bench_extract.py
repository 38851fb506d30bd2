"""Benchmark: words/s of quotegraph extraction vs the bare spaCy pipeline, and peak memory.

Runs both on the same texts in one process run, so the ratio is measured under the same load.
Texts: the .txt files of a folder given as an argument (e.g. ../shared/data/polnear/data/dev/text),
``--synthetic N`` generated articles (``synthetic.py``), else the bundled samples repeated. Each
line gives words/s and articles/s, and the peak memory of this process plus its worker processes
while that line ran (the parent's RSS plus the workers' private memory, which counts the model
pages the forked workers share with the parent once; and RSS summed over the processes: ``memory.py``). Prints numbers; asserts nothing.

    .venv/bin/python benchmarks/bench_extract.py [TEXT_FOLDER] [--limit N]
    .venv/bin/python benchmarks/bench_extract.py --synthetic 1000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy
from memory import PeakMemory
from synthetic import articles as synthetic_articles

from quotegraph import extract_batch, load_nlp
from quotegraph.pipeline import EXCLUDED_COMPONENTS, extract_doc
from quotegraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def load_texts(folder: Path | None, limit: int) -> list[str]:
    if folder is not None:
        return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))[:limit]]
    texts = [(ROOT / "samples" / "harbor-bridge.txt").read_text(encoding="utf-8")]
    texts += [json.loads(line)["text"] for line in (ROOT / "samples" / "wire.jsonl").read_text(encoding="utf-8").splitlines()]
    return (texts * (limit // len(texts) + 1))[:limit]


def words(texts: list[str]) -> int:
    return sum(len(re.findall(r"\S+", text)) for text in texts)


def timed(label: str, n_words: int, run, n_texts: int | None = None) -> float:
    """Run once; print words/s, articles/s (given ``n_texts``) and the peak memory of this process tree."""
    with PeakMemory(os.getpid()) as peak:
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
    rate = n_words / seconds
    articles = f" {n_texts / seconds:7.1f} articles/s" if n_texts else ""
    print(f"{label:<48} {seconds:7.2f} s {rate:9.0f} words/s{articles}  {peak.describe()}")
    return rate


def run_cli(texts: list[str]) -> None:
    """The command as a user runs it: a JSONL file in, JSONL out, model loading included."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "articles.jsonl"
        source.write_text("".join(json.dumps({"id": str(n), "text": text}) + "\n" for n, text in enumerate(texts)), encoding="utf-8")
        command = [sys.executable, "-m", "quotegraph", "extract", str(source), "-o", str(Path(folder) / "out.jsonl"), "--no-progress", "-p", "2"]
        subprocess.run(command, check=True, stderr=subprocess.DEVNULL)


def scaling(nlp) -> None:
    """Words/s of extraction (parse excluded) on one article of 50 and of 800 paragraphs: it should not fall."""
    paragraph = texts_for_scaling()
    rates = []
    for count in (50, 800):
        doc = nlp(paragraph * count)
        start = time.perf_counter()
        extract_doc(doc)
        rates.append(words([doc.text]) / (time.perf_counter() - start))
        print(f"attribution only, one article of {count} paragraphs: {rates[-1]:9.0f} words/s")
    print(f"ratio 800/50 paragraphs: {rates[1] / rates[0]:.2f} (1.0 = linear)")


def texts_for_scaling() -> str:
    return (ROOT / "samples" / "harbor-bridge.txt").read_text(encoding="utf-8").split("\n\n", 2)[2] + "\n\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--synthetic", type=int, metavar="N", help="Use N generated articles (synthetic.py) instead of a folder.")
    args = parser.parse_args()
    texts = [record["text"] for record in synthetic_articles(args.synthetic)] if args.synthetic else load_texts(args.folder, args.limit)
    n_words = words(texts)
    print(f"{len(texts)} texts, {n_words} words")
    bare = spacy.load(Settings().model, exclude=list(EXCLUDED_COMPONENTS))
    nlp = load_nlp()
    list(bare.pipe(texts[:5]))  # warm up both
    list(nlp.pipe(texts[:5]))
    n = len(texts)
    bare_rate = timed("bare spaCy pipeline, 1 process", n_words, lambda: list(bare.pipe(texts)), n)
    one = timed("quotegraph extract, 1 process", n_words, lambda: [extract_doc(doc) for doc in nlp.pipe(texts)], n)
    one_batch = timed("quotegraph extract_batch, 1 process", n_words, lambda: list(extract_batch(texts, n_process=1)), n)
    bare2 = timed("bare spaCy pipeline, 2 processes", n_words, lambda: list(bare.pipe(texts, n_process=2, batch_size=16)), n)
    two = timed("quotegraph extract_batch, 2 processes", n_words, lambda: list(extract_batch(texts, n_process=2)), n)
    cli = timed("quotegraph extract CLI, 2 processes (incl. load)", n_words, lambda: run_cli(texts), n)
    print(f"ratio quotegraph/bare, 1 process: {one / bare_rate:.2f}")
    print(f"ratio CLI/bare, 2 processes: {cli / bare2:.2f}")
    print(f"ratio quotegraph/bare, 2 processes: {two / bare2:.2f}")
    print(f"extract_batch, 2 processes / 1 process: {two / one_batch:.2f} (2.0 = perfect scaling)")
    scaling(nlp)
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: main process {peak_self:.0f} MB, largest worker {peak_children:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
