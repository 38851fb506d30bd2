"""Deterministic generator of synthetic news articles for the benchmarks (no third-party text).

Every article is built from templates and word lists written here, with ``random.Random(seed)``:
a headline, a lead, narrative paragraphs and quotes in the forms quotegraph handles — direct
quotes in straight or curly marks (attribution after, before with a colon, or split around it),
quotes that run over two paragraphs, mixed quotes, indirect speech (``X said that ...``,
``X told reporters that ...``), ``according to X``, pronoun follow-ups (``She added that ...``),
anonymous sources (``a senior official who asked not to be named``) and organizations (``the
Port Authority said in a statement that ...``). Speakers come from a pool of 3,000 generated
people (first names of both genders, surnames partly made up, some surnames shared), drawn
Zipf-like so some recur across many articles; outlets from a pool of 300; dates over 2024-2025.
About one direct quote in twelve repeats an earlier one of the same speaker (exactly, or
trimmed), so quote clusters form in the store. Articles are 150-600 words.

The stream is a prefix-stable sequence: the first 1,000 articles of ``articles(10_000)`` are
``articles(1_000)``, so benchmark sizes nest. Records have the input format of
``quotegraph extract`` / ``ingest`` (JSONL): ``id``, ``text``, ``title``, ``outlet``, ``date``, ``url``.

    .venv/bin/python benchmarks/synthetic.py 10000 -o articles.jsonl [--seed 1]

From another benchmark: ``from synthetic import articles, write_jsonl``.
"""

from __future__ import annotations

import argparse
import collections
import datetime
import itertools
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_WORDS, MAX_WORDS = 150, 600
PEOPLE, OUTLETS = 3000, 300
REPEAT_SHARE = 1 / 12  # direct quotes that repeat an earlier quote of the same speaker
RECENT_QUOTES = 400  # earlier quotes kept for repeats (bounded: the stream may be long)

FEMALE = """Anna Maria Elena Sophie Grace Priya Fatima Laura Sarah Emma Olivia Julia Nora Ingrid Lucia Hannah
Rachel Claire Helen Diana Amina Yuki Mei Leila Irene Carmen Rosa Alice Ruth Joanna Marta Chloe Natalie
Sandra Monica Teresa Vera Nadia Paula Linda""".split()
MALE = """Tomas Omar Daniel Samuel Marcus Ivan Carlos Justin Peter David James Michael Robert Ahmed Kenji
Luis Pedro Stefan Henrik Paul George Mark Thomas Andrew Hassan Victor Oscar Felix Martin Simon Jonas
Rafael Diego Brian Kevin Anthony Gregory Frank Walter Joseph""".split()
SURNAMES = """Ruiz Haddad Vasquez Berg Natarajan Brooks Okafor Klein Moreau Silva Tanaka Novak Osei Lindqvist
Park Rossi Kowalski Mendes Dubois Hughes Ferreira Nakamura Adeyemi Larsen Costa Romero Fischer Weber
Schmidt Bauer Petrov Ivanova Horvat Nagy Papadopoulos Yilmaz Demir Khan Rahman Chowdhury Gupta Sharma
Mensah Boateng Kamau Otieno Nguyen Tran Santos Oliveira Herrera Castillo Morales Ortiz Reyes Jensen
Nielsen Andersen Hansen Virtanen Korhonen Murphy Kelly Walsh Byrne Gallagher Fraser Campbell Stewart
Morrison Bennett Carter Palmer Hayes Foster Sullivan Grant Holloway Whitaker Pemberton Ashdown Thornton""".split()
SYLLABLES = "ka lo ven tar mi sor dul pe rax fin bo shu zel tor nim ar an el or ber gan lis mar del".split()
TITLES_ANY = ["Dr.", "Professor", "Mayor", "Senator", "Judge", "Councillor", "Minister"]
ROLES = ["the mayor of {city}", "a spokesperson for the {org}", "the head of the {org}", "a professor of economics at {city} University",
         "the union's general secretary", "the chief executive of {surname} Group", "a member of the city council", "the director of {city} General Hospital",
         "a lawyer for the families", "the company's chief financial officer", "a senior researcher at the {org}", "the opposition leader"]
CITY_HEADS = "Ash Raven Elm Stone North South Clear Oak Wolf Red Silver Green Mill Fair Bright Hollow Kings Cedar Lake High".split()
CITY_TAILS = "port field ford ton bridge wick dale haven mouth ridge gate brook ley stead".split()
ORG_FORMS = ["{city} Port Authority", "{city} City Council", "Ministry of {domain}", "{city} Transit Agency", "National {domain} Board",
             "{city} Chamber of Commerce", "{adj} Workers Union", "{city} General Hospital", "{domain} Institute", "{city} Water Company"]
DOMAINS = "Health Transport Energy Education Finance Housing Agriculture Justice Labour Environment".split()
ORG_ADJS = "United Northern Southern Coastal National Independent Federated Allied".split()
PAPERS = "Gazette Herald Tribune Post Courier Observer Times Ledger Wire Daily Chronicle Sentinel Journal Record Star".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
ANONYMOUS = ["a senior official who asked not to be named", "a source familiar with the talks", "a government official who spoke on condition of anonymity",
             "one resident", "a diplomat who was not authorised to speak publicly", "a person close to the negotiations"]
ANONYMOUS_SUBJECTS = ["Officials", "Sources close to the council", "Two people familiar with the plan", "A senior official", "Several residents"]

# topic: (nouns, groups, headline forms); nouns are singular things a story is about.
TOPICS = {
    "housing": ("housing plan|rent freeze|building permit|zoning rule|affordable housing fund|tenant law".split("|"),
                "tenants|landlords|families|young buyers|builders".split("|")),
    "transport": ("rail line|bus network|bridge repair|fare increase|cycle lane|airport expansion".split("|"),
                  "commuters|drivers|passengers|rail workers|cyclists".split("|")),
    "health": ("flu vaccine programme|hospital budget|waiting list|clinic closure|nursing contract|mental health service".split("|"),
               "patients|nurses|doctors|parents|older people".split("|")),
    "energy": ("wind farm|power plant|energy price cap|solar subsidy|grid upgrade|gas contract".split("|"),
               "households|engineers|businesses|farmers|consumers".split("|")),
    "schools": ("school budget|teacher contract|exam reform|school meal scheme|new curriculum|class size limit".split("|"),
                "teachers|pupils|parents|head teachers|students".split("|")),
    "labour": ("port strike|wage deal|pension reform|factory closure|minimum wage rise|union contract".split("|"),
               "workers|dock workers|employers|union members|shift workers".split("|")),
    "weather": ("flood defence|storm warning|drought plan|river barrier|emergency shelter|relief fund".split("|"),
                "residents|farmers|rescue teams|shop owners|volunteers".split("|")),
    "budget": ("city budget|tax rise|spending review|debt plan|audit report|pay freeze".split("|"),
               "taxpayers|council staff|small businesses|pensioners|voters".split("|")),
}
VERBS = [  # (base, past, past participle)
    ("approve", "approved", "approved"), ("delay", "delayed", "delayed"), ("reject", "rejected", "rejected"), ("review", "reviewed", "reviewed"),
    ("fund", "funded", "funded"), ("cut", "cut", "cut"), ("expand", "expanded", "expanded"), ("support", "supported", "supported"),
    ("challenge", "challenged", "challenged"), ("protect", "protected", "protected"), ("change", "changed", "changed"), ("finish", "finished", "finished"),
    ("announce", "announced", "announced"), ("block", "blocked", "blocked"), ("extend", "extended", "extended"), ("build", "built", "built"),
]
ADJS = "fair difficult necessary serious unfair expensive overdue reasonable dangerous important careful simple clear honest".split()
TIME_PHRASES = ["this year", "next month", "by the end of the year", "within weeks", "before the winter", "in the spring", "for the next five years", "right away"]
# First-person sentences. Most have several open slots ({detail}: a street, a made-up scheme name,
# an amount), so two speakers rarely say the same sentence by chance; STOCK phrases recur on purpose.
QUOTE_FORMS = [
    "We will {verb} the {noun} on {detail} {time}",
    "This {noun} is {adj} for {group} in {city}, and everybody here knows it",
    "I think {group} deserve an answer on the {noun} for {detail} before {month}",
    "Nobody wanted the {noun} at {detail} to drag on this long, least of all {group}",
    "We have asked the {org} to {verb} the {noun} {time}, and we are still waiting",
    "It is not {adj} to ask {group} to pay {amount} for a {noun} they never asked for",
    "Our job is to look after {group} in {city}, not to {verb} a {noun} that costs {amount}",
    "There is no money left for the {noun} on {detail}, and we have said so since {month}",
    "If the {org} does not {verb} the {noun}, {group} on {detail} will suffer {time}",
    "We listened to {group} at {detail} and we changed the {noun} because of what they told us",
    "I have never seen {group} in {city} this worried about a {noun} in my {years} years here",
    "The numbers speak for themselves: {amount} for the {noun} and nothing for {detail}",
    "We are not going to {verb} the {noun} just because the {org} finds it {adj}",
    "Frankly, the way the {org} handled the {noun} for {detail} was {adj}",
    "People on {detail} are angry about the {noun}, and they have every right to be",
]
STOCK = ["We have no comment at this time", "We will study the decision carefully", "The investigation is ongoing",
         "We are disappointed by the ruling", "Talks will continue next week"]
STREETS = "Mill Station Harbour Church Market Bridge Park Castle Victoria Queen King North West Orchard Quarry".split()
STREET_KINDS = "Road Street Lane Avenue Square Row".split()
CLAUSES = [
    "the {noun} would be {pp} {time}", "{group} had not been consulted about the {noun}", "the {org} was ready to {verb} the {noun}",
    "the cost of the {noun} had doubled since {month}", "talks on the {noun} would resume on {weekday}", "the {noun} was {adj} but necessary",
    "more than {number} {group} had written to the council about the {noun}", "the {org} had {pp} the {noun} without a vote",
    "it was too early to say whether the {noun} would work", "{group} in {city} would be the first to feel the change",
]
NARRATIVE = [
    "The {noun} has divided {group} in {city} for months.", "The {org} {past} the {noun} on {weekday} after a long debate.",
    "About {number} {group} gathered outside the town hall in {city} on {weekday}.", "The vote on the {noun} is expected in {month}.",
    "Figures published last month show that spending on the {noun} rose by {percent} percent.",
    "Critics say the {noun} will leave {group} worse off, while supporters call it {adj}.",
    "A first version of the {noun} was {pp} in {month} and sent back for changes.",
    "The debate comes as {group} across the region face higher costs.", "The {org} did not respond to a request for comment.",
    "Under the proposal, the {noun} would be {pp} in stages over three years.",
]
MIXED_PIECES = ["a disgrace", "the worst deal in a generation", "long overdue and badly planned", "a slap in the face for {group}",
                "exactly what {group} needed", "a risk we cannot take", "fair to everyone in {city}"]
HEADLINES = ["{city} council {past} {noun}", "{Group} in {city} protest over {noun}", "{Org} to {verb} {noun}",
             "Questions grow over {city} {noun}", "{Noun} vote set for {month}", "What the {noun} means for {group}"]


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    surname: str
    female: bool
    title: str | None  # written before the name at first mention
    role: str | None  # an apposition at first mention (formatted with city/org)

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


def _made_up_word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _pools(seed: int) -> tuple[list[Person], list[str], list[str], list[str]]:
    """People, outlets, cities and organizations: fixed for a seed, independent of the stream."""
    rng = random.Random(f"pools-{seed}")
    cities = sorted({head + tail for head in CITY_HEADS for tail in CITY_TAILS})
    rng.shuffle(cities)
    cities = cities[:120]
    surnames = SURNAMES + sorted({_made_up_word(rng, rng.randint(2, 3)) for _ in range(1400)})
    people = []
    for _ in range(PEOPLE):
        female = rng.random() < 0.5
        title = rng.choice(TITLES_ANY) if rng.random() < 0.2 else None
        role = rng.choice(ROLES) if title is None and rng.random() < 0.5 else None
        people.append(Person(rng.choice(FEMALE if female else MALE), rng.choice(surnames), female, title, role))
    outlets = sorted({f"{rng.choice(cities)} {rng.choice(PAPERS)}" for _ in range(OUTLETS * 2)})[:OUTLETS]
    rng.shuffle(outlets)
    orgs = sorted({form.format(city=rng.choice(cities), domain=rng.choice(DOMAINS), adj=rng.choice(ORG_ADJS))
                   for form in ORG_FORMS for _ in range(20)})
    return people, outlets, cities, orgs


def _zipf(rng: random.Random, items: list, exponent: float = 1.0):
    return items[min(int(rng.paretovariate(exponent)) - 1, len(items) - 1)] if rng.random() < 0.7 else rng.choice(items)


class _Writer:
    """Builds one article: knows its topic, city, marks and the people already introduced."""

    def __init__(self, rng: random.Random, pools: tuple, recent: collections.deque) -> None:
        self.rng = rng
        self.people_pool, _, cities, self.orgs = pools
        self.recent = recent
        self.city = rng.choice(cities)
        topic = TOPICS[rng.choice(sorted(TOPICS))]
        self.nouns, self.groups = topic
        self.org = rng.choice(self.orgs)
        curly = rng.random() < 0.5
        self.open, self.close = ("“", "”") if curly else ('"', '"')
        self.apostrophe = "’" if curly else "'"
        self.cast = [_zipf(rng, self.people_pool, 0.9) for _ in range(rng.randint(2, 4))]
        self.introduced: set[str] = set()
        self.last: Person | None = None  # the person a pronoun refers to

    def fill(self, template: str) -> str:
        rng = self.rng
        base, past, pp = rng.choice(VERBS)
        text = template.format(
            noun=rng.choice(self.nouns), Noun=rng.choice(self.nouns).capitalize(), group=rng.choice(self.groups),
            Group=rng.choice(self.groups).capitalize(), org=self.org, Org=self.org, city=self.city, verb=base, past=past, pp=pp,
            adj=rng.choice(ADJS), time=rng.choice(TIME_PHRASES), weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
            number=rng.choice([40, 120, 300, 2000, 15000]), percent=rng.randint(2, 40), years=rng.randint(3, 40),
            detail=self.detail(), amount=f"{rng.randint(2, 900)} million" if rng.random() < 0.5 else f"{rng.randint(10, 990)},000 pounds")
        return text.replace("'", self.apostrophe)

    def detail(self) -> str:
        """A street of the article's city, or a made-up scheme name (``the Velmira scheme``)."""
        if self.rng.random() < 0.5:
            return f"{self.rng.choice(STREETS)} {self.rng.choice(STREET_KINDS)}"
        return f"the {_made_up_word(self.rng, self.rng.randint(2, 3))} scheme"

    def quote_text(self, person: Person | None, sentences: int | None = None) -> str:
        """One to three first-person sentences; sometimes an earlier quote of the same speaker again."""
        key = person.full if person else None
        if key and self.rng.random() < REPEAT_SHARE:
            earlier = [text for speaker, text in self.recent if speaker == key]
            if earlier:
                text = self.rng.choice(earlier)
                if self.rng.random() < 0.5 and ". " in text:  # trimmed: the first sentence left out
                    text = text.split(". ", 1)[1]
                return text
        if self.rng.random() < 0.03:
            return self.rng.choice(STOCK)
        count = sentences or self.rng.choice([1, 1, 2, 2, 3])
        text = ". ".join(self.fill(self.rng.choice(QUOTE_FORMS)) for _ in range(count))
        if key:
            self.recent.append((key, text))
        return text

    def q(self, text: str) -> str:
        return f"{self.open}{text}{self.close}"

    def name(self, person: Person) -> str:
        """Full name at first mention (with its title, or a role between commas: ``Ana Ruiz, the mayor,``), the surname after."""
        self.last = person
        if person.full in self.introduced:
            return f"{person.title} {person.surname}" if person.title and self.rng.random() < 0.5 else person.surname
        self.introduced.add(person.full)
        if person.title:
            return f"{person.title} {person.full}"
        if person.role:
            role = person.role.format(city=self.city, org=self.org, surname=person.surname)
            return f"{person.full}, {role},"
        return person.full

    def pronoun(self) -> str:
        return "She" if self.last and self.last.female else "He"

    def clause(self) -> str:
        return self.fill(self.rng.choice(CLAUSES))

    def paragraph(self) -> str:
        """One paragraph: narrative or one of the quote forms (weights roughly as in wire copy)."""
        rng = self.rng
        form = rng.choices(
            ["narrative", "after", "before", "split", "multi", "indirect", "told", "according", "pronoun", "anonymous", "anon_indirect", "org", "mixed"],
            [26, 14, 5, 6, 3, 9, 4, 5, 6, 5, 3, 5, 4])[0]
        person = rng.choice(self.cast)
        if form == "narrative" or (form == "pronoun" and self.last is None):
            return " ".join(self.fill(rng.choice(NARRATIVE)) for _ in range(rng.randint(1, 3)))
        if form == "after":
            text = self.q(self.quote_text(person) + ",")
            if rng.random() < 0.6:
                return f"{text} {self.name(person)} said."
            return f"{text} said {self.name(person).rstrip(',')}."
        if form == "before":
            return f"{self.name(person)} said: {self.q(self.quote_text(person) + '.')}"
        if form == "split":
            first, second = self.quote_text(person, 1), self.quote_text(None, rng.randint(1, 2))
            return f"{self.q(first + ',')} {self.name(person)} said. {self.q(second + '.')}"
        if form == "multi":  # a quote over two paragraphs: the first is not closed
            first, second = self.quote_text(person, 2), self.quote_text(None, 1)
            return f"{self.open}{first}.\n\n{self.q(second + ',')} {self.name(person)} said."
        if form == "indirect":
            return f"{self.name(person)} said that {self.clause()}."
        if form == "told":
            return f"{self.name(person)} told reporters on {rng.choice(WEEKDAYS)} that {self.clause()}."
        if form == "according":
            if rng.random() < 0.6:
                return f"According to {self.name(person).rstrip(',')}, {self.clause()}."
            return f"According to the {self.org}, {self.clause()}."
        if form == "pronoun":
            if rng.random() < 0.5:
                return f"{self.pronoun()} added that {self.clause()}."
            return f"{self.q(self.quote_text(self.last) + ',')} {self.pronoun().lower()} said."
        if form == "anonymous":
            return f"{self.q(self.quote_text(None) + ',')} said {rng.choice(ANONYMOUS)}."
        if form == "anon_indirect":
            return f"{rng.choice(ANONYMOUS_SUBJECTS)} said {self.clause()}."
        if form == "org":
            return f"The {self.org} said in a statement that {self.clause()}."
        piece = self.fill(rng.choice(MIXED_PIECES))
        return f"{self.name(person)} told the audience that the {rng.choice(self.nouns)} was {self.q(piece)}."


def _words(text: str) -> int:
    return len(text.split())


def articles(count: int | None = None, *, seed: int = 1) -> Iterator[dict]:
    """Yield ``count`` generated articles (endless if None), each a dict in ``extract``'s JSONL input format."""
    pools = _pools(seed)
    outlets = pools[1]
    rng = random.Random(f"stream-{seed}")
    recent: collections.deque = collections.deque(maxlen=RECENT_QUOTES)
    first_day = datetime.date(2024, 1, 1)
    numbers = itertools.count() if count is None else range(count)
    for number in numbers:
        writer = _Writer(rng, pools, recent)
        target = rng.randint(MIN_WORDS, MAX_WORDS)
        title = writer.fill(rng.choice(HEADLINES))
        title = title[0].upper() + title[1:]
        paragraphs = [f"{writer.city}, {rng.choice(WEEKDAYS)} — " + writer.fill(rng.choice(NARRATIVE))]
        total = _words(title) + _words(paragraphs[0])
        while total < target:
            paragraph = writer.paragraph()
            if total + _words(paragraph) > MAX_WORDS:
                if total >= MIN_WORDS:
                    break
                continue
            paragraphs.append(paragraph)
            total += _words(paragraph)
        outlet = _zipf(rng, outlets, 1.2)
        day = first_day + datetime.timedelta(days=rng.randrange(731))
        slug = "-".join(title.lower().split()[:6]).replace("’", "").replace("'", "")
        yield {
            "id": f"syn{seed}-{number:07d}",
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
            "title": title,
            "outlet": outlet,
            "date": day.isoformat(),
            "url": f"https://{outlet.lower().replace(' ', '-')}.example/{day:%Y/%m}/{slug}-{number}",
        }


def write_jsonl(path: Path, count: int, *, seed: int = 1) -> tuple[int, int]:
    """Write ``count`` articles to ``path``; returns (articles, words)."""
    words = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in articles(count, seed=seed):
            words += _words(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", type=Path, help="JSONL file (default: standard output)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.output:
        count, words = write_jsonl(args.output, args.count, seed=args.seed)
        print(f"{count} articles, {words} words -> {args.output}", file=sys.stderr)
        return
    for record in articles(args.count, seed=args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
