"""Load test: the JSON API under 50 concurrent clients for 30 s on loopback (target: no errors).

Starts ``quotegraph serve`` as its own process on a free port of 127.0.0.1 (never any other
address), then runs ``--clients`` asyncio clients (httpx, keep-alive) that each send one request
after another, drawn from a mix of API routes (search by words and by filters, a quote with its
cluster, a speaker, an article, an outlet, the counts), until ``--seconds`` have passed or
``--max-requests`` were sent. Prints requests/s, latency p50/p95/p99/max overall and per route,
the server process's CPU use, and errors (any status but 200, or a failed request). Exits 1 if
there was any error.

    .venv/bin/python benchmarks/load_api.py [--db FILE] [--quotes N] [--clients 50] [--seconds 30]
                                            [--max-requests 100000] [--pages]

Without ``--db`` (or with an empty one) it generates a corpus as ``bench_search.py`` does
(``--quotes``, default 20,000). ``--pages`` adds the HTML pages to the mix.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_search import COMMON, OUTLETS, generate, percentile  # noqa: E402

from quotegraph.store import Store  # noqa: E402

HOST = "127.0.0.1"  # loopback only


def sample_targets(db: Path, rng: random.Random, *, pages: bool) -> list[tuple[str, str]]:
    """(route, path) pairs to draw from, weighted by repetition, with ids that exist in ``db``."""
    with Store(db, readonly=True) as store:
        speakers = [speaker.id for speaker in store.speakers(limit=200)]
        quotes = [quote.id for quote in store.search(limit=500)] + [quote.id for quote in store.search("the", limit=500, offset=2000)]
        articles = sorted({quote.article.id for quote in store.search(limit=500)})
        outlets = [name for name, _, _ in store.outlets()] or OUTLETS
        names = [speaker.name for speaker in store.speakers(kind="person", limit=50)]
    targets: list[tuple[str, str]] = []

    def add(route: str, path: str, params: dict | None = None, weight: int = 1) -> None:
        targets.extend([(route, path + ("?" + urlencode(params) if params else ""))] * weight)

    for word in rng.sample(COMMON, 40):
        add("search words", "/api/quotes", {"q": word}, 4)
        add("search words", "/api/quotes", {"q": f"{word} {rng.choice(COMMON)}"})
    for _ in range(40):
        add("search filters", "/api/quotes", {"q": rng.choice(COMMON), "speaker": rng.choice(names), "type": "direct"})
        add("search filters", "/api/quotes", {"outlet": rng.choice(outlets), "from": "2024-03-01", "to": "2024-09-30", "limit": 50})
    for quote_id in rng.sample(quotes, min(80, len(quotes))):
        add("quote + cluster", f"/api/quotes/{quote_id}", weight=2)
    for speaker_id in rng.sample(speakers, min(60, len(speakers))):
        add("speaker", f"/api/speakers/{speaker_id}", weight=2)
    for article_id in rng.sample(articles, min(60, len(articles))):
        add("article", f"/api/articles/{article_id}", weight=2)
    for name in outlets:
        add("outlet", "/api/outlets/" + quote(name, safe=""), weight=3)
    add("stats", "/api/stats", weight=20)
    if pages:
        for word in rng.sample(COMMON, 20):
            add("page: search", "/", {"q": word}, 3)
        for speaker_id in rng.sample(speakers, min(20, len(speakers))):
            add("page: speaker", f"/speakers/{speaker_id}", weight=2)
        for article_id in rng.sample(articles, min(20, len(articles))):
            add("page: article", f"/articles/{article_id}", weight=2)
        for quote_id in rng.sample(quotes, min(20, len(quotes))):
            add("page: quote", f"/quotes/{quote_id}", weight=2)
    return targets


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """``quotegraph serve`` on a free loopback port; returns the process and its base URL."""
    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(db), "--host", HOST, "--port", "0"],
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    if not line.startswith(f"Serving http://{HOST}:"):
        process.kill()
        raise SystemExit(f"server did not start: {line!r}")
    return process, line.split()[1].rstrip("/")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def run_clients(base: str, targets: list[tuple[str, str]], clients: int, seconds: float, max_requests: int, seed: int):
    """Drive ``clients`` concurrent clients; returns latencies by route, error counts, requests, wall seconds."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: Counter[str] = Counter()
    sent = 0
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        for _, path in {route: path for route, path in targets}.items():  # warm each route once
            await client.get(path)
    deadline = time.perf_counter() + seconds

    async def one_client(number: int) -> None:
        """One client: its own keep-alive connection (one shared pool of 50 costs httpx more than the server)."""
        nonlocal sent
        rng = random.Random(seed * 1000 + number)
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30.0) as client:
            while time.perf_counter() < deadline and sent < max_requests:
                sent += 1
                route, path = rng.choice(targets)
                start = time.perf_counter()
                try:
                    response = await client.get(path)
                    if response.status_code != 200:
                        errors[f"HTTP {response.status_code} {route}"] += 1
                except httpx.HTTPError as error:
                    errors[f"{type(error).__name__} {route}"] += 1
                latencies[route].append((time.perf_counter() - start) * 1000)

    started = time.perf_counter()
    await asyncio.gather(*(one_client(number) for number in range(clients)))
    wall = time.perf_counter() - started
    return latencies, errors, sent, wall


def report(latencies: dict[str, list[float]], errors: Counter, sent: int, wall: float, clients: int, server_cpu: float | None) -> None:
    every = [value for values in latencies.values() for value in values]
    print(f"{clients} clients, {wall:.1f} s: {sent} requests, {sent / wall:.0f} requests/s, errors {sum(errors.values())}")
    print(f"latency ms: p50 {percentile(every, 0.5):.1f}  p95 {percentile(every, 0.95):.1f}  p99 {percentile(every, 0.99):.1f}  max {max(every):.1f}")
    if server_cpu is not None:
        print(f"server process CPU: {server_cpu:.1f} s ({server_cpu / wall:.2f} cores); machine has {os.cpu_count()} cores shared with the clients")
    for route, values in sorted(latencies.items()):
        print(f"  {route:<18} n={len(values):>6}  p50 {percentile(values, 0.5):7.1f}  p95 {percentile(values, 0.95):7.1f}  p99 {percentile(values, 0.99):7.1f}")
    for error, count in errors.most_common(10):
        print(f"  error: {error} x{count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="Corpus database (generated when missing or empty).")
    parser.add_argument("--quotes", type=int, default=20_000, help="Quotes to generate when there is no database.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=100_000, help="Stop after this many requests even before --seconds.")
    parser.add_argument("--pages", action="store_true", help="Add the HTML pages to the mix.")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "load.db"
        with Store(db) as store:
            if store.stats()["quotes"] == 0:
                generate(store, args.quotes, args.seed)
            print(f"database {db}: {store.stats()}")
        targets = sample_targets(db, random.Random(args.seed), pages=args.pages)
        process, base = start_server(db)
        try:
            cpu_before = cpu_seconds(process.pid)
            latencies, errors, sent, wall = asyncio.run(run_clients(base, targets, args.clients, args.seconds, args.max_requests, args.seed))
            cpu_after = cpu_seconds(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)
    server_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    print(f"server {base}, {len(set(targets))} distinct URLs{' (API and pages)' if args.pages else ' (API)'}")
    report(latencies, errors, sent, wall, args.clients, server_cpu)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
