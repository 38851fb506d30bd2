"""Benchmark: search latency on a generated corpus of 100,000 quotes (target: p95 <= 50 ms).

The generator writes articles and quotes straight through ``Store.add_result`` (no model, no
extraction): 10 quotes per article, speakers drawn from a pool of persons, organizations and
anonymous sources, words drawn Zipf-like from a news vocabulary plus a long tail of rare made-up
words, and one quote in ten a repeat (exact, trimmed or cut) of an earlier one so clusters form.
It also prints the store's write rate at that size. Then 200+ varied searches (words alone,
with each filter, filters alone, syntax characters) are timed; prints p50/p95/max per kind and
overall. Asserts nothing.

    .venv/bin/python benchmarks/bench_search.py [--quotes N] [--db FILE] [--seed N]

``--db FILE`` keeps the generated database (reused as it is when it already holds quotes).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from quotegraph.model import Article, Quote, Result, Speaker, TextSpan
from quotegraph.store import Store

COMMON = """government said people year would time new state president minister plan police city week
report country public health money school water power market party election vote court law tax
budget company workers union jobs families children hospital war peace talks deal border security
energy prices housing climate weather storm flood fire road bridge rail port airport crisis support
council mayor community local national international federal leaders officials members committee
decision policy reform change future growth economy trade bank rates inflation debt spending cuts
services care doctors nurses patients teachers students parents farmers businesses owners
residents voters citizens rights freedom justice truth trust fair open safe clear strong better
work build protect help fight win lose keep stop start continue need want expect hope believe
know think say tell ask answer promise warn agree reject accept approve announce decide""".split()
FUNCTION = "the a of to and in that is for it on we will be not this with are have they our you all but".split()
FIRST = "Ana Omar Elena Tomas Priya Daniel Mira Justin Sophie Anna Tom Carlos Lena Marcus Yuki Fatima Ivan Grace Samuel Nora".split()
LAST = "Ruiz Haddad Vasquez Berg Natarajan Brooks Okafor Trudeau Klein Moreau Silva Tanaka Novak Osei Lindqvist Park Rossi Kowalski Mendes Dubois Hughes".split()
ORGS = ["Mayo Clinic", "Port Authority", "Northern Rail", "Harbour Union", "City Council", "Weather Office", "Farmers League", "Central Bank"]
ANONYMOUS = ["senior official", "source", "resident", "diplomat", "aide"]
OUTLETS = ["Wire", "Daily", "Gazette", "Post", "Herald", "Tribune", "Ledger", "Courier", "Observer", "Sentinel", "Chronicle", "Times"]
SYLLABLES = "ka lo ven tar mi sor dul pe rax fin bo shu qua zel tor nim".split()


def vocabulary(rng: random.Random) -> list[str]:
    """Common words first, then 5,000 rare made-up words: index = rarity for the Zipf draw."""
    rare = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(6000)}
    return FUNCTION + COMMON + sorted(rare - set(COMMON))[:5000]


def sentence(rng: random.Random, words: list[str]) -> str:
    count = rng.randint(6, 28)
    picked = [words[min(int(rng.paretovariate(1.1)) - 1, len(words) - 1)] for _ in range(count)]
    return (" ".join(picked)).capitalize()


def variant(rng: random.Random, text: str) -> str:
    """A repetition of an earlier quote: exact, punctuation changed, trimmed, or cut with an ellipsis."""
    words = text.split()
    kind = rng.randrange(4)
    if kind == 1:
        return text.rstrip(".") + "!"
    if kind == 2 and len(words) > 12:
        return " ".join(words[2:])
    if kind == 3 and len(words) > 12:
        return " ".join(words[:4]) + " ... " + " ".join(words[8:])
    return text


def speaker_pool(rng: random.Random) -> list[tuple[str, str]]:
    persons = [(f"{first} {last}", "person") for first in FIRST for last in LAST]
    rng.shuffle(persons)
    return persons[:300] + [(org, "organization") for org in ORGS] + [(anon, "anonymous") for anon in ANONYMOUS]


def make_article(rng: random.Random, number: int, words: list[str], speakers: list[tuple[str, str]], earlier: list[str]) -> tuple[Article, Result]:
    """One generated article of 10 quotes, each ``"TEXT," NAME said.`` with exact offsets."""
    parts, quotes, position = [f"Story {number}\n\n"], [], len(f"Story {number}\n\n")
    for _ in range(10):
        text = variant(rng, rng.choice(earlier)) if earlier and rng.random() < 0.1 else sentence(rng, words)
        name, kind = speakers[min(int(rng.paretovariate(0.8)) - 1, len(speakers) - 1)] if rng.random() < 0.8 else rng.choice(speakers)
        quote_type = rng.choices(["direct", "mixed", "indirect"], [5, 1, 4])[0]
        chunk = f'"{text}," {name} said. '
        start = position + 1
        mention = TextSpan(name, start + len(text) + 3, start + len(text) + 3 + len(name))
        quoted = (TextSpan(text, start, start + len(text)),) if quote_type == "mixed" else ()
        quotes.append(Quote(text, start, start + len(text), quote_type, Speaker(name, kind, mention), TextSpan("said", mention.end + 1, mention.end + 5), 0.9, quoted=quoted))
        parts.append(chunk)
        position += len(chunk)
        if quote_type == "direct":
            earlier.append(text)
    meta = {"outlet": OUTLETS[number % len(OUTLETS)], "date": f"{2024 + number % 2}-{number % 12 + 1:02d}-{number % 28 + 1:02d}"}
    return Article(f"gen-{number}", "".join(parts), meta), Result(f"gen-{number}", tuple(quotes), meta)


def generate(store: Store, n_quotes: int, seed: int) -> None:
    rng = random.Random(seed)
    words, speakers, earlier = vocabulary(rng), speaker_pool(rng), []
    start = time.perf_counter()
    for number in range(n_quotes // 10):
        store.add_result(*make_article(rng, number, words, speakers, earlier[-5000:]))
        if len(earlier) > 20_000:
            del earlier[:10_000]
    seconds = time.perf_counter() - start
    print(f"generated {store.stats()} in {seconds:.1f} s: {n_quotes / seconds:.0f} quotes/s, {n_quotes / 10 / seconds:.0f} articles/s through add_result")


def queries(rng: random.Random, words: list[str]) -> list[tuple[str, dict]]:
    """Over 200 searches: (kind, keyword arguments for Store.search)."""
    common, mid, rare = COMMON[:40], words[140:400], words[400:]
    people = ["Ana Ruiz", "Omar Haddad", "Berg", "Trudeau", "Mayo Clinic", "Central Bank", "Priya Natarajan", "Klein"]
    cases: list[tuple[str, dict]] = []
    cases += [("one common word", {"query": word}) for word in rng.sample(common, 25)]
    cases += [("very common words", {"query": text}) for text in ["the", "said", "we will", "it is not", "the budget"]]
    cases += [("one mid word", {"query": word}) for word in rng.sample(mid, 20)]
    cases += [("one rare word", {"query": word}) for word in rng.sample(rare, 20)]
    cases += [("two or three words", {"query": " ".join(rng.sample(common + mid, rng.randint(2, 3)))}) for _ in range(35)]
    cases += [("words + speaker", {"query": rng.choice(common + mid), "speaker": rng.choice(people)}) for _ in range(25)]
    cases += [("words + outlet", {"query": rng.choice(common + mid), "outlet": rng.choice(OUTLETS)}) for _ in range(20)]
    cases += [("words + dates", {"query": rng.choice(common + mid), "date_from": "2024-03-01", "date_to": f"2024-{rng.randint(4, 12):02d}-15"}) for _ in range(20)]
    cases += [("words + type", {"query": rng.choice(common + mid), "type": rng.choice(["direct", "mixed", "indirect"])}) for _ in range(15)]
    cases += [("filters only", {"speaker": rng.choice(people)}) for _ in range(10)]
    cases += [("filters only", {"outlet": rng.choice(OUTLETS), "date_from": "2025-01-01", "type": "direct"}) for _ in range(10)]
    cases += [("filters only", {"date_from": "2024-06-01", "date_to": "2024-06-30"}) for _ in range(5)]
    cases += [("all filters", {"query": rng.choice(common), "speaker": rng.choice(people), "outlet": rng.choice(OUTLETS),
                               "date_from": "2024-01-01", "date_to": "2025-12-31", "type": "direct"}) for _ in range(10)]
    cases += [("syntax characters", {"query": text}) for text in ['"the', "power*", "-tax", "vote OR", "(deal)", "NEAR(a b)", "x:y", "^win", "'; --", "\\"]]
    cases += [("page 5", {"query": rng.choice(common), "offset": 200}) for _ in range(10)]
    return cases


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def report(label: str, values: list[float]) -> None:
    print(f"{label:<22} n={len(values):>3}  p50 {percentile(values, 0.5):6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms  max {max(values):6.1f} ms")


def run_searches(store: Store, seed: int) -> None:
    rng = random.Random(seed + 1)
    cases = queries(rng, vocabulary(random.Random(seed)))
    for _, kwargs in cases[:20]:  # warm the page cache
        store.search(**kwargs)
    by_kind: dict[str, list[float]] = {}
    paired: list[float] = []
    for kind, kwargs in cases:
        start = time.perf_counter()
        store.search(**kwargs, limit=50)
        middle = time.perf_counter()
        store.count(**{key: value for key, value in kwargs.items() if key != "offset"})
        end = time.perf_counter()
        by_kind.setdefault(kind, []).append((middle - start) * 1000)
        paired.append((end - start) * 1000)
    for kind, values in by_kind.items():
        report(kind, values)
    report("ALL searches", [value for values in by_kind.values() for value in values])
    report("search + count", paired)


def time_pages(store: Store) -> None:
    """The other reads a web page makes: speaker lists and pages, outlets, a cluster, an article."""
    top = store.speakers(limit=1)[0].id
    biggest = store._rows("SELECT id FROM clusters ORDER BY size DESC LIMIT 1")[0][0]
    reads = {
        "speakers() top 50": lambda: store.speakers(),
        "speakers(kind=person)": lambda: store.speakers(kind="person"),
        "speaker(most quoted)": lambda: store.speaker(top),
        "outlets()": store.outlets,
        "outlet(name)": lambda: store.outlet(OUTLETS[0]),
        "cluster(largest)": lambda: store.cluster(biggest),
        "article(id)": lambda: store.article("gen-5"),
    }
    for label, read in reads.items():
        values = []
        for _ in range(5):
            start = time.perf_counter()
            read()
            values.append((time.perf_counter() - start) * 1000)
        print(f"{label:<22} median of 5: {sorted(values)[2]:6.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.db"
        with Store(path) as store:
            if store.stats()["quotes"] == 0:
                generate(store, args.quotes, args.seed)
            print(f"database {path}: {store.stats()}, {path.stat().st_size / 1e6:.0f} MB")
        with Store(path, readonly=True) as store:
            run_searches(store, args.seed)
            time_pages(store)


if __name__ == "__main__":
    sys.exit(main())
