"""Resolve a speaker mention to a canonical name and a kind, within one article.

Surnames and first names go to the full name first used, titles and roles (``the mayor``) to the
person who holds them, pronouns to the nearest compatible earlier person, unnamed sources to
``anonymous`` and organisations to ``organization``. No neural coreference: rules over the
spaCy parse and entities, with gender from first-name lists and titles. This module does not
decide who is the speaker of a quote (``speakers.py`` does); it only names a given mention.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Collection, Mapping

from spacy.tokens import Doc, Span, Token

from .cues import DOCUMENT_NOUNS, KIN_GROUPS, RELATIVE_PRONOUNS, document_author, is_dateline, is_hometown, officer_of, past_dateline
from .lexicon import data_lines, first_name_gender, gendered, is_first_name, keyed, speech_cues, us_states, words

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = ("they", "them", "we")
SPOKES_HEADS = ("spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople", "rep", "publicist")
# People who speak as a group for someone (`His family said`, `her lawyers said`): unnamed, by that noun.
# A local part of a body, which speaks as the body (`The Derry branch of Comhaltas Ceoltóirí Éireann said`).
_BODY_PARTS = frozenset(("branch", "chapter", "wing"))
# Words that end a minister's portfolio (`for Economy and Finance`, `of the Interior`) and begin no one's name.
_PORTFOLIO_WORDS = frozenset(("finance", "economy", "interior", "affairs", "security", "transport", "logistics", "health", "education",
                              "justice", "defence", "defense", "labour", "labor", "trade", "industry", "commerce", "agriculture", "environment",
                              "energy", "mines", "housing", "culture", "tourism", "sport", "sports", "planning", "development", "welfare", "works",
                              "communications", "fisheries", "water", "lands", "infrastructure", "treasury", "revenue", "budget", "technology"))
# Short forms of English given names, for someone named in full by the long one (`Bill` of William Tackett).
_HYPOCORISMS = {
    "Bill": ("William",), "Billy": ("William",), "Will": ("William",), "Bob": ("Robert",), "Bobby": ("Robert",), "Rob": ("Robert",),
    "Jim": ("James",), "Jimmy": ("James",), "Mike": ("Michael",), "Mick": ("Michael",), "Tom": ("Thomas",), "Tommy": ("Thomas",),
    "Dick": ("Richard",), "Rick": ("Richard",), "Ted": ("Edward",), "Ed": ("Edward", "Edwin"), "Eddie": ("Edward",), "Tony": ("Anthony", "Antonio"),
    "Joe": ("Joseph",), "Dan": ("Daniel",), "Danny": ("Daniel",), "Dave": ("David",), "Steve": ("Steven", "Stephen"), "Chris": ("Christopher",),
    "Matt": ("Matthew",), "Nick": ("Nicholas",), "Pat": ("Patrick", "Patricia"), "Pete": ("Peter",), "Sam": ("Samuel", "Samantha"),
    "Ben": ("Benjamin",), "Alex": ("Alexander", "Alexandra"), "Andy": ("Andrew",), "Tim": ("Timothy",), "Greg": ("Gregory",),
    "Jon": ("Jonathan",), "Ken": ("Kenneth",), "Larry": ("Lawrence",), "Charlie": ("Charles",), "Chuck": ("Charles",), "Jack": ("John",),
    "Liz": ("Elizabeth",), "Beth": ("Elizabeth",), "Kate": ("Katherine", "Catherine", "Kathryn"), "Katie": ("Katherine", "Catherine"),
    "Jenny": ("Jennifer",), "Sue": ("Susan",), "Maggie": ("Margaret",), "Meg": ("Margaret",), "Debbie": ("Deborah",), "Vicky": ("Victoria",),
    "Becky": ("Rebecca",), "Cathy": ("Catherine",), "Abby": ("Abigail",), "Sandy": ("Sandra",), "Pam": ("Pamela",)}
# The same the other way round, built once: `William` → {Bill, Billy, Will}.
_SHORT_FORMS = {formal: frozenset(short for short, formals in _HYPOCORISMS.items() if formal in formals)
                for formal in {formal for formals in _HYPOCORISMS.values() for formal in formals}}
# Words for a business that a `-listed` or `-based` before them makes one (`The London-listed miner`).
_FIRM_NOUNS = frozenset(("miner", "producer", "lender", "carrier", "operator", "insurer", "retailer", "developer", "exporter", "importer",
                         "refiner", "shipper", "trader", "maker", "manufacturer", "supplier", "chain", "start-up", "startup", "giant"))
_FIRM_MARKS = frozenset(("listed", "based", "headquartered", "owned", "registered"))  # after a glued hyphen: `London-listed`
_FOR_SOMEONE = frozenset(("family", "relatives", "friends", "lawyers", "attorneys", "representatives", "camp", "couple", "pair", "parents"))
ORG_LABELS = ("ORG", "NORP", "GPE", "FAC")
DETERMINERS = ("the", "a", "an", "another", "some", "one", "two", "three", "several", "many", "other", "an")
# What marks a source as deliberately unnamed (in the words of the speaker's own noun phrase).
_ANONYMITY = re.compile(
    r"\b(?:anonymity|anonymous(?:ly)?|unnamed|unidentified|familiar with"
    r"|(?:not|declined|refused)(?: (?:want|wish|wanting|wishing|agree))? (?:to )?be (?:named|identified|quoted)"
    r"|(?:sur|first |full |last )?names? (?:not be used|be withheld))\b"
)
QUOTE_TOKENS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„")
# How far back (in sentences) a pronoun looks for its antecedent before falling back to any earlier person.
PRONOUN_WINDOW_SENTS = 3
# Words that make an office someone else's (`Deputy Governor`, `shadow minister`, `former coach`)
_SECOND_RANKS = frozenset(("deputy", "vice", "assistant", "associate", "former", "ex", "shadow", "junior"))
# a head of government is no `minister` of a department (`Chief Minister A.K. Balan`, `Prime Minister`, `First Minister`)
_LEADING_MINISTERS = frozenset(("chief", "prime", "first"))
# Who sits for a constituency (`MP for Tiwi Kusini`)
_SEAT_HOLDERS = frozenset(("mp", "mla", "mpp", "msp", "ms", "td", "mca", "mna", "mha", "mhr", "member", "senator", "representative", "congressman",
                           "congresswoman", "councillor", "councilor", "deputy"))
# Members of a legislature, by the titles the article may give them
_LEGISLATORS = ("lawmaker", "legislator", "senator", "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                "assemblymember", "mp", "mla", "mpp", "msp", "mca", "td", "mep")
# Clerics of any faith, for `the cleric` / `the clergyman`.
_CLERGY = ("imam", "sheikh", "mufti", "maulana", "ustaz", "ayatollah", "hojatoleslam", "hojjatoleslam", "pastor", "priest", "vicar", "rector", "chaplain", "bishop", "archbishop", "reverend",
           "rabbi", "cantor", "granthi", "giani", "swami", "monk", "nun", "bhante", "qes", "archimandrite", "canon", "deacon")
_RULERS = ("king", "queen", "ruler", "monarch", "igwe", "oba", "obi", "emir", "sultan", "omanhene", "fon", "ardo")
# Role words that name the same office (`Justice X` ... `the judge`).
ROLE_ALIASES = {"judge": ("justice", "magistrate"), "justice": ("judge",), "magistrate": ("judge",), "ceo": ("executive",), "executive": ("ceo",),
                "coach": ("manager", "boss"), "manager": ("coach", "boss"), "boss": ("manager", "coach"), "tactician": ("coach", "manager"),
                "captain": ("skipper",), "skipper": ("captain",), "widow": ("wife",), "widower": ("husband",),  # `Her husband, Leonard` ... `The widower`
                # `Montserrado County Senator Emmanuel Nyanzee` ... `the lawmaker said`; `the traditional ruler, HRH Igwe X` ... `The monarch`
                "lawmaker": _LEGISLATORS, "legislator": _LEGISLATORS, "monarch": _RULERS, "ruler": _RULERS,
                # `The paramount chief of the ... Traditional Area` ... `Osabarima Kwaku Ampofo Darko III, Omanhene of the traditional area`
                "chief": ("omanhene", "fon", "igwe", "oba", "emir", "ardo"),
                # `The Chief Imam ..., Sheikh Yakubu Zango,` ... `the cleric said`
                "cleric": _CLERGY, "clergyman": _CLERGY, "clergywoman": _CLERGY}
# Abbreviated titles and the office they stand for (`Gov. Renee Castellanos` ... `the governor said`).
_ABBREVIATED_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president", "supt": "superintendent",
                      "insp": "inspector", "sgt": "sergeant", "det": "detective", "prof": "professor", "cllr": "councillor",
                      "atty": "attorney", "amb": "ambassador", "lt": "lieutenant", "gen": "general", "col": "colonel", "capt": "captain",
                      "cmdr": "commander", "adm": "admiral", "dr": "doctor"}
# Honorifics that are also family names (`Ma Jun`): `Ma Kebbeh Dolo`, `Pa Alimamy Sesay`, `Bi Khadija Omar Salum` (Liberia,
# Sierra Leone, East Africa) lose them only before two more name words
_SHORT_HONORIFICS = frozenset(("Ma", "Pa", "Bi", "Ko", "Me"))  # and Burmese `Ko` (`Ko Zaw Lin Aung`; `Ko Eun-ji` stays)
# A weekday the tagger takes into the name after it (`On Friday Zara sat ...`)
_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# Malaysian honours of two words (`Tan Sri`, `Datuk Seri`), and Thai police ranks after `Pol` (`Pol Maj Gen`, `Pol Col`)
_TWO_WORD_HONORIFICS = frozenset(("tan sri", "puan sri", "toh puan", "datuk seri", "datuk sri", "dato seri", "dato sri", "dato' seri", "dato' sri",
                                  "datin seri", "datin sri", "datin paduka", "liqe siltanat"))
# Offices whose `office` is the staff of one person (`the governor's office`), unlike agencies (`the sheriff's office`).
_PERSONAL_OFFICES = frozenset(("governor", "president", "minister", "premier", "mayor", "chancellor", "senator", "congressman", "congresswoman",
                               "speaker", "leader", "king", "queen", "prince", "princess", "taoiseach", "councillor", "councilman", "councilwoman"))
_HONOUR_WORDS = frozenset(("datuk", "dato", "seri", "sri", "tan", "puan", "datin", "toh", "tun", "hon", "hrh", "his", "her", "excellency"))
_PLACE_OWNER = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s (?=[A-Z])")
_CAMPAIGN_WORDS = frozenset(("committee", "campaign", "pac", "group", "organization", "organisation", "coalition", "fund"))
_NAME_LINKS = frozenset(("a/l", "a/p", "s/o", "d/o"))  # `Ganesh a/l Muniandy`: one token (pipeline.NAME_LINKS)
_PATRONYMIC_WORDS = frozenset(("bin", "binti", "bte", "bint", "ibn", "arap")) | _NAME_LINKS
# Lower-case words inside a name that only names use (`Kiprotich arap Langat`, `Lemayian ole Sankale`, `Ahmad bin Ismail`).
_INNER_PARTICLES = frozenset(("arap", "ole", "bin", "binti", "bte", "bint", "ap")) | _NAME_LINKS
_POLICE_RANKS = frozenset(("gen", "lt", "maj", "col", "capt", "sgt", "cpl", "snr", "sen", "sub"))
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’][^\W\d_]+)*\.?$")
# Initials written together (`O.P. Saini`, `H.M. Tilakaratne Herath`), not a legal form (`S.A. de C.V.`).
_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,4}$")
_LEGAL_INITIALS = frozenset(("S.A.", "C.V.", "N.V.", "B.V.", "L.L.C.", "P.L.C.", "A.G.", "A.S.", "S.L.", "S.p.A.", "K.K.", "L.P.", "S.E."))
_AGE = re.compile(r"\b\d{1,3}-year-old\b")
_THEY_THEM = re.compile(r"\bthey/them\b|\bnon-?binary\b", re.IGNORECASE)
# How speakers name their relatives (`my dad`) and the role word the article uses (`his father, X`).
QUOTED_KIN = {"dad": "father", "daddy": "father", "papa": "father", "mum": "mother", "mom": "mother", "mama": "mother",
              "grandma": "grandmother", "gran": "grandmother", "granny": "grandmother", "grandpa": "grandfather",
              "mam": "mother", "mammy": "mother", "nan": "grandmother", "grandad": "grandfather", "granddad": "grandfather",
              # South Asian, Spanish and German forms of address (`Amma`, `Vappa`, `Dadaji`, `Abuela`, `Oma`)
              "amma": "mother", "ammi": "mother", "appa": "father", "abba": "father", "abbu": "father", "vappa": "father",
              "thaththa": "father", "dadaji": "grandfather", "dadi": "grandmother", "nani": "grandmother", "abuela": "grandmother",
              "abuelo": "grandfather", "oma": "grandmother", "opa": "grandfather",
              "mummy": "mother", "mommy": "mother", "mamá": "mother", "papá": "father", "mamma": "mother"}
OLDER_KIN = frozenset(("mother", "father", "mum", "mom", "dad", "grandmother", "grandfather", "grandparent", "parent", "aunt", "uncle"))
YOUNGER_KIN = frozenset(("son", "daughter", "grandson", "granddaughter", "child", "nephew", "niece", "stepson", "stepdaughter"))
# Relatives given a first name only take the family's surname (`Tom's wife, Bríd` → Bríd Fennelly),
# as annotators of canonical names do; one who keeps another surname is named with it in full.
KIN_SHARING_NAME = frozenset(("son", "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter", "grandfather",
                              "grandmother", "twin", "stepson", "stepdaughter", "wife", "husband", "widow", "widower"))
# Nouns for works whose title follows in quote marks (`the talk show “Late Night Cafe Seoul”`) or beside
# them (`Her new album, Da Sabar Rang,`: no person, whatever the tagger says).
WORK_NOUNS = frozenset(("show", "film", "movie", "song", "album", "book", "series", "podcast", "programme", "program", "play", "novel",
                        "documentary", "single", "track", "episode", "column", "musical", "opera", "painting", "exhibition", "memoir", "sitcom"))
# Kin words that say a relative's sex (`his wife, Mereana`).
_GENDERED_KIN = KIN_SHARING_NAME | frozenset(("aunt", "uncle", "nephew", "niece", "grandma", "grandpa"))
# Forms of address that are no office (`Chief Olumide Adebanjo-Coker` can be `the governor-elect`).
HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "chief", "alhaji",
                        "alhaja", "barr", "engr", "rev", "reverend", "sheikh", "mian", "begum", "hon", "honourable", "madam", "don", "khun",
                        "mang", "aling", "uncle", "auntie", "aunty", "señor", "señora", "senhor", "senhora", "afioga", "susuga", "pak", "bapak", "ibu",
                        "eng", "hajj", "haj", "hajja", "hajjah", "hacı", "sayyed", "sayyid", "adja", "hadja", "osabarima"))
# Family names written before the given name (Vietnamese, Chinese, Korean), which the tagger often
# leaves off the name that follows (`Đỗ Thị Hạnh` tagged from `Thị`).
FAMILY_NAMES_FIRST = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
    "Trương", "Lâm", "Đào", "Lưu", "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Dang", "Bui", "Ngo", "Duong", "Dinh", "Truong",
    "Lim", "Tan", "Wong", "Chan", "Ng", "Ong", "Goh", "Teo", "Koh", "Chen", "Wang", "Zhang", "Liu", "Huang", "Zhao", "Wu", "Zhou",
    "Xu", "Zhu", "Guo", "Lin", "Luo", "Gao", "Liang", "Zheng", "Xie", "Tang", "Feng", "Deng", "Peng", "Zeng", "Xiao", "Cai", "Jiang",
    "Lau", "Leung", "Cheung", "Yeung", "Tsang", "Chow", "Kwok", "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Kwon",
    "Hwang", "Ahn", "Jeon", "Baek", "Pak", "Au", "Sze", "Mak", "Tsui", "Yip", "Fung", "Siu", "Tse", "Yuen", "Kwan", "Chau", "Choy", "Hui"))
# Korean, Chinese and Taiwanese family names that are also English words or given names elsewhere (`Oh`, `Song`, `Ho`):
# a family name only before a hyphenated given name (`Oh Jae-won`, `Ho Chia-wei`)
_HYPHEN_GIVEN_FAMILY_NAMES = frozenset((
    "Oh", "Lee", "Seo", "Shin", "Han", "Yoo", "Yu", "Hong", "Moon", "Song", "Bae", "Ryu", "Noh", "Jeong", "Heo", "Nam", "Yang", "Son",
    "Jo", "Ko", "Go", "Min", "Woo", "Cha", "Ha", "Ju", "Kwak", "Sung", "Na", "Um", "Eom", "Byun", "Chun", "Jin", "Im", "Suh", "Shim",
    "Sim", "Koo", "Kong", "Hyun", "Yeo", "Chae", "Won", "Bang", "Chang", "Hsu", "Tsai", "Lai", "Kuo", "Yeh", "Hsieh", "Chiang", "Ho",
    "Chiu", "Yen", "Lu", "Su", "Shih", "Chien", "Tseng", "Chou", "Liao", "Fan", "Sun", "Hu", "Lo", "Pan", "Wei", "Chu", "Kao", "Chung"))
# One-word portfolios of a ministry named in lower case (`the commerce ministry` is the Ministry of Commerce)
_PORTFOLIOS = frozenset(("commerce", "health", "defence", "defense", "education", "finance", "justice", "agriculture", "culture", "energy",
                         "tourism", "information", "labour", "labor", "trade", "transport", "environment", "foreign"))
# Japanese family names, for names the article writes family name first (`Okada Shigeru`); not those also
# given names elsewhere (`Abe`, `Mori`, `Ono`, `Hara`)
_JAPANESE_FAMILY_NAMES = frozenset((
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada",
    "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamazaki", "Ikeda", "Hashimoto", "Yamashita",
    "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto", "Okada", "Hasegawa", "Murakami", "Kondo", "Ishii", "Saito",
    "Sakamoto", "Endo", "Aoki", "Fujii", "Nishimura", "Fukuda", "Miura", "Okamoto", "Matsuda", "Nakagawa", "Nakano", "Harada",
    "Tamura", "Takeuchi", "Kaneko", "Wada", "Nakayama", "Ishida", "Ueda", "Morita", "Shibata", "Sakai", "Kudo", "Yokoyama",
    "Miyazaki", "Miyamoto", "Uchida", "Takagi", "Ando", "Taniguchi", "Maruyama", "Imai", "Fujimoto", "Takeda", "Murata", "Ueno",
    "Sugiyama", "Masuda", "Sugawara", "Hirano", "Otsuka", "Kubo", "Matsui", "Iwasaki", "Sakurai", "Kinoshita", "Noguchi", "Matsuo",
    "Kikuchi", "Nomura", "Fujimura", "Kuroda", "Morioka", "Ishizaki", "Kishida", "Koizumi", "Fujiwara", "Yamane", "Okabe", "Nishida"))
# Lower-case words that belong inside a name (`Ludwig van Beethoven`); post-nominal letters after one.
NAME_PARTICLES = frozenset(("de", "da", "di", "del", "della", "van", "von", "der", "den", "bin", "bint", "binti", "bte", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter", "ten", "y", "i",
                            "oglu", "oğlu", "ogly", "uulu", "kyzy", "qizi", "gizi", "ole", "arap", "ap")) | _NAME_LINKS  # `Jordi Puigvert i Casals`, `Tural Vagif oglu Hasanov`, `Lemayian ole Sankale`
# Irish and Scottish Gaelic patronymics inside a name (`Mac Giolla Bhríde`, `Ní Bhriain`, `NicLeòid`, `Ó Briain`).
_GAELIC_PARTICLE = re.compile(r"^(?:Mac|Nic|Ní|Ó|Mhic|Uí|Ua|Mc)$")
_GAELIC_GLUED = re.compile(r"^(?:Mac|Nic|Mc)[A-ZÀ-ÖØ-Þ]")
POST_NOMINALS = frozenset(("kc", "qc", "sc", "san", "bl", "mp", "msp", "mla", "mpp", "mna", "mbe", "obe", "cbe", "phd", "esq", "thero", "theri", "rinpoche",
                           "bey", "hanım", "hanim", "efendi", "usta"))  # Turkish forms of address after a given name: `Mahmut Bey`, `Hüseyin Usta`
# Post-nominal letters that are also words or titles in lower case (`Mabli Roberts MS`, `Ciarán Walsh TD`): dropped only as written, after a name word.
_POST_NOMINAL_LETTERS = frozenset(("MS", "TD", "MEP", "MLC", "MHA", "MHK", "MHR", "JP", "OAM", "AO", "AC", "AM", "KBE", "DBE", "GBE", "FRS", "OON", "OFR",
                                   "CON", "GCON", "MON", "MFR", "KCMG", "CMG", "LVO", "CVO", "MVO", "QSO", "ONZM", "MNZM", "CNZM", "KNZM", "DNZM",
                                   "QPM", "KPM", "FRCS", "MD", "RN", "OC", "CM", "OBE", "MBE", "CBE"))
_STREET_WORDS = frozenset(("street", "road", "avenue", "boulevard", "highway", "motorway", "expressway", "island", "islands", "harbour", "harbor",
                           "river", "creek", "lagoon", "reef", "peninsula", "gorge", "estuary", "airport", "county", "parish", "township"))
_PLACE_WORDS = frozenset(("falls", "lake", "lakes", "mount", "mountain", "mountains", "hill", "hills", "valley", "bay", "coast", "desert", "forest",
                          "park", "beach", "point", "cape", "sea", "ocean", "gulf", "strait", "canal", "plain", "plains", "plateau", "range",
                          "ridge", "glacier", "basin", "delta", "springs", "heights", "woods", "county", "province", "district", "region"))
# A sum the tagger took for a body (`a dividend of NT$5`).
_MONEY = re.compile(r"^[A-Z]{0,3}[$€£¥₹]\s?\d")
# Place words that end no one's name after a word that is no first name (`Quarry Bay`, `Kowloon Bay`).
_LAND_WORDS = frozenset(("bay", "valley", "coast", "desert", "beach", "cape", "sea", "ocean", "gulf", "strait", "canal", "plateau", "glacier",
                         "basin", "delta", "province", "district", "region", "mountains"))
_NOT_NAME_ENDINGS = _STREET_WORDS | _PLACE_WORDS  # `Lake Victoria`, `Victoria Falls`: a place, whatever its first word
_STORM_WORDS = frozenset(("cyclone", "hurricane", "typhoon", "storm"))  # `Cyclone Marlo`: a storm named like a person
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall)['’][A-ZÀ-Ý]")  # `d'Entremont`, `l’Écuyer`: a surname after an elided particle
# A short name in brackets right after a body's name: `(Fecafoot)`.
_SHORT_NAME_AFTER = re.compile(r"\s*\(([A-Z][\w-]{1,14})\)")
_SLAVIC_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ovych|ych|ich|ovna|evna|yevna|ivna|ïvna)$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul)[-‐]")
NAME_JOINERS = ("-", "‐", "'", "’")


@dataclass
class Person:
    """A person named in the article, with every way the article refers to them."""

    name: str
    first: str
    last: str
    gender: str
    roles: set[str] = field(default_factory=set)
    age: int | None = None  # `Koech, 24,` / `the 24-year-old Koech`
    positions: list[int] = field(default_factory=list)  # token indices of mentions
    nicknames: set[str] = field(default_factory=set)  # `Funmi` of `Funmilayo “Funmi” Adebayo-Cole`
    inherited: bool = False  # the surname is the family's, taken by a relative given a first name only
    aliases: set[str] = field(default_factory=set)  # `Kofi Mensah-Ward` of `Halo Ghost, born Kofi Mensah-Ward`
    seniority: str = ""  # `younger` / `elder`: introduced as someone's younger or elder relative (`his younger brother, Liam`)


NOT_ONE_PERSON = "x"  # the gender of a source no he or she can refer to (a group, a document)


@dataclass(frozen=True, slots=True)
class Resolution:
    name: str
    kind: str
    gender: str = ""


class EntityIndex:
    """The people and organisations of one Doc, built once, queried per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: list[Person] = []
        self.mentions: list[tuple[int, Person]] = []  # (token index, person) in text order
        self.speaker_history: list[tuple[int, Resolution]] = []
        # Token range of the quote whose speaker is being resolved: people named inside it are not candidates.
        self.inside_quote: tuple[int, int] = (0, 0)
        self._given_as: dict[int, Person] = {}  # description head → the person it gave its name as
        self._sentence_of: list[int] | None = None
        self._by_text: dict[str, list[int]] | None = None
        self._titles = gendered("titles.txt")
        self._person_nouns = gendered("person_nouns.txt")
        self._role_words = _role_words()
        # names the text gives a legal form somewhere (`Kodulink OÜ`): organisations wherever they appear
        self.text = doc.text  # once: spaCy joins every token on each `doc.text`
        legal = [(match.start(1), match.group(1)) for match in _LEGAL_NAME.finditer(self.text)]
        self._legal_names = {_org_name(name) for _, name in legal if name.lower() not in ("the", "a", "an")}
        entities = list(doc.ents)  # doc.ents builds new spans on every access
        self._person_entity_at = {ent.start: ent for ent in entities if ent.label_ == "PERSON"}
        self._place_names = {ent.text for ent in entities if ent.label_ == "GPE" and len(ent) == 2}  # `Sri Lanka`, whatever it is tagged elsewhere
        self._placed_words: set[str] | None = None  # words the article uses as places (`in Mississauga`), found when first asked
        self._surnames = {ent[-1].text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title}
        # `The president of Minase Kenzai`: a name an office belongs to is a body, whatever the tagger says
        bodies = {_strip_the(ent.text) for ent in entities if ent.label_ == "PERSON" and (_office_of(ent) or _company_name(ent))}
        # `bought Glen Aultmore distillery`, `the Wah Kee café`: a business by the noun it names, unless the name
        # speaks or takes a title somewhere (`a Gordon Ramsay restaurant ... Ramsay said`)
        named_business = {_strip_the(ent.text) for ent in entities if ent.label_ == "PERSON" and _names_business(ent)}
        bodies |= {name for name in named_business if not any(
            e.label_ == "PERSON" and _strip_the(e.text) == name and ((e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.lemma_ in speech_cues())
                                                                      or (e.start > 0 and doc[e.start - 1].lower_.rstrip(".") in HONORIFICS)) for e in entities)}
        # `Aéroliane cancelled a third of its flights`, tagged a person: a one-word name that acts (not speaks) and owns `its`
        # is a body, unless a he or she, a `who` or a title takes it up somewhere
        single = {ent.text for ent in entities if ent.label_ == "PERSON" and len(ent) == 1 and not is_first_name(ent.text)}
        acting = {ent.text for ent in entities if ent.text in single and _owns_its(ent)}
        self._acting_bodies = {name for name in acting if not any(t.text == name and (_said_of_a_person(doc[t.i : t.i + 1])
                                                                                      or (t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in _ANY_HONORIFICS)) for t in doc)}
        bodies |= self._acting_bodies
        # `Lumen Forge’s chief executive`, tagged a person (`Forge`): a body by the office it has
        bodies |= {name for ent in entities if ent.label_ == "PERSON" and _owns_office(ent) for name in (ent.text, _capitalised_before(ent).text)}
        # `TransNorth Railway`, `Lumikko Festival`, tagged a facility or an event: a body by its last word
        self._organizations = [_with_cut_word(_past_dateline(ent)) for ent in entities if ent.label_ == "ORG" or (ent.label_ == "PERSON" and _strip_the(ent.text) in bodies)
                               or (ent.label_ in ("FAC", "EVENT") and ent[-1].lower_ in words("organization_heads.txt"))]
        # not `Karachi` of `a Karachi-based start-up`: a place; nor a sum (`a dividend of NT$5`, tagged a body)
        self._organizations = _join_cut_names([ent for ent in self._organizations if ent is not None and not _MONEY.match(ent.text)
                                               and not (_glued_hyphen(doc, ent.end) and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "based")])
        self._acronyms = _acronyms(self.text)
        self._own_names: bool | None = None  # see `_own_names_kept`, decided once the people are known
        # `Łódzka Energetyka Cieplna (ŁEC)`, `Minera Altiplano del Norte S.A.`: bodies even where the tagger
        # missed them or cut them in two (`Minera Altiplano del` PERSON + `Norte S.A.` ORG)
        spelled = [(self.text.find(f"{full} ({acronym})"), full) for acronym, full in self._acronyms.items()]
        for at, full in spelled + legal:
            named = doc.char_span(at, at + len(full), label="ORG", alignment_mode="contract") if at >= 0 else None
            if named is None or not len(named) or any(ent.start <= named.start and named.end <= ent.end for ent in self._organizations):
                continue
            form = next((ent for ent in self._organizations if ent.end == named.end + 1 and named.end - 1 <= ent.start <= named.end
                         and _BARE_LEGAL_FORM.fullmatch(ent[-1].text)), None)
            if form is not None:  # `Mermentau LNG LLC`, tagged only `LLC`: the name and its legal form, one body
                named = Span(doc, named.start, form.end, label="ORG")
            if not any(ent.start < named.end and named.start < ent.end for ent in entities if ent.label_ in ("ORG", "PERSON")) or at in dict(legal):
                self._organizations = [ent for ent in self._organizations if not (named.start <= ent.start and ent.end <= named.end)] + [named]
        for start, end in _untagged_bodies(doc) + _described_bodies(doc) + _office_owners(doc):  # `The Tamarack County Sheriff's Office`, which the tagger missed or called a place
            if not any(ent.start < end and start < ent.end for ent in self._organizations + [e for e in entities if e.label_ in ("ORG", "PERSON", "FAC")]):
                # `Delta Spinning` + `and Weaving Company`: the rest of a name the tagger cut at `and`
                cut = next((ent for ent in self._organizations if ent.end == start - 1 and doc[start - 1].lower_ in ("and", "&")), None)
                if cut is not None:
                    self._organizations.remove(cut)
                self._organizations.append(Span(doc, start if cut is None else cut.start, end, label="ORG"))
        # not `LLC` of `Atlantic Crest Wind LLC` on its own: a legal form is no body
        # nor `Hon` of `Hon. Ali Bakari`, tagged a body: a title alone is no body
        self._organizations = sorted((ent for ent in self._organizations if not _BARE_LEGAL_FORM.fullmatch(ent.text)
                                      and not (len(ent) == 1 and ent[0].lower_ in self._titles and ent[0].lower_ + "." in self._titles)), key=lambda ent: ent.start)
        self._organization_starts = [ent.start for ent in self._organizations]
        # Full organisation names by their first and last word, in text order: `Northvale` → Northvale Foods.
        self._orgs_by_edge: dict[str, list[tuple[int, str]]] = {}
        for ent in self._organizations:
            full = _clean_org(_org_name(ent.text))
            words_ = full.split()
            if len(words_) > 1:
                for edge in {words_[0], words_[-1]}:
                    self._orgs_by_edge.setdefault(edge, []).append((ent.start, full))
        # `The BSTA said` after `Badger State Teachers Association`: an acronym of a body the article named in full
        by_initials: dict[str, set[str]] = {}
        for name in {_clean_org(_org_name(ent.text)) for ent in self._organizations}:
            if len(name.split()) > 1:
                by_initials.setdefault(_initials(name.split()), set()).add(name)
        for ent in self._organizations:  # `The Cameroonian Football Federation (Fecafoot)`: a short name in brackets, whatever its letters
            name = _clean_org(_org_name(ent.text))
            at = ent.text.find(name)
            short = _SHORT_NAME_AFTER.match(self.text, ent.start_char + at + len(name)) if at >= 0 and len(name.split()) > 1 else None
            if short is not None and short.group(1) not in name.split():
                self._acronyms.setdefault(short.group(1), name)
        for token in doc:
            full = by_initials.get(token.text, ()) if token.is_upper and token.is_alpha and 2 <= len(token.text) <= 6 else ()
            if len(full) == 1 and token.text not in self._acronyms:
                self._acronyms[token.text] = next(iter(full))
            elif token.is_upper and token.text in _known_acronyms() and token.text not in self._acronyms:
                self._acronyms[token.text] = _known_acronyms()[token.text]  # `UNHCR`, never spelled out: the body's full name
        for ent in _join_nicknames(doc):
            if len(ent) == 1 and _filipino_ma(doc, ent.start):
                continue  # `Ma.` of `Ma. Cristina Salcedo-Ramos`, tagged apart: part of the name after it
            if ent[0].tag_ == "POS":
                continue  # `Prime Minister’s Questions`: a name owned by someone, tagged from its `’s`
            if ent.label_ == "PERSON" and _strip_the(ent.text) in bodies:
                continue
            if ent[-1].lower_ in _STREET_WORDS:
                continue  # `Prince Mohammed Street`, `Al Maryah Island`: a place, maybe named after someone
            if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in _LAND_WORDS and not is_first_name(ent[0].text):
                continue  # `sea levels at Tai O and Quarry Bay`: a place (not `Michael Bay`)
            if ent.label_ == "PERSON" and is_hometown(ent.root) and not first_name_gender(ent[0].text):
                continue  # `a physiotherapist from Observatory`: a place
            if len(ent) > 1 and ent[-1].tag_ == "NNPS" and any(c.dep_ in ("det", "poss") and c.i < ent.start for c in ent.root.children) \
                    and (ent.label_ != "PERSON" or (ent.root.dep_ == "nsubj" and ent.root.head.tag_ == "VBP")):  # (not `Sava’s Brazilian forward Thiago Menezes`)
                continue  # `Her Carolina Lakeshore Herons are 24-2`: a team named in the plural, whatever its first word
            if ent.label_ == "PERSON" and _modifies_a_noun(ent):
                continue  # `The Springbok flyhalf`, `the Obama administration`: a modifier, not someone named here
            if ent.label_ == "PERSON" and ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in WORK_NOUNS and ent.root.head.pos_ == "NOUN":
                continue  # `Her new album, Da Sabar Rang (The Colour of Patience),`: a work's title
            # `her sister Sinéad O’Mahony, 52,` tagged a facility: a person by her setting
            described = ent.label_ in ("FAC", "WORK_OF_ART") and (_aged_at(doc, ent.end) or _aged_before(doc, ent.start)
                                                                   # `“...,” Macarena Ossa Irarrázaval told analysts`, tagged a work: one who speaks
                                                                   or (ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in speech_cues() and not _in_own_marks(ent))
                                                                   or (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in self._person_nouns)
                                                                   or self._after_honorific(ent))
            ent = _past_comma(ent)
            of = next((t.i for t in ent if t.lower_ == "of"), None)
            if of is not None and ent.label_ in ("ORG", "PERSON") and of - ent.start in (2, 3) and (is_first_name(ent[0].text) or _INITIALS.match(ent[0].text)) \
                    and all(t.pos_ == "PROPN" for t in doc[ent.start : of]) and doc[of - 1].text[:1].isupper() and doc[of - 1].lower_ not in _body_words():
                self._add_person(Span(doc, ent.start, of, label="PERSON"))  # `T.S. Nambiar of Cochin Equity Research`, tagged one body
                continue
            if ent.label_ in ("ORG", "GPE", "NORP") and (named := _first_name_before(ent)) is not None:
                self._add_person(named)  # `Ana Reyes`, the surname tagged a body and the first name left untagged
                continue
            if ent.label_ == "ORG" and (named := self._past_portfolio(ent)) is not None:
                self._add_person(named)  # `Vice Minister of Agriculture Yerlan Serikuly Dauletov`, the portfolio and name tagged one body
                continue
            # `dental nurse Chloe Abara`, tagged a location: a first name and a surname, not a place word
            located = ent.label_ == "LOC" and 2 <= len(ent) <= 3 and bool(first_name_gender(ent[0].text)) and ent[-1].lower_ not in _NOT_NAME_ENDINGS
            # `television host Cheikh Tidiane GUÈYE`, tagged a product: given names and a family name in capitals
            capitals = ent.label_ in ("PRODUCT", "FAC", "WORK_OF_ART", "LOC") and 2 <= len(ent) <= 4 and ent[0].text[:1].isupper() \
                and (_capitals_surname(ent[-1].text) or _capitals_surname(ent[0].text)) and any(is_first_name(t.text) for t in ent if not t.is_upper)
            if capitals:
                self._add_person(ent)
                continue
            if ent.label_ == "PERSON" or ((ent.label_ in ("ORG", "GPE", "NORP") or described or located) and self._looks_like_person(ent)):
                self._add_person(_particle_tail(self._whole_name(ent)) if ent.label_ == "PERSON" else ent)
        self._add_given_names()
        self._add_name_pairs()
        self._add_name_mentions()
        self._add_role_mentions()
        self._add_names_given_as()
        self._index_mentions()
        self._infer_genders()
        self._record_ages()
        self._add_age_mentions()
        self._inherit_family_names()
        self._lend_family_names()
        self._join_article_family()
        self._take_untagged_first_names()
        self._merge_surname_only()
        self._add_gendered_kin()
        self._add_sibling_mentions()
        self._add_stated_roles()

    # -- building --------------------------------------------------------------------------------

    def _add_stated_roles(self) -> None:
        """``She is chief executive; he is chief technology officer.``: a role stated with `be` is the
        subject's (a pronoun's antecedent's), so `the chief executive said` finds her."""
        for token in self.doc:
            if token.dep_ == "attr" and token.head.lemma_ == "be" and token.i in self.person_by_position:
                # `Nan is Mereana Ruatapu`: the kin word or office before `is` is the named person's
                subject = next((c for c in token.head.lefts if c.dep_ == "nsubj"), None)
                word = QUOTED_KIN.get(subject.lower_, subject.lemma_.lower()) if subject is not None else ""
                if word and (word in self._person_nouns or word in self._titles) and subject.i not in self.person_by_position \
                        and not any(c.dep_ == "poss" for c in subject.children):  # not `Her coach is ...`: someone else's
                    self.person_by_position[token.i].roles.add(word)
                continue
            if token.dep_ != "attr" or token.pos_ != "NOUN" or not (token.lemma_.lower() in self._titles or token.lemma_.lower() in self._person_nouns):
                continue
            verb = token.head
            subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None) if verb.lemma_ == "be" else None
            if subject is None:
                continue
            if subject.lower_ in PERSON_PRONOUNS:
                found = self.antecedent(subject.i, PERSON_PRONOUNS[subject.lower_])
                person = next((p for p in self.people if found is not None and found.kind == "person" and p.name == found.name), None)
            else:
                person = self.person_by_position.get(subject.i)
            if person is not None:
                person.roles.add(token.lemma_.lower())

    def _looks_like_person(self, ent: Span) -> bool:
        """NER often labels a bare first or full name ORG; trust a known first name."""
        tokens = [token for token in ent if token.is_alpha and token.lower_ not in POST_NOMINALS]
        role = next((n for n in range(len(tokens) - 3, -1, -1) if self.is_role_word(tokens[n]) or _DEMONYM.match(tokens[n].text)), None)
        if role is not None and all(t.pos_ == "PROPN" or t.lower_ in NAME_PARTICLES for t in tokens[role + 1 :]) and is_first_name(tokens[role + 1].text):
            return True  # `City Engineer Ray Sandoval`, `the Dutchman Sven de Boer`, tagged a body: a role, then a first name
        if self._after_honorific(ent):
            return True
        named = [t for t in tokens if t.lower_ != "the"]
        lead = 0
        while lead < len(named) - 1 and named[lead].lower_ in self._titles:
            lead += 1
        if lead and 2 <= len(named) - lead <= 4 and is_first_name(named[lead].text) and all(t.pos_ == "PROPN" for t in named[lead:]) \
                and named[-1].lower_ not in _body_words() and named[-1].lower_ not in _STREET_WORDS:
            return True  # `The Rt Rev Emmanuel Tamba Sesay`, tagged a body: titles, then a first name and a surname
        known = _known_by(ent)
        if known is not None and known.head.lemma_.lower() in self._role_words and len(tokens) <= 3:
            return True  # `The cartoonist known as Moko`, tagged a body: someone's working name
        if 2 <= len(tokens) <= 5 and all(t.text[:1].isupper() for t in tokens) and (any(_GAELIC_PARTICLE.match(t.text) for t in tokens[1:-1]) or any(_GAELIC_GLUED.match(t.text) for t in tokens[1:])) \
                and tokens[-1].lower_ not in _body_words():
            return True  # `Dónall Mac Giolla Bhríde`, `Siobhán Ní Bhriain`, `Iain MacLeòid`, tagged a body
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in HONORIFICS and before.text[:1].isupper() and 2 <= len(tokens) <= 3 \
                and all(t.pos_ == "PROPN" for t in tokens) and tokens[-1].lower_ not in _body_words() and tokens[-1].lower_ not in _COMPANY_ENDINGS:
            return True  # `Dr Wannapa Rakdee`, the name tagged a body: a personal title before it
        after_role = before is not None and before.pos_ == "NOUN" and self.is_role_word(before)  # `Defence counsel Turlough Mac Giolla Phádraig`
        if not tokens or len(tokens) > (4 if after_role else 3) or not all(token.pos_ == "PROPN" for token in tokens):
            return False
        head = tokens[-1].lower_
        if len(tokens) > 1 and head in _body_words():
            return False  # `Energy Regulatory Office`, whatever `Energy` is as a first name
        if _beside_business(ent):
            return False  # `his restaurant, Osteria Bellini`, named for him
        if len(tokens) > 1 and tokens[-1].tag_ == "NNPS" and tokens[-1].text not in self._surnames:
            return False  # `Her Carolina Piedmont Hawks are 27-1`: a team, named in the plural
        if after_role and len(tokens) > 1:
            return True
        # a known first name, or the surname of someone the article names (`Ishaan Mehrotra` beside `Sunita Mehrotra`)
        compound = len(ent) >= 4 and _glued_hyphen(self.doc, ent.start + 1) and bool(_first_gender(ent[:3].text))  # `Jean-Philippe`
        # `Suparman, a 61-year-old rice farmer,`: set beside a word for a person of an age or a sex (not `Greystone, the market leader,`)
        beside = any(c.dep_ == "appos" and c.i > ent.end and c.lemma_.lower() in self._person_nouns
                     and (self._person_nouns[c.lemma_.lower()] or _AGE.search(self.doc[c.left_edge.i : c.i].text)) for c in ent.root.children)
        # `The neighbour, Dilwyn Price, told the inquest`: the name set after a word for a person
        described = ent.root.head if ent.root.dep_ == "appos" and ent.root.head.i < ent.start else None
        beside = beside or (described is not None and described.lemma_.lower() in self._person_nouns and described.dep_ in ("nsubj", "nsubjpass")
                            and not any(c.dep_ == "poss" for c in described.children) and len(tokens) > 1)  # (not `Suvarna's listed parent, Suvarna Capital`)
        return bool(first_name_gender(tokens[0].text)) or compound or (len(tokens) > 1 and tokens[-1].text in self._surnames) or beside \
            or (ent.label_ == "ORG" and len(tokens) in (2, 3) and _taken_up_as_person(ent))

    def _past_portfolio(self, ent: Span) -> Span | None:
        """The name in a body-tagged `Agriculture Yerlan Serikuly Dauletov` after `Minister of`: from the
        first known first name past the portfolio, two to four proper nouns."""
        doc = self.doc
        # also `Vice Mayor in charge of` / `Minister responsible for` + `Economic Development Clarisse Uwamahoro`
        if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for") or not any(self.is_role_word(t) for t in doc[max(0, ent.start - 5) : ent.start - 1]) or len(ent) < 3 \
                or not all(t.pos_ == "PROPN" and _capitalised_name(t) for t in ent) or ent[-1].lower_ in _body_words():
            return None
        if is_first_name(ent[0].text) or _first_gender(ent[0].text):
            return None  # `Theresa Mona Kauona`: a name from its first word
        start = next((t.i for t in ent[1:] if is_first_name(t.text)), None)  # the portfolio ends where a first name starts
        return Span(doc, start, ent.end, label="PERSON") if start is not None and 2 <= ent.end - start <= 4 else None

    def _after_honorific(self, ent: Span) -> bool:
        """`Togbe Edem Kpodo Gbadago III`, `Sister Dr. Philomena D'Souza`, tagged a body or a building:
        names after honorifics, one of them no kin word (`Sister` alone may be a sibling)."""
        words = [token for token in ent if not token.is_punct and token.lower_ not in POST_NOMINALS]
        lead = next((n for n, token in enumerate(words) if token.lower_ not in self._titles), len(words))
        rest = words[lead:]
        return 0 < lead and 1 <= len(rest) <= 4 and any(token.lower_ not in self._person_nouns for token in words[:lead]) \
            and all(token.pos_ == "PROPN" for token in rest) and _surname(rest).lower() not in _body_words()

    def _name_tokens(self, tokens: list[Token], head: Token | None = None) -> list[Token]:
        """The words of the name in a mention, without titles, roles and post-nominals.

        ``Dwayne "The Rock" Johnson`` → Dwayne Johnson; ``Pelicans coach Gary Whitmore`` → Gary
        Whitmore (a lower-case word ends what comes before); ``Chief Executive Laura Brennan-Ott``
        → Laura Brennan-Ott (a known first name starts the name); ``Judge Margaret Ellery KC`` →
        Margaret Ellery.
        """
        tokens = _outside_parentheses(_outside_quote_marks(tokens))  # not `(D-Newport News)` nor `(Mrs.)`
        if len(tokens) > 1 and re.fullmatch(r"[A-Z]\.", tokens[0].text) and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ in ("on", "via"):
            tokens = tokens[1:]  # `shared widely on X. Dewi, who ...`: the platform ending a sentence, not an initial
        runs: list[list[Token]] = [[]]
        for n, token in enumerate(tokens):
            spaced_dash = token.text in ("-", "—", "–", "―") and token.i > 0 and token.doc[token.i - 1].whitespace_ != ""
            # a title before more name words ends what comes before it: `Hawkesdale Mayor Rewi Tamihana`
            title = token.lower_ in self._titles and n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper() \
                and not (n > 0 and is_first_name(tokens[n - 1].text)) and not _after_article_hyphen(token) and not _given_name_title(tokens, n, self._titles) \
                and not _middle_name_title(tokens, n)  # `Paul King KC`: a surname after a first name; `Mwanajuma Haji Makame`
            verb = token.pos_ == "VERB" and token.lower_ in OPENING_VERBS and not (  # `Said Ellis: "..."`, not `Fatuma Said Omar`
                0 < n < len(tokens) - 1 and _capitalised_name(tokens[n - 1]) and _capitalised_name(tokens[n + 1]))
            verb = verb or (n == 0 and token.lower_ in _IMPERATIVES and n + 1 < len(tokens))  # `Tell Corinne she was right`
            # `Listener Nomsa Dlamini said`: a person noun opening the sentence, capitalised only for that
            # (`Comedian Bex won`: before a single name too, when the word is no first name)
            title = title or (n == 0 and token.is_sent_start and token.lower_ in self._role_words and token.lower_ not in ("man", "woman", "junior")  # `Man Bahadur Tamang`: a name
                              and (n + 2 < len(tokens) or not is_first_name(token.text))
                              and n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper())
            owner = (token.tag_ == "POS" or token.lower_ in ("'s", "’s")) and n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper()  # `Fyn’s Sofie Lykke Andersen`: the club's player
            day = token.lower_ in _WEEKDAYS and n + 1 < len(tokens) and tokens[n + 1].text[:1].isupper()  # `On Friday Zara sat ...`, tagged `Friday Zara`
            if (token.is_alpha and token.text[:1].islower() and token.lower_ not in NAME_PARTICLES and not _hyphen_tail(token)) or spaced_dash or title or verb or owner or day:
                runs.append([])  # a role word, or a dateline's dash (`SINGAPORE - Meridian Harbour`)
            else:
                runs[-1].append(token)
        with_head = [run for run in runs if head is not None and any(t.i == head.i for t in run)]
        with_names = [run for run in runs if any(t.pos_ == "PROPN" for t in run)]
        tokens = (with_head or with_names or [tokens])[-1]
        # `Secretary for Economy and Finance Lao Chi Keong`, `Minister of the Interior Kao Ming-te`: the portfolio's last word is no name
        while len(tokens) >= 3 and tokens[0].lower_ in _PORTFOLIO_WORDS and tokens[0].i >= 2 \
                and any(t.lower_ in ("for", "of") for t in tokens[0].doc[max(0, tokens[0].i - 4) : tokens[0].i]):
            tokens = tokens[1:]
        names = [t for t in tokens if t.is_alpha or _NAME_WORD.match(t.text) or "-" in t.text or t.lower_ in _NAME_LINKS  # `O'Sullivan`, `S.`, `O.P.`, `a/l`
                 or (_INITIALS.match(t.text) and t.text not in _LEGAL_INITIALS)]
        # a title is dropped before a name, not as its last word (`Foreign Minister Julie Bishop`)
        if all(t.lower_ in self._titles for t in names) and not (len(names) == 1 and names[0].dep_ == "appos" and names[0].head.lemma_.lower() in KIN_SHARING_NAME):
            return []  # but `her husband, Dean,`: a first name that is also a title
        names = [t for n, t in enumerate(names) if (t.lower_ not in self._titles or not (n + 1 < len(names) and names[n + 1].text[:1].isupper())
                                                    or (n > 0 and is_first_name(names[n - 1].text)) or _given_name_title(names, n, self._titles) or _middle_name_title(names, n)
                                                    or _after_article_hyphen(t))  # `Mustafa al-Hajj Hussein`
                 and t.tag_ != "POS" and t.lower_ != "'s" and t.pos_ != "DET"]
        names = [
            t for n, t in enumerate(names)
            if (t.text[:1].isupper() and t.lower_.rstrip(".") not in POST_NOMINALS and not (n > 0 and t.text.rstrip(".") in _POST_NOMINAL_LETTERS)) or _hyphen_tail(t) or (_hyphen_tail(t.doc[t.i + 1]) if t.text == "-" and t.i + 1 < len(t.doc) else False)
            or (n > 0 and _ELIDED_PARTICLE.match(t.text) is not None)  # `Marc d'Entremont`
            or (t.lower_ in NAME_PARTICLES and 0 < n < len(names) - 1 and (names[n - 1].text[:1].isupper() or names[n - 1].lower_ in NAME_PARTICLES))  # `Pieter van der Berg`
        ]
        while names and names[0].text[:1].islower():
            names = names[1:]
        units = _francophone_order(_name_units(names), self._role_words)
        while len(units) > 2 and _two_word_honorific(units[0].text, units[1].text):
            units = units[2:] if units[0].text != "Pol" else units[1:]  # `Tan Sri Rahimah binti Osman`; `Pol Maj Gen Anan Thongdee`, then the ranks
        while len(units) > 2 and units[0].text not in ("Man", "Md", "Junior") and units[1].text.lower() not in _PATRONYMIC_WORDS and (units[0].text.lower() in self._person_nouns or units[0].text.lower() in self._titles or units[0].text in _SHORT_HONORIFICS
                                  or (units[0].text.isupper() and len(units[0].text) > 1 and units[0].text.isalpha()) or _DEMONYM.match(units[0].text)):
            units = units[1:]  # `Farmer Pieter van der Berg`, `GMMC Commissioner H. N. Shivaprasad`, `Swede Per-Erik Lundgren`: a role word, an acronym or a nationality (not `Man Bahadur Tamang`)
        if len(units) >= 3 and units[0].text in ("Don", "Doña", "Dom", "Dona") and is_first_name(units[1].text):
            units = units[1:]  # `Don Efraín Duarte`: the Spanish and Portuguese honorific, before a first name
        role = next((n for n in range(len(units) - 3, 0, -1) if _is_role_word(units[n].text, self._person_nouns, self._titles)), None)
        if role is not None:
            units = units[role + 1 :]  # `City Engineer Ray Sandoval`, `Senior Counsel Otieno Makori`: everything up to the role
        if len(units) == 2 and is_first_name(units[1].text) and (self.doc[units[0].i].pos_ == "NOUN" or _is_role_word(units[0].text, self._person_nouns, self._titles)):
            units = units[1:]  # `Publicans Jamie (and Kerry Tregear)`
        while len(units) > 2 and _numbered(self.doc, units[0].i):
            units = units[1:]  # `Warrant Officer Class 1 Gareth Pryce`: the rank's grade
        if len(units) > 2:
            firsts = [n for n, unit in enumerate(units[:-1]) if is_first_name(unit.text)]
            after_title = units[0].i > 0 and self.doc[units[0].i - 1].lower_.rstrip(".") in self._titles  # `Dr. Bethlehem Worku Asfaw`
            if firsts and firsts[0] > 0 and not (firsts[0] == 1 and (units[0].text in FAMILY_NAMES_FIRST or units[0].text == "Ma.")) and not after_title:  # `Đỗ Minh Tuấn`: the family name first
                lead = units[: firsts[0]]  # `Chief Executive` before `Laura`; but `Mwinyi` of `Mwinyi Hamisi Juma` is a name
                # `Dhan Maya Limbu, 67,` then `Dhan Maya said`: a given name of two words, used again as one
                opening = " ".join(u.text for u in units[: firsts[0] + 1])
                given_name = self.text.count(opening + " ") + self.text.count(opening + ",") >= 2 and self.doc[lead[0].i].ent_type_ != "NORP" \
                    and not any(_is_role_word(u.text, self._person_nouns, self._titles) or u.text.lower() in _role_words() or u.text.lower() in _body_words() or (_looks_demonym(u.text) and len(u.text) > 4) for u in lead)
                if not given_name and (not all(self.doc[unit.i].ent_type_ == "PERSON" and self.doc[unit.i].ent_iob_ == "I" or (self.doc[unit.i].ent_type_ == "PERSON" and unit.i + 1 < len(self.doc) and self.doc[unit.i + 1].ent_iob_ == "I") for unit in lead) or any(u.text.lower() in self._titles for u in lead)):
                    units = units[firsts[0] :]
        return units

    def _add_person(self, ent: Span) -> None:
        names = _past_seat(self.doc, self._name_tokens(list(ent), ent.root))
        if not names or self._is_organization_name(names, ent.start) or _in_own_marks(ent) or _in_dateline(ent):
            return
        if len(names) == 1 and names[0].text.lower() in QUOTED_KIN:
            return  # `‘Mum, who’s going to guard them?’`: what someone calls a relative, no one's name
        if len(ent) >= 2 and ent[-1].lower_ in self._role_words and ent.end < len(self.doc) and self.doc[ent.end].lower_ in ("of", "for"):
            return  # `Clark County Registrar` of `... Registrar of Voters Hollis Banerjee`: an office, its holder named after
        if len(ent) == 1 and ent.start > 0 and self.doc[ent.start - 1].lower_ == "the" and (_DEMONYM.match(ent.text) or not is_first_name(ent.text)):
            return  # `the Scot`, `the Chronicle`: a description or a newspaper, not someone named so
        if len(ent) == 1 and ent.start > 0 and self.doc[ent.start - 1].text == "[":
            return  # `[Laughter.]`, `[Applause]`: a transcript's note, not a name
        if len(names) == 2 and names[0].text in ("St", "St.", "Ste", "Ste."):  # not `Saint Ransom`, a rapper
            return  # `SPANISH TOWN, St Catherine —`, `half of St Catherine`: a parish, a town, a church
        if len(names) >= 2 and (names[-1].text.lower() in _STREET_WORDS or names[0].text.lower() in _STORM_WORDS):
            return  # `out of Darwin Harbour`, `Cyclone Marlo`: a place or a storm, not a person
        if len(ent) == 1 and len(names) == 1 and _placed(ent.root):
            return  # `cuts in Tyrone`, `weavers on Lewis and Harris`, `Pomeroy and Carrickmore`, `east Antrim`: places
        if len(names) >= 2 and not is_first_name(names[0].text) and " ".join(t.text for t in names[:2]) in self._place_names \
                and (len(names) > 2 or ent[-1].tag_ == "POS" or ent[-1].text.endswith(("'s", "’s"))):
            return  # `Sri Lanka’s`, `Sri Lanka Cricket`, tagged a person: the country the article names as a place
        if len(names) in (2, 3) and not is_first_name(names[0].text) and names[0].text not in FAMILY_NAMES_FIRST and ent.label_ == "PERSON" \
                and re.search(rf"\b(?:in|near|at) {re.escape(_join_names(names))}\b(?![’'-]s?)", self.text):
            return  # `Chiang Mai`, tagged a person once, after `her house in Chiang Mai`; `shops in Mong Kok and Sham Shui Po`: a place
        seat = ent.start
        while seat > 0 and ent.start - seat < 2 and _capitalised_name(self.doc[seat - 1]):
            seat -= 1  # `MP for Ol` + `Kalou North`
        if seat >= 2 and self.doc[seat - 1].lower_ == "for" and self.doc[seat - 2].lower_.rstrip(".") in _SEAT_HOLDERS:
            return  # `MP for Tiwi Kusini`, `the member for Brisbane Central`: a constituency
        person = self._find_person(names, ent.start, self._title_gender(ent)) if len(names) == 1 else self._find_full(names)
        if len(names) == 1 and ent.root.dep_ == "appos":
            holders = [p for p in self.people if names[0].text in (p.first, p.last) and ent.root.head.lemma_.lower() in p.roles]
            person = holders[0] if len(holders) == 1 else person  # `The forecaster, Huang,`: the Huang who forecasts
        if person is None and ent.start > 0 and self.doc[ent.start - 1].lower_ in ("born", "née", "nee") and len(names) >= 2:
            # `Born Máire Doyle in Kiltealy`: the maiden name of Máire Kinsella, named before
            person = next((p for p in reversed(self.people) if p.first == names[0].text), None)
        if person is None:
            person = self._known_as(ent, names)
        if person is None:
            first, last = names[0].text, _surname(names)
            gender = self._title_gender(ent) or (_first_gender(first) if len(names) > 1 or _first_gender(first) else "") or ("f" if first == "Ma." else "")
            surname_only = first.lower() in NAME_PARTICLES  # `the Van der Merwe family`: a family name, no first name
            given = len(names) > 1 and not surname_only and last != first  # not `Adzomani` of `Adzomani IV`
            person = Person(_join_names(names), first if given else "", last, gender)
            if len(names) == 1 and is_first_name(first):
                person.first, person.last = first, ""
            elif peer := _peer_name(self.doc, names):
                person.name = peer
            self.people.append(person)
        elif not person.gender:
            person.gender = self._title_gender(ent)
        person.roles |= self._roles_of(ent)
        person.nicknames |= {t.text for t in ent[1:-1] if self.doc[t.i - 1].text in QUOTE_TOKENS and self.doc[t.i + 1].text in QUOTE_TOKENS}
        marks = [t.i for t in ent[1:-1] if t.text in QUOTE_TOKENS]
        if len(marks) == 2 and 3 <= marks[1] - marks[0] <= 4:  # `Wilner “Ti Lou” Dorvilus`: a nickname of two or three words
            person.nicknames.add(self.doc[marks[0] + 1 : marks[1]].text)
        # every token the parse hangs outside the name stands for it (`Rodolfo “Boying” Sarmiento`, parsed in pieces)
        for index in [ent.root.i] + [t.i for t in ent if t.i != ent.root.i and not ent.start <= t.head.i < ent.end and t.is_alpha]:
            person.positions.append(index)
            self.mentions.append((index, person))

    def _known_as(self, ent: Span, names: list) -> Person | None:
        """``Halo Ghost, born Kofi Mensah-Ward,``; ``Rin, whose real name is Park Ji-rin,``; ``The
        actor, born Olusegun Adebayo,``; ``Srour, who is known in the village as Abu Ali``: another name
        given for someone just named (the name the article uses first stays theirs)."""
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        full = False
        if before is not None and before.lower_ == "born":
            anchor = before.head
            if before.i >= 2 and self.doc[before.i - 1].text == "," and self.doc[before.i - 2].pos_ in ("NOUN", "ADJ"):
                anchor = self.doc[before.i - 2]  # `The 29-year-old, born ...`, parsed as the verb's subject
        elif ent.root.dep_ == "attr" and ent.root.head.lemma_ == "be" and ent.root.head.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ == "name" and any(g.lower_ in ("real", "birth", "legal", "full") for g in c.children) for c in ent.root.head.children):
            anchor = ent.root.head.head
            full = any(g.lower_ == "full" for c in ent.root.head.children if c.lower_ == "name" for g in c.children)
        elif (known := _known_by(ent)) is not None:
            anchor = known.head  # `the 63-year-old, who is known to everyone in Bint al-Wadi as Abu Ali`
        elif (called := _called_by(ent)) is not None:
            anchor = called  # `Suad al-Astal, 52, whom neighbours call Umm Mahmoud,`; `Everyone on the street calls him Abu Omar.`
        else:
            return None
        if not self.mentions:
            return None
        index, person = self.mentions[-1]
        sentence = self._sentence_numbers()
        if anchor.lower_ in PERSON_PRONOUNS:
            # `him` of the one named in this or the sentence before, no one described between (`my grandmother ... called her`)
            described_between = any(t.pos_ == "NOUN" and t.lemma_.lower() in self._person_nouns and not (t.dep_ == "nsubj" and t.head.lemma_ == "call")
                                    for t in self.doc[max(index + 1, anchor.sent.start) : anchor.i])  # (not the callers: `where neighbours call him Mang Erning`)
            if sentence[anchor.i] - sentence[index] > 1 or described_between or person.gender not in ("", PERSON_PRONOUNS[anchor.lower_]):
                return None
            person.aliases.add(_join_names(names).lower())
            return person
        described = (anchor.pos_ in ("NOUN", "ADJ") or anchor.is_lower) and (anchor.lower_ in self._person_nouns or anchor.lower_ in self._titles
                                               or bool(_AGE.search(self.doc[max(0, anchor.i - 4) : anchor.i + 1].text)))  # `The 36-year-old, born ...`
        legal = _join_names(names)
        # a description in the same or the next paragraph (`... Juniper Vale stopped. "...," she said.` + `The 29-year-old, born ...`)
        near = sentence[ent.start] - sentence[index] <= 3 or self.text.count("\n\n", self.doc[index].idx, ent.start_char) <= 1
        named = [p for p in self.people if anchor.text in (p.name, p.first, p.last)] if anchor.pos_ == "PROPN" and anchor.i != index else []
        if len(named) == 1:  # `Moko, whose real name is ...`, Moko named paragraphs before
            index, person = anchor.i, named[0]
        if (anchor.i == index or (described and near)) and person.name != legal:
            if full and " " not in person.name and len(names) > 1:  # `Guga, whose full name is Gustavo Henrique Alves,`: the name, Guga what he is called
                person.nicknames.add(person.name)
                person.name, person.first, person.last = legal, names[0].text, _surname(names)
                return person
            person.aliases.add(legal.lower())
            return person
        return None

    def _whole_name(self, ent: Span) -> Span:
        """A PERSON entity with the name words the tagger left off its end, when the parse makes them one
        name (``Boon Keat`` of ``Kelvin Lim Boon Keat``). Not leftwards: that took in words before
        names (measured: fewer names right on the held-out set)."""
        doc = self.doc
        if ent.start >= 2 and _filipino_ma(doc, ent.start - 2):
            ent = Span(doc, ent.start - 2, ent.end, label="PERSON")

        def name_word(token: Token) -> bool:  # not `Company` of `Tamr Al Waha` + `Company`
            return _capitalised_name(token) and token.ent_iob_ == "O" and token.is_alpha and token.lower_ not in _body_words() \
                and token.lower_ not in self._titles and token.lower_ not in self._person_nouns

        root, end = ent.root, ent.end
        while root.dep_ == "compound" and end <= root.head.i <= end + 2 and all(name_word(t) or _glued_hyphen(doc, t.i) for t in doc[end : root.head.i + 1]):
            root, end = root.head, root.head.i + 1  # `Mrs Comfort` + `Adwoa` + `Ofosuhene`: along the chain of compounds
        if end > ent.end:
            return Span(doc, ent.start, end, label="PERSON")
        if len(ent) >= 2 and len(ent[-1]) <= 5 and _glued_hyphen(doc, ent.end) and ent.end + 1 < len(doc) and _hyphen_tail(doc[ent.end + 1]) \
                and len(doc[ent.end + 1]) <= 5 and not doc[ent.end + 1].lower_.endswith("ed"):
            return Span(doc, ent.start, ent.end + 2, label="PERSON")  # `Margaret Lo Suk` + `-man`: a given name cut where it is an English word
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ in _INNER_PARTICLES and ent.end + 1 < len(doc) and _capitalised_name(doc[ent.end + 1]) and doc[ent.end + 1].is_alpha:
            return Span(doc, ent.start, ent.end + 2, label="PERSON")  # `Kiprotich` + `arap Langat`, the surname tagged a body
        if ent.start >= 2 and doc[ent.start - 1].lower_ in _INNER_PARTICLES and doc[ent.start - 1].is_lower and _capitalised_name(doc[ent.start - 2]) \
                and doc[ent.start - 2].is_alpha and doc[ent.start - 2].lower_ not in self._role_words:
            return Span(doc, ent.start - 2, ent.end, label="PERSON")  # `Rhodri` + `ap Dafydd`, the given name tagged a place
        if len(ent) == 2 and is_first_name(ent[0].text) and after is not None and after.ent_iob_ == "B" and after.ent_type_ in ("GPE", "LOC", "ORG") \
                and _capitalised_name(after) and after.is_alpha and ent.end + 1 < len(doc) and (
                    (ent.start > 0 and doc[ent.start - 1].text == "," and doc[ent.end + 1].text == ",")
                    or (doc[ent.end + 1].pos_ in ("AUX", "VERB") and doc[ent.end + 1].is_lower)):
            # `manager, Lucía Benavides Prado,`, `Kenya's Brian Kiprotich Kibet has said`: the last surname tagged a place
            return Span(doc, ent.start, ent.end + 1, label="PERSON")
        if len(ent) == 1 and is_first_name(ent.text) and after is not None and after.ent_iob_ == "O" and _NAME_WORD.match(after.text) \
                and after.text[:1].isupper() and not after.is_alpha and (after.pos_ == "PROPN" or re.match(r"^[OD]['’]", after.text)):
            return Span(doc, ent.start, ent.end + 1, label="PERSON")  # `Declan O’Hare`: the tagger stops at the apostrophe (`O’Leary` tagged ADJ too)
        if ent.start >= 2 and _glued_hyphen(doc, ent.start - 1) and doc[ent.start - 2].text[:1].isupper() and doc[ent.start - 2].is_alpha:
            return Span(doc, ent.start - 2, ent.end, label="PERSON")  # `Tremblay-Roy laughed`, tagged `Roy`: the whole surname
        start = ent.start
        while start > 0 and ent.start - start < 3 and name_word(doc[start - 1]):
            start -= 1
        if start < ent.start and ent.start - start <= 2 and any(t.lower_ in _PATRONYMIC_WORDS for t in ent[1:-1]):
            return Span(doc, start, ent.end, label="PERSON")  # `Datuk Seri Hasnul` + `Fikri bin Abdul Wahab`: the given name before `bin`
        titled_before = start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_.rstrip(".") in self._titles  # `Togbe Kwami` + `Atsu Adzovor VI`
        # (after a title, whatever the parse made of them: `Justice Syed Arshad` + `Ali Gilani`)
        if start < ent.start and (is_first_name(doc[start].text) or titled_before) and doc[start].text not in OPENING_VERBS \
                and (titled_before or all(t.dep_ == "compound" for t in doc[start : ent.start])) \
                and (start == 0 or not _capitalised_name(doc[start - 1]) or doc[start - 1].lower_.rstrip(".") in self._titles):
            # `prosecutor María Fernanda López` + `García`, `Vice-President Isabel Cortázar` + `Rey`: from a first name, along the compounds
            return Span(doc, start, ent.end, label="PERSON")
        if start < ent.start and _after_dateline(doc, start):  # `ROTORUA — Mereana Te Kani has won`: the tagger misses the first words
            return Span(doc, start, ent.end, label="PERSON")
        if start == ent.start - 1 and doc[start].is_sent_start and len(_name_units(list(ent))) <= 2 and ent.end < len(doc) and doc[ent.end].text == "," \
                and (is_first_name(doc[start].text) or (doc[start].dep_ == "compound" and not _DEMONYM.match(doc[start].text) and _surnames_pair(ent))) \
                and doc[start].lower_ not in _role_words():
            # `Théogène` + `Nsengiyumva, president of ...`: a first name opening the sentence; `Jhonatan` + `Quintero Rojas,`: a
            # word before two Spanish or Portuguese surnames, whatever the name lists know
            return Span(doc, start, ent.end, label="PERSON")
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = ent.start >= 2 and (doc[ent.start - 2].lower_.rstrip(".") in self._titles  # `Barr.` split from its stop:
                                     or ent.start >= 3 and doc[ent.start - 2].text == "." and doc[ent.start - 3].lower_ in self._titles
                                     # `HRH Igwe (Dr.) Chukwuemeka` + `Obiora Nwankwo`: a title in brackets
                                     or ent.start >= 4 and doc[ent.start - 2].text == ")" and doc[ent.start - 3].lower_.rstrip(".") in self._titles
                                     and doc[ent.start - 4].text == "(")
        if (len(ent) == 1 or len(_name_units(list(ent))) <= 2 and titled) and ent.start >= 2 and name_word(doc[ent.start - 1]) and (
                titled or doc[ent.start - 2].lower_ in self._person_nouns
                or (doc[ent.start - 2].text.isupper() and doc[ent.start - 2].is_alpha and len(doc[ent.start - 2].text) <= 4)):
            return Span(doc, ent.start - 1, ent.end, label="PERSON")  # `spokesman SP Adebola` + `Hassan`, `Dr. Bethlehem` + `Worku Asfaw`: a first name after a role
        if before is not None and len(ent) >= 2 and name_word(before) and before.text not in OPENING_VERBS and (
                (is_first_name(before.text) and is_first_name(ent[0].text) and (ent.start < 2 or not _capitalised_name(doc[ent.start - 2])))
                or (ent.start >= 3 and doc[ent.start - 2].text == "," and doc[ent.start - 3].lemma_.lower() in KIN_SHARING_NAME)):
            # `prosecutor María` + `Fernanda López García`: two given names; `Her daughter, Nélida` + `Chipana Huamaní`
            return Span(doc, ent.start - 1, ent.end, label="PERSON")
        hyphened = before is not None and before.text in _HYPHEN_GIVEN_FAMILY_NAMES and len(ent) >= 3 and _glued_hyphen(doc, ent.start + 1) \
            and _given_syllables(list(doc[ent.start : ent.start + 3]), 0)  # `Oh` + `Jae-won`
        if before is not None and (before.text in FAMILY_NAMES_FIRST or hyphened) and before.ent_iob_ == "O" and before.pos_ not in ("PRON", "DET", "AUX", "VERB", "ADP"):
            return Span(doc, ent.start - 1, ent.end, label="PERSON")  # `Đỗ Thị Hạnh`, `Lim Jia Hui`: the family name, written first
        if before is not None and _capitalised_name(before) and is_first_name(before.text) and before.ent_iob_ == "B" \
                and before.ent_type_ in ("GPE", "LOC", "NORP", "ORG") and doc[ent.start].ent_iob_ == "B":
            return Span(doc, ent.start - 1, ent.end, label="PERSON")  # `Hernando` (a place) + `Pabón Quintero`: one name
        if len(_name_units(list(ent))) <= 2 and before is not None and _capitalised_name(before) and is_first_name(before.text) and before.ent_iob_ == "O" \
                and before.pos_ == "PROPN" and not is_first_name(ent[0].text) and before.lower_ not in self._titles:
            # `Ellie` + `Sharpe’s header`, `Patrice` + `Mbuyi Kalala`: the first name left untagged
            return Span(doc, ent.start - 1, ent.end, label="PERSON")
        return ent

    def _is_organization_name(self, names: list, position: int) -> bool:
        """A name the tagger took for a person's that the article gives a legal form (`Kodulink`
        beside `Kodulink OÜ`) or that begins or ends an organisation named before (`Orchid Freight`
        after `Orchid Freight Holdings`); never one starting with a known first name."""
        name = _join_names(names)
        if name in self._legal_names or _org_name(name) in self._legal_names:  # `Aurelia Semiconductor Co`, first name or not
            return True
        if self._opens_legal_name(names):
            return True  # `Al Sarab` of `Al Sarab Investment Holding PJSC`, whatever `Al` is as a first name
        if len(names) >= 2 and (is_first_name(names[0].text) or _first_gender(names[0].text)):  # also `Jean-Philippe`
            return False
        named_before = bool(names) and any(full == name and start < position for start, full in self._orgs_by_edge.get(names[0].text, []))  # `Big Sky Connect` again
        return named_before or name in self._acronyms.values() or any(legal.startswith(name + " ") for legal in self._legal_names) \
            or self._org_full_name(name, position, position) != name

    def _opens_legal_name(self, names: list) -> bool:
        """Two or more name words that begin a name the text gives a legal form (`Al Sarab` of `Al Sarab Investment Holding PJSC`)."""
        name = _join_names(names)
        return len(names) >= 2 and any(_clean_org(legal).startswith(name + " ") for legal in self._legal_names)

    def _infer_genders(self) -> None:
        """``Rae Castillo has opened up about her album``: a person of unknown gender who is a
        subject takes the gender of the first he/she/his/her after them in its clause, when no other
        person is named in between (not `Pollard joked that he knew “before Juniper did” and that he ...`)."""
        declared = [found.start() for found in _THEY_THEM.finditer(self.text)]  # `who uses they/them pronouns`
        for position, person in self.mentions if declared else ():
            sent = self.doc[position].sent
            if any(sent.start_char <= char < sent.end_char for char in declared):
                person.gender = "n"
        for position, person in self.mentions:
            token = self.doc[position]
            if person.gender or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for later in self.doc[token.i + 1 : token.head.right_edge.i + 1]:
                if later.ent_type_ == "PERSON" or later.i in self.person_by_position:
                    break
                gender = PERSON_PRONOUNS.get(later.lower_) or {"his": "m", "himself": "m", "herself": "f"}.get(later.lower_, "")
                if gender:
                    person.gender = gender
                    break

    def _record_ages(self) -> None:
        """``Wilson Koech, 24,`` or ``the 24-year-old Koech``: the age the article gives a person."""
        for position, person in self.mentions:
            token = self.doc[position]
            # `his younger brother, halfback Liam Faulkner`; `Gennaro Capuano, the goalkeeper’s older brother,`
            kin = token.head if token.dep_ == "appos" and token.head.lemma_.lower() in KIN_SHARING_NAME else \
                next((c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in KIN_SHARING_NAME), None)
            if kin is not None:
                order = next((_AGE_ORDER[c.lower_] for c in kin.children if c.dep_ in ("amod", "compound") and c.lower_ in _AGE_ORDER), None)
                if order is not None:
                    person.seniority = "elder" if order else "younger"
        for position, person in self.mentions:
            token = self.doc[position]
            # `Tom, the eldest,`; `Calum, the band’s guitarist and at 38 the eldest,`: the eldest of the siblings named
            described = [c for c in token.children if c.dep_ in ("appos", "conj") and c.i > token.i]
            described += [c for d in described for c in d.children if c.dep_ == "conj"]
            order = next((_AGE_ORDER[d.lower_] for d in described if d.lower_ in _AGE_ORDER and any(c.lower_ == "the" for c in d.children)
                          and (d.lower_.endswith("st") or any(c.lower_ == "of" for c in d.children))), None)  # also `the elder of the two`
            if order is not None and not person.seniority:
                person.seniority = "elder" if order else "younger"
        for position, person in self.mentions:
            token = self.doc[position]
            order = next((c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.lower_ in _AGE_ORDER), None)  # `the elder Lindqvist`, parsed either way
            if order is not None:  # `The younger Faulkner, 24,`: the age is the younger one's, if the article said who that is
                namesakes = [p for p in self.people if p.last and p.last == person.last]
                person = _by_seniority(namesakes, "elder" if _AGE_ORDER[order] else "younger") or person
            for child in token.children:
                if child.dep_ in ("appos", "npadvmod", "amod", "nummod") and (child.like_num or _AGE.search(child.text_with_ws + child.head.text)):
                    digits = re.match(r"\d{1,3}", child.text)
                    young = digits and 1 <= int(digits.group()) < 10 and _aged_at(self.doc, child.i - 1)  # `Jac, 7,`
                    if digits and (10 <= int(digits.group()) <= 110 or young):
                        person.age = int(digits.group())
                if child.dep_ == "appos" and (aged := _AGE.search(self.doc[child.left_edge.i : child.i + 1].text)):
                    person.age = int(aged.group().split("-")[0])  # `Ashdown, the 24-year-old from Sunningdale,`
            before = self.doc[max(0, token.left_edge.i) : token.i].text
            match = _AGE.search(before)
            if match:
                person.age = int(match.group().split("-")[0])

    def _add_age_mentions(self) -> None:
        """``Ciarán Dunphy has won plenty. The 31-year-old centre-back ...``: a definite age is a
        mention of the one person given that age, else of the person named just before (who is
        then given it), so a later ``the 31-year-old`` or ``he`` finds them."""
        text, added = self.text, False
        for found in _AGE.finditer(text):
            if text[max(0, found.start() - 4) : found.start()].lower() != "the ":
                continue
            last = self.doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if last is None or last.end <= 0:
                continue
            token = self.doc[last.end - 1]
            while token.dep_ in ("amod", "compound", "nummod", "npadvmod") and token.i < token.head.i <= token.i + 4:
                token = token.head  # `the 31-year-old centre-back`: the noun heads the mention
            if token.i in self.person_by_position or any(t.ent_type_ == "PERSON" for t in token.subtree):
                continue  # `the 24-year-old Koech`: a name, recorded already
            years = int(found.group().split("-")[0])
            aged = [p for p in self.people if p.age == years and any(pos < token.i for pos in p.positions)]
            if len(aged) == 1:
                person = aged[0]
            else:  # `X did Y. The 31-year-old did Z`: the subject of the sentence before, if it opens this one
                person = self._previous_subject(token) if token.dep_ in ("nsubj", "nsubjpass") and last.start == token.sent.start + 1 else None
                if person is None or person.age is not None:
                    continue
                person.age = years
            person.positions.append(token.i)
            self.mentions.append((token.i, person))
            added = True
        if added:
            self._index_mentions()

    def _add_sibling_mentions(self) -> None:
        """``Rubén Ochoa said ... His younger brother was less calm.``: a brother or sister of someone
        named is the one other person of that surname and gender the article names before."""
        added = False
        for token in self.doc:
            gender = {"brother": "m", "sister": "f"}.get(token.lower_)
            if gender is None or token.i in self.person_by_position:
                continue
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if owner is None or _named_appositive(token) is not None:
                continue
            person = self._meant_by(owner)
            siblings = [p for p in self.people if person is not None and p is not person and p.last and p.last == person.last
                        and p.gender in ("", gender) and any(pos < token.i for pos in p.positions)]
            if len(siblings) == 1:
                siblings[0].positions.append(token.i)
                self.mentions.append((token.i, siblings[0]))
                added = True
        if added:
            self._index_mentions()

    def _add_names_given_as(self) -> None:
        """``a 34-year-old Eritrean man who gave his name as Yonas``, ``a farmworker who asked to be
        identified only as Samir``: the source is the person so named, and the description a mention
        of them (a later `he` finds Yonas, not `Eritrean man`)."""
        for match in _GIVEN_AS.finditer(self.text):
            group = "name" if match.group("name") else "name2"
            name = self.doc.char_span(match.start(group), match.end(group), alignment_mode="expand")
            who = self.doc.char_span(match.start(), match.start() + 3, alignment_mode="expand")
            if name is None or who is None or who[0].head.dep_ != "relcl" or who[0].head.head.pos_ not in ("NOUN", "PROPN"):
                continue
            described = who[0].head.head
            owner = match.group("owner")
            gender = PERSON_PRONOUNS.get(owner or "", "") or self._person_nouns.get(described.lower_, "")
            person = self._find_person([name[0]], name.start) if len(name) == 1 else self._find_full(list(name))
            if person is None:
                person = Person(name.text, name.text if len(name) == 1 else name[0].text, "" if len(name) == 1 else name[-1].text, gender)
                self.people.append(person)
            person.gender = person.gender or gender
            self._given_as[described.i] = person
            for index in (described.i, name[0].i):
                if index not in person.positions:
                    person.positions.append(index)
                    self.mentions.append((index, person))

    def _index_mentions(self) -> None:
        """Sort the mentions by position and rebuild the lookups made from them (after mentions are added)."""
        self.mentions.sort(key=lambda pair: pair[0])
        self.mention_positions = [position for position, _ in self.mentions]
        self.person_by_position = dict(self.mentions)

    def _previous_subject(self, token: Token) -> Person | None:
        """The person named as the main subject of the sentence before ``token``'s."""
        start = token.sent.start
        if start == 0:
            return None
        before = self.doc[start - 1].sent
        subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i), None)
        return self.person_by_position.get(subject.i) if subject is not None else None

    def _inherit_family_names(self) -> None:
        """``Linda Tremblay ... Her son Marc`` → Marc Tremblay: a first name introduced as a
        relative (son, daughter, brother, sister, father, grandchild) of a named person takes that
        person's surname, when the article gives the relative none; the named person takes the
        inverse role (`his daughter Megan`: he is `the father`)."""
        for person in self.people:
            if not person.positions:
                continue
            token = self._kin_mention(person)
            kin_before = any(c.dep_ == "compound" and c.lemma_.lower() in KIN_SHARING_NAME for c in token.children)  # `Her grandson Nikau`
            # `Her daughter-in-law, Sabitri,`: married into the family, its name too
            in_law = self.doc[token.i - 6] if token.i >= 6 and [t.lower_ for t in self.doc[token.i - 6 : token.i]] == ["daughter", "-", "in", "-", "law", ","] else None
            surname_only = "-" in person.name and not is_first_name(person.name.split("-")[0])  # `Prosser-Jones`: a double-barrelled surname
            if not person.first and " " not in person.name and not surname_only and ((token.dep_ == "appos" and token.head.lemma_.lower() in KIN_SHARING_NAME) or kin_before or in_law):
                person.first, person.last = person.name, ""  # `His wife, Morven,`: a first name, whatever the name lists say
            words = person.name.split()
            if len(words) == 2 and words[0].lower() in _COMPOUND_GIVEN_STARTS and is_first_name(words[1]) and token.dep_ == "appos" \
                    and token.head.lemma_.lower() in KIN_SHARING_NAME and not any(p is not person and p.last == person.last for p in self.people):
                person.first, person.last = person.name, ""  # `His sister, María Camila,`: two given names
            if not person.first:
                continue
            partner = next((c for c in token.children if c.dep_ == "conj"), None)
            joined = partner is not None and any(c.lower_ == "and" for c in token.children)
            if not joined and token.i + 3 < len(self.doc) and self.doc[token.i + 1].lower_ == "and":
                partner, joined = self.doc[token.i + 3], True  # `telling Tom and Will Ashworth apart`, the parse broken
            if not person.last and joined:  # `Jamie and Kerry Tregear`
                other = self.person_by_position.get(partner.i)
                if other is not None and other.first and other.last and partner.i == token.i + 3:
                    person.last, person.name = other.last, f"{person.first} {other.last}"
                    continue
            kin = token.head if token.dep_ == "appos" else next((t for t in self.doc[max(0, token.i - 2) : token.i] if t.lemma_.lower() in KIN_SHARING_NAME), None)
            kin = kin or in_law
            if kin is None and token.dep_ == "conj":  # `his two sons, Tyler and Brett`, `her brothers Calum and Ewan`: the second too
                first = token.head
                kin = first.head if first.dep_ == "appos" else next((t for t in self.doc[max(0, first.i - 2) : first.i] if t.lemma_.lower() in KIN_SHARING_NAME), None)
            if kin is None or kin.lemma_.lower() not in KIN_SHARING_NAME:  # `Isla, 19, Hannah’s daughter,`: the relation after the name
                kin = next((c for c in token.children if c.dep_ == "appos" and c.lemma_.lower() in KIN_SHARING_NAME), None)
            if kin is None or kin.lemma_.lower() not in KIN_SHARING_NAME:
                continue
            owner = next((c for c in kin.children if c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.tag_ == "POS" or g.dep_ == "case" for g in c.children))), None)
            if owner is None and kin.head.i == token.i:  # `Her grandson Nikau`: the possessive hung on the name
                owner = next((c for c in token.children if c.dep_ == "poss" and c.i < kin.i), None)
            if owner is None:  # `his mother`, `Fairbairn’s mother` (also parsed as a modifier with its ’s)
                continue
            if owner.lower_ in ("his", "her"):
                relative = self._meant_by(owner)
                if relative is not None and " " not in relative.name and not is_first_name(relative.name) and relative.age is None:
                    # `says the 78-year-old, who has made wine since Khrushchev was in power. | His son, Zurab,`:
                    # a surname alone, no age given, is someone spoken of, not this family (`Tyrell, 34,` is); the one before
                    relative = self._meant_by(owner, skip=frozenset({relative.name}))
                elif relative is not None and not relative.last and all(self._quoted(pos) for pos in relative.positions if pos < owner.i):
                    # `"... show our Seamus a few tunes ..." | His widow, Maureen,`: not someone named only in his quote
                    relative = self._meant_by(owner, skip=frozenset({relative.name}))
            elif owner.lower_ == "whose":  # `Mrs Ellerby, whose husband, Ron, died in 2019`: hers
                clause = next((t for t in owner.ancestors if t.dep_ == "relcl"), None)
                relative = self.person_by_position.get(clause.head.i) if clause is not None else None
                if relative is None and clause is not None and clause.head.dep_ == "appos":  # `Josphat Ongeri, a rider whose son Dennis ...`
                    relative = self.person_by_position.get(clause.head.head.i)
            elif owner.lower_ in ("my", "our", "your"):
                # `“My wife, Linda, ...”`, `Q: Your father, Arne,`: the family of the one who speaks or is asked, named
                # before; not a columnist's own `My father, Zainal,` (the writer is no one named before), nor a first
                # name someone else bears in full (`“My father, Einar, ...”` beside his grandson Einar Bjarnason)
                if kin.lemma_.lower() in ("grandmother", "grandfather"):
                    continue  # `my grandmother, Khadija`: of either side of the family
                turn = _TURN_OPENING.match(self.text, self.text.rfind("\n", 0, owner.idx) + 1)
                found = self.antecedent(owner.i, "", named=True) if turn is not None or self._quoted(owner.i) else None
                relative = next((p for p in self.people if found is not None and p.name == found.name), None)
                if turn is not None and turn.group().startswith(("Q:", "A:")):
                    relative = self._interviewee()  # `A: ... My mother, Loretta,`: the one interviewed, not the last name said
                if any(p.first == person.first and p.last for p in self.people):
                    relative = None
                if relative is not None and self._own_names_kept() and not _MUSLIM_NAME_PART.search(relative.last):
                    relative = None  # `Halimo Aden Nur ... “my daughter Sahra”`: her father's and grandfather's names, no family's
            elif owner.lower_ in ("their", "couple", "pair", "twins", "family"):
                relative = self._family_before(owner.i, couple=owner.lower_ in ("couple", "pair"))  # `their son, Tom`, `The couple’s daughter, Mai`
            else:
                relative = self.person_by_position.get(owner.i)
                if relative is None and owner.pos_ == "PROPN":  # `Mr. Lanz’s wife, Marguerite`: the Lanz named before
                    relative = self._find_person([owner], owner.i)
                if (relative is None or relative.name == owner.text) and owner.pos_ == "PROPN" and owner.text.endswith("s"):
                    family = next((p for p in self.people if p.first and p.last == owner.text[:-1]), None)
                    relative = family or relative  # `The Clarkes’ granddaughter, Simone`: the family of Hyacinth Clarke
            if relative is not None and relative.last and relative is not person:
                # a family name, not the one name someone is known by (`Tyrell, 34`: `His wife, Danielle` stays Danielle)
                # a mother or wife keeps her own family name where the family's naming says so: an East Asian
                # family name (`His mother, Hoa,` of Vincent Pham), or a child's two Spanish surnames (`Calderón Vidal`)
                # `Okada Shigeru` ... `His son, Kenta`: Okada Kenta, in the article's order
                family_first = _family_name_first(relative)
                family_name = _family_name(relative)
                if kin.lemma_.lower() in _MARRIED_IN and _two_surnames(family_name) and self._called_by_last_alone(relative):
                    family_name = relative.last  # `Ebiware Timipre Douglas` ... `Douglas said` ... `Douglas’s wife, Ebiere`: a middle name, one surname
                own_name = kin.lemma_.lower() in _MARRIED_IN and (relative.last in FAMILY_NAMES_FIRST or relative.first in FAMILY_NAMES_FIRST and family_first
                                                                  or _two_surnames(family_name))
                # `Muthusamy a/l Ramasamy` ... `His wife, Letchumy,`: what follows `a/l` or `bin` is his father's name, no family's
                own_name = own_name or any(word.lower() in _PATRONYMIC_WORDS for word in family_name.split())
                # `Gul Zaman` ... `His wife, Nazifa,`: where an article's people mostly bear Arab, Persian, Pakistani or
                # Afghan given names, a wife or mother keeps her own name (not the Slavic or Turkic surnames of Central Asia)
                own_name = own_name or (kin.lemma_.lower() in _MARRIED_IN and self._own_names_kept() and _bears_muslim_name(relative.name)
                                        and not _CIS_SURNAME.search(relative.last))
                if not person.last and not own_name and (" " in relative.name or any(i > 0 and _capitalised_name(self.doc[i - 1]) for i in self._positions_of(relative.name))):
                    person.last, person.inherited = (relative.first if family_first else relative.last), True
                    # a Polish, Greek or Lithuanian woman's surname in its man's form (`Her father, Zbigniew` of Bożena Wróblewska: Wróblewski)
                    sex = self._person_nouns.get(kin.lemma_.lower(), "")
                    family = _gendered_surname(family_name, relative.gender, sex)
                    if relative.gender == "m" and sex == "f":  # `Kostopoulos` ... `His mother, Eleni` ... `Kostopoulou said`: the form the article uses
                        family = next((form for form in _female_surnames(family) if re.search(rf"\b{re.escape(form)}\b", self.text)), family)
                    if not family_first and family != family_name:
                        person.last = family.split()[-1]
                    person.name = f"{relative.first} {person.first}" if family_first else f"{person.first} {family}"
                gender = "m" if owner.lower_ == "his" else "f" if owner.lower_ == "her" else relative.gender
                relative.roles |= {role for role in [_inverse_kin(kin.lemma_.lower(), gender)] if role}  # `his daughter Megan`: he is `the father`

    def _own_names_kept(self) -> bool:
        """Most of the people the article names bear Arab, Persian, Pakistani or Afghan given names, or
        an `Al-`, `Abu`, `Umm` or `-ullah` name: a naming where a wife keeps her own name."""
        if self._own_names is None:
            named = [p for p in self.people if p.first]
            bearing = [p for p in named if _bears_muslim_name(p.name)]
            self._own_names = len(named) >= 2 and 2 * len(bearing) >= len(named)
        return self._own_names

    def _quoted(self, index: int) -> bool:
        """Whether the token at ``index`` lies inside quote marks opened earlier in its paragraph."""
        token = self.doc[index]
        opening = self.text.rfind("\n\n", 0, token.idx) + 1
        before = self.text[opening : token.idx]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def _kin_mention(self, person: Person) -> Token:
        """The first mention of ``person`` set beside a relation (`Her son Marc`, `His wife, Morven,`,
        `Isla, 19, Hannah’s daughter,`), else the first mention: a name may be used in a quote first."""
        for index in sorted(person.positions):
            token = self.doc[index]
            if (token.dep_ == "appos" and token.head.lemma_.lower() in KIN_SHARING_NAME) \
                    or any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in KIN_SHARING_NAME for c in token.children):
                return token
        return self.doc[min(person.positions)]

    def _lend_family_names(self) -> None:
        """``Jac, 7, ... His father, Rhys Morgan,`` → Jac Morgan: a person known by a first name alone
        takes the surname of a relative named in full after them as theirs (`his`/`her` pointing back)."""
        for person in self.people:
            if not (person.first and person.last and person.positions):
                continue
            token = self.doc[min(person.positions)]
            kin = token.head
            if token.dep_ != "appos" or kin.lemma_.lower() not in KIN_SHARING_NAME:
                continue
            owner = next((c for c in kin.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            relative = self._meant_by(owner) if owner is not None else None
            child = relative is not None and relative.age is not None and relative.age < 18  # `Jac, 7,`: a first name, known or not
            if relative is not None and relative is not person and " " not in relative.name and ((relative.first and not relative.last) or child):
                relative.first, relative.last, relative.inherited = relative.name, person.last, True
                relative.name = f"{relative.first} {_family_name(person)}"

    def _join_article_family(self) -> None:
        """``The four Guidry brothers ... Remy, the youngest,`` → Remy Guidry: a relative, a sibling
        ranked by age or a child known by a first name alone, whose own family the rules above did
        not find, takes the name of the one family the article is about (`the Guidry brothers`,
        `the Malhotra family`, `the Greenwoods`)."""
        families = {match.group(1) for match in _FAMILY_GROUP.finditer(self.text)}
        families |= {match.group(1) for match in _PLURAL_SURNAME.finditer(self.text) if any(p.last == match.group(1) for p in self.people)}
        if len(families) != 1:
            return
        family = families.pop()
        for person in self.people:
            if person.last or not person.first or " " in person.name or not person.positions or person.name == family:
                continue
            token = self._kin_mention(person)
            described = {c.lower_ for c in token.children if c.dep_ in ("appos", "compound")} | {token.head.lower_ if token.dep_ == "appos" else ""}
            if described & (KIN_SHARING_NAME | _AGE_ORDER.keys() | {"twins", "sisters", "brothers"}) or (person.age is not None and person.age < 18):
                person.last, person.inherited = family, True
                person.name = f"{person.first} {family}"

    def _take_untagged_first_names(self) -> None:
        """``Councilor Elena Marquez-Tafoya, who ...`` (untagged) and ``Marquez-Tafoya's sister``: a person
        known by a surname alone has the known first name the text once sets right before it."""
        for person in self.people:
            if person.first or " " in person.name or not person.positions:
                continue
            for position in sorted(person.positions):
                if self.doc[position].text != person.name.split("-")[-1]:
                    continue  # not `Odile Carrasset`, the real name of `Moko`
                while position >= 2 and self.doc[position - 1].text == "-" and not self.doc[position - 2].whitespace_:
                    position -= 2  # `Marquez-Tafoya`: from its first part
                before = self.doc[position - 1] if position > 0 else None
                if before is not None and before.is_alpha and before.text[:1].isupper() and before.i not in self.person_by_position \
                        and is_first_name(before.text) and not self.is_role_word(before) and before.ent_type_ not in ("GPE", "ORG", "NORP"):
                    person.first, person.last, person.name = before.text, person.name, f"{before.text} {person.name}"
                    person.gender = person.gender or _first_gender(before.text)
                    break

    def _interviewee(self) -> Person | None:
        """In a Q&A interview, the person its introduction (before the first `Q:`) names most often, of
        those named in full (the first named, on a tie)."""
        first_question = re.search(r"(?:^|\n)Q:", self.text)
        if first_question is None:
            return None
        counts = collections.Counter(id(p) for position, p in self.mentions if self.doc[position].idx < first_question.start() and p.first and p.last)
        return max((p for p in self.people if id(p) in counts), key=lambda p: (counts[id(p)], -min(p.positions)), default=None)

    def _meant_by(self, owner: Token, skip: frozenset[str] = frozenset()) -> Person | None:
        """The named person a `his` / `her` refers to (not an unnamed source: `A spokesperson for NICE`)."""
        found = self.antecedent(owner.i, PERSON_PRONOUNS[owner.lower_], named=True, skip=skip)
        return next((p for p in self.people if found is not None and p.name == found.name), None)

    def _family_before(self, position: int, couple: bool = False) -> Person | None:
        """The last two people named before ``position`` (within five sentences), when they share a
        surname; for `the couple`, the one pair the article names sharing a surname, however far back."""
        if couple:
            earlier = [p for p in self.people if p.first and p.last and p.positions and min(p.positions) < position]
            shared = {p.last for p in earlier if len({q.name for q in earlier if q.last == p.last}) == 2}
            return next((p for p in earlier if p.last in shared), None) if len(shared) == 1 else None
        sentence = self._sentence_numbers()
        seen: list[Person] = []
        for index, person in reversed(self.mentions[: bisect.bisect_left(self.mention_positions, position)]):
            # closes after five sentences and three paragraph breaks (a quote of short sentences may lie between)
            if sentence[position] - sentence[index] > 5 and self.text.count("\n\n", self.doc[index].idx, self.doc[position].idx) > 2:
                break
            if person.last and person not in seen:  # `Mr Hebden` counts: a surname is all it takes
                seen.append(person)
            if len(seen) == 2:
                if seen[0].last == seen[1].last:
                    return seen[0]
                # `Bríd Culhane and her sister Sinéad O’Mahony ... Their father, Tom`: the surname the family shares elsewhere
                shared = [p for p in seen if any(q not in seen and q.last == p.last for q in self.people)]
                return shared[0] if len(shared) == 1 else None
        if len(seen) == 1 and any(p is not seen[0] and p.last == seen[0].last for p in self.people):
            return seen[0]  # `Mr Hebden said. | Their daughter Ellie`: his family, named before
        return None

    def _merge_surname_only(self) -> None:
        """``Tom's wife, Bríd ... Mrs Fennelly said``: a surname-only person is the one person of that
        surname and a compatible gender, once relatives have taken their family's surname; a relative
        who took it is the same person as one named so in full."""
        merged = False
        for person in list(self.people):
            # `His son, Ruan,` (now Ruan van der Merwe) and a later `Ruan van der Merwe said`: one person
            twin = next((other for other in self.people if other is not person and other.name == person.name and other.first), None) if person.first else None
            # `His daughter, Kirsty,` (given the family's Fraser) and a later `Kirsty Fraser-Munro`: her own full name
            own = next((other for other in self.people if other is not person and not other.inherited and other.first == person.first
                        and other.last and other.last != person.last), None) if person.inherited else None
            if own is None and " " not in person.name and (not person.last or person.last == person.name):
                # `Her granddaughter, Sofiia,` ... `Sofiia Melnyk said`: the one person the article gives that first name in full
                # (a word no one has as a surname)
                full_named = [other for other in self.people if other is not person and other.first == person.name and other.last]
                surname = any(other is not person and other.last == person.name for other in self.people)
                own = full_named[0] if len(full_named) == 1 and not surname else None
            if person.first and twin is not None and self.people.index(twin) < self.people.index(person):
                full = twin
                full.roles |= person.roles
            elif own is not None:
                full = own
                full.roles |= person.roles
            elif person.first or not person.last:
                continue
            else:
                matches = [other for other in self.people if other is not person and other.first and other.last == person.last
                           and (not person.gender or other.gender in ("", person.gender))]
                if len(matches) != 1:
                    continue
                full = matches[0]
            full.positions.extend(person.positions)
            full.gender = full.gender or person.gender
            self.mentions = [(index, full if mentioned is person else mentioned) for index, mentioned in self.mentions]
            self.people.remove(person)
            merged = True
        if merged:
            self.person_by_position = dict(self.mentions)

    def _add_given_names(self) -> None:
        """``On Henrik Østergaard Lund’s farm`` (untagged), then ``says Østergaard Lund``: a name that
        opens with no known first name is the end of the longer name the article gave earlier."""
        for person in self.people:
            words_ = person.name.split()
            if len(words_) < 2 or not person.first or is_first_name(person.first) or _first_gender(person.first):
                continue
            for start in self._positions_of(words_[0]):
                if [token.text for token in self.doc[start : start + len(words_)]] != words_:
                    continue
                before = self.doc[start - 1] if start > 0 else None
                if before is not None and _capitalised_name(before) and before.is_alpha and _first_gender(before.text) \
                        and before.lower_ not in self._titles and before.lower_ not in self._person_nouns and before.ent_type_ != "PERSON":
                    person.name, person.first = f"{before.text} {person.name}", before.text
                    person.gender = person.gender or _first_gender(before.text)
                    break

    def _add_name_pairs(self) -> None:
        """``Anneliese Brandt lost. Brandt said ...``: proper nouns the NER missed (or called a
        nationality or a title) are a person's name when their last word later stands alone as a subject."""
        known = {position for _, person in self.mentions for position in person.positions}
        alone = set()
        bodies = _body_words()  # `The Office of ... said` is no `Office` named
        for token in self.doc:
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" and token.lower_ not in bodies and token.lower_ not in _PARTY_WORDS \
                    and not (token.tag_ == "NNPS" and any(c.dep_ in ("det", "poss") for c in token.children)):  # not `the Illinois Democrat`, `The Seagulls open`
                units = self._name_tokens(list(self.doc[token.left_edge.i : token.i + 1]), token)
                if len(units) == 1 and units[0].text.lower() in self._role_words:
                    continue  # `The Secretary of State says`: a title, no surname
                if len(units) == 1 or (units and units[0].text.lower() in NAME_PARTICLES):  # `Brandt`, `Van der Berg`
                    alone.add(_join_names(units))
        if not alone:
            return
        for token in self.doc:
            if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or token.i in known or token.ent_type_ == "PERSON" or token.dep_ == "compound":
                continue
            start = token.i
            while start > 0 and (self.doc[start - 1].dep_ == "compound" or self.doc[start - 1].text in NAME_JOINERS) and self.doc[start - 1].head.i <= token.i:
                start -= 1
            units = self._name_tokens(list(self.doc[start : token.i + 1]), token)
            units = _past_seat(self.doc, units)
            joined = " " + _join_names(units).lower()
            if len(units) < 2 or not (units[-1].text in alone or any(" " in a and joined.endswith(" " + a.lower()) for a in alone)):
                continue
            if self._opens_legal_name(units):
                continue  # `Al Sarab said` after `Al Sarab Investment Holding PJSC`
            person = self._find_full(units)  # also upgrades a bare surname seen as a name
            if person is None:
                if self._find_person(units[-1:], token.i) is not None:
                    continue  # a namesake already known by full name
                person = Person(_join_names(units), units[0].text, _surname(units), _first_gender(units[0].text))
                self.people.append(person)
            person.positions.append(token.i)
            self.mentions.append((token.i, person))

    def _add_name_mentions(self) -> None:
        """A known surname the NER missed (``Lopez disagreed.``) is still a mention of that person."""
        seen = {position for position, _ in self.mentions}
        findable = self._findable_words()
        for token in self.doc:
            if not (token.is_alpha and token.text[:1].isupper()) or token.i in seen or token.ent_type_ == "PERSON":
                continue
            if not findable & {token.text, token.text.title(), token.text.casefold(), token.text.title().casefold()} and not (
                    token.i >= 2 and self.doc[token.i - 1].text in NAME_JOINERS):
                continue  # no one is called this: `_find_person` would find no one (the check is only faster)
            word = NameWord(token.text, token.i)
            if token.i >= 2 and self.doc[token.i - 1].text in NAME_JOINERS and self.doc[token.i - 2].is_alpha and not self.doc[token.i - 2].whitespace_ and not self.doc[token.i - 1].whitespace_:
                word = NameWord(self.doc[token.i - 2].text + self.doc[token.i - 1].text + token.text, token.i)  # `Reyes-Whitaker`
            elif token.i + 1 < len(self.doc) and self.doc[token.i + 1].text in NAME_JOINERS and not token.whitespace_:
                continue  # `Reyes` of `Reyes-Whitaker`: the last part stands for the whole
            following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if following is not None and following.text[:1].isupper() and (following.lower_ in _COMPANY_ENDINGS or following.lower_ in ("group", "ltd", "limited", "inc", "plc")):
                continue  # `Kothari Industries Ltd`, `Kothari Group`: the family's company, not one of them
            person = self._find_person([word], token.i)
            if person is not None:
                person.positions.append(token.i)
                self.mentions.append((token.i, person))
                # `Mori, the 33-year-old catcher,` untagged: the catcher
                person.roles |= {c.lemma_.lower() for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in self._person_nouns}

    def _add_role_mentions(self) -> None:
        """``Halloran was in no mood ... the coach took a long breath. "...," he said``: a definite role
        (`the coach`) after someone named with that role is a mention of them, so pronouns see it."""
        known = {position for _, person in self.mentions for position in person.positions}
        for token in self.doc:
            lemma = token.lemma_.lower()
            if token.tag_ != "NN" or token.i in known or (lemma not in self._person_nouns and lemma not in self._titles):
                continue
            # `Her mother was less forgiving.`: a relative the sentence is about, saying nothing in it
            kin = lemma in KIN_SHARING_NAME and token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and token.head.lemma_.lower() not in speech_cues() \
                and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children)
            if not kin and not any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
                continue
            if _named_appositive(token) is not None:
                continue  # `The prime minister, Rachel Denning,`: the name says who, not an earlier minister
            if kin and sum(lemma in p.roles for p in self.people) > 1:
                continue  # `Brothers Darnell and Marcus Greene ... His younger brother`: not the one `his` means
            holder = self._role_holder(lemma, token.i, token)
            if holder is not None:
                holder.positions.append(token.i)
                self.mentions.append((token.i, holder))

    def _find_full(self, names: list[Token]) -> Person | None:
        full = _join_names(names)
        nicknamed = [p for p in self.people if full in p.nicknames]  # `Ti Lou said`: Wilner “Ti Lou” Dorvilus
        if len(nicknamed) == 1:
            return nicknamed[0]
        # `Dr Miriam Osei` + `-Bonsu`, the parse stopping at the hyphen: the person with the whole surname
        cut = [p for p in self.people if p.first == names[0].text and len(names) == 2 and p.last.startswith(names[-1].text + "-")]
        if len(cut) == 1 and _glued_hyphen(self.doc, names[-1].i + 1):
            return cut[0]
        for person in self.people:
            if person.name == full or (person.last == _surname(names) and person.first == names[0].text and _same_generation(person.name, full)):
                if len(names) == 3 and person.name == f"{person.first} {person.last}" and names[1].text[:1].isupper() and names[1].text.isalpha() \
                        and not _SLAVIC_PATRONYMIC.search(names[1].text):  # (not a Russian or Ukrainian patronymic: `Dmitry Andreyevich Sokolov`)
                    person.name = full  # `GUP’s Mawuli Agbenyega` ... `GUP candidate Mawuli Kafui Agbenyega`: the fuller name
                return person
        if len(names) == 2:  # `Szalai István` (Hungarian order, in a quote) for István Szalai named before
            turned = [p for p in self.people if p.name == f"{names[1].text} {names[0].text}"]
            if len(turned) == 1:
                return turned[0]
            # `Halyna Petrivna`, a given name and a patronymic as a form of respect, for Halyna Kovalenko
            respected = [p for p in self.people if p.first == names[0].text and p.last != names[1].text] if _SLAVIC_PATRONYMIC.search(names[1].text) else []
            if len(respected) == 1:
                return respected[0]
        # `Lachie Brennan` for Lachlan “Lachie” Brennan; `Kofi Mensah-Ward` for Halo Ghost, born so
        known_as = [p for p in self.people if (names[0].text in p.nicknames and p.last == _surname(names)) or full.lower() in p.aliases]
        if len(known_as) == 1:
            return known_as[0]
        # `Ní Bhriain`, `García López`, `Van der Berg`: the end of a full name seen before; of namesakes
        # (`Nadia El Ouazzani` and her husband `Youssef El Ouazzani`), the one named most so far.
        ending = " " + full.lower()
        endings = [p for p in self.people if p.first and len(p.name) > len(full) and p.name.lower().endswith(ending)]
        if endings:
            position = names[0].i
            return max(reversed(endings), key=lambda p: sum(1 for pos in p.positions if pos < position))
        # `Dawa Gyalzen` for Dawa Gyalzen Sherpa, `Amirul Faiz` for Amirul Faiz Mohd Haron: the start of one longer name
        if len(names) >= 2:
            opening = full.lower() + " "
            longer = [p for p in self.people if p.first == names[0].text and p.name.lower().startswith(opening)
                      and p.name[len(opening) :].replace(" ", "").isalpha()]  # not `Doruk Yapı A.Ş.`
            if len(longer) == 1:
                return longer[0]
        # A bare surname seen before the full name: upgrade it.
        for person in self.people:
            if not person.first and person.last == _surname(names):
                person.name, person.first = full, names[0].text
                person.gender = person.gender or _first_gender(names[0].text)
                return person
        return None

    def _title_gender(self, ent: Span) -> str:
        """Gender fixed by a title inside or just before the entity (Mr., Mrs., Sen. has none)."""
        before = [self.doc[ent.start - 1]] if ent.start > 0 else []
        tokens = before + list(ent)
        for n, token in enumerate(tokens):
            gender = self._titles.get(token.lower_, "")
            if gender and not _middle_name_title(tokens, n):  # not `Haji` of `Mwanajuma Haji Makame`
                return gender
        return ""

    def _roles_of(self, ent: Span) -> set[str]:
        """Role words attached to a name: titles before it, and an apposition (``X, the mayor``)."""
        roles: set[str] = set()
        start = ent.start
        def bracketed_title(end: int) -> bool:  # `HRH Igwe (Dr.) Chukwuemeka Nwankwo`: a title in brackets before ``end``
            return end >= 3 and self.doc[end - 1].text == ")" and self.doc[end - 3].text == "(" and self.doc[end - 2].lower_ in self._role_words

        def split_stop(end: int) -> bool:  # `Hon` + `.` before ``end``: an abbreviated title, its stop a token of its own
            # (one written with its stop, not a sentence's end: `his older brother. Olivier Dufrasne`)
            return end >= 2 and self.doc[end - 1].text == "." and not self.doc[end - 2].whitespace_ and f"{self.doc[end - 2].lower_}." in self._role_words

        while (start > 0 and self.doc[start - 1].lower_ in self._role_words) or bracketed_title(start) or split_stop(start):
            if bracketed_title(start):
                start -= 2  # past the brackets, to the title inside them
            elif split_stop(start):
                start -= 1
            start -= 1
            roles.add(self.doc[start].lower_.rstrip("."))
        roles |= {t.lower_.rstrip(".") for t in ent if t.lower_ in self._role_words and t.lower_ not in ("mr", "mr.", "mrs", "mrs.", "ms", "ms.")}
        if start > 1 and self.doc[start - 1].text == ",":  # `the Minister of Water, Dr Marcia ...`, unlinked in the parse
            for token in reversed(self.doc[max(0, start - 10) : start - 1]):
                if token.pos_ in ("VERB", "AUX") or token.is_punct:
                    break
                if token.lower_ in self._role_words and token.i > 0 and self.doc[token.i - 1].lower_ in ("the", "a", "an"):
                    if token.dep_ not in ("pobj", "dobj"):  # not `handed up to the judge, Furey wrote`
                        roles.add(token.lemma_.lower())
                    break
        roles |= {_ABBREVIATED_ROLES[role] for role in roles if role in _ABBREVIATED_ROLES}  # `Gov. X` is the governor
        after = [t.lower_.rstrip(".") or "." for t in self.doc[ent.end - 1 : ent.end + 4]]  # the name's last word on
        if len(after) > 1 and after[1] in ("kc", "qc", "sc"):
            after = after[1:]  # `Alison Pryor` + `KC`
        if after[0] in ("kc", "qc", "sc") or (after[1:3] in ([",", "prosecuting"], [",", "defending"]) and after[3:4] in ([","], ["."])):
            roles.add("counsel")  # `Alison Pryor KC, prosecuting,`: counsel, not the witness (nor `X, defending champion`)
        # `Chief Financial Officer X`, `X, its chief financial officer`, `its finance chief, X`: offices by key
        edge = ent.start
        while edge > 0 and (self.doc[edge - 1].lower_.rstrip(".") in _ANY_HONORIFICS or self.doc[edge - 1].text == "."):
            edge -= 1  # `Education Cabinet Secretary Prof. Samuel Chebet`: the office before the honorific
        before = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, reversed(self.doc[max(0, edge - 4) : edge])))
        if before and before[-1].i >= 3 and self.doc[before[-1].i - 1].lower_ in ("for", "of"):
            office = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, reversed(self.doc[max(0, before[-1].i - 4) : before[-1].i - 1])))
            if len(office) >= 2 and any(t.lower_ in self._titles for t in office):  # `Principal Secretary for Higher Education Dr. X` ... `the PS`
                roles.add("".join(t.text[0] for t in reversed(office)).lower())
                # `Senior Superintendent of Police Manju Kumari` ... `the SSP`: the office and its portfolio
                roles.add("".join(t.text[0] for t in [*reversed(office), *reversed(before)] if t.text[0].isupper()).lower())
            roles |= {t.lower_ for t in office[:1] if t.lower_ in self._role_words}  # `Clark County Registrar of Voters X` ... `the county registrar`
        described = [t for child in ent.root.children if child.dep_ == "appos" for t in child.subtree]
        if ent.root.dep_ == "appos":
            described += [t for t in ent.root.head.lefts if t.dep_ in ("compound", "amod")] + [ent.root.head]
        # (the office's own words in any case: `Chief financial officer X` opening a sentence)
        worded = list(itertools.takewhile(lambda t: t.is_alpha, reversed(self.doc[max(0, edge - 4) : edge])))
        roles |= _offices(" ".join(t.lower_ for t in list(reversed(worded)) + list(self.doc[start : ent.start]) + described))
        titled = [t.text for t in list(reversed(before)) if t.text[:1].isupper()]
        if len(titled) >= 2 and any(t.lower() in self._titles or t.lower() in self._person_nouns for t in titled) \
                and not all(t.lower() in HONORIFICS or t.lower() in _HONOUR_WORDS for t in titled):  # not `ds` of `Datuk Seri`
            # `Additional Solicitor General X` ... `the ASG`, `Public Relations Officer X` ... `the PRO`
            roles |= {"".join(word[0] for word in titled[n:]).lower() for n in range(len(titled) - 1)}
        for child in ent.root.children:
            if child.dep_ == "appos" and (child.pos_ == "NOUN" or child.lower_ in self._role_words):
                roles.add(child.lemma_.lower())  # `X, the mayor`; `X, the Leader of the Opposition`
        if ent.root.dep_ == "appos" and (ent.root.head.pos_ == "NOUN" or ent.root.head.lower_ in self._titles) \
                and ent.root.head.lemma_.lower() not in DOCUMENT_NOUNS:  # `the Minister of Water, Dr X` (not `A statement signed by ..., X,`)
            roles.add(ent.root.head.lemma_.lower())
            # `The critic and historian Ruy Castanheda`: both nouns joined before the name
            # (not `his brother Pádraig and their sister, Maeve Hurley`: a name between is another person's)
            joined = [ent.root.head.head] if ent.root.head.dep_ == "conj" and ent.root.head.head.pos_ == "NOUN" else []
            joined += [c for c in ent.root.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < ent.start]
            roles |= {t.lemma_.lower() for t in joined if not any(w.pos_ == "PROPN" for w in self.doc[min(t.i, ent.root.head.i) : ent.start])}
            for other in ent.root.head.children:  # `his older brother and captain, Ronan, a corner-back who ...`: what follows the name too
                if other.dep_ == "appos" and other.i > ent.root.i and other.pos_ == "NOUN":
                    hyphened = f"{self.doc[other.i - 2].lower_}-{other.lemma_.lower()}" if other.i >= 2 and _glued_hyphen(self.doc, other.i - 1) else ""
                    roles.add(hyphened if hyphened in self._person_nouns else other.lemma_.lower())
            outer = ent.root.head
            if outer.dep_ == "appos" and outer.head.pos_ == "NOUN" and outer.head.lemma_.lower() in KIN_SHARING_NAME:
                roles.add(outer.head.lemma_.lower())  # `Her brother, the fiddler Dónall Mac Giolla Bhríde,`: her brother too

        partner = ent.root.head if ent.root.dep_ == "conj" else None
        first = partner if partner is not None else ent.root
        roles |= {_PLURAL_KIN[c.lower_] for c in first.lefts if c.dep_ == "compound" and c.lower_ in _PLURAL_KIN}  # `sisters Bernie and Treasa Gallagher`
        if partner is not None and partner.dep_ == "appos" and partner.head.pos_ == "NOUN" and partner.head.lemma_.lower() in _PAIRED_KIN:
            roles |= {partner.head.lemma_.lower(), "couple"}  # `Callum's parents, Joanne and Mark Rigby`: both parents, a couple
        if ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in _PAIRED_KIN and any(c.dep_ == "conj" for c in ent.root.children):
            roles.add("couple")  # and the first of the two (`Mark` of `Bryce's parents, Mark and Lisa Kessler`)
        return roles | self._party_and_state(ent, edge)

    def _party_and_state(self, ent: Span, edge: int) -> set[str]:
        """A US politician's party and state, as roles (`republican`, `kansas`), so that `the Kansas
        Republican`, `the Democrat` and `the Vermont senator` find them: from a party-state tag
        (`Sen. Curtis Lamb, R-Kan.,`, `(D-IL)`), `of Illinois` after the name, `Illinois Democrat` or
        `Democratic Sen.` before it, and an apposition (`The ranking Democrat, Rep. X`, `X, a
        Republican from Ohio,`)."""
        roles: set[str] = set()
        states = us_states()
        tail = self.text[ent.end_char : ent.end_char + 30]
        tag = _PARTY_TAG.match(tail)
        state = tag and (states.get(tag.group(2)) or states.get(tag.group(2).split()[0]))
        if state:
            roles |= {_PARTY_LETTERS[tag.group(1)], state}
        of = re.match(r" of ((?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b", tail)
        if of is not None and of.group(1) in states:
            roles.add(states[of.group(1)])
        near = list(self.doc[max(0, edge - 3) : edge])
        if ent.root.dep_ == "appos":
            near += [ent.root.head, *(t for t in ent.root.head.lefts if t.dep_ in ("compound", "amod"))]
        for child in ent.root.children:
            if child.dep_ == "appos" and child.lower_ in _PARTY_WORDS:  # `X, a Republican from Ohio,`
                near += [child, *(g for prep in child.rights if prep.lower_ in ("from", "of") for g in prep.children if g.dep_ == "pobj")]
        for index, token in enumerate(near):
            if token.lower_ in _PARTY_WORDS:
                roles.add(_PARTY_WORDS[token.lower_])
            pair = f"{near[index - 1].text} {token.text}" if index else ""
            if token.text[:1].isupper() and len(token.text) > 2 and (states.get(pair) or states.get(token.text)) and token.ent_type_ in ("GPE", "NORP", ""):
                roles.add(states.get(pair) or states[token.text])
        return roles

    def _add_gendered_kin(self) -> None:
        """A parent the article genders is the mother or the father (`His mother told the coroner`);
        a relative of no known gender takes the gender of the kin word the article gave them
        (`Hemi’s wife, Mereana,` is a she)."""
        for person in self.people:
            genders = {self._person_nouns.get(role, "") for role in person.roles & _GENDERED_KIN} - {""}
            if not person.gender and len(genders) == 1:
                person.gender = genders.pop()
            for role in person.roles & _PAIRED_KIN.keys():
                gendered_role = _PAIRED_KIN[role].get(person.gender)
                if gendered_role:
                    person.roles.add(gendered_role)

    # -- queries ---------------------------------------------------------------------------------

    def _find_person(self, names: list[Token], position: int, gender: str = "") -> Person | None:
        """A person whose last (then first) name is this single name; nearest earlier one wins."""
        word = names[0].text
        if word.isupper() and len(word) > 1:  # transcript labels: `WALLACE` is Wallace
            word = word.title()
        folded = word.casefold()  # `Al-Harbi` opening a sentence is `al-Harbi`
        nicknamed = [p for p in self.people if word in p.nicknames or any(" " in nickname and word == nickname.split()[-1] for nickname in p.nicknames)]
        if nicknamed:
            return self._nearest(nicknamed, position)
        for attr in ("last", "first"):
            matches = [p for p in self.people if folded in _name_forms(getattr(p, attr)) and (not gender or p.gender in ("", gender))]
            if attr == "last" and matches and any(_word_before_last(p.name) == word for p in self.people):
                # `Nélida Chipana Huamaní`, called `Chipana`: a Spanish double surname, whose last part alone is someone
                # else's first surname (`Huamaní` for her mother, Yolanda Huamaní Ccori)
                # (nor `Vélez` for Gloria Ocampo de Vélez, named for her husband, beside her daughter Laura Catalina Vélez Ocampo)
                matches = [p for p in matches if not self._called_by_first_surname(p) and _word_before_last(p.name) != "de"]
            if len(matches) > 1:
                named_already = [p for p in matches if any(pos < position for pos in p.positions)]
                matches = named_already or matches  # `Ms Cassidy` is a Cassidy named before, not `Nora Cassidy` two paragraphs on
            title = self.doc[names[0].i - 1].lower_.rstrip(".") if attr == "last" and len(matches) > 1 and names[0].i > 0 else ""
            if title in self._titles and title not in ("mr", "mrs", "ms", "miss"):
                matches = [p for p in matches if title in p.roles] or matches  # `Dr Githinji`: the son named as Dr Peter Githinji, not his father
            if attr == "last" and len(matches) > 1 and gender:
                # `Mr Rigby` is not the 17-year-old the article calls `Callum`, but his father
                titled = [p for p in matches if not self._called_by_first_name(p, position)]
                matches = titled or matches
            if attr == "last" and len(matches) > 1:
                # `His son, Rafael Vidal` ... `Vidal formed the band`: relatives go by first name, the surname is the main person's
                adults = [p for p in matches if not self._is_child(p)]  # `Thiessen` is not her daughter Maya, 7
                matches = adults or matches
                unrelated = [p for p in matches if not p.roles & KIN_SHARING_NAME]
                matches = unrelated or matches
            if len(matches) > 1:
                # Namesakes (`Rae Castillo` and `her grandfather, Ramón Castillo`): a bare surname
                # means the one the article has named more often so far, then the nearest.
                def named_before(person: Person) -> int:
                    return sum(1 for pos in person.positions if pos < position)
                most = max(named_before(p) for p in matches)
                matches = [p for p in matches if named_before(p) == most]
            if matches:
                return self._nearest(matches, position)
        formal = [p for p in self.people if p.first in _HYPOCORISMS.get(word, ()) and (not gender or p.gender in ("", gender))]
        if len(formal) == 1:  # `Bill said` of William Tackett, named so before, when no one is called Bill
            return formal[0]
        # `Muñoz` for Javier Muñoz Ortega, `Jeptoo` for Faith Jeptoo Chebet: an inner word of one full name.
        # (not `Jabbar` of Hassan Jabbar al-Khafaji: a father's name before an Arabic family name, never used alone)
        inner = [p for p in self.people if p.first and word in p.name.split()[1:-1] and (not gender or p.gender in ("", gender))
                 and not _ARABIC_ARTICLE.match(p.name.split()[-1].casefold())]
        # `Mr. Adebayo` for Segun Ace, born Olusegun Adebayo
        aliased = [p for p in self.people if any(alias.split()[-1] == folded for alias in p.aliases)] \
            if self.doc[names[0].i].dep_ != "appos" else []  # not `His son, Ali,` of `Srour, known as Abu Ali`
        if len(inner) > 1:  # `López` of María Fernanda López García and her father Augusto López Raygada: the one named most so far
            named_before = {p.name: sum(1 for pos in p.positions if pos < position) for p in inner}
            most = max(named_before.values())
            inner = [p for p in inner if named_before[p.name] == most and _word_before_last(p.name) == word] if most >= 2 else inner
        return inner[0] if len(inner) == 1 else aliased[0] if len(aliased) == 1 else None

    def _findable_words(self) -> set[str]:
        """Every word ``_find_person`` can match someone by (a superset: a word outside it finds no one)."""
        found: set[str] = set()
        for person in self.people:
            found |= person.nicknames | {nickname.split()[-1] for nickname in person.nicknames if " " in nickname}
            found |= set(_name_forms(person.last)) | set(_name_forms(person.first)) | set(person.name.split()[1:-1])
            found |= {alias.split()[-1] for alias in person.aliases if alias.split()}
            found |= _SHORT_FORMS.get(person.first, frozenset())
        return found

    def _is_child(self, person: Person) -> bool:
        """The article gives the person an age under 18 (`Maya Thiessen, 7,`), recorded or not yet."""
        ages = [person.age] if person.age is not None else [int(self.doc[pos + 2].text) for pos in person.positions if _aged_at(self.doc, pos + 1)]
        return bool(ages) and ages[0] < 18

    def _called_by_first_surname(self, person: Person) -> bool:
        """The article calls ``person`` (three name words or more) by the word before the last alone:
        the first of two surnames (`Chipana` of `Nélida Chipana Huamaní`)."""
        parts = [part for part in person.name.split() if part not in GENERATIONAL]  # not `Pruitt` of `Harold Pruitt Sr.`
        if len(parts) < 3 or parts[-2].lower() in NAME_PARTICLES:
            return False
        doc = self.doc
        return any(doc[pos].text == parts[-2] and (pos + 1 >= len(doc) or doc[pos + 1].text != parts[-1]) and (pos == 0 or doc[pos - 1].text != parts[-3])
                   for pos in self._positions_of(parts[-2]))

    def _called_by_last_alone(self, person: Person) -> bool:
        """The article calls ``person`` by the last name word alone (`Douglas said` of Ebiware Timipre Douglas)."""
        words_ = person.name.split()
        doc = self.doc
        return len(words_) >= 3 and any(doc[pos].text == words_[-1] and (pos == 0 or doc[pos - 1].text != words_[-2]) for pos in self._positions_of(words_[-1]))

    def _called_by_first_name(self, person: Person, position: int) -> bool:
        """The article calls ``person`` by the first name alone before ``position`` (`Callum`, a teenager)."""
        doc = self.doc
        return bool(person.first) and any(doc[pos].text == person.first and (pos + 1 >= len(doc) or doc[pos + 1].text != person.last)
                                          and not (pos > 0 and doc[pos - 1].lower_ in self._titles) for pos in person.positions if pos < position)

    def _nearest(self, people: list[Person], position: int) -> Person:
        def last_seen(person: Person) -> int:
            before = [pos for pos in person.positions if pos <= position]
            return max(before) if before else -10**9 + min(person.positions or [0]) * -1
        return max(people, key=last_seen)

    def resolve(self, head: Token, mention: tuple[int, int]) -> Resolution:
        """Name and kind for the speaker mention ``doc[mention[0]:mention[1]]`` headed by ``head``."""
        found = self._resolve(head, mention)
        owner = _PLACE_OWNER.match(found.name) if found.kind == "organization" else None
        if owner is not None and any(self.doc[i].ent_type_ == "GPE" for i in self._positions_of(owner.group(1).split()[-1])):
            found = replace(found, name=found.name[owner.end() :])  # `Panama’s National Migration Service`: the body, not its country
        if found.kind == "organization" and head.text[:1].isupper() and found.name.endswith(" " + head.text):
            tail = _of_phrase(head)  # `The Badminton Association of Malaysia`, tagged `The Badminton Association of` + `Malaysia`
            if tail:
                return replace(found, name=f"{_strip_the(found.name)} {tail}")
        return found

    def _resolve(self, head: Token, mention: tuple[int, int]) -> Resolution:
        span = self.doc[mention[0] : mention[1]]
        campaign = _campaign_name(head)
        if campaign is not None:  # `Hu's campaign committee, Hu for Nevada, said`: a body named for a person, not the person
            return Resolution(campaign, "organization")
        lower = head.lower_
        if head.lower_ in _INDEFINITE_PEOPLE:
            return Resolution(head.lower_, "anonymous")  # `“Train more,” somebody said`: someone, unnamed
        if head.i in self._given_as:  # `a 34-year-old Eritrean man who gave his name as Yonas`
            given = self._given_as[head.i]
            return Resolution(given.name, "person", given.gender)
        group = _group_of(head)
        if group is not None and not any(t.ent_type_ == "PERSON" or (t.dep_ == "appos" and t.pos_ == "PROPN") for t in head.subtree):
            # `One of the officials said`; not `One of the pair, farmhand X,` nor `One of them, 14-year-old Danylo,`
            return self.resolve(group, (group.left_edge.i, group.i + 1))
        if lower in _QUANTIFIERS and len(span) == 1 and head.dep_ in ("nsubj", "nsubjpass"):
            group = self._group_before(head)
            if group is not None:  # `the crowd had grown to about 400. Some chanted`, `employees ... Several said`: of them
                return Resolution(group.lower_, "anonymous")
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS:
            return self._resolve_pronoun(head)
        officer = self._officer_parsed_as_object(head)
        if officer is not None:  # `Seagulls chief executive Tracey Vukovich said`, parsed with `Seagulls` the subject
            return self.resolve(officer, (officer.i, officer.i + 1))
        if lower in _POSTPOSED_HONORIFICS and head.i > span.start and _capitalised_name(self.doc[head.i - 1]):
            return self.resolve(self.doc[head.i - 1], (mention[0], head.i))  # `Sunil sir`, `Rahul bhai`, `Modi ji`: the name before
        handle_of = [p for p in self.people if head.text in p.nicknames] if head.is_lower and len(span) == 1 else []
        if handle_of:  # `frostbyte said`: the handle of `Mikkel “frostbyte” Lund`
            holder = self._nearest(handle_of, head.i)
            return Resolution(holder.name, "person", holder.gender)
        if lower in QUOTED_KIN and head.text[:1].isupper() and len(span) == 1 and getattr(self._person_at(head.i), "name", head.text) == head.text:
            kin = QUOTED_KIN[lower]  # `Dad said`: the writer's or speaker's father, named where the article gives him that role
            holder = self._role_holder(kin, head.i)
            gender = "m" if kin in ("father", "grandfather") else "f"
            return Resolution(holder.name, "person", holder.gender) if holder is not None else Resolution(kin, "anonymous", gender)
        bench = "judge" if lower in ("honour", "honor") and head.text[:1].isupper() and head.i > 0 and self.doc[head.i - 1].lower_ in ("his", "her") \
            else "prosecutor" if head.text == "Crown" and len(span) == 2 and span[0].lower_ == "the" else None
        holder = self._role_holder(bench, head.i) if bench is not None else None
        if holder is not None:  # `His Honour said`: the judge; `The Crown said`: the prosecutor the article named
            return Resolution(holder.name, "person", holder.gender)
        if lower in ("one", "another") and len(span) == 1 and head.dep_ in ("nsubj", "nsubjpass"):
            group = self._group_before(head)
            if group is not None:  # `Commenters were divided. One wrote: ...`, `Another replied`: one of them
                return Resolution(group.lemma_.lower(), "anonymous")
        plural_group = head.lower_[:-1] in _group_words() if head.lower_.endswith("s") else head.lower_.endswith("men") and head.lower_[:-3] + "man" in _group_words()
        opening = head.i == head.sent.start or (head.i > 0 and head.doc[head.i - 1].text in ("—", "–", "--") and head.i - 1 == head.sent.start + 1)
        if span.start == head.i and opening and (head.ent_type_ or head.tag_ == "NNPS") and plural_group:
            # `Neighbours had complained`, tagged a body (a soap opera); `YENAGOA — Fishermen in Okoroma say`, tagged a proper noun
            return Resolution(head.lower_, "anonymous")
        whole = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) \
            if head.lemma_.lower() in _BODY_PARTS and head.pos_ == "NOUN" else None
        if whole is not None:  # `The Jigawa chapter of the People's Democratic Movement said`: the party, as every writer has it
            return self.resolve(whole, (whole.left_edge.i, whole.i + 1))
        source = _data_source(head)
        if source is not None:  # `according to Harrow Analytics data`, `estimates by Nara Securities`: whoever compiled them
            return self.resolve(source, (source.left_edge.i if source.dep_ != "compound" else source.i, source.i + 1))
        holder = self._office_by_acronym(head) if head.text in self._acronyms else None
        if holder is not None:  # `Additional Solicitor General (ASG) Vikramjit Sood ... the ASG said`
            return holder
        ranked = self._ranked_by(head) if head.is_upper and len(span) <= 2 and head.i > 0 and self.doc[head.i - 1].lower_ == "the" else None
        if ranked is not None:  # `Chief Ikenna Nwaubani (SAN)` ... `The SAN urged`: the one who bears the letters
            return Resolution(ranked.name, "person", ranked.gender)
        if head.text in self._acronyms and self._person_at(head.i) is None:  # `FEDIGTA`, whatever the tagger made of it
            return Resolution(_org_name(self._acronyms[head.text]), "organization")  # (`BCML` → Barakar Coal Mining, no `Ltd`)
        known = self._person_at(head.i)
        if known is None and head.i > 0 and head.text[:1].isupper() and head.pos_ == "NOUN" and self.doc[head.i - 1].lower_ in self._titles:
            known = self._find_person([head], head.i, self._titles[self.doc[head.i - 1].lower_])  # `Ms O’Mahony`, the surname taken for a noun
        if known is not None and _hyphen_tail(head):  # `Judge Cheryl Mok Wai-yee said`, parsed with `yee` the subject
            return Resolution(known.name, "person", known.gender)
        is_name = (head.ent_type_ == "PERSON" and not self.is_role_word(head)) or known is not None  # not `The Treasurer`, tagged PERSON
        if known is not None and head.pos_ != "PROPN" and not head.ent_type_ and (head.pos_ != "NOUN" or head.text[:1].isupper() or _hyphen_tail(head)):
            # a name the parse broke (`Rodolfo “Boying” ...`) or took for a plural noun (`Tavares said`)
            return Resolution(known.name, "person", known.gender)
        portfolio = self._name_past_portfolio(head) if not is_name else None
        if portfolio is not None:
            return Resolution(portfolio.name, "person", portfolio.gender)
        # (not the name of the one `The family of a 34-year-old tyre dealer, X,` is the family of)
        kin_of = head.lower_ in KIN_GROUPS and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        appositive = (_named_appositive(head) or self._appositive_name_in(head, span) or self._closing_name(head) or self._name_after_role(head)) \
            if not is_name and not kin_of else None
        if appositive is not None and appositive.lower_ in self._titles:  # `Its convener, Dr. (Mrs.) Halima ...`: past the titles
            appositive = next((t for t in reversed(list(appositive.subtree)) if t.ent_type_ == "PERSON"), None) or self._closing_name(head)
        if appositive is not None:  # `Her spokesman, Nick Merrill, said`
            return self._resolve_name(appositive, self.doc[appositive.left_edge.i : _name_end(appositive)])
        if head.ent_type_ != "PERSON" and _ANONYMITY.search(_described_words(head)):
            return Resolution(_description_name(head), "anonymous")
        described = span[0].lower_ == "the" and (head.lower_ in self._titles or _is_demonym(head)) \
            and not any(person.last == head.text for person in self.people)  # `the younger Mehrotra` is a name
        if span[0].lower_ == "the" and head.text.isupper() and len(head.text) >= 2 and head.text not in self._acronyms:
            holder = self._role_holder(head.lower_, head.i)
            if holder is not None:  # `The ASG said` after `Additional Solicitor General Vikram Nair`
                return Resolution(holder.name, "person", holder.gender)
        if span[0].lower_ == "the" and head.pos_ == "PROPN" and known is None and head.i == span[0].i + 1 and not is_first_name(head.text) \
                and head.text[:1].isupper() and not described and not any(c.dep_ == "prep" for c in head.rights):
            return Resolution(self._org_full_name(head.text, head.i), "organization")  # `The Chronicle said`: a paper, a body
        # `An 11-year-old from Surulere on Sunday`; but `Yoon, 48,` tagged a date is the person the index placed there
        numeric = head.ent_type_ in ("DATE", "TIME", "QUANTITY", "MONEY", "PERCENT") and not (known is not None and head.text[:1].isupper())
        # `China’s foreign ministry`, `ministry` tagged a proper noun (not `jung` of `Choi Min-jung`)
        lower_noun = head.pos_ == "PROPN" and head.is_lower and not head.ent_type_ and head.lower_ in words("organization_heads.txt")
        if not described and not lower_noun and (head.pos_ == "PROPN" or (head.ent_type_ and not numeric)) and self._name_tokens(list(span), head):
            return self._resolve_name(head, span)
        return self._resolve_description(head, span)

    def _kin_named_later(self, whose: Resolution, kin: str, head: Token) -> Person | None:
        """A relative the lede describes (`her father`) and the article names later: the first person of the
        relative's sex and ``whose``'s surname named after the lede."""
        relative = next((p for p in self.people if p.name == whose.name), None)
        gender = self._person_nouns.get(kin, "")
        if relative is None or not relative.last or not gender or self._sentence_numbers()[head.i] > 1:
            return None
        later = [p for p in self.people if p is not relative and p.last == relative.last and p.first and p.gender == gender
                 and p.positions and min(p.positions) > head.i]
        return min(later, key=lambda p: min(p.positions)) if later else None

    def _parent_of(self, whose: Resolution, kin: str, position: int) -> Person | None:
        """`Her father`, `His mother`: the one person of ``whose``'s surname and the parent's sex named
        before, who is not their sibling, child or partner."""
        if kin not in ("father", "mother"):
            return None
        child = next((p for p in self.people if p.name == whose.name), None)
        if child is None or not child.last or not child.first:
            return None
        gender = "m" if kin == "father" else "f"
        family = [p for p in self.people if p is not child and p.last == child.last and p.first and p.gender == gender
                  and not p.roles & (YOUNGER_KIN | {"brother", "sister", "twin"}) and any(pos < position for pos in p.positions)
                  and not any(abs(pos - other) <= 3 for pos in p.positions for other in child.positions)]  # not `Tom and Bríd Fennelly`, a couple
        return family[0] if len(family) == 1 else None

    def _named_with(self, whose: Resolution, gender: str, position: int) -> Person | None:
        """The one other person of ``whose``'s family name and of ``gender`` named before ``position``:
        her husband, his wife, her sister, when the article named the pair (`Emyr and Glenys Evans`)."""
        person = next((p for p in self.people if p.name == whose.name), None)
        if person is None or not person.last:
            return None
        family = [p for p in self.people if p is not person and p.last == person.last and p.first and any(pos < position for pos in p.positions)]
        fitting = [p for p in family if not gender or p.gender in ("", gender)]
        if len(fitting) > 1:  # `Gerry and Fiona Mackay` (and their daughter Kirsty Mackay): the one named in the pair
            paired = [p for p in fitting if any(abs(pos - other) <= 3 for pos in p.positions for other in person.positions)]
            return paired[0] if len(paired) == 1 else None
        return fitting[0] if len(fitting) == 1 and len(family) <= 2 else None

    def _ranked_by(self, head: Token) -> Person | None:
        """The person whose name the letters ``head`` follow in brackets earlier (`Chief Ikenna Nwaubani (SAN)`)."""
        doc = self.doc
        bearers = {id(person): person for token in doc[2 : head.i] if token.text == head.text and doc[token.i - 1].text == "("
                   and token.i + 1 < len(doc) and doc[token.i + 1].text == ")" and (person := self.person_by_position.get(token.i - 2)) is not None}
        return next(iter(bearers.values())) if len(bearers) == 1 else None

    def _office_by_acronym(self, head: Token) -> Resolution | None:
        """The person named right after an office's acronym was spelled out: `Attorney General for
        Pakistan (AGP) Barrister Umer Farooq Lakhani` is `the AGP`."""
        if not any(word.lower() in self._titles for word in self._acronyms[head.text].split()):
            return None
        doc = self.doc
        for token in doc[: head.i]:
            if token.text == head.text and 0 < token.i < len(doc) - 2 and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")":
                at = token.i + 2
                while at + 1 < len(doc) and doc[at].lower_.rstrip(".") in self._titles:
                    at += 1  # past `Barrister`
                name = doc[at]
                run = _proper_run(name) if name.pos_ == "PROPN" and name.text[:1].isupper() else None
                if run is None or not (self._person_at(run[-1].i) is not None or run[-1].ent_type_ == "PERSON" or len(run) >= 2):
                    return None
                found = self._resolve_name(run[-1], run)
                return found if found.kind == "person" else None
        return None

    def _appositive_name_in(self, head: Token, span: Span) -> Token | None:
        """A person's name inside a described mention: set off by a comma (``An analyst at Lekki
        Capital, Mr. Babatunde Ajayi-Coker``; the parse may hang it on the nearer noun), or ending
        a role phrase (``Opposition spokesman on water Garfield Lawrence-Barrett``)."""
        for token in span:
            if (token.dep_ == "appos" and token.pos_ == "PROPN" and span.start <= token.head.i < token.i
                    and any(t.text == "," for t in self.doc[span.start : token.left_edge.i])
                    and (token.ent_type_ == "PERSON" or self._person_at(token.i) is not None)):
                return token
        last = span[-1]
        role = head.lemma_.lower() in SPOKES_HEADS or head.lower_ in self._person_nouns or head.lower_ in self._titles
        if not (role and last.ent_type_ == "PERSON" and last.i > head.i + 1 and head.ent_type_ != "PERSON"):
            return None
        start = last.i
        while start > head.i + 1 and self.doc[start].ent_iob_ == "I":  # back to the name's first word
            start -= 1
        # the portfolio right before the name (`spokesman on water Garfield ...`); not `a spokesman for
        # Mayor Anna Berg` or `for the health minister Jane Doe`, whose name is someone else's
        before = self.doc[start - 1]
        if before.pos_ == "NOUN" and before.is_lower and before.lower_ not in self._person_nouns and before.lower_ not in self._titles:
            return last
        if before.is_lower and _glued_hyphen(self.doc, before.i - 1) and before.i - 1 > head.i:
            return last  # `Glint editor-in-chief Paula Renfrew`: the end of the role's own words
        if before.ent_type_ in ("ORG", "GPE") and before.ent_iob_ in ("B", "I"):
            # `Opposition leader in the Sindh Assembly Ali Khurshid Memon`: the body of the role, then the name
            opening = before.i
            while opening > head.i and self.doc[opening].ent_iob_ == "I":
                opening -= 1
            preposition = self.doc[opening - 1] if self.doc[opening - 1].lower_ != "the" else self.doc[opening - 2]
            if preposition.lower_ in ("in", "of", "at") and preposition.i > head.i:
                return last
        return None

    def _officer_parsed_as_object(self, head: Token) -> Token | None:
        """``Seagulls coach Mick Fa’asalele said``: a body's name the parse made the subject, then a role
        and a person's name hung below it: the last word of that name (the one who speaks)."""
        body = self._organization_over(head.i)
        if body is None or head.dep_ not in ("nsubj", "nsubjpass") or body.end >= len(self.doc) or not self.is_role_word(self.doc[body.end]) \
                and not (body.end + 1 < len(self.doc) and self.doc[body.end].is_lower and self.is_role_word(self.doc[body.end + 1])):
            return None
        start = body.end + 1
        while start < len(self.doc) and start < body.end + 4 and self.doc[start].is_lower:
            start += 1  # `chief executive`
        named = self._person_entity_at.get(start)
        return named[-1] if named is not None and any(t.i == named[-1].i for t in head.subtree) and named[-1].i in self.person_by_position else None

    def _name_after_role(self, head: Token) -> Token | None:
        """``State welfare committee chairwoman Nor Aini Hashim said``: a role word, then a person's
        name up to the verb, however the parse joined them (here `Nor` as a conjunction)."""
        if not self.is_role_word(head) or head.head.i <= head.i:
            return None
        named = self._person_entity_at.get(head.i + 1)
        if named is None and head.head.i - 1 in self.person_by_position:
            # `Voyageurs president of baseball operations Nadia Fortier said`: the office's lower-case words, then the name
            start = head.head.i - 1
            while start - 1 > head.i and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
                start -= 1
            between = self.doc[head.i + 1 : start]
            if len(between) >= 2 and between[0].lower_ == "of" and all(t.is_lower and t.is_alpha and t.lower_ not in self._person_nouns for t in between) \
                    and self.doc[start].pos_ == "PROPN":  # (not `A representative for the actor said`, `A lawyer for Bex`)
                return self.doc[head.head.i - 1]
        return named[-1] if named is not None and named.end == head.head.i else None

    def _name_past_portfolio(self, head: Token) -> Person | None:
        """``Minister of Employment and Labor Choi Eun-ha said``: a role word, its portfolio in
        capitals, then a name the index found (the tagger missed it) right before the verb."""
        last = head.head.i - 1
        person = self.person_by_position.get(last)
        if person is None or " " not in person.name or not self.is_role_word(head) or head.dep_ not in ("nsubj", "nsubjpass") or last <= head.i + 1 \
                or head.lemma_.lower() in SPOKES_HEADS:  # `A spokeswoman for Environment Minister Carla Beaumont` is not her
            return None
        between = self.doc[head.i + 1 : last + 1]
        fits = all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "&", "in", "charge", "responsible") or t.is_punct or _hyphen_tail(t) for t in between)  # `in charge of`
        return person if fits and between.text.endswith(person.name) else None

    def _closing_name(self, head: Token) -> Token | None:
        """A name set off by commas that closes a subject's clause (``A tenant who lived above the
        bakery, Priya Sandhu, wrote``; ``Its convener, Dr. (Mrs.) Halima Yusuf-Danjuma, told``),
        whichever word the parse hung it on."""
        doc, verb = head.doc, head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or verb.i <= head.i + 2 or doc[verb.i - 1].text != ",":
            return None
        name = doc[verb.i - 2]
        start = name.i
        while start > head.i and doc[start].ent_iob_ == "I":
            start -= 1
        lead = start - 1
        while lead > head.i and (doc[lead].text in ("(", ")") or doc[lead].lower_ in self._titles):
            lead -= 1  # titles before the name, bracketed or not
        if name.ent_type_ != "PERSON" or doc[lead].text != "," or not head.left_edge.i <= lead <= head.right_edge.i + 1:
            return None
        return name

    def _group_before(self, head: Token) -> Token | None:
        """The last plural noun for people (`commenters`, `investors`) in this sentence or the one before."""
        sentence = self._sentence_numbers()
        for token in reversed(self.doc[max(0, head.i - 60) : head.i]):
            if sentence[head.i] - sentence[token.i] > 1:
                break
            if (token.tag_ == "NNS" and token.lemma_.lower() in _group_words()) or (token.tag_ == "NN" and token.lower_ in _CROWDS):
                return token  # (`the crowd ... Some chanted`)
        return None

    def _resolve_name(self, head: Token, span: Span) -> Resolution:
        body = self._organization_ending_at(head.i)
        if body is not None and self._person_at(head.i) is None and (head.ent_type_ == "PERSON" or (head.ent_type_ != "ORG" and head.lower_ in words("organization_heads.txt"))):
            # `The Bell County District Attorney’s Office`, found by its shape; `Ferncliff Tools`, tagged a person
            return Resolution(self._org_full_name(_org_name(body.text), body.start), "organization")
        tokens = [t for t in span if t.ent_iob_ != "O" and t.ent_type_ == head.ent_type_] or [head]
        names = self._name_tokens(list(span), head)
        title_gender = next((self._titles[t.lower_] for t in span if self._titles.get(t.lower_)), "")
        known = self._person_at(head.i) or self._find_person(names[-1:] or [head], head.i, title_gender)
        personal = len(names) >= 2 and (is_first_name(names[0].text) or bool(_first_gender(names[0].text))) \
            and names[-1].text.lower() not in _body_words()  # `Union secretary-general Wanjiru Kamau`, not `Alberta ... Commission`
        untagged_body = not head.ent_type_ and head.pos_ == "PROPN" and head.lower_ in words("organization_heads.txt")  # `The opposition Movement for Hungary`
        if (head.ent_type_ in ORG_LABELS or head.text in self._acronyms or untagged_body) and known is None and not personal:
            whole = next((ent for ent in self._organizations if ent.start <= tokens[0].i and tokens[-1].i < ent.end <= span.end and ent.start >= span.start), None)
            if whole is not None and len(whole) > len(tokens):  # `Mermentau LNG LLC said`, tagged only `LLC`: the body the index found
                tokens = list(whole)
            end = tokens[-1].i + 1  # `The Hollis Foundation` + `for Brain Health`, which the tagger left out
            while self.doc[end - 1].lower_ == "and" and end < span.end and _capitalised_name(self.doc[end]):
                end += 1  # `The Prosecutor's Office of Bosnia and` + `Herzegovina`, tagged a place
            while end + 1 < span.end and self.doc[end].lower_ in ("for", "of", "on") and (skip := 1 + (self.doc[end + 1].lower_ == "the")) \
                    and end + skip < span.end and _capitalised_name(self.doc[end + skip]):
                end += skip + 1  # `The Hollis Foundation` + `for Brain Health`; `... Directorate` + `of the South Aegean`
                while end < span.end and _capitalised_name(self.doc[end]):
                    end += 1
            start = tokens[0].i
            while head.ent_type_ == "GPE" and start > span.start and self.doc[start - 1].dep_ == "compound" and not self.doc[start - 1].ent_type_ \
                    and _capitalised_name(self.doc[start - 1]) and not self.is_role_word(self.doc[start - 1]):
                start -= 1  # `Environment Canada`, the tagger's place without the agency's first word
            tokens = list(self.doc[start : max(end, tokens[-1].i + 1)])
            return Resolution(self._org_full_name(_org_name(_span_text(self.doc, tokens)), head.i), "organization")
        if known is None and self._is_organization_name(names, head.i):
            return Resolution(self._org_full_name(_org_name(_join_names(names)), head.i), "organization")
        if len(names) >= 2:
            joined = " " + _join_names(names).lower()
            # `El Ouazzani told` after `Nadia El Ouazzani`: the person the index placed here, before a namesake named later
            # (`His sister, María Camila,`: two given names, the family's surnames taken)
            fits = known is not None and ((" " + known.name.lower()).endswith(joined) or known.first.lower() == joined.strip() or joined.strip() in known.aliases
                                          # `Minister of Agriculture Yerlan Serikuly Dauletov`: the index's person, past the portfolio
                                          or (" " in known.name and joined.endswith(" " + known.name.lower()) and known is self._person_at(head.i)
                                              and names[0].i > 0 and self.doc[names[0].i - 1].lower_ == "of")
                                          # `Sáenz de Viteri` of Roberto Sáenz de Viteri Ycaza: the surnames the index placed here, the second left off
                                          or (known is self._person_at(head.i) and f"{joined} " in " " + " ".join(known.name.lower().split()[1:]) + " "))
            person = known if fits else self._find_full(names)
            if person is None:
                return Resolution(_join_names(names), "person", _first_gender(names[0].text))
        else:
            person = (self._find_person(names, head.i, title_gender) if names and title_gender else None) or known
        age = next((c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in ("younger", "elder", "older")), None)
        if age and person is not None:  # `the younger Pruitt`: Harold Pruitt Jr., not Sr.
            # of those named so far: `the elder Munro` is not the mother introduced paragraphs later
            # (`the elder Ruiz` of Alejandro Ruiz Echevarría and his uncle Tomás Ruiz Gallardo: a first surname shared)
            namesakes = [p for p in self.people if (p.last == person.last or head.text in p.name.split()[1:-1]) and p.positions and min(p.positions) < head.i
                         and (not title_gender or p.gender in ("", title_gender))]  # `The younger Ms. Bergeron`: of the women
            if len(namesakes) == 1 and person.first == head.text:  # `the elder Lee` of Lee Jun-ho and Lee Sang-min: the family name first
                namesakes = [p for p in self.people if head.text in (p.first, p.last)]  # and `His son, Kenta` of Okada Shigeru, now Okada Kenta
            suffix = ("Jr.", "Jr", "II") if age == "younger" else ("Sr.", "Sr")
            by_suffix = next((p for p in namesakes if p.name.split()[-1] in suffix), None)
            # `His mother, Sunita Mehrotra` is not `the younger Mehrotra`; `her son` is not the elder
            other_generation = OLDER_KIN if age == "younger" else YOUNGER_KIN
            by_kin = peers = [p for p in namesakes if not p.roles & other_generation]
            if len(by_kin) > 1:  # `Goran Petrović, the player’s father` is the elder of two Petrovićs
                by_kin = [p for p in by_kin if p.roles & (YOUNGER_KIN if age == "younger" else OLDER_KIN)] or by_kin
            if len(by_kin) > 1 and len(by_kin) < len(namesakes):  # of both parents, the one the article is talking about
                by_kin = [self._nearest(by_kin, head.i)]
            aged = sorted((p for p in namesakes if p.age is not None), key=lambda p: p.age or 0)
            by_age = (aged[0] if age == "younger" else aged[-1]) if len(aged) >= 2 and aged[0].age != aged[-1].age else None
            person = by_suffix or by_age or _by_seniority(peers if len(peers) >= 2 else namesakes, "younger" if age == "younger" else "elder") \
                or (by_kin[0] if len(by_kin) == 1 and len(namesakes) > 1 else None) \
                or (self._nearest(peers, head.i - 1) if len(peers) >= 2 and age == "younger" else person)  # `the younger Park`: the one just named
        if person is not None:
            return Resolution(person.name, "person", person.gender)
        names = self._name_tokens(list(span), head) or [head]
        return Resolution(_peer_name(self.doc, names) or _join_names(names), "person", _first_gender(names[0].text) if len(names) > 1 else "")

    def _organization_ending_at(self, index: int) -> Span | None:
        """The organisation span (tagged or recovered) whose last token is ``index``, if any."""
        at = bisect.bisect_right(self._organization_starts, index) - 1
        while at >= 0 and self._organizations[at].start > index - 12:
            if self._organizations[at].end == index + 1:
                return self._organizations[at]
            at -= 1
        return None

    def _organization_over(self, index: int) -> Span | None:
        """The organisation span (tagged or recovered) that holds token ``index``, if any."""
        at = bisect.bisect_right(self._organization_starts, index) - 1
        return self._organizations[at] if at >= 0 and index < self._organizations[at].end else None

    def _person_at(self, index: int) -> Person | None:
        """The person mentioned at token ``index``, or anywhere in the entity that covers it."""
        by_position = self.person_by_position
        if index in by_position:
            return by_position[index]
        if self.doc[index].ent_iob_ == "O":
            return None
        start = index
        while start > 0 and self.doc[start].ent_iob_ == "I":
            start -= 1
        end = index + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1
        return next((by_position[i] for i in range(start, end) if i in by_position), None)

    def _resolve_description(self, head: Token, span: Span) -> Resolution:
        lemma = head.lemma_.lower()
        if lemma in ("elect", "designate") and head.i >= 2 and self.doc[head.i - 1].text == "-":
            lemma = self.doc[head.i - 2].lemma_.lower()  # `the mayor-elect`: the office to be held
        elif head.i >= 2 and _glued_hyphen(self.doc, head.i - 1) and f"{self.doc[head.i - 2].lower_}-{lemma}" in self._person_nouns:
            lemma = f"{self.doc[head.i - 2].lower_}-{lemma}"  # `the centre-back`, `the fly-half`: one word for a person
        if _body_word_of(head) == "band":
            lemma = "band"  # `the four-piece`
        text = _strip_determiner(span)
        if lemma in ("owner", "operator") and span[0].lower_ == "the" \
                and any(c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in _FACILITIES for c in head.children):
            # `the mine’s owner`, `the network’s operator`: the company that runs it, named before or next
            named = self._recent_organization(head.i, "operator")
            later = self._named_next_body(head) if named is None else None
            if named is not None or later is not None:
                return named or Resolution(self._org_full_name(_org_name(later.text), later.start), "organization")
        if lemma in _PRESS_OFFICES and any(c.lower_ in ("press", "media", "communications") for c in head.lefts):
            # `the ministry’s press service`, `the press office of the Seimas`: the body it speaks for
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None) or _object_of(head, ("of",))
            found = self.resolve(owner, (owner.left_edge.i, owner.i + 1)) if owner is not None else None
            if found is not None and found.kind == "organization":
                return found
        if lemma in SPOKES_HEADS:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and (owner.lower_ in ("her", "his", "their") or owner.ent_type_ == "PERSON" or self._person_at(owner.i) is not None):
                return Resolution(head.lower_, "anonymous")  # `Her representative said`: someone speaking for a person, unnamed
            org = _object_of(head, ("for", "of", "at", "with"))
            named = self._role_holder(lemma, head.i) if span[0].lower_ not in ("a", "an", "another") else None  # `A spokesperson for X`: someone new
            if named is not None:
                return Resolution(named.name, "person", named.gender)
            if org is not None and ((org.ent_type_ == "PERSON" and org.text not in self._acting_bodies) or ((org.lower_ in self._person_nouns or org.lower_ in self._titles) and not self._names_a_body(org)) or org.lower_ in _FOR_SOMEONE
                                    or (org.pos_ == "PROPN" and self._find_person(_name_units([org]), org.i) is not None)):  # `a rep for Marchetti`
                return Resolution(head.lower_, "anonymous")  # `a spokeswoman for the actress`: the spokeswoman, unnamed
            if owner is not None and owner.pos_ == "NOUN" and self._sentence_numbers()[head.i] <= 1:
                later = self._named_next(head, set(SPOKES_HEADS), "", subjects=False, within=12)
                if later is not None:  # a wire lede's `the government’s spokesman`, named a few paragraphs on
                    return later
            if org is not None and org.lower_ in ("one", "some", "several", "many", "two", "three") and any(c.dep_ == "prep" and c.lower_ == "of" for c in org.children):
                return Resolution(head.lower_, "anonymous")  # `A spokeswoman for one of the big miners`: no body named
            if org is not None and org.pos_ != "PRON":
                if org.pos_ == "NOUN":  # `a spokesman for the firm`: the firm the article named
                    named = self._recent_organization(head.i, org.lower_) if org.lemma_.lower() in words("organization_heads.txt") else None
                    return named or Resolution(_strip_the(_span_text(self.doc, list(org.subtree))), "organization")
                tokens = _before_clause(org)
                whole = self._organization_over(org.i)
                if whole is not None and whole.start <= tokens[0].i and "," in whole.text:
                    tokens = list(whole)  # `the Department for Science, Innovation and Technology`: its comma no clause
                seat = next((n for n, t in enumerate(tokens) if t.lower_ == "in" and t.head.i == org.i and n + 1 < len(tokens) and tokens[n + 1].ent_type_ == "GPE"), None)
                if seat is not None and org.lower_ not in _MISSION_HEADS:
                    tokens = tokens[:seat]  # `A spokesman for the Defence Ministry in Berlin`: where it sits is no part of its name
                return Resolution(self._org_full_name(_org_name(_span_text(self.doc, tokens)), org.i), "organization")
            body = next((c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() in words("organization_heads.txt")), None)
            named = self._recent_organization(head.i, body.lower_) if body is not None else None
            if named is not None:  # `A council spokesman` → the council the article named
                return named
            if org is None and span[0].lower_ in ("a", "an") and self._sentence_numbers()[head.i] <= 1:
                later = self._named_next(head, set(SPOKES_HEADS), "", subjects=False, within=12)
                if later is not None:  # a wire lede's `a government spokeswoman`, named a few paragraphs on
                    return later
            named_org = [t for t in self.doc[head.left_edge.i : head.i] if t.ent_type_ == "ORG"]
            if named_org:  # `A Crumb & Co. spokesperson`
                return Resolution(self._org_full_name(_org_name(_span_text(self.doc, named_org)), head.i), "organization")
            # `A Northlight TV spokesperson`: `TV` is part of the name, whatever its tag
            proper = [t for t in self.doc[head.left_edge.i : head.i] if t.pos_ == "PROPN" or (t.text.isupper() and t.is_alpha and len(t.text) <= 4 and t.i > head.left_edge.i)]
            if proper and self._is_organization_name(_name_units(proper), head.i):  # `A LionGate spokeswoman`
                return Resolution(self._org_full_name(_span_text(self.doc, proper), head.i), "organization")
            if proper and not any(t.ent_type_ == "PERSON" or self._person_at(t.i) is not None or self._find_person(_name_units([t]), t.i) is not None for t in proper):
                return Resolution(self._org_full_name(_span_text(self.doc, proper), head.i), "organization")  # `a Sayurku spokeswoman`: no person of that name
            if span[0].lower_ in ("a", "an") and org is None and not proper and body is None:
                # `Network Rail has since replaced the lists ... ‘We are deeply sorry,’ a spokesperson said`: the body the
                # sentence before (same paragraph) is about
                about = self._last_named_body(head.i, False)
                sentence = self._sentence_numbers()
                if about is not None and about.root.dep_ in ("nsubj", "nsubjpass") and sentence[head.i] - sentence[about.start] <= 1 \
                        and "\n\n" not in self.text[about.end_char : head.idx]:
                    return Resolution(self._org_full_name(_org_name(about.text), about.start), "organization")
            if span[0].lower_ == "the" and not proper:  # `A spokesperson for the minister ... The spokesperson said`: that one
                earlier = next((t for t in reversed(self.doc[: head.i]) if t.lemma_.lower() in SPOKES_HEADS and t.i != head.i and not t.ent_type_), None)
                if earlier is not None and not (earlier.i > 0 and self.doc[earlier.i - 1].lower_ == "the"):
                    found = self.resolve(earlier, (earlier.left_edge.i, earlier.i + 1))
                    if found.kind in ("organization", "anonymous"):  # `A Hanseong Group spokesperson`: the group
                        return found
                return Resolution(head.lower_, "anonymous")
        if span[0].lower_ in ("a", "an") and head.tag_ in ("NN", "NNP") and head.is_lower and self._sentence_numbers()[head.i] == 0 and head.lemma_ not in _COURT_ROLES and not _ANONYMITY.search(_described_words(head)):
            named = self._named_in_evidence(head)
            if named is not None:  # `A woman who was in the flat told a jury ... | Kerry Bostock, 31, was giving evidence ...`
                return named
        if head.lower_ in _FOR_SOMEONE and any(c.dep_ == "poss" and (c.lower_ in ("his", "her", "their") or c.ent_type_ == "PERSON" or self._person_at(c.i) is not None)
                                               for c in head.children):  # also `Chloe’s family`, Chloe tagged as anything
            return Resolution(head.lower_, "anonymous")  # `His family said`, `her lawyers said`
        # `Analysts at the brokerage Dom Maklerski Wisła`, `the DMW analysts`, `Economists at Kgotso Capital`: the firm's note
        if lemma == "analyst" or (lemma == "economist" and any(c.dep_ == "prep" and c.lower_ == "at" for c in head.children)):
            firm = self._firm_of(head)
            if firm is not None:
                return Resolution(self._org_full_name(_org_name(firm.text), firm.start), "organization")
        offices = _offices(" ".join(t.lower_ for t in span if t.i < head.i) + " " + head.lower_)
        if offices and head.tag_ != "NNS" and not any(c.lower_ in ("a", "an", "my", "our") for c in head.lefts):
            # `its finance chief` → Chief Financial Officer Marcus Ho, named before or after (a wire names them late):
            # a company has one such officer
            holders = [p for p in self.people if offices & p.roles and any(pos < head.i for pos in p.positions)]
            person = self._nearest(holders, head.i) if holders else None
            found = Resolution(person.name, "person", person.gender) if person is not None else self._named_next(head, offices, "", subjects=False, within=len(self.doc))
            found = found or self._introduced_next(head, span, offices)
            if found is not None:
                return found
        holder = self._office_of_body(head)
        if holder is not None:  # `Chile’s interior minister said` ... `Interior Minister Francisca Ossandón`
            return Resolution(holder.name, "person", holder.gender)
        order = next((c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.lower_ in _AGE_ORDER), None)
        if head.tag_ == "NN" and lemma in KIN_SHARING_NAME and order is not None:
            aged = [p for p in self.people if lemma in p.roles and p.age is not None and any(pos < head.i for pos in p.positions)]
            if len(aged) >= 2:  # `The elder sister said`: of the sisters, the one the article made older
                holder = (max if _AGE_ORDER[order] else min)(aged, key=lambda p: p.age or 0)
                return Resolution(holder.name, "person", holder.gender)
        if head.tag_ == "NN" and lemma in ("woman", "man") and order is not None and span[0].lower_ == "the":
            # `the older woman said` of Dhan Maya Limbu, 67, and her daughter-in-law, 34: the two just spoken of
            recent = [p for p in self.people if p.age is not None and p.gender == self._person_nouns.get(lemma)
                      and any(pos < head.i and self.text.count("\n\n", self.doc[pos].idx, head.idx) <= 3 for pos in p.positions)]
            if len(recent) >= 2 and len({p.age for p in recent}) == len(recent):
                holder = (max if _AGE_ORDER[order] else min)(recent, key=lambda p: p.age or 0)
                return Resolution(holder.name, "person", holder.gender)
        group = head.tag_ == "NNS" and head.lower_ != lemma and (lemma in self._person_nouns or lemma in self._titles)
        definite = span[0].lower_ in ("the", "this")
        holder = self._role_holder(lemma, head.i, head) if definite and not group else None
        if holder is not None:  # `the chief executive` after `Chief Executive Laura Brennan-Ott`
            return Resolution(holder.name, "person", holder.gender)
        if definite and not any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
            earlier = self._earlier_unnamed(head)
            if earlier is not None:  # `One senior executive said ... The executive added`: the same unnamed source
                return earlier
        if group:
            return Resolution(_description_name(head), "anonymous")  # `the researchers`, `its authors`, `Their doctors`: a group, unnamed
        given = _GIVEN_NAME.search(_described_text(head))
        if given is None and any(c.lower_ in ("a", "an") for c in head.lefts) and self._person_nouns.get(lemma):
            # `..., a woman told our reporter. She gave her name only as Umm Rami and said ...`: the next sentence names her
            following = self.doc[head.sent.end : head.sent.end + 12] if head.sent.end < len(self.doc) else None
            pronoun = "She" if self._person_nouns[lemma] == "f" else "He"
            if following is not None and following.text.startswith(pronoun + " "):
                given = _GIVEN_NAME.match(following.text, len(pronoun) + 1)
        if given is not None:  # `a mother of three who gave her name only as Lorna`
            name = next(g for g in given.groups() if g)
            if " " in name and name.split()[0].lower() in self._titles:
                name = name.split(" ", 1)[1]  # `who gave his name only as Hajj Salem`: Salem
            return Resolution(name, "person", self._person_nouns.get(lemma, ""))
        # `The 28-year-old police officer`: the person of that age, unless the text says they are unnamed
        aged = definite and _AGE.search(span.text) is not None and not _ANONYMITY.search(_described_words(head))
        if definite and lemma == "witness" and head.tag_ == "NN" and not any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
            bench = frozenset(p.name for p in self.people if p.roles & _COURT_ROLES)
            person = self._salient_person(head.i, "", skip=bench)
            if person is not None:  # `“It had,” the witness said`: whoever is giving evidence, not counsel or the judge
                return person
        if not aged and (_is_anonymous(head, span) or (lemma in words("anonymous_heads.txt") and not self._role_holder(lemma, head.i))):
            named = self._named_next(head, {lemma}, "", subjects=False) if definite and not _is_anonymous(head, span) else None
            if named is None and definite and head.tag_ == "NN" and (lemma in words("occupations.txt") or lemma in self._person_nouns) and lemma not in _UNNAMED_KINDS \
                    and not any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
                # `“...,” Captain Treloar said. | Asked whether ..., the investigator said`: a bare occupation, the person just quoted
                # (not in a new scene: `At a bookshop in Sendai, ..., the manager said`)
                opening = head.sent[0]
                scene = opening.pos_ == "ADP" and any(c.dep_ == "pobj" and any(d.lower_ in ("a", "an") for d in c.children) for c in opening.children)
                named = self._just_quoted(head.i) if not scene else None
            return named or Resolution(_description_name(head), "anonymous")  # `the advocate depute ... Catriona Fairlie, the advocate depute`
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and (lemma in DOCUMENT_NOUNS or lemma in _PUBLISHED_THINGS) and owner.lower_ not in ("my", "our", "your"):
            found = self.resolve(owner, (owner.left_edge.i, owner.i + 1))
            if found.kind in ("organization", "person"):  # `The stall’s Facebook page`, `its website`, `the council’s consultation paper`: theirs
                return found
        if lemma in DOCUMENT_NOUNS and definite:  # `the statement said`: whoever just issued it
            # `a report published by the Keta Institute ... According to the report`: its author, as given then
            author = next((found for t in reversed(self.doc[: head.i]) if t.lemma_.lower() == lemma and (found := document_author(t)) is not None), None)
            if author is not None:
                return self.resolve(author, (author.left_edge.i, author.i + 1))
            sentence = self._sentence_numbers()
            sender = next((t for t in reversed(self.doc[max(0, head.i - 60) : head.i]) if t.lemma_.lower() in _SENDING_VERBS.get(lemma, ())
                           and sentence[head.i] - sentence[t.i] <= 2), None)
            writer = next((c for c in sender.children if c.dep_ == "nsubj"), None) if sender is not None else None
            if writer is not None and writer.lower_ not in RELATIVE_PRONOUNS:  # `he had texted her ... | The message said`: his
                return self.resolve(writer, (writer.left_edge.i, writer.i + 1))
            for index, resolution in reversed(self.speaker_history):
                if index < head.i and resolution.kind in ("person", "organization") and sentence[head.i] - sentence[index] <= 3:
                    return resolution
            named = self._recent_organization(head.i)
            if named is not None:
                return named
        if _is_demonym(head) and definite and (head.tag_ != "NNPS" or head.lower_.endswith("ese")):  # `the German`, `the Portuguese`, `the Dutchman`
            person = self._of_nationality(head) or self._salient_description(head, "")
            return person or Resolution(text, "person")
        if definite and lemma in _NAMED_ONLY_HEADS:  # `the nation said` after `Red Willow Cree Nation`; else the country
            for ent in reversed(self._organizations):
                if ent.end <= head.i and lemma in {t.lower_ for t in ent}:
                    return Resolution(self._org_full_name(_org_name(ent.text), ent.start), "organization")
        role_word = lemma in self._titles or lemma in self._person_nouns  # `the Premier`, tagged ORG
        if head.tag_ == "NNS" and head.lower_ != lemma and lemma in words("organization_heads.txt") and head.ent_type_ not in ORG_LABELS:
            return Resolution(_description_name(head), "anonymous")  # `the companies said`: both, not one of them
        marked = [c for c in head.children if c.dep_ == "amod" and c.lower_ in _FIRM_MARKS and _glued_hyphen(self.doc, c.i - 1)]
        if definite and marked and lemma in _FIRM_NOUNS:  # `The London-listed miner said`: the company last named, not a miner
            named = self._recent_organization(head.i)
            if named is not None:
                return named
        if definite and lemma in _FIRM_NOUNS and head.tag_ == "NN" and self._sentence_numbers()[head.i] <= 1 and not any(pos < head.i for pos, _ in self.mentions):
            later = self._named_next_body(head)
            if later is not None:  # a lede's `..., the developer said` | `Sunrise Crest Holdings said`: the business named next
                return Resolution(self._org_full_name(_org_name(later.text), later.start), "organization")
        if lemma in words("organization_heads.txt") or head.lower_ in words("organization_heads.txt") or (head.ent_type_ in ORG_LABELS and not role_word):
            word = "band" if lemma == "band" else head.lower_
            # `the (Swedish) company` → the company last named; a possessor or a compound names another
            # body (`the town engineer's office`, `the community council`).
            # (also `A second union, the Union nationale du personnel navigant (UNPN),`)
            opening = head.i + 3 if head.i + 3 < len(self.doc) and self.doc[head.i + 2].lower_ == "the" and self.doc[head.i + 3].ent_iob_ == "B" else head.i + 2
            named_after = opening < len(self.doc) and self.doc[head.i + 1].text == "," and self.doc[opening].ent_type_ == "ORG" \
                and (self.doc[opening].ent_iob_ == "B" or (opening == head.i + 2 and any(ent.start == opening for ent in self._organizations)))
            body = next((ent for ent in self._organizations if ent.start in (opening, head.i + 2)), None) or next((ent for ent in self.doc.ents if ent.start == opening), None) if named_after else None
            if body is not None:  # `according to her label, Greyhound Records.`: the body named right after, whatever the parse
                # (the tagger may keep only `Union` of `Union nationale du personnel navigant (UNPN)`: the acronym spells it)
                bracket = next((t for t in self.doc[body.end : body.end + 8] if t.text == "("), None)
                spelled = self._acronyms.get(self.doc[bracket.i + 1].text) if bracket is not None and bracket.i + 1 < len(self.doc) else None
                if spelled is not None and spelled.startswith(_strip_the(body.text)):
                    return Resolution(spelled, "organization")
                return Resolution(self._org_full_name(_org_name(body.text), body.start), "organization")
            # (not `based` of `The Saskatoon-based company`: where it is, no word of its name)
            qualifiers = [child for child in head.children if child.i < head.i and child.dep_ in ("poss", "compound", "amod") and child not in marked]
            if any(child.dep_ == "poss" and child.lower_ in ("his", "her") for child in qualifiers) and self._sentence_numbers()[head.i] <= 1 \
                    and self._recent_organization(head.i, word, set()) is None:
                later = self._named_next_body(head)
                if later is not None:  # a lede's `..., her agency said` | `Starbright Music Co said in a statement`
                    return Resolution(self._org_full_name(_org_name(later.text), later.start), "organization")
            if any(child.dep_ == "poss" and child.lower_ in ("its", "their", "whose") for child in qualifiers):  # `with their union vowing`, `its pilots, whose union says`
                qualifiers = [child for child in qualifiers if child.dep_ != "poss"]
                definite = True
                their = any(child.dep_ == "poss" and child.lower_ in ("its", "their") for child in head.children)  # (`whose union says`: below)
                lede = self._named_later_in_lede(head, word) if their and self._recent_organization(head.i, word, set()) is None else None
                if lede is not None:  # `Teachers ... went on strike, with their union warning` ... `the Teachers’ and Lecturers’ Union`
                    return lede
            elif definite and any(child.dep_ == "poss" and child.pos_ == "NOUN" for child in qualifiers):
                # `The sheriff's office` → Tamarack County Sheriff's Office: the owner is a word of the name
                named = self._recent_organization(head.i, word, {child.lower_ for child in qualifiers})
                if named is not None:
                    return named
            if definite and head.ent_type_ not in ORG_LABELS and not any(child.dep_ == "poss" for child in qualifiers):
                # `the forecasting centre` → National Forecasting Centre: a body named with all these words
                named = self._recent_organization(head.i, word, {child.lower_ for child in qualifiers})
                if named is not None:
                    return named
                later = self._named_next_body(head)
                if later is not None and word not in _LEGISLATURES:  # `..., the mine’s operator said. | Minera Altiplano del Norte S.A. said`: named next
                    return Resolution(self._org_full_name(_org_name(later.text), later.start), "organization")
            if self._personal_office(head):
                return Resolution("office", "anonymous")  # `Ingersoll’s office said`, `the governor's office`: someone speaking for them, unnamed
            return Resolution(self._org_full_name(text, head.i), "organization")
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        if head.tag_ == "NN" and lemma in KIN_SHARING_NAME and owner is not None:
            # `Her sister said`: whoever the article named her sister, not she herself
            whose = self.antecedent(owner.i, PERSON_PRONOUNS[owner.lower_], named=True)
            holders = [p for p in self.people if lemma in p.roles and (whose is None or p.name != whose.name) and any(pos < head.i for pos in p.positions)]
            kin = next((p for p in self.people if whose is not None and p.name == whose.name), None)
            if lemma in ("husband", "wife") and holders and kin is not None and kin.last \
                    and not any(kin.last in p.last.replace("-", " ").split() for p in holders):
                # `Her husband` after `Mark and Jenny Pritchard`: Jenny's, not the husband of another family named earlier
                partner = self._named_with(whose, self._person_nouns.get(lemma, ""), head.i)
                if partner is not None and not partner.roles & (KIN_SHARING_NAME - {"husband", "wife"}):  # not her son, Binu Thomas
                    return Resolution(partner.name, "person", partner.gender)
            if holders:
                holder = self._nearest(holders, head.i - 1)  # not by this very mention, which the index gave a holder
                return Resolution(holder.name, "person", holder.gender)
            # (unless someone holds that role: `with his son, Tāne ... His son says`, the pronoun taken for the son)
            known_role = any(lemma in p.roles for p in self.people if any(pos < head.i for pos in p.positions))
            partner = self._named_with(whose, self._person_nouns.get(lemma, ""), head.i) if whose is not None and not known_role else None
            if partner is not None:  # `Ben and Aroha Tuhiwai ... Her husband said`: the other of the pair
                return Resolution(partner.name, "person", partner.gender)
            parent = self._parent_of(whose, lemma, head.i) if whose is not None and not known_role else None
            if parent is not None:  # `Nathalie Désir ... Her father said`: the one older Désir of his sex, not her brother Patrick
                return Resolution(parent.name, "person", parent.gender)
            if whose is None and self._sentence_numbers()[head.i] <= 1:  # `The family of a Boston nurse ..., with her father telling`
                whose = self._named_after(head.i, PERSON_PRONOUNS[owner.lower_])  # her: the woman the article names next
            later = self._kin_named_later(whose, lemma, head) if whose is not None and not known_role else None
            if later is not None:  # the lede's `with her father telling reporters` | `Jean-Robert Désir, 63, said`
                return Resolution(later.name, "person", later.gender)
        holder = self._role_holder(lemma, head.i, head)
        if holder is not None:
            return Resolution(holder.name, "person", holder.gender)
        age = _AGE.search(span.text)
        if definite and age:  # `the 24-year-old`: the person the article gave that age, else the one just quoted
            years = int(age.group().split("-")[0])
            aged = [p for p in self.people if p.age == years and any(pos < head.i for pos in p.positions)]
            if aged:
                holder = self._nearest(aged, head.i)
                return Resolution(holder.name, "person", holder.gender)
            other_ages = frozenset(p.name for p in self.people if p.age is not None and p.age != years)
            # `The 19-year-old Filipino jungler stole ...` after his name, then `The 19-year-old said` paragraphs on: whom it meant first
            earlier = re.search(rf"\b[Tt]he {re.escape(age.group())}\b", self.text[: span.start_char])
            first = self.doc.char_span(earlier.start() + 4, earlier.end(), alignment_mode="expand").start if earlier is not None else None
            person = self._salient_person(first, self._person_nouns.get(lemma, ""), skip=other_ages) if first is not None else None
            person = person or self._salient_person(head.i, self._person_nouns.get(lemma, ""), skip=other_ages)
            if person is not None:
                return person
        if lemma in self._person_nouns or lemma in self._titles:
            gender = self._person_nouns.get(lemma, "") or self._titles.get(lemma, "")
            # `her lawyer` is someone's; `the company’s managing director` is an office, like `the managing director`
            singular = head.tag_ in ("NN", "NNP") and not any(c.dep_ == "poss" and not _is_body_word(c) for c in head.children)
            introduced = self._introduced_next(head, span, {lemma, *ROLE_ALIASES.get(lemma, ())})
            if introduced is not None:  # the lede's `its leader`, `its 68-year-old owner`: the one named next
                return introduced
            if definite and singular:  # `the singer said`: the person the article is about, when just mentioned
                # not someone the article gave another office (`the Prime Minister` is not `the Leader of the Opposition`)
                roles = {lemma, *ROLE_ALIASES.get(lemma, ())}
                office = lemma in self._titles and not any(t.lower_ in ("former", "ex", "then") for t in head.lefts)  # a past office may be anyone's
                elsewhere = frozenset(p.name for p in self.people if p.roles - _ANY_HONORIFICS - _HONOUR_WORDS and not roles & p.roles and office)
                lede = self._sentence_numbers()[head.i] <= 1  # `..., the mayor accused ... | Mayor Helen Brisebois` a few paragraphs on
                bench = [p for p in self.people if roles & p.roles] if lemma in _BENCH_ROLES else []
                if len(bench) == 1:  # `The judge asked whether ...` before `Judge Éanna Ó Ceallaigh` is named: the case's one judge, never the accused
                    return Resolution(bench[0].name, "person", bench[0].gender)
                person = self._salient_description(head, gender, skip=elsewhere)
                if person is None and lede:  # the lede's `the federal Labour Minister`: whoever the article later calls that, however far on
                    person = self._named_next(head, roles, gender, subjects=False, within=len(self.doc))
                person = person or self._named_next(head, roles, gender, within=6 if lede else 2)
                if person is not None:
                    return person
            elif singular and span[0].lower_ in ("a", "an"):  # `A Republican senator from Texas on Tuesday blocked ... | Sen. Wade Pruitt, R-Texas,`
                person = self._holder_named_later(head, gender)
                if person is None and self._sentence_numbers()[head.i] <= 1 and head.dep_ in ("nsubj", "nsubjpass") and not _ANONYMITY.search(_described_words(head)):
                    # a lede's `A Soweto mother broke down ... as she told the court` | `Nomvula Mahlangu, 34, is suing`: the one named next, as a subject
                    person = self._named_next(head, {lemma, *ROLE_ALIASES.get(lemma, ())}, gender, within=2)
                if person is not None:
                    return person
            if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
                return Resolution(_description_name(head), "anonymous", gender)  # the writer's `my son asked me whether ...`
            if singular and span[0].lower_ in ("a", "an"):
                return Resolution(_description_name(head), "anonymous", gender)  # `A councillor said`, named nowhere near: unnamed
            counsel = [p for p in self.people if p.roles & _COUNSEL] if lemma in _COUNSEL and span[0].lower_ in ("his", "her", "their") else []
            if len(counsel) == 1:  # `his lawyer said` where the article's one lawyer is `defence barrister Dimitri Kallos`
                return Resolution(counsel[0].name, "person", counsel[0].gender)
            if span[0].lower_ in ("his", "her", "their") and head.tag_ == "NN":
                return Resolution(_description_name(head), "person", gender)  # `Her husband said`, named nowhere: her husband, by what he is
            return Resolution(text, "person", gender)
        if span[0].lower_ in ("a", "an") and head.tag_ == "NN" and lemma in self._role_words and not _ANONYMITY.search(_described_words(head)):
            person = self._holder_named_later(head, "")
            if person is not None:  # `A coroner has said ...` | `Assistant coroner Nia Wyn Gwilym` far below
                return person
        if _unnamed_one(head) and lemma not in DOCUMENT_NOUNS and lemma not in _NOT_PEOPLE and lemma not in words("media_words.txt") | words("channel_words.txt"):
            return Resolution(_description_name(head), "anonymous")  # `one accountant said`: someone left unnamed
        if definite and head.pos_ == "NOUN":  # `the advocate depute told the jury ... said Catriona Fairlie, the advocate depute`
            named = self._named_next(head, {lemma}, "", subjects=False)
            if named is not None:
                return named
        if any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
            return Resolution(_description_name(head), "anonymous")  # `my landlord said`
        if definite and head.pos_ == "NOUN" and head.tag_ == "NN" and not any(c.dep_ == "poss" for c in head.children):  # `The directorate` → Puno Regional Agriculture Directorate: a body named with that word
            body = next((ent for ent in reversed(self._organizations) if ent.end <= head.i and head.lower_ in {t.lower_ for t in ent}), None)
            if body is not None:
                return Resolution(self._org_full_name(_org_name(body.text), body.start), "organization")
        if head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in head.children):
            # `the couple`, `Meteorologists at the institute`, `a review in the Ledger`: unnamed, and never a he or she
            return Resolution(_description_name(head), "anonymous", NOT_ONE_PERSON)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.pos_ == "NOUN" and lemma in self._role_words and owner is not None and owner.lower_ not in PERSON_PRONOUNS and self._person_at(owner.i) is None:
            # `The Herald's critic`, `the station's attendant`, named nowhere: someone unnamed, by their work
            return Resolution(_description_name(head), "anonymous", NOT_ONE_PERSON)
        if head.pos_ == "NOUN" and head.tag_ == "NNS" and owner is not None and owner.lower_ in ("their", "his", "her"):
            return Resolution(_description_name(head), "anonymous", NOT_ONE_PERSON)  # `..., their families said`: a group, unnamed
        return Resolution(text, "unknown")

    def _of_nationality(self, head: Token) -> Resolution | None:
        """`the Brazilian` after `Brazilian goalkeeper Lucas Ferreira da Silva`: the one person named before with
        that nationality set right before the name (only role words between) or beside it (`Lucas, a 24-year-old
        Brazilian,`), when there is one."""
        word = head.lower_
        forms = {word, _NATIONALITY_ADJECTIVES.get(word, word)}  # `The Swede` after `Swedish midfielder Oskar Wennberg`
        found = []
        for position, person in self.mentions:
            if position >= head.i:
                break
            before = self.doc[max(0, position - 8) : position]
            at = next((t.i for t in reversed(before) if t.lower_ in forms), None)
            after = self.doc[position + 1 : min(position + 9, head.i)]  # or set beside the name: `Lucas, a 24-year-old Brazilian,`
            beside = len(after) > 1 and after[0].text == "," and any(t.lower_ in forms for t in itertools.takewhile(lambda t: t.text not in (",", "."), after[1:]))
            if ((at is not None and all((t.is_lower and t.is_alpha) or t.pos_ == "PROPN" for t in self.doc[at + 1 : position])) or beside) and person not in found:
                found.append(person)
        return Resolution(found[0].name, "person", found[0].gender) if len(found) == 1 else None

    def _names_a_body(self, token: Token) -> bool:
        """A person noun that ends a body's name (`the Health Service Executive`), not a person's office (`the Chief Executive`)."""
        return token.ent_type_ == "ORG" and token.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and not _is_role_word(c.text, self._person_nouns, self._titles) for c in token.lefts)

    def _named_later_in_lede(self, head: Token, word: str) -> Resolution | None:
        """A lede's `their union` / `its federation` before any is named: the first body the article
        names later with that word in its name."""
        if self._sentence_numbers()[head.i] > 1 or word not in ("union", "federation", "association", "congress", "council", "syndicate"):
            return None
        later = itertools.islice(self._organizations, bisect.bisect_right(self._organization_starts, head.i), None)
        body = next((ent for ent in later if word in {t.lower_ for t in ent} and len(ent) > 1), None)
        return Resolution(self._org_full_name(_org_name(body.text), body.start), "organization") if body is not None else None

    def _named_next_body(self, head: Token) -> Span | None:
        """The organisation the next two sentences name first as a subject."""
        sentence = self._sentence_numbers()
        after = itertools.islice(self._organizations, bisect.bisect_right(self._organization_starts, head.i), None)
        near = itertools.takewhile(lambda ent: sentence[ent.start] - sentence[head.i] <= 2, after)
        # the subject, or what qualifies it (`National Disaster Mitigation Agency spokesman Rahmat Hidayat told`), never a person tagged a body
        people = {person.name for person in self.people}
        # (a French name the parse split: `Syndicat` the subject, `des pilotes ...` hung elsewhere)
        return next((ent for ent in near if (_compound_head(ent.root).dep_ in ("nsubj", "nsubjpass") or any(t.dep_ in ("nsubj", "nsubjpass") for t in ent))
                     and _strip_the(ent.text) not in people), None)

    def _firm_of(self, head: Token) -> Span | None:
        """The organisation named in a description's own words: before its noun (`the DMW analysts`)
        or in the phrase after it, up to the next verb (`Analysts at the brokerage X`)."""
        end = next((t.i for t in self.doc[head.i + 1 : head.i + 8] if t.pos_ in ("VERB", "AUX") or t.is_sent_start), head.i + 8)
        first = bisect.bisect_left(self._organization_starts, head.left_edge.i)
        near = itertools.takewhile(lambda ent: ent.start < end, itertools.islice(self._organizations, first, None))
        return next((ent for ent in near if ent.start != head.i), None)

    def _just_quoted(self, position: int) -> Resolution | None:
        """The named person quoted last, within two sentences before ``position``, with no one else a subject between."""
        sentence = self._sentence_numbers()
        index, resolution = next(((i, r) for i, r in reversed(self.speaker_history) if i < position), (None, None))
        if index is None or resolution is None or resolution.kind != "person" or sentence[position] - sentence[index] > 2:
            return None
        return None if self._other_subject_between(index, position, resolution.name) else resolution

    def _earlier_unnamed(self, head: Token) -> Resolution | None:
        """The unnamed source a bare `the official` repeats: the last anonymous speaker with that head
        noun, within three sentences."""
        sentence = self._sentence_numbers()
        lemma = head.lemma_.lower()
        for index, resolution in reversed(self.speaker_history):
            if index >= head.i or sentence[head.i] - sentence[index] > 3:
                continue
            if resolution.kind == "anonymous" and resolution.name.split()[-1] in (lemma, head.lower_) and (" " in resolution.name or lemma in SPOKES_HEADS):
                return resolution
        return None

    def _named_next(self, head: Token, roles: set[str], gender: str, subjects: bool = True, within: int = 2) -> Resolution | None:
        """A description used before anyone fits it, then a name: `“...,” the mission manager said. |
        Renata Okonjo-Vale, who has run the mission since 2019, said ...` — whoever the article gives
        that role within the next ``within`` sentences, else the person it names first as a subject there."""
        sentence = self._sentence_numbers()
        here = sentence[head.i]
        later = [(p, min(p.positions)) for p in self.people if p.positions and min(p.positions) > head.i
                 and sentence[min(p.positions)] - here <= within and (not gender or p.gender in ("", gender))]
        holders = [(p, first) for p, first in later if roles & p.roles]
        if not holders and subjects:  # not someone given another office (`Finance Minister Lina Obeidat` for `The governor`)
            # (a subject where first named: `Datuk Seri Hasnul Fikri bin Abdul Wahab told`, its first word a compound)
            holders = [(p, first) for p, first in later if any(self.doc[pos].dep_ in ("nsubj", "nsubjpass") for pos in p.positions if sentence[pos] == sentence[first])
                       and not ((p.roles & self._titles.keys()) - _ANY_HONORIFICS - _HONOUR_WORDS - roles)]
        if not holders:
            return None
        person = min(holders, key=lambda pair: pair[1])[0]
        return Resolution(person.name, "person", person.gender)

    def _holder_named_later(self, head: Token, gender: str) -> Resolution | None:
        """`A Republican senator ... blocked` | `Sen. Wade Pruitt, R-Texas,`: an indefinite role named in the
        next sentences (a wire lede's, in the next six), else, in a lede, the article's one holder of it."""
        lemma = head.lemma_.lower()
        lede = self._sentence_numbers()[head.i] <= 1  # a wire lede may keep the name for a few paragraphs
        roles = {lemma, *ROLE_ALIASES.get(lemma, ())}
        person = self._named_next(head, roles, gender, subjects=False, within=6 if lede else 2)
        holders = [p for p in self.people if roles & p.roles and (not gender or p.gender in ("", gender))] if lede and person is None else []
        if len(holders) == 1:  # `after a judge told him ...` in the lede, `District Judge Eamon Rafferty` far below: the article's one judge
            person = Resolution(holders[0].name, "person", holders[0].gender)
        return person

    def _introduced_next(self, head: Token, span: Span | None, roles: set[str]) -> Resolution | None:
        """A body's officer the lede describes (`..., its chief executive said`, `its leader vowing`,
        `with its 68-year-old owner saying`) and the article names after it: the first person named
        after the lede, as a subject, given no other office (not `Analyst Derek Moss`) nor another
        age; else whoever the article later gives that office (not a deputy)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or not (owner.lower_ in ("its", "their") or _is_body_word(owner)) or head.tag_ != "NN":
            return None  # (checked first: this runs for every described person, the text slice below only for a body's officer)
        sentence = self._sentence_numbers()
        if sentence[head.i] > 1 and "\n\n" in self.text[: head.idx].strip():  # past the lede (or a live blog's key points)
            return None
        allowed = roles | HONORIFICS | _GENDERED_KIN | (_LEADING_OFFICES if head.lemma_.lower() in _LEADING_HEADS else frozenset())
        age = _AGE.search(span.text) if span is not None else None
        venues = _SHOP_WORDS | words("organization_heads.txt")  # not `Wah Kee Café`
        later = sorted(((min(p.positions), p) for p in self.people if p.positions and min(p.positions) > head.i
                        and p.name.split()[-1].lower() not in venues), key=lambda pair: pair[0])
        holder = next((pair for pair in later if roles & pair[1].roles and not pair[1].roles & _SECOND_RANKS), None)
        # (a spokesman is named with that word, not as whoever the article names next: `its spokesman called` ... `Lupe Aiono, 61,`)
        for first, person in later[:1] if head.lemma_.lower() not in SPOKES_HEADS else []:
            named = [self.doc[i] for i in person.positions if sentence[i] == sentence[first]]
            # a subject, or the one a business is `run by`
            subject = any(t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ in ("appos", "conj") and t.head.dep_ in ("nsubj", "nsubjpass"))
                          or (t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.lemma_.lower() in _RUNNING_VERBS) for t in named)
            # or the one person named in a sentence that reports speech (`«...», Sandrine Bonnefoy, general secretary of ..., told reporters`)
            sent = self.doc[first].sent
            subject = subject or (any(t.lemma_ in speech_cues() and t.pos_ == "VERB" for t in sent)
                                  and not any(p is not person and any(sent.start <= i < sent.end for i in p.positions) for p in self.people))
            other_office = (person.roles & self._role_words) - allowed - ({"doctor"} if "dr" in person.roles else set())
            other_age = age is not None and person.age is not None and person.age != int(age.group().split("-")[0])
            near = self.text.count("\n\n", head.idx, self.doc[first].idx) <= 2  # in the next two paragraphs
            if near and subject and person.first and not other_office and not other_age:
                return Resolution(person.name, "person", person.gender)
        if holder is not None:  # `its governor` in a live blog's key points, `Governor Nandi Ramokgopa` far below
            return Resolution(holder[1].name, "person", holder[1].gender)
        return None

    def _named_in_evidence(self, head: Token) -> Resolution | None:
        """The lede's unnamed speaker (`A taxi rank marshal told the court ...`) named in the next
        paragraph as the subject of a sentence about speaking (`Mandla Khumalo, 46, was the first State
        witness`, `Kerry Bostock was giving evidence`), not of any sentence (`Edna Whitlock died ...`)."""
        sentence = self._sentence_numbers()
        gender = self._person_nouns.get(head.lemma_.lower(), "")
        here = sentence[head.i]
        # named after the lede (not `... across Leek`, a town tagged a person; `the last Brosnan` in the lede's quote counts from the next mention)
        later = {id(p): [i for i in p.positions if sentence[i] > here] for p in self.people}
        for person in sorted((p for p in self.people if later[id(p)] and min(p.positions) > head.i), key=lambda p: min(later[id(p)])):
            first = self.doc[min(later[id(person)])]
            if sentence[first.i] - here > 2:
                continue
            named = [self.doc[i] for i in person.positions if sentence[i] == sentence[first.i]]
            subject = any(t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "appos" and t.head.dep_ in ("nsubj", "nsubjpass")) for t in named)
            if not subject or not person.first or (gender and person.gender not in ("", gender)) or (person.roles & self._titles.keys()) - _ANY_HONORIFICS - KIN_SHARING_NAME:
                return None  # the next person named is someone else: a victim, an official (not `his son` of `father`)
            # not `Jac Hughes, 29, denies causing grievous bodily harm`: the accused, most often not the lede's witness
            speaks = any((t.lemma_.lower() in speech_cues() and t.lemma_.lower() not in ("deny", "plead", "admit")) or t.lemma_.lower() in _EVIDENCE_WORDS
                         for t in first.sent)
            # or the wire lede's delayed name: the subject opening the next paragraph (`A local radio presenter has defended
            # ... | Tony Hallam, who has presented ... for 14 years, was taking calls`), not one harmed or accused there
            opens = self.text.count("\n\n", head.idx, first.sent.start_char) == 1 and not self.text[first.sent.start_char - 2 : first.sent.start_char].strip() \
                and not any(t.lemma_.lower() in _HARM_WORDS for t in first.sent)
            if not (speaks or opens):
                return None
            person.roles.add(head.lemma_.lower())  # and `The presenter said` later is the same one
            return Resolution(person.name, "person", person.gender)
        return None

    def _salient_description(self, head: Token, gender: str, skip: frozenset[str] = frozenset()) -> Resolution | None:
        """The person a definite description means: whom it meant when first used, else whom it means here."""
        start = self._description_start(head)
        roles = {head.lemma_.lower(), *ROLE_ALIASES.get(head.lemma_.lower(), ())}
        found = (self._salient_person(start, gender, skip=skip) or self._named_next(self.doc[start], roles, gender)) if start != head.i else None
        return found or self._salient_person(head.i, gender, skip=skip)

    def named_next_mention(self, role: Token) -> Token | None:
        """The first mention of the person the next two sentences give the role ``role`` names."""
        lemma = role.lemma_.lower()
        roles = {lemma, *ROLE_ALIASES.get(lemma, ()), *[full for short, full in _ABBREVIATED_ROLES.items() if short == lemma]}
        found = self._named_next(role, roles, "", subjects=False)
        if found is None:
            return None
        person = next(p for p in self.people if p.name == found.name)
        return self.doc[min(pos for pos in person.positions if pos > role.i)]

    def is_role_word(self, token: Token) -> bool:
        """A title or a noun for a person (`mayor`, `Governor`, `coach`)."""
        return token.lower_ in self._titles or token.lower_ in self._person_nouns

    def _description_start(self, head: Token) -> int:
        """Where a repeated definite description was first used (`The Swede, who had gone 11 games
        ... “...,” the Swede said`): the same person as then, so resolved from there."""
        sentence = self._sentence_numbers()
        position = head.i
        for token in reversed(self.doc[: head.i]):
            if sentence[position] - sentence[token.i] > 2:
                break
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) or (token.i > 0 and self.doc[token.i - 1].lower_ == "the")
            opens = definite and (token.left_edge.i == token.sent.start or token.dep_ in ("nsubj", "nsubjpass"))
            if token.lower_ == head.lower_ and opens and _modifiers(token) == _modifiers(head):
                position = token.i
        return position

    def _salient_person(self, position: int, gender: str, skip: frozenset[str] = frozenset()) -> Resolution | None:
        """The person a definite description (``the singer``) most likely means: the last person
        speaker or subject within two sentences, of a compatible gender, not one of ``skip``."""
        sentence = self._sentence_numbers()
        for index, resolution in reversed(self.speaker_history):  # the last person quoted, if recent
            named = resolution.kind == "person" and resolution.name[:1].isupper()  # not `one reporter`
            if index < position and named and sentence[position] - sentence[index] <= 3 and resolution.name not in skip:
                if (not gender or resolution.gender in ("", gender)) and not self._other_subject_between(index, position, resolution.name):
                    return resolution
                break
        found = self.antecedent(position, gender, window=2, skip=skip)
        return found if found is not None and found.kind == "person" and found.name[:1].isupper() else None

    def _plural_subject_before(self, pronoun: Token) -> bool:
        """A plural main subject in the pronoun's sentence or the one before (`The residents were angry.`)."""
        start = pronoun.sent.start
        before = self.doc[start - 1].sent.start if start > 0 else start
        return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS") and t.head.i == t.sent.root.i
                   for t in self.doc[before : pronoun.i])

    def _other_subject_between(self, start: int, end: int, name: str) -> bool:
        """Someone else named as a subject, or beside one, between two positions (`... Moreno said. Andy Murray won.`)."""
        first, last = bisect.bisect_right(self.mention_positions, start), bisect.bisect_left(self.mention_positions, end)
        # also a name set beside a subject (`Sussex’s overseas batter, Hamish Tait, was ...`)
        return any(person.name != name and (self.doc[index].dep_ in ("nsubj", "nsubjpass")
                                            or (self.doc[index].dep_ == "appos" and self.doc[index].head.dep_ in ("nsubj", "nsubjpass")))
                   for index, person in self.mentions[first:last])

    def _recent_organization(self, position: int, head: str = "", qualifiers: set[str] | frozenset[str] = frozenset()) -> Resolution | None:
        """The organisation a ``the company`` refers to: the last one named with that word in its
        name (``the corporation`` → Greater Mysuru Municipal Corporation), else the last one that
        spoke or was named, whichever came later. With ``qualifiers`` (``the forecasting centre``,
        ``the community council``) only a body named with all those words too, or none."""
        if head:
            # `the rock band Velvet Static`, `Stanmoor Town, the club,`: a name the article gave as one
            introduced = self._introduced_as(head, position) if not qualifiers else None
            for ent in reversed(self._organizations):
                if ent.end <= position and {head, *qualifiers} <= {t.lower_ for t in ent}:
                    if introduced is not None and introduced[0] > ent.start:
                        break
                    return Resolution(self._org_full_name(_org_name(ent.text), ent.start), "organization")
            if introduced is not None:
                return Resolution(self._org_full_name(_org_name(introduced[1]), introduced[0]), "organization")
            if head == "office" and qualifiers == {"sheriff"}:  # `Reeves County Sheriff Dale Hutchins ... the sheriff's office`
                county = next((self.doc[t.i - 2 : t.i] for t in reversed(self.doc[:position]) if t.text == "Sheriff" and t.i >= 2
                               and self.doc[t.i - 1].text in ("County", "Parish") and _capitalised_name(self.doc[t.i - 2])), None)
                if county is not None:
                    mark = "’" if "’" in self.doc[position - 1].text else "'"  # as the article writes `sheriff’s`
                    return Resolution(f"{county.text} Sheriff{mark}s Office", "organization")
            sentence = self._sentence_numbers()
            if sentence[position - 1] <= 1:  # a wire lede's `the state police command has said`, named next: `the Jigawa State Police Command`
                later = next((ent for ent in self._organizations if ent.start >= position and sentence[ent.start] - sentence[position - 1] <= 2
                              and {head, *qualifiers} <= {t.lower_ for t in ent}), None)
                earlier = [_org_name(ent.text) for ent in self._organizations if ent.end <= position]
                # a bare `the club` is not a body named after it when the lede named another (`SV Rheinstadt have rejected ..., the club
                # confirmed` | `Merseyside club Brackley Athletic`), but is the same one named in full (`Bellamy State` ... `Bellamy State University`)
                if later is not None and not qualifiers and earlier and not any(_org_name(later.text).startswith(name) for name in earlier):
                    later = None
                if later is not None:
                    return Resolution(self._org_full_name(_org_name(later.text), later.start), "organization")
            if qualifiers:
                return None
            if head in _LEGISLATURES:  # `Georgia’s parliament ... the parliament’s press service`: not some other body
                country = next((c.text for t in reversed(self.doc[:position]) if t.lower_ == head for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), "")
                return Resolution(f"{head.capitalize()} of {country}", "organization") if country else None
            if head == "ministry":  # `Minister of Water and Irrigation Eng. Raed Al-Zoubi` ... `the ministry`: his, no other named
                portfolios = {f"Ministry of {_portfolio(m.group(2))}" for m in _MINISTER_OF.finditer(self.text, 0, self.doc[position - 1].idx)}
                if len(portfolios) == 1 and not any(t.lower_ == "ministry" and t.pos_ == "PROPN" for t in self.doc[:position]):
                    return Resolution(portfolios.pop(), "organization")
        # `the company said` is not the regulator it filed with: a business word never means a public body,
        # and `the regulator said` never a company
        business = head in _BUSINESS_WORDS
        # `their union says` is a union, an association or an alliance, never the company named last (it may be named next)
        members = head in ("union", "association", "federation", "guild", "alliance")
        public = head in _STATE_BODIES
        club = head in _CLUB_WORDS
        spoke = next(((index, resolution) for index, resolution in reversed(self.speaker_history)
                      if index < position and resolution.kind == "organization" and resolution.name[:1].isupper()
                      and not (business and _is_public_body(resolution.name)) and not (head in _COMPANY_WORDS and _not_a_business(resolution.name)) and not (public and not _is_public_body(resolution.name))
                      and not (club and _not_a_club(resolution.name)) and not (members and not _of_members(resolution.name))
                      and not (head == "police" and not _POLICE_NAME.search(resolution.name))), None)
        named = self._last_named_body(position, business, club, company=head in _COMPANY_WORDS, members=members)
        if named is not None and public and not _is_public_body(self._acronyms.get(named.text, named.text)):
            named = None
        if named is not None and head == "police" and not _POLICE_NAME.search(self._acronyms.get(named.text, named.text)):
            named = None  # `A police spokeswoman` is not the Fire Services Department named before
        if named is not None and (spoke is None or named.start > spoke[0]):  # whichever came last
            return Resolution(self._org_full_name(_org_name(named.text), named.start), "organization")
        sentence = self._sentence_numbers()
        recent_subject = named is not None and named.root.dep_ in ("nsubj", "nsubjpass") and sentence[position - 1] - sentence[named.start] <= 1
        if spoke is not None and head in _COMPANY_WORDS and not recent_subject:
            # not a broker quoted once when the article is about a company named twice
            counts, spans = self._business_mentions(position)
            self._count_lede_business(counts)
            main = max(counts.items(), key=lambda item: item[1], default=("", 0))
            if main[1] >= 2 and counts[spoke[1].name] <= 1 and main[0] != spoke[1].name:
                return Resolution(main[0], "organization")
        return spoke[1] if spoke is not None else None

    def _introduced_as(self, word: str, position: int) -> tuple[int, str] | None:
        """The name last set beside ``word`` before ``position``, and where: `the rock band Velvet
        Static`, `her label, Greyhound Records,`, `Haar, the duo`. Not a past one (`his former club`)."""
        quoted = range(*self.inside_quote)
        word = "band" if word in _BAND_WORDS else word
        for token in reversed(self.doc[:position]):
            if not token.is_lower or _body_word_of(token) != word or token.i in quoted or any(c.lower_ in _PAST_MARKS for c in token.children):
                continue
            if token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "PROPN":
                name = token.head  # `the rock band Velvet Static`
            elif token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
                name = token.head  # `Haar, the duo,`
            else:  # `the club, Stanmoor Town,`; `the Riverbend Sound festival`
                name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None) \
                    or next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP")), None)
            if name is None or not name.text[:1].isupper():  # not `foreign` of `foreign ministry spokesman`, tagged a proper noun
                continue
            run = _proper_run(name)
            if run is not None and (any(self.is_role_word(t) for t in run) or (self._person_at(name.i) is not None and is_first_name(run[0].text))):
                continue  # `union president Sukhdev Grewal`: a person, not the union
            if run is not None and len(run) == 1 and self._a_place_here(run.text):
                continue  # `A Mississauga food company` ... `its plant in Mississauga`: a place, whatever its tag
            # right beside the word: nothing between but punctuation, articles and the word's own modifiers
            between = self.doc[run.end : token.i] if run is not None and run.end <= token.i else self.doc[token.i + 1 : run.start] if run is not None else []
            if run is not None and all(t.is_punct or t.dep_ in ("det", "amod") or (t.dep_ == "compound" and t.head.i == token.i) for t in between):
                return run.start, _strip_the(run.text)
        return None

    def _last_named_body(self, position: int, business: bool, club: bool = False, company: bool = False, members: bool = False) -> Span | None:
        """The organisation named last before ``position`` — or, when that one is named in passing,
        the subject of the sentence just before (`Wexley Athletic have rejected a third offer from SV
        Rheinfeld ... the club said`). Not a body named inside the quote being attributed (`"Kofi is
        one of our own," the club said`), nor an ORG the tagger made of a person's name (`Ohtaka`),
        nor, for a business word, a public body (`the company` is not the regulator it filed with), nor,
        for ``club``, a league, a governing body or a platform (`the club` is not the Süper Lig)."""
        quoted = range(*self.inside_quote)
        people = {name for person in self.people for name in (person.name, person.last) if name}
        people |= {person.first for person in self.people if person.first and is_first_name(person.first)}  # `Chloe` of Chloe Abara, tagged a body
        sentence = self._sentence_numbers()
        named = None
        for ent in reversed(self._organizations):
            if ent.end > position or ent.start in quoted or _strip_the(ent.text) in people or (business and _is_public_body(self._acronyms.get(ent.text, ent.text))) \
                    or (company and _not_a_business(self._acronyms.get(ent.text, ent.text))) or (members and not _of_members(self._acronyms.get(ent.text, ent.text))) \
                    or _where_posted(ent) or (business and _is_outlet(ent)) or (club and _not_a_club(ent.text)) \
                    or ((len(ent) == 1 or ent.label_ in ("GPE", "LOC", "FAC")) and _placed(ent.root)):  # `the plant near Sriperumbudur`
                continue
            subject = ent.root.dep_ in ("nsubj", "nsubjpass")
            if named is None:
                named = ent
                if subject:
                    return self._main_business(ent, position) if company else ent
            elif sentence[named.start] - sentence[ent.start] > 1:
                return self._main_business(named, position) if company else named
            elif subject:
                return self._main_business(ent, position) if company else ent
        return self._main_business(named, position) if company and named is not None else named

    def _a_place_here(self, word: str) -> bool:
        """Whether the article uses ``word`` as a place somewhere (`its plant in Mississauga`)."""
        if self._placed_words is None:
            self._placed_words = {t.text for t in self.doc if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "outside")}
        return word in self._placed_words

    def _business_mentions(self, position: int) -> tuple[collections.Counter, dict[str, Span]]:
        """How often each business the article names was named before ``position`` (by full name), and its last mention."""
        people = {name for person in self.people for name in (person.name, person.last, person.first) if name}  # not `Ines` of Ines Ferrante
        counts: collections.Counter = collections.Counter()
        last: dict[str, Span] = {}
        for ent in self._organizations:
            if ent.end > position or _not_a_business(self._acronyms.get(ent.text, ent.text)) or _strip_the(ent.text) in people \
                    or any(t.lower_ in self._role_words and _as_role(t, ent) for t in ent) or _is_outlet(ent) or _where_posted(ent) or (len(ent) == 1 and self._a_place_here(ent.text)):
                continue
            name = self._business_name(ent)
            counts[name] += 1
            last[name] = ent
        return counts, last

    def _business_name(self, ent: Span) -> str:
        """A business's name as `_business_mentions` counts it: cleaned, legal form dropped, in full."""
        return self._org_full_name(_clean_org(_org_name(ent.text)), ent.start + 1)

    def _main_business(self, last: Span, position: int) -> Span:
        """For `the company`: the body named last, unless it is named only once and another business the
        article is about was named at least twice before (`the company` is Asaase Cocoa Processing, not
        the broker its analyst works at, nor `Mississauga`, a town tagged a body)."""
        sentence = self._sentence_numbers()
        if last.root.dep_ in ("nsubj", "nsubjpass") and sentence[position - 1] - sentence[last.start] <= 1:
            return last  # `Qasmi Textiles Ltd said ... the company said`: the subject just before
        counts, spans = self._business_mentions(position)
        lede = self._count_lede_business(counts)
        if counts[self._business_name(last)] > 1 and lede in (None, self._business_name(last)):
            return last
        main = max(counts.items(), key=lambda item: item[1], default=("", 0))
        return spans[main[0]] if main[1] >= 2 else last

    def _count_lede_business(self, counts: collections.Counter) -> str | None:
        """The business the article's first sentence has as its subject (`Keelung Star Marine Corp ... said on
        Thursday`), the one the article is about; counted in ``counts`` as named twice more (``counts`` is changed)."""
        sentence = self._sentence_numbers()
        first = next((ent for ent in self._organizations if sentence[ent.start] == sentence[0] and ent.root.dep_ in ("nsubj", "nsubjpass")), None)
        name = self._business_name(first) if first is not None else None
        if name is None or name not in counts:
            return None
        counts[name] += 2
        return name

    def _org_full_name(self, name: str, position: int, itself: int = -1) -> str:
        """``Northvale`` → ``Northvale Foods`` when the article named it in full before; ``SVCT`` →
        ``Suir Valley Community Transport`` when the text spelled it out (``... Transport (SVCT)``).
        A body starting at ``itself`` and ending in ``name`` is the name being asked about (`Mrs Justice
        Harcourt`, tagged a body); one starting with it is a body (`Perth and Kinross Council`)."""
        name = _clean_org(name)
        if name.strip("()") in self._acronyms:  # also the bracketed acronym itself, taken for an appositive
            return _org_name(self._acronyms[name.strip("()")])
        spelled = [full for full in self._acronyms.values() if len(full) > len(name) and full.endswith(" " + name) and "," in full]
        if len(spelled) == 1:  # `Geophysical and Astronomical Services Administration`: the tagger cut the name at its comma
            return spelled[0]
        words_ = name.split()
        if not words_:
            return name
        candidates = sorted(self._orgs_by_edge.get(words_[0], []) + self._orgs_by_edge.get(words_[-1], []))
        for start, full in candidates:
            if start >= position:
                break
            if len(full) > len(name) and (full.startswith(name + " ") or full.endswith(" " + name)):
                return full  # `Northvale` → Northvale Foods, `Marlins` → Moreton Bay Marlins, `Police` → Wyre Valley Police
        if len(words_) == 1:  # `Police said ...` before `Wessex Vale Police` is named: the one force the article names
            word = name[:1].upper() + name[1:]
            later = {full for start, full in self._orgs_by_edge.get(word, []) if (full.endswith(" " + word) or full.startswith(word + " "))
                     and not (start == itself and full.endswith(" " + word))}
            if not later and word.lower() in words("organization_heads.txt"):  # `Police` → Port Alder Police Service
                later = {_clean_org(_org_name(ent.text)) for ent in self._organizations if word in ent.text.split()[1:]}
            if len(later) == 1:
                return later.pop()
            if name.endswith("s") and name[:1].isupper() and position < len(self.doc):  # `The Seagulls said` after `The Kingsford Bay Seagulls`, untagged
                whole = re.search(rf"\b((?:[A-Z][\w’'-]+ ){{1,3}}){re.escape(name)}\b", self.text[: self.doc[position].idx])
                opening = whole.group(1).split() if whole is not None else []
                while opening and opening[0] in ("The", "the"):
                    opening = opening[1:]
                if opening and not any(w.lower() in self._titles or w.lower() in self._person_nouns for w in opening) \
                        and name not in self._surnames and not is_first_name(opening[0]) and not is_first_name(name) \
                        and not any(w.endswith(("’s", "'s")) for w in opening):  # not `Ms. Morales` of `Yesenia Morales`, `Indonesia’s Dimas`
                    return " ".join([*opening, name])
        portfolio = re.fullmatch(r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*)*['’]s )?([a-z]+) ministry", name)  # also `China’s foreign ministry`
        if portfolio is not None:  # `China’s commerce ministry said`: the ministry by its name, as the article gives it or as it is styled
            word = portfolio.group(1).capitalize()
            spellings = {word, _SPELLINGS.get(word, word)}  # `Taiwan’s defence ministry` after `the Ministry of National Defense`
            named = {_clean_org(_org_name(ent.text)) for ent in self._organizations if _strip_the(ent.text).startswith("Ministry of") and spellings & set(ent.text.split())}
            if len(named) == 1:
                return named.pop()
            return "Ministry of Foreign Affairs" if word == "Foreign" else f"Ministry of {word}" if word.lower() in _PORTFOLIOS else name
        styled = re.fullmatch(r"([A-Z][a-z]+) Ministry", name)
        if styled is not None:  # `the Interior Ministry said` after `the Ministry of Interior and Municipalities`: the one it named
            named = {_clean_org(_org_name(ent.text)) for ent in self._organizations if ent.text.startswith(("Ministry of", "the Ministry of")) and styled.group(1) in ent.text.split()}
            if len(named) == 1:
                return named.pop()
        return name

    def _same_office(self, head: Token, holder: Person) -> bool:
        """``the former president of the Enugu Chamber`` is not the president named earlier unless the
        article tied that person to the Enugu Chamber too: a former office or a named body must match."""
        if any(child.lower_ in ("former", "ex", "then") for child in head.lefts):
            return False
        bodies = [grand for child in head.rights if child.dep_ == "prep" and child.lower_ in ("of", "at", "for")
                  for grand in child.children if grand.dep_ == "pobj" and grand.pos_ == "PROPN"]
        if not bodies:
            return True
        sentence = self._sentence_numbers()
        where = {sentence[position] for position in holder.positions}
        return any(sentence[i] in where for body in bodies for i in self._positions_of(body.text) if i != body.i)

    def _positions_of(self, text: str) -> list[int]:
        """Token indices of every token with this text (an index built once per Doc)."""
        if self._by_text is None:
            self._by_text = {}
            for token in self.doc:
                self._by_text.setdefault(token.text, []).append(token.i)
        return self._by_text.get(text, [])

    def _office_of_body(self, head: Token) -> Person | None:
        """``Chile’s interior minister``, ``its governor``, ``their union’s leader``: an office a place
        or body has one of, held by the person the article gives that office with the same
        qualifying words, named before or (in a lede) after."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or head.tag_ != "NN" or head.lemma_.lower() not in self._titles:
            return None
        place = owner.pos_ == "PROPN" and (owner.ent_type_ in ("GPE", "ORG", "NORP") or any(o.start <= owner.i < o.end for o in self._organizations)) \
            and self._person_at(owner.i) is None
        body = owner.lower_ == "its" or _is_body_word(owner)
        if not (place or body):
            return None
        lemma = head.lemma_.lower()
        roles = {lemma, *ROLE_ALIASES.get(lemma, ())}
        qualifiers = [c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN"]
        holders = [p for p in self.people if roles & p.roles and all(self._titled_with(p, q) for q in qualifiers)]
        before = [p for p in holders if any(pos < head.i for pos in p.positions)]
        if before:
            return self._nearest(before, head.i)
        introduced = self._introduced_next(head, None, roles) if body and not qualifiers else None
        if introduced is not None:  # `..., its president said. | Isabelle Gagnon-Lacroix told employees`, not the union's president
            return next(p for p in self.people if p.name == introduced.name)
        sentence = self._sentence_numbers()
        after = [p for p in holders if p.positions and sentence[min(p.positions)] - sentence[head.i] <= 12]
        if after:
            return min(after, key=lambda p: min(p.positions))
        if sentence[head.i] > 0 or holders or not place or lemma not in _PERSONAL_OFFICES:
            return None
        # `Malaysia’s domestic trade minister on Thursday defended ... | Datuk Seri Hasnul Fikri bin Abdul Wahab told
        # reporters`: a country's minister in the lede is the one named next as a subject, with no office of their own
        named = self._named_next(head, roles, "")
        return next((p for p in self.people if named is not None and p.name == named.name), None)

    def _personal_office(self, head: Token) -> bool:
        """`Ingersoll’s office`, `Gov. Bernadette Fontenot-Achord's office`, `the prime minister’s office`: the
        staff of one person (an office-holder, not an agency such as a sheriff's or a coroner's office)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.lemma_.lower() != "office" or owner is None or head.ent_type_ in ORG_LABELS:
            return False
        if owner.lemma_.lower() in _PERSONAL_OFFICES:
            return True
        return owner.text[:1].isupper() and (self._person_at(owner.i) is not None or (
            owner.pos_ == "PROPN" and self.resolve(owner, (owner.left_edge.i, owner.i + 1)).kind == "person"))

    def _titled_with(self, person: Person, word: str) -> bool:
        """The article writes ``word`` in a title right before one of the person's names (`Interior Minister X`)."""
        return any(word in (t.lower_ for t in self.doc[max(0, pos - 5) : pos]) for pos in person.positions)

    def _role_holder(self, role: str, position: int, description: Token | None = None) -> Person | None:
        """The person most recently described by ``role`` (``Mayor Jane Doe`` → the mayor), and when
        a ``description`` is given, holding the office it describes (``_same_office``)."""
        roles = {role, *ROLE_ALIASES.get(role, ())}
        holders = [p for p in self.people if roles & p.roles and any(pos < position for pos in p.positions)
                   and (description is None or self._same_office(description, p))]
        modifiers = {c.lower_ for c in description.lefts if c.dep_ in ("amod", "compound") and c.pos_ != "PROPN"} if description is not None else set()
        if len(holders) > 1 and modifiers and any(modifiers <= p.roles for p in holders):
            holders = [p for p in holders if modifiers <= p.roles]  # `the prime minister`, not the housing minister
        if len(holders) > 1 and description is not None and not modifiers & _SECOND_RANKS:
            holders = [p for p in holders if not p.roles & _SECOND_RANKS] or holders  # `the governor`: not Deputy Governor Rebecca Thorne
        if len(holders) > 1 and description is not None and role == "minister" and not modifiers & _LEADING_MINISTERS:
            holders = [p for p in holders if not p.roles & _LEADING_MINISTERS] or holders  # `the Minister`: Finance Minister T.K. Raghavan, not Chief Minister A.K. Balan
        state = _state_named(description) if len(holders) > 1 and description is not None else None
        if state is not None:  # `the New Mexico Democrat`: of two Democrats, the one from New Mexico (`D-NM`)
            holders = [p for p in holders if state in p.roles] or holders
        if len(holders) > 1 and description is not None:  # `the Ashbury manager`: of two managers, the one named with Ashbury
            sentence = self._sentence_numbers()
            named = [c.text for c in description.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
            tied = [p for p in holders if any(sentence[i] in {sentence[q] for q in p.positions} for text in named for i in self._positions_of(text))]
            holders = tied or holders
        return self._nearest(holders, position) if holders else None

    def _resolve_pronoun(self, pronoun: Token) -> Resolution:
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            author = self._author_read_out(pronoun, PERSON_PRONOUNS[lower])
            if author is not None:  # `Fontaine read the statement of Spence's widow, Gloria Spence. | “...,” she wrote`: the widow
                return author
            person = self.antecedent(pronoun.i, PERSON_PRONOUNS[lower]) or self._named_after(pronoun.i, PERSON_PRONOUNS[lower])
            if person is not None:
                return person
            return Resolution(pronoun.text, "unknown", PERSON_PRONOUNS[lower])
        if lower in ("they", "them") and any(person.gender == "n" for person in self.people) and not self._plural_subject_before(pronoun):
            person = self.antecedent(pronoun.i, "n")  # someone the article says uses they/them
            if person is not None and person.gender == "n":
                return person
        if lower in ("i", "me", "my", "you"):
            return Resolution(pronoun.text, "unknown")  # the writer, or whoever is spoken to: never the body that spoke last
        kinds = ("organization",) if lower in ("it", "its") else ("organization", "anonymous")  # `it` is never `a person close to her`
        for position, resolution in reversed(self.speaker_history):
            if position < pronoun.i and resolution.kind in kinds:
                return resolution
        if lower in ("it", "its"):  # `The European Commission proposed a cap on Tuesday. It said ...`: the body named, before any spoke
            named = self._recent_organization(pronoun.i)
            if named is not None:
                return named
        return Resolution(pronoun.text, "unknown")

    def _author_read_out(self, pronoun: Token, gender: str) -> Resolution | None:
        """The writer of a statement or letter someone read out in the sentence before the `she wrote`
        (`read the statement of Spence's widow, Gloria Spence`, `read out a letter from Ms Diaz`, `read Ms
        Diaz's statement`), when the writer is a named person of the pronoun's sex."""
        if pronoun.dep_ != "nsubj" or pronoun.head.lemma_ != "write":
            return None
        sentences = self._sentence_numbers()
        here = sentences[pronoun.i]
        for token in reversed(self.doc[max(0, pronoun.i - 80) : pronoun.i]):
            if here - sentences[token.i] > 2:
                break
            if token.lemma_.lower() not in ("statement", "letter", "note", "message") or token.head.lemma_ != "read":  # also `read out`
                continue
            owners = [c for c in token.children if c.dep_ == "poss"] + [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                                                                           for g in c.children if g.dep_ == "pobj"]
            for owner in owners:
                edge = owner.right_edge.i
                after = next((i for i in range(edge + 2, min(edge + 5, len(self.doc))) if self._person_at(i) is not None), None) \
                    if edge + 1 < len(self.doc) and self.doc[edge + 1].text == "," else None  # `Spence's widow, Gloria Spence,`, whatever the parse
                person = self._person_at(owner.i) or (self._person_at(after) if after is not None else None)
                if person is not None and person.gender in ("", gender):
                    return Resolution(person.name, "person", person.gender)
            return None
        return None

    def _named_after(self, position: int, gender: str, window: int = 4) -> Resolution | None:
        """No one before: a profile's opening `The 34-year-old arrives ... she says`, named in the
        next paragraph; the first person of that gender named within ``window`` sentences after."""
        sentence = self._sentence_numbers()
        for index, person in self.mentions[bisect.bisect_right(self.mention_positions, position) :]:
            if sentence[index] - sentence[position] > window:
                break
            if not self.inside_quote[0] <= index < self.inside_quote[1] and person.gender in ("", gender) and person.first and person.last:
                return Resolution(person.name, "person", person.gender)
        return None

    def antecedent(self, position: int, gender: str, window: int = PRONOUN_WINDOW_SENTS, skip: frozenset[str] = frozenset(), named: bool = False) -> Resolution | None:
        """The person a he/she at ``position`` most likely refers to.

        Scores earlier mentions of gender-compatible people: recency in sentences, a subject or an
        earlier speaker preferred; outside the window, the nearest compatible person. ``named``:
        people named in the article only, not unnamed sources (`A spokesperson said`).
        """
        sentence = self._sentence_numbers()
        here = sentence[position]
        replied_to = self._replied_to(position, gender, skip)
        if replied_to is not None:  # `"Two," he said. | "Three," he replied.`: the other man, if there is one
            other = self.antecedent(position, gender, window, skip | {replied_to}, named)
            if other is not None:
                return other
        best: tuple[float, Resolution] | None = None
        skip = skip | self._addressed_in_quote()  # `"I don't do regret on television, Renee," she replied`: not Renee
        answers = self.doc[position].head.lemma_ in _ANSWER_VERBS  # `Halloway asked whether ... She said`: the one asked answers
        first_after = bisect.bisect_left(self.mention_positions, position)
        for index, person in reversed(self.mentions[:first_after]):
            if self.inside_quote[0] <= index < self.inside_quote[1] or person.name in skip or _asked_about(self.doc[index]):
                continue  # `"... Mrs Ryan goes to dialysis ...," the 67-year-old said`: not the speaker; `Asked about Moreira, he smiled`
            distance = here - sentence[index]
            if best is not None and distance > window + 2:
                break  # nothing this far back can outscore a candidate already found
            if gender and person.gender not in ("", gender):
                # `Dandashi shrugged.` with a grandmother and a grandson of that name: `she` is the grandmother
                namesakes = [p for p in self.people if p.last == person.last == self.doc[index].text and p.gender == gender and p.name not in skip
                             and any(pos < position for pos in p.positions)]  # not a son named later
                if len(namesakes) != 1 or (index > 0 and self._titles.get(self.doc[index - 1].lower_)):  # not `Mr Ashworth`
                    continue
                person, doubt = namesakes[0], 0.6  # the name was read as the namesake's: less sure
            else:
                # one word of no known sex and no first name (`Wearmouth`, `Bekoji`, `Imereti`): often a club, a town or a
                # region the index took for a name, so a he or she prefers someone named in full
                doubt = 1.0 if gender and not person.gender and not person.first and " " not in person.name \
                    and not any(self.doc[pos].dep_ == "nsubj" and self.doc[pos].head.lemma_ in speech_cues() for pos in person.positions) else 0.0
                # (not a mononym who speaks: `Hayun said`)
            token = self.doc[index]
            # a subject, or a name set beside one (`The first witness, warehouseman Stuart Grieve, told`)
            subject = token.dep_ in ("nsubj", "nsubjpass") or (token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass"))
            if subject and token.dep_ == "appos":
                token = token.head
            score = -distance - doubt + ((0.5 if token.head.dep_ == "ROOT" else 0.3) if subject else 0.0)  # the main clause's subject first
            if answers and subject and _asks(token):
                score -= 1.5  # the one who asked is not the one who answers
            score += (0.3 if person.gender == gender else -0.4) if gender else 0.0
            if distance > window:
                score -= 5
            candidate = Resolution(person.name, "person", person.gender)
            if best is None or score > best[0]:
                best = (score, candidate)
        kin_subjects = []  # `His father disagrees. The quota ..., he says`: scored after the unnamed ones, as before
        for token in reversed(self.doc[max(0, position - 80) : position] if not named else ()):  # `A woman stopped me. ... she asked`
            distance = here - sentence[token.i]
            if distance > window:
                break
            if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN":
                continue
            if token.head.dep_ == "ROOT" and token.lemma_.lower() in _GENDERED_KIN and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children) \
                    and not self.inside_quote[0] <= token.i < self.inside_quote[1]:
                kin_subjects.append((distance, token))
            # (or the writer's own relative, outside any quote: a column's `my mother shuts the windows ... she told me`)
            writers = token.lower_ in _GENDERED_KIN and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in token.children) and not self._quoted(token.i)
            if not (_unnamed_one(token) or writers) or token.i in self.person_by_position:
                continue
            noun_gender = self._person_nouns.get(token.lower_)
            if noun_gender is None or (gender and noun_gender not in ("", gender)) or self.inside_quote[0] <= token.i < self.inside_quote[1]:
                continue
            score = -distance + (0.5 if token.head.dep_ == "ROOT" else 0.3) + ((0.3 if noun_gender == gender else -0.4) if gender else 0.0)
            if best is None or score > best[0]:
                spokes = token.lemma_.lower() in SPOKES_HEADS
                found = self.resolve(token, (token.left_edge.i, token.i + 1)) if sentence[token.i] <= 1 or spokes else None
                if found is not None and found.kind == "person" and found.name not in skip and sentence[token.i] <= 1:  # a lede's `A Soweto mother`, named next
                    best = (score, found)
                elif found is not None and found.kind == "organization" and spokes:  # `A department spokesman said ... he said`: the body
                    best = (score, found)
                else:
                    best = (score, Resolution(_description_name(token), "anonymous", noun_gender))
        for distance, token in kin_subjects:
            found = self.resolve(token, (token.left_edge.i, token.i + 1))
            if found.kind != "person" or found.name in skip or (gender and found.gender not in ("", gender)) or not any(p.name == found.name for p in self.people):
                continue
            score = -distance + 0.5 + ((0.3 if found.gender == gender else -0.4) if gender else 0.0)  # a main clause's subject
            if best is None or score > best[0]:
                best = (score, found)
        lead = self._lead_subject(position, gender, skip) if not named else None
        if lead is not None and (best is None or lead[0] > best[0]):
            best = lead
        for index, resolution in self.speaker_history:
            if index >= position or resolution.kind not in (("person",) if named else ("person", "anonymous")):
                continue
            distance = here - sentence[index]
            if best is not None and -distance + 1.0 - (5 if distance > window else 0) <= best[0]:
                continue  # cannot outscore the candidate already found
            if resolution.kind == "anonymous":  # `a nurse, who asked not to be named, said ... "...," she said`
                token = self.doc[index]
                if token.tag_ != "NN":  # one person, not `officials` or `the source's lawyer`
                    continue
                resolution = replace(resolution, gender=resolution.gender or self._person_nouns.get(token.lower_, ""))
            if resolution.name not in skip and (not gender or resolution.gender in ("", gender)):
                score = -distance + 0.7 + ((0.3 if resolution.gender == gender else -0.4) if gender else 0.0)
                if answers and _asks(self.doc[index]):
                    score -= 1.5
                if distance > window:
                    score -= 5
                if best is None or score > best[0]:
                    best = (score, resolution)
        return best[1] if best else None

    def _replied_to(self, position: int, gender: str, skip: frozenset[str]) -> str | None:
        """Whom a `he replied` / `she shot back` at ``position`` answers: the person who spoke the
        last quote, within three sentences, when of the pronoun's gender; None when the reply is to
        a question (`he replied when asked`, or a sentence before it: `X was asked by Mr Hegarty
        whether ...`): the asker is then left to the scoring, and the one asked may have spoken last."""
        verb = self.doc[position].head
        if self.doc[position].dep_ != "nsubj" or not (verb.lemma_ in _REPLY_VERBS or (
                verb.lemma_ in _BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children))):
            return None
        sentence = self._sentence_numbers()
        previous = next(((index, resolution) for index, resolution in reversed(self.speaker_history) if index < position), None)
        if previous is None or previous[1].kind != "person" or sentence[position] - sentence[previous[0]] > 3 or previous[1].name in skip \
                or (gender and previous[1].gender not in ("", gender)):
            return None
        start, end = self.inside_quote
        sent = self.doc[position].sent
        if any(t.lemma_ in _QUESTION_VERBS and not start <= t.i < end for t in sent):
            return None  # `"No," he replied when asked`
        first = min(self.doc[start].sent.start, sent.start) if end > start else sent.start
        lead = self.doc[first - 1].sent if first > 0 else ()
        if any(t.lemma_ in _QUESTION_VERBS and any(c.dep_ == "nsubjpass" for c in t.children) for t in lead):
            return None  # `The 54-year-old was asked by Mr Hegarty whether ...`: the one asked replies
        return previous[1].name

    def _lead_subject(self, position: int, gender: str, skip: frozenset[str]) -> tuple[float, Resolution] | None:
        """The one who speaks a quote followed by ``he said`` is most often the subject of the sentence
        that leads into it in the same paragraph, however that subject is given (`The Dutchman had the
        last word. "...," he said`, `Her mother nodded.`, `The 61-year-old laughed.`).

        Scored as a subject at the distance counted without the quote's own sentences; None when the
        quote has no such lead, the lead is a pronoun, asks a question, or is someone else by gender.
        """
        first, end = self.inside_quote
        if end <= first or position < end:
            return None
        sentence = self._sentence_numbers()
        sent = self.doc[first].sent
        lead_tokens = self.doc[sent.start : first] if sent.start < first - 1 else (self.doc[sent.start - 1].sent if sent.start > 0 else None)
        if lead_tokens is None:
            return None
        text = self.text
        between = text[lead_tokens.start_char : self.doc[first].idx]
        # the lead is in the same paragraph, or is a paragraph of its own (`The 84-year-old disputes this.`)
        alone = between.count("\n\n") == 1 and text[: lead_tokens.start_char].rstrip(" ").endswith("\n\n") and not any(mark in lead_tokens.text for mark in "\"“”«»„")
        if "\n\n" in between and not alone:
            return None
        subject = next((t for t in lead_tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.head.i < first), None)
        if subject is None or subject.pos_ == "PRON" or subject.lower_ in PERSON_PRONOUNS or _asks(subject):
            return None
        if any(c.dep_ in ("dobj", "dative") and PERSON_PRONOUNS.get(c.lower_) == gender for c in subject.head.children):
            return None  # `Ruiz told him ... "...," he said`: the one told answers
        resolution = self.resolve(subject, (subject.left_edge.i, subject.i + 1))
        if resolution.kind != "person" or resolution.name in skip or (gender and resolution.gender not in ("", gender)) \
                or not any(person.name == resolution.name for person in self.people):  # not `His brother`, left unnamed
            return None
        distance = (sentence[first] - sentence[subject.i]) + max(0, sentence[position] - sentence[end - 1])
        return -distance + 1.0 + ((0.3 if resolution.gender == gender else 0.0) if gender else 0.0), resolution

    def _addressed_in_quote(self) -> frozenset[str]:
        """People the quote being attributed speaks to by name (`"..., Renee," she replied`,
        `"Hi, Halcyon."`): a name standing alone between a comma or the quote's edge and
        punctuation. Whoever says it is someone else."""
        start, end = self.inside_quote
        names = set()
        depth = 0  # inside a quote the speaker repeats (`My neighbour said to me, "Janet, ..."`): someone else's words
        for index in range(start, end):
            token = self.doc[index]
            straight = token.text in ("'", '"')  # `My wife told me, 'Musa, ...'`: a straight mark opens after a space
            if index > start and (token.text in ("“", "‘", "«", "„") or (straight and self.doc[index - 1].whitespace_ and not depth)):
                depth += 1
            elif (token.text in ("”", "’", "»") or straight) and depth:
                depth -= 1
            if depth:
                continue
            before = self.doc[index - 1].text if index > start else ","
            after = self.doc[index + 1].text if index + 1 < end else "."
            if before not in (",", "“", '"', "‘", "'") or after not in (",", ".", "!", "?", "—", ";"):
                continue
            if token.pos_ == "PROPN" and token.text[:1].isupper():
                person = self._person_at(index)
                if person is not None:
                    names.add(person.name)
            elif token.lower_ in self._titles and before == ",":  # `"That is rather the point, minister,"`: whoever holds the office is spoken to
                holders = [p for p in self.people if token.lower_ in p.roles]
                if len(holders) == 1:
                    names.add(holders[0].name)
        return frozenset(names)

    def _sentence_numbers(self) -> list[int]:
        """Sentence number of every token, computed once (``doc.sents`` walks the whole Doc)."""
        if self._sentence_of is None:
            self._sentence_of = [0] * len(self.doc)
            for number, sent in enumerate(self.doc.sents):
                self._sentence_of[sent.start : sent.end] = [number] * (sent.end - sent.start)
        return self._sentence_of

    def quoted_reference(self, head: Token, quote_start: int, speaker: str) -> Resolution:
        """Whom a speaker's own words name as the speaker of a quote they repeat (``“My coach told
        me, ‘Go,’” she said``): ``my coach`` / ``Coach`` is whoever the article gives that role, else
        an unnamed `coach`; ``she`` is a person just described in the quote (``My grandmother ...
        She said``), else the usual antecedent, never the speaker herself.

        Args:
            head: the subject of the cue inside the quote.
            quote_start: token index where the outer quote starts.
            speaker: the outer quote's speaker, by name.
        """
        if head.lower_ in _POSTPOSED_HONORIFICS and head.i > 0 and _capitalised_name(self.doc[head.i - 1]):
            head = self.doc[head.i - 1]  # `Sunil sir keeps telling me, ‘...’`: Sunil
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]
            described = self._described_in_quote(head, quote_start, gender)
            if described is None:
                return self.antecedent(head.i, gender, skip=frozenset({speaker})) or Resolution(head.text, "unknown", gender)
            head = described
        if head.pos_ == "PRON":
            return self.resolve(head, (head.i, head.i + 1))
        named = next((t for t in head.subtree if t.i > head.i and t.dep_ == "appos" and t.pos_ == "PROPN"
                      and (t.ent_type_ == "PERSON" or self._person_at(t.i) is not None)), None)  # (also hung on a place: `My editor in Kraków, Ewa ...`)
        if named is not None and head.pos_ == "NOUN":  # `My editor in Kraków, Ewa Sadowska, looked at it and said, ‘...’`: the name given
            return self.resolve(named, (named.left_edge.i, named.i + 1))
        role = QUOTED_KIN.get(head.lemma_.lower(), head.lemma_.lower())
        if lower in QUOTED_KIN and head.text[:1].isupper() and not self._role_holder(role, head.i):
            relative = self._speakers_relative(speaker, role)
            if relative is not None:  # `‘Gran said, “One piper ...”’`, said Kirsty Fraser-Munro: Margaret Fraser
                return Resolution(relative.name, "person", relative.gender)
        bare = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.left_edge.i == head.i and not head.ent_type_ == "PERSON")
        if bare and (role in self._titles or role in self._person_nouns):
            roles = {role, *ROLE_ALIASES.get(role, ())}
            holders = [p for p in self.people if roles & p.roles and p.name != speaker]
            if holders:  # `my coach` ... `Her coach, Fredrick Langat`
                holder = self._nearest(holders, head.i)
                return Resolution(holder.name, "person", holder.gender)
            if head.pos_ == "NOUN":
                return Resolution(_description_name(head), "anonymous", self._person_nouns.get(role, ""))
        resolution = self.resolve(head, (head.left_edge.i, head.i + 1))
        if resolution.kind == "unknown" and head.pos_ == "NOUN":  # `The brewery's agent rang me and said, “...”`
            return Resolution(_description_name(head), "anonymous")
        return resolution

    def _speakers_relative(self, speaker: str, kin: str) -> Person | None:
        """The one adult of the speaker's family name (or a part of a double one) and the kin's gender,
        for a parent or grandparent the speaker calls `Mam`, `Dad` or `Gran`."""
        own = next((p for p in self.people if p.name == speaker), None)
        if own is None or not own.last:
            return None
        names = {own.last, *own.last.split("-")}
        gender = "m" if kin in ("father", "grandfather") else "f"
        family = [p for p in self.people if p is not own and p.gender == gender and not self._is_child(p)
                  and (p.last in names or any(part in names for part in p.last.split("-")))]
        return family[0] if len(family) == 1 else None

    def _described_in_quote(self, pronoun: Token, quote_start: int, gender: str) -> Token | None:
        """The person noun a pronoun in a repeated quote most likely means: the nearest one before it
        in the quote (``My grandmother ... She said``), or in the three sentences before (``a call
        to her grandmother ... | “She texted me. She said, ‘...’”``), unless a person of that
        gender is named nearer."""
        sentence = self._sentence_numbers()
        for token in reversed(self.doc[max(0, pronoun.i - 120) : pronoun.i]):
            if sentence[pronoun.i] - sentence[token.i] > 3:
                break
            person = self._person_at(token.i)
            if person is not None and person.gender and (not gender or person.gender == gender):
                return None
            noun_gender = self._person_nouns.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
            described = token.i >= quote_start or any(c.dep_ == "poss" for c in token.children)  # `her grandmother`, not `the player`
            if noun_gender is not None and described and (not gender or noun_gender in ("", gender)):
                return token
        return None

    def remember_speaker(self, position: int, resolution: Resolution) -> None:
        """Record a resolved speaker so later pronouns can refer back to it."""
        self.speaker_history.append((position, resolution))


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name; hyphenated parts are one word (``Brennan-Ott``, ``Jean-Pierre``)."""

    text: str
    i: int


# Offices written several ways (`finance chief`, `chief financial officer`, `CFO`), by one key.
_OFFICE_FORMS = {"cfo": re.compile(r"\b(?:cfo|chief financial officer|(?:finance|financial) (?:chief|director|head))\b"),
                 "ceo": re.compile(r"\b(?:ceo|chief executive(?: officer)?|president director)\b"),
                 "prosecutor": re.compile(r"\b(?:prosecutor|prosecuting attorney|district attorney|state'?s attorney|crown (?:prosecutor|attorney|counsel))\b")}


def _offices(words: str) -> set[str]:
    """The office keys lower-case role words name (`its finance chief` → cfo)."""
    return {key for key, form in _OFFICE_FORMS.items() if form.search(words)}


# Figures and papers whose source is named with them (`Harrow Analytics data`, `the BBM's draft guidelines`).
_DATA_NOUNS = frozenset(("data", "datum", "estimate", "figure", "guideline", "filing", "count", "poll", "forecast", "calculation", "tally",
                         "projection", "record", "statistic", "number", "survey", "analysis", "report", "study", "affidavit", "indictment",
                         "assessment", "price", "quote", "index", "valuation", "rating", "research", "note", "reading"))


def _data_source(head: Token) -> Token | None:
    """The body or person a figure or paper comes from, when its own phrase names it: a possessor,
    `by`/`from` X, or a proper name before the noun; None otherwise."""
    if head.lemma_.lower() not in _DATA_NOUNS or head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "acl" and child.tag_ == "VBN":  # `an arrest affidavit written by Lasko`
            agent = next((g for prep in child.children if prep.dep_ == "agent" for g in prep.children if g.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ == "PROPN":
                return agent
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            found = next((g for g in child.children if g.dep_ == "pobj"), None)
            if found is not None and found.pos_ == "NOUN":  # `by the pollster Lembaga Survei Cakrawala`
                found = next((g for g in found.children if g.dep_ == "appos" and g.pos_ == "PROPN"), found)
            if found is not None and (found.pos_ == "PROPN" or found.ent_type_ in ("ORG", "PERSON")):
                return found
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON", "")]
    return names[-1] if names else None


def _called_by(ent: Span) -> Token | None:
    """Whom a name is what people call: the `him` of `calls him Abu Omar`, the noun a `whom ... call
    Umm Mahmoud` clause is about."""
    doc = ent.doc
    start = ent.start - 1 if ent.start >= 3 and doc[ent.start - 1].lower_ in gendered("titles.txt") else ent.start  # `call him Mang Erning`
    if start >= 2 and doc[start - 1].lower_ in ("him", "her") and doc[start - 2].lemma_ == "call":
        return doc[start - 1]
    verb = ent.root.head
    if ent.root.dep_ in ("oprd", "dobj", "attr") and verb.lemma_ == "call" and verb.dep_ == "relcl" and any(c.lower_ == "whom" for c in verb.children):
        return verb.head
    return None


def _known_by(ent: Span) -> Token | None:
    """The `known` of `who is known (to everyone in the village) as NAME` or `, known locally as NAME,`."""
    if ent.root.dep_ != "pobj" or ent.root.head.lower_ != "as":
        return None
    known = next((t for t in itertools.islice(ent.root.head.ancestors, 4) if t.lower_ == "known"), None)
    return known if known is not None and known.dep_ in ("relcl", "acl") else None


def _in_dateline(ent: Span) -> bool:
    """The entity is part of a dateline (`KINGSTON, Ont. —`): a place, not someone."""
    doc = ent.doc
    return any(is_dateline(t) and ent.end <= past_dateline(doc, t.i) for t in doc[max(0, ent.start - 8) : ent.start + 1])


def _in_own_marks(ent: Span) -> bool:
    """The name is all a pair of quote marks holds (`its single “Kitchen Knife”`): a title, not someone."""
    doc = ent.doc
    after = ent.end + (ent.end < len(doc) and doc[ent.end].text in (",", ".", "!", "?"))
    return ent.start > 0 and after < len(doc) and doc[ent.start - 1].text in QUOTE_TOKENS and doc[after].text in QUOTE_TOKENS


# Who asks the questions in court, never `the witness`.
_EVIDENCE_WORDS = frozenset(("evidence", "witness", "testimony", "testify"))  # a sentence about someone's account
# A sentence about someone harmed or accused: a victim or a suspect, not the lede's speaker named later.
_HARM_WORDS = frozenset(("die", "dead", "death", "kill", "injure", "injured", "wound", "murder", "shoot", "stab", "arrest", "charge", "sentence",
                         "convict", "jail", "imprison", "drown", "victim", "deny", "plead", "admit", "accuse", "suspect", "missing", "body"))
# Those who preside over a hearing: a case has one, whoever else is quoted.
_BENCH_ROLES = frozenset(("judge", "magistrate", "coroner", "sheriff", "justice", "recorder"))
_COURT_ROLES = frozenset(("attorney", "lawyer", "counsel", "prosecutor", "judge", "justice", "magistrate", "barrister", "solicitor", "coroner", "commissioner"))


def _glued_hyphen(doc: Doc, index: int) -> bool:
    """Token ``index`` is a hyphen with no space on either side (`Wei-ting`, `Manila-based`, `Adebayo-Cole`)."""
    return 0 < index < len(doc) and doc[index].text in ("-", "‐") and not doc[index].whitespace_ and not doc[index - 1].whitespace_


def _given_name_title(tokens: list, n: int, titles: Mapping[str, str] | None = None) -> bool:
    """``Dean Kowalczyk``, ``Sergeant Dean Halloran``: a title that is also a given name, written as
    one before a lone surname (not `the Dean of Arts`, not `Dean Smith Jones`, not after another
    name word; a title before it is no name word)."""
    token = tokens[n]
    after_title = n > 0 and titles is not None and tokens[n - 1].lower_.rstrip(".") in titles
    return (token.text[:1].isupper() and is_first_name(token.text) and n + 2 == len(tokens)
            and (n == 0 or not tokens[n - 1].text[:1].isupper() or after_title) and (token.i == 0 or token.doc[token.i - 1].lower_ != "the"))


def _given_syllables(tokens: list[Token], index: int) -> bool:
    """`Jae` `-` `won` at ``index``: a hyphenated East Asian given name of two short syllables, no place (`Hong Kong-listed`)."""
    first, tail = tokens[index], tokens[index + 2]
    return len(first.text) <= 6 and len(tail.text) <= 5 and first.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP") \
        and (index == 0 or tokens[index - 1].ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP"))


def _hyphen_tail(token: Token) -> bool:
    """The lower-case end of a hyphenated given name (`ting` of `Lin Wei-ting`, `jun` of `Seo Min-jun`)."""
    doc = token.doc
    return token.i >= 2 and token.is_alpha and token.text.islower() and _glued_hyphen(doc, token.i - 1) \
        and doc[token.i - 2].text[:1].isupper() and doc[token.i - 2].is_alpha \
        and (token.lower_ not in _ADDRESS_SUFFIXES or (token.lower_ == "san" and token.i >= 3 and _capitalised_name(doc[token.i - 3])))  # `Wu Pui-san`


# Forms of address written after a name with a hyphen (`Kurokawa-san`, `Ji-hoon-ssi`, `Abdulla-aka`): no part of the name
# (not `-ji`, `-kun` or `-chan`, syllables of Korean and Chinese given names too: `Min-ji`, `Xu-kun`)
_ADDRESS_SUFFIXES = frozenset(("san", "sama", "sensei", "senpai", "ssi", "nim", "sahib", "saab", "aka"))


def _name_units(tokens: list[Token]) -> list[NameWord]:
    """Tokens joined where the text joins them with a hyphen or an apostrophe and no space."""
    units: list[NameWord] = []
    previous: Token | None = None
    for token in tokens:
        if previous is not None and units:
            gap = text_between(token.doc, previous.idx + len(previous), token.idx) if token.idx > previous.idx + len(previous) else ""
            if gap in NAME_JOINERS or (gap == "" and token.i == previous.i + 1 and (token.text[:1] in NAME_JOINERS or previous.text in NAME_JOINERS)):
                units[-1] = NameWord(units[-1].text + gap + token.text, units[-1].i)
                previous = token
                continue
        text = token.text
        if (text in ("Jr", "Sr") or _filipino_ma(token.doc, token.i)) and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "." and not token.whitespace_:
            text += "."  # `Harold Pruitt Sr.`, `Ma. Cristina`
        units.append(NameWord(text, token.i))
        previous = token
    return units


def _after_article_hyphen(token: Token) -> bool:
    """`Hajj` of `al-Hajj Hussein`: a name word after an Arabic article and a hyphen, not a title (but `Maj-Gen` is)."""
    return token.i >= 2 and _glued_hyphen(token.doc, token.i - 1) and token.doc[token.i - 2].lower_ in ("al", "el", "ul")


def _capitals_surname(word: str) -> bool:
    """A family name in capitals, as Francophone papers print it (`KOUADIO`, `GUÈYE`, `NDIAYE-SOW`), not an acronym."""
    return len(word) >= 3 and word.isupper() and word.replace("-", "").isalpha() and re.search("[AEIOUYÀ-ÖØ-Ý]", word) is not None \
        and re.fullmatch("[IVXL]+", word) is None and _BARE_LEGAL_FORM.fullmatch(word) is None \
        and word not in _known_acronyms()


def _francophone_order(units: list[NameWord], role_words: Collection[str]) -> list[NameWord]:
    """`KOUADIO Konan Firmin` → Konan Firmin Kouadio, `Ibrahima FAYE` → Ibrahima Faye: the one word in
    capitals among given names is the family name, written as a name and put last."""
    caps = [n for n, unit in enumerate(units) if _capitals_surname(unit.text)]
    if not caps or len(caps) == len(units) or caps != list(range(caps[0], caps[-1] + 1)) or caps[0] != 0 and caps[-1] != len(units) - 1:
        return units  # one run of capitals, first or last (`Mrs Aïssatou NDIAYE FALL`)
    others = [unit for n, unit in enumerate(units) if n not in caps]
    if not all(unit.text[:1].isupper() and not unit.text.isupper() and unit.text.lower() not in role_words for unit in others):
        return units
    family = [NameWord("-".join(part.capitalize() for part in units[n].text.split("-")), units[n].i) for n in caps]
    return others + family


def _filipino_ma(doc: Doc, i: int) -> bool:
    """`Ma.` (María) before a given name, as Philippine papers write it: `Sen. Ma. Cristina Salcedo-Ramos`."""
    return doc[i].text == "Ma" and not doc[i].whitespace_ and i + 2 < len(doc) and doc[i + 1].text == "." and is_first_name(doc[i + 2].text)


GENERATIONAL = frozenset(("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"))


def _is_role_word(word: str, person_nouns: dict, titles: dict) -> bool:
    lower = word.lower()
    return any(form in person_nouns or form in titles for form in (lower, lower[:-1] if lower.endswith("s") else lower))


def _two_surnames(family: str) -> bool:
    """`Calderón Vidal`: two capitalised surnames, not one with particles (`van der Merwe`, `Te Whata`, `Van Dyke`)."""
    words = family.split()
    return len(words) == 2 and all(word[:1].isupper() and len(word) > 2 for word in words) and words[0].lower() not in _SURNAME_PREFIXES


def _family_name_first(person: Person) -> bool:
    """The article writes the person's family name first (`Park Sung-ho`, `Wang Lijuan`, `Okada Shigeru`)."""
    words = person.name.split()
    return 2 <= len(words) <= 3 and words[0] == person.first and (words[0] in FAMILY_NAMES_FIRST or words[0] in _JAPANESE_FAMILY_NAMES)


def _family_name(person: Person) -> str:
    """The surname with its particles (`van der Merwe` of Johan van der Merwe), or both surnames
    (`Pérez Castillo`), for a relative to take."""
    words = person.name.split()
    if person.last not in words[1:]:
        return person.last
    end = len(words) - 1 - words[::-1].index(person.last)
    start = end
    while start > 1 and words[start - 1].lower() in NAME_PARTICLES:
        start -= 1
    if start == len(words) - 1 >= 2 and words[start - 1][:1].isupper() and not is_first_name(words[start - 1]) and not _ARABIC_ARTICLE.match(words[end].casefold()) \
            and not _SLAVIC_PATRONYMIC.search(words[start - 1]):  # (not `Ivanovych` of Mykola Ivanovych Hrytsenko: his father's name)
        # (not `Younis` of `Ahmed Younis al-Hamdani`: a father's name before an Arabic family name)
        start -= 1  # `Yorman Pérez Castillo`, `Juan Pablo Restrepo Uribe`: two surnames, not a middle name (`Mary Ellen Smith`)
    return " ".join(words[start : end + 1])


@lru_cache(maxsize=4096)
def _name_forms(name: str) -> tuple[str, ...]:
    """How a name may be written alone: `al-Tamimi` also as `Tamimi`, `el-Sayed` as `Sayed`."""
    folded = name.casefold()
    bare = _ARABIC_ARTICLE.sub("", folded)
    return (folded, bare) if bare != folded else (folded,)


def _gendered_surname(surname: str, from_sex: str, to_sex: str) -> str:
    """A woman's surname as her father, brother, son or husband bears it, where the form marks her sex
    unmistakably: Polish (`Wróblewska` → `Wróblewski`), Czech and Slovak (`Hrušovská` → `Hrušovský`, `Nováková`
    → `Novák`), Greek (`Kostopoulou` → `Kostopoulos`), Lithuanian (`Kazlauskienė`, `Kazlauskaitė` → `Kazlauskas`).
    Not the other way: a man's `-ski` or `-as` does not say how his wife or daughter writes hers (`Mary Kowalski`
    in Chicago). Irish: a daughter's `Ní` or `Nic` is her father's and brother's `Ó` or `Mac`, without the lenition (`Ní Bhriain` → `Ó Briain`)."""
    irish = re.fullmatch(r"(Ní|Nic) (\S+)", surname)
    if irish is not None and from_sex == "f" and to_sex == "m":
        name = irish.group(2)
        if len(name) > 2 and name[1] == "h" and name[0] in "BCDFGMPST":
            name = name[0] + name[2:]
        return f"{'Ó' if irish.group(1) == 'Ní' else 'Mac'} {name}"
    if from_sex != "f" or to_sex != "m" or " " in surname or "-" in surname:
        return surname
    for ending, replacement in _TO_MALE_SURNAME:
        if surname.endswith(ending) and len(surname) > len(ending) + 3:
            return surname[: -len(ending)] + replacement
    return surname


def _female_surnames(surname: str) -> list[str]:
    """The forms a man's surname may take for a woman of his family in Polish, Greek and Lithuanian
    (`Wróblewski` → `Wróblewska`, `Kostopoulos` → `Kostopoulou`, `Markakis` → `Markaki`, `Kazlauskas` →
    `Kazlauskienė`, `Kazlauskaitė`); used only when the article writes one of them."""
    forms = []
    for ending, replacements in _TO_FEMALE_SURNAMES:
        if surname.endswith(ending) and len(surname) > len(ending) + 3:
            forms += [surname[: -len(ending)] + replacement for replacement in replacements]
    return forms


_TO_FEMALE_SURNAMES = (("ski", ("ska",)), ("cki", ("cka",)), ("dzki", ("dzka",)), ("os", ("ou",)), ("idis", ("idou",)), ("is", ("i", "ienė", "ytė")),
                       ("as", ("a", "ienė", "aitė")), ("ius", ("ienė", "iūtė")), ("ys", ("ienė", "ytė")))
_TO_MALE_SURNAME = (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki"), ("ská", "ský"), ("cká", "cký"), ("ová", ""), ("opoulou", "opoulos"), ("idou", "idis"),
                    ("ienė", "as"), ("aitė", "as"), ("iūtė", "ius"), ("ytė", "is"))


def _surname(names: list) -> str:
    """The last name word, not a generational suffix (``Harold Pruitt Sr.`` → Pruitt)."""
    words = [n.text for n in names]
    while len(words) > 1 and words[-1] in GENERATIONAL:
        words.pop()
    return words[-1]


def _same_generation(name: str, other: str) -> bool:
    """``Harold Pruitt Sr.`` and ``Harold Pruitt Jr.`` are two people; a name without a suffix may be either."""
    suffixes = {word for word in (name.split()[-1], other.split()[-1]) if word in GENERATIONAL}
    return len({s.rstrip(".") for s in suffixes}) <= 1


def _peer_name(doc: Doc, names: list[NameWord]) -> str:
    """``Lord Carnbee``, ``Lady Farrant``: a peer or a judge known by the title alone keeps it (no first name given)."""
    if len(names) == 1 and names[0].i > 0 and doc[names[0].i - 1].text in ("Lord", "Lady") and not is_first_name(names[0].text):
        return f"{doc[names[0].i - 1].text} {names[0].text}"
    return ""


def _join_names(names: list[NameWord]) -> str:
    return " ".join(name.text for name in names)


def _first_gender(name: str) -> str:
    """Gender of a first name, or of a part of it (``Jean-Pierre``, ``Anne-Claire``, ``Jean-Philippe``)."""
    parts = re.split(r"[-‐]", name) if "-" in name or "‐" in name else []
    return first_name_gender(name) or (first_name_gender(parts[0]) or first_name_gender(parts[-1]) if parts else "")


def _outside_quote_marks(tokens: list[Token]) -> list[Token]:
    kept: list[Token] = []
    inside = False
    for token in tokens:
        doc = token.doc
        if not inside and token.text in ("’", "'") and token.i > 0 and doc[token.i - 1].lower_.endswith("s") and not doc[token.i - 1].whitespace_:
            continue  # `Secondary Teachers’ Union`: a plural possessive, not a closing mark
        if token.is_quote or token.text in QUOTE_TOKENS:
            inside = not inside
        elif not inside:
            kept.append(token)
    return kept


def _span_text(doc: Doc, tokens: list[Token]) -> str:
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return text_between(doc, start, end)


def text_between(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` for a token-aligned start, without rebuilding the whole text
    (spaCy joins every token on each ``doc.text``, which made long articles quadratic)."""
    if end <= start:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    first = span.start - 1 if span.start_char > start and span.start > 0 else span.start  # `start` in the spaces before a token
    text = "".join(token.text_with_ws for token in doc[first : span.end])
    offset = doc[first].idx
    return text[start - offset : end - offset]


_ACRONYM = re.compile(r"\s\(([^\W\d_][^\W\d_&]{0,11}|[^\W\d_]+&[^\W\d_]+)\)")
# Lower-case words an organisation's name may hold between capitalised ones (`Fédération des sentiers ... du Québec`).
_NAME_CONNECTORS = frozenset(("of", "for", "and", "on", "the", "de", "des", "du", "la", "le", "del", "y", "et", "&", "in", "at", "to"))


def _acronyms(text: str) -> dict[str, str]:
    """``the National Union of Teachers (NUT)`` → {"NUT": "National Union of Teachers"}: the words
    before the brackets whose initials spell the acronym (small words may be skipped, a word may
    give more than its initial), else, for an acronym in another language (``the Energy Regulatory
    Office (URE)``), the run of capitalised words right before the brackets, two words at least."""
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        line_start = text.rfind("\n", 0, match.start()) + 1
        raw = text[max(line_start, match.start() - 160) : match.start()].split()[-14:]
        words_ = [word.rstrip(",") for word in raw]  # `Philippine Atmospheric, Geophysical and ...`: the comma stays in the name
        if sum(char.isupper() for char in acronym) < 2:  # `(Tamwusa)`: an acronym written as a word, if the words spell it
            spelled = next((" ".join(raw[n:]) for n in range(len(words_)) if len(words_) - n >= 3 and _spelled_by(acronym, words_[n:])), None)
            if spelled is not None and len(acronym) >= 4:
                found[acronym] = spelled
            continue
        full = next((" ".join(raw[n:]) for n in range(len(words_)) if words_[n][:1].isupper() and _initials(words_[n:]) == acronym.replace("&", "")), None)
        if full is None:  # `Building Materials Dealers Association of Nigeria (BUMDAN)`: a word may give more than its initial
            full = next((" ".join(raw[n:]) for n in range(len(words_)) if _spelled_by(acronym, words_[n:])), None)
        if full is None:
            run = list(itertools.takewhile(lambda w: (w[:1].isupper() and not (w.isupper() and len(w) > 2)) or w in _NAME_CONNECTORS - {"the"}, reversed(words_)))[::-1]
            while run and (not run[0][:1].isupper() or run[0] in ("The", "A", "An")):
                run = run[1:]  # `the Energy Regulatory Office (URE)`; never a dateline (`BOGOTÁ, Colombia (APN)`)
            named = [w for w in run if w.lower().rstrip(".") not in gendered("titles.txt")]
            person = bool(named) and is_first_name(named[0]) and named[-1].lower() not in words("organization_heads.txt")
            full = " ".join(run) if len(run) >= 2 and not person else None  # not `Chief Ikenna Nwaubani (SAN)`: a person and a rank
        if full is not None:
            found[acronym] = full
    return found


def _initials(words_: list[str]) -> str:
    return "".join(word[0] for word in words_ if word[0].isupper())


def _spelled_by(acronym: str, words_: list[str]) -> bool:
    """Each capitalised word gives the acronym's next letters (a prefix of the word, at least one
    letter), small words give their initial or nothing, in order and with nothing left over."""
    if not words_ or not words_[0][:1].isupper() or len(words_) > 12:
        return False

    def spells(letters: str, index: int) -> bool:
        if index == len(words_):
            return not letters
        word = _ELIDED.sub("", words_[index].replace("&", ""))  # `l’Automobile` gives the A of FIA
        if not word[:1].isupper() and spells(letters, index + 1):
            return True
        longest = 0
        while longest < min(len(word), len(letters)) and word[longest].lower() == letters[longest].lower():
            longest += 1
        return any(spells(letters[size:], index + 1) for size in range(longest, 0, -1))

    return spells(acronym.replace("&", ""), 0)


_ELIDED = re.compile(r"^(?:[ldLD]|[Qq]u)['’]")


# A minister's portfolio as written in a title: `Minister of Water and Irrigation`, `Minister for Culture, Heritage and Sport`.
_MINISTER_OF = re.compile(r"\bMinister (of|for) ((?:the )?[A-Z][\w’'-]*(?:(?:,| and| of| for| &)? [A-Z][\w’'-]*)*)")


def _portfolio(words_: str) -> str:
    """A portfolio up to the holder's title or name: `Water and Irrigation` of `Water and Irrigation Eng` (`Eng. Raed ...`)."""
    kept: list[str] = []
    for word in words_.split():
        if kept and (word.lower() in gendered("titles.txt") or is_first_name(word)):
            break
        kept.append(word)
    while kept and kept[-1] in ("and", "of", "for", "&"):
        kept.pop()
    return " ".join(kept).rstrip(",")


def _clean_org(name: str) -> str:
    """Organisation names without a dateline, an ``X-based`` prefix or an unclosed acronym:
    ``SINGAPORE - Meridian Harbour Logistics``, ``Atlanta-based HomeMax Stores``,
    ``Association of Hospital Midwives (AHM``, ``territorial Department of Environment``, ``Big Sky Connect as Flight 2270``."""
    original = name
    name = re.sub(r"^[A-Z][A-Z .,]{2,}\s*[-—–]\s*", "", name)
    name = re.sub(r"^[A-Z][\w.]*(?:\s[A-Z][\w.]*)?-based\s+", "", name)
    name = re.sub(r"\s*\([A-Z][\w&]{1,11}\)?$", "", name)  # also a word acronym (`... of South Africa (Tamwusa`)
    name = _LEGAL_SUFFIX.sub("", name) or name  # `Professional Game Match Officials Limited (PGMOL)`: its legal form went with the acronym
    name = re.sub(r"\s+as\s+[A-Z].*$", "", name)  # `Big Sky Connect as Flight 2270`: the body, not what it flew
    name = re.sub(r"^U\.?S\.?\s+(?=State Department$)", "", name)  # `The US State Department`: the State Department, as it is known
    name = re.sub(r"^(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])", "", name)  # `territorial Department of Environment`
    name = re.sub(r"\s+\d+\s*[-–]\s*\d+$", "", name)  # `Dundee Wanderers 3-1`: a score the tagger took in
    name = re.sub(r"\s+(?:of|and|for|&)\s*[‘“\"'«„]?$", "", name)  # `accused Dublin City Council of ‘painting ...`
    # `Ontario’s Ministry of Labour`, `Hoshino’s Special Investigation Committee`, India's `Union Ministry of ...`: the body itself
    # but an office holder's is the body's own name (`Ombudsman’s Office`, `Public Defender’s Office`)
    name = re.sub(r"^(?:[A-Z][\w.&-]*(?: (?:of )?[A-Z][\w.&-]*)?['’]s\s+|Union\s+)(?=(?:[A-Z]\w*\s+){0,3}(?:Ministry|Department|Committee|Commission|Office|Council|Agency|Authority|Board|Institute|Division|Directorate)\b)",
                  lambda owner: owner.group(0) if _holds_office(re.sub(r"['’]s\s+$", "", owner.group(0)).split()[-1].lower()) else "", name)
    name = re.sub(r"^(?:[Tt]he\s+)?[a-z]+['’]s\s+(?=[A-Z])", "", name)  # `the ministry’s Fisheries Division`
    name = re.sub(r"^[A-Z]{2,5}['’]s\s+(?=[A-Z]\w+(?:\s+(?:and|of|for|the))*\s+[A-Z])", "", name)  # `UN’s Food and Agriculture Organization`
    name = re.sub(r"^([A-Z]{2,6}) (?:state )?(?:news agency|news service|wire service)$", r"\1", name)  # `the official IRNA news agency`: IRNA
    # `The Allied Municipal Workers union`, `the UK Maritime Trade Operations centre`: a common noun after the name is no part of it
    name = re.sub(r"^((?:[A-Z][\w’'&.-]*\s+){2,}[A-Z][\w’'&.-]*)\s+(?:union|centre|center|group|campaign|club|network|coalition)$", r"\1", name)
    owned = re.search(r"\s(\w+)['’]s$", name)  # `Lincolnshire Police's`, the tagger's span taking in the possessive (not `McDonald's`)
    if owned is not None and owned.group(1).lower() in words("organization_heads.txt"):
        name = name[: owned.end(1)]
    return name.strip() or original


def _holds_office(word: str) -> bool:
    """``word`` names an office holder, whose Office is a body's own name (`Ombudsman’s Office`)."""
    return word in _role_words() or word in ("ombudsman", "ombudsperson")


def _before_clause(token: Token) -> list[Token]:
    """A name's tokens without what follows a comma (``ParcelDash, which employed ...``)."""
    tokens = list(token.subtree)
    cut = next((n for n, t in enumerate(tokens) if t.text == "," and t.i > token.i), len(tokens))
    return tokens[:cut]


def _strip_the(text: str) -> str:
    lower = text.lower()
    for article in ("the ", "a ", "an "):  # `A Conservative Party spokesperson`: the tagger took the article in
        if lower.startswith(article) and len(text) > len(article) and text[len(article)].isupper():
            return text[len(article):]
    return text


# Legal forms, one or two of them (`Pte Ltd`, `Sdn Bhd`, `Co., Ltd`), as the last words of a name.
_LEGAL_FORMS = r"(?:S\.?A\.?(?:B\.?)? de C\.?V|S\. de R\.L(?:\. de C\.V)?|SAS|SARL|S\.L|Inc|Ltd|Limited|Corp|LLC|L\.L\.C|LLP|[Pp][Ll][Cc]|GmbH|AG|SA|S\.A|SE|NV|N\.V|BV|B\.V|Pty|Pte|Pvt|Bhd|Sdn|OÜ|AS|ASA|AB|Oy|Oyj|SpA|S\.p\.A|S\.A\.A|SAA|S\.A\.C|SAC|SRL|UAB|KK|PJSC|QPSC|QSC|BSC|KSCP|KSC|SAOG|SAE|JSC|Tbk|Ltda|EAD|EOOD|OOD|AD|d\.o\.o|d\.d|a\.d|s\.r\.o|a\.s|Zrt|Kft|Nyrt|sp\. z o\.o|SIA|TOV|PrJSC|Co\.?,? Ltd|Co(?!\.? ?[A-Z]))\.?"  # not `Co Down`
# (Central and Eastern European forms: `Balkangaz EAD`, `Elektro d.o.o.`, `Stavby s.r.o.`, `Mátra Kft.`, `Nowex sp. z o.o.`)
_LEGAL_SUFFIX = re.compile(rf"(?<![&\s])(?:,?\s+{_LEGAL_FORMS}){{1,2}}$")  # not `Crumb & Co.`
_BARE_LEGAL_FORM = re.compile(rf"(?:[Tt]he\s+)?{_LEGAL_FORMS}")
_LEGAL_NAME = re.compile(rf"\b([A-Z][\w&'-]*(?: (?:(?:of|and|de|del|la|du|des|y|do|da|für) )?[A-Z][\w&'-]*){{0,4}})(?:,? {_LEGAL_FORMS}){{1,2}}(?!\w)")


# Verbs that open an inverted attribution (`Said Ellis:`), which the parser may join to the name.
OPENING_VERBS = frozenset(("said", "says", "added", "adds", "wrote", "writes"))
# Verbs that open a sentence addressed to someone and that the tagger takes into the name after them.
_IMPERATIVES = frozenset(("tell", "ask", "thank", "call", "let", "give", "thanks", "dear", "congratulations"))


def _org_name(text: str) -> str:
    """``the Northvale Foods Inc.`` → ``Northvale Foods``: no article, no legal form."""
    return _LEGAL_SUFFIX.sub("", _strip_the(text)) or text


def _description_name(head: Token) -> str:
    """The name of an unnamed source: its noun with the words right before it that qualify it, not
    what follows (``A senior official at the Ministry of Health`` → senior official, ``three people
    familiar with the matter`` → people, ``The brewery's agent`` → agent). The mention keeps the rest."""
    doc, start = head.doc, head.i
    while start > head.left_edge.i and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i in range(start, head.i + 1) \
            and doc[start - 1].lower_ not in DETERMINERS and doc[start - 1].ent_type_ not in ("DATE", "CARDINAL") \
            and doc[start - 1].lower_ not in ("late", "own"):  # not `67-year-old`, nor `late` (`My late father`) or `own` (`my own mother`)
        start -= 1
    while start >= 2 and _glued_hyphen(doc, start - 1) and doc[start - 2].is_alpha:
        start -= 2  # `A Manila-based currency trader` → Manila-based currency trader
    if start >= 3 and doc[start - 1].dep_ == "pobj" and doc[start - 1].pos_ == "NOUN" and doc[start - 2].lower_ == "of" \
            and doc[start - 3].lower_ in ("dozens", "hundreds", "thousands", "scores"):
        start -= 1  # `Hundreds of cocoa farmers`, parsed with `cocoa` the object of `of`
    if start > head.left_edge.i and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].ent_iob_ in ("B", "I") and doc[start - 1].tag_ != "POS":  # not `Ruby’s GP`
        opening = start - 1  # `A senior Department of Finance official`: the body's whole name, and what qualifies it
        while opening > head.left_edge.i and doc[opening].ent_iob_ == "I":
            opening -= 1
        start = opening + 1 if doc[opening].lower_ == "the" else opening
        while start > head.left_edge.i and doc[start - 1].dep_ == "amod" and doc[start - 1].lower_ not in DETERMINERS:
            start -= 1
    # `current and former employees`, `labor and delivery nurse`, `Residents and aid workers`, `nursing and doctors’ unions`:
    # qualifiers joined by `and`, all of them
    opening, joined = start, False
    while opening > head.left_edge.i and (doc[opening - 1].lower_ in ("and", "or") or (doc[opening - 1].pos_ in ("ADJ", "NOUN", "PROPN", "PART")
                                                                                 and doc[opening - 1].lower_ not in DETERMINERS and not doc[opening - 1].ent_type_)):
        opening -= 1
        joined = joined or doc[opening].lower_ in ("and", "or")
    while opening < start and doc[opening].lower_ in ("and", "or"):
        opening += 1
    start = opening if joined and opening < start else start
    while start < head.i and doc[start].lower_ in ("second", "third", "fourth", "fifth") and not _glued_hyphen(doc, start + 1) \
            and start > 0 and doc[start - 1].lower_ in ("a", "an") and head.lemma_.lower() not in _RANKED_BY_ORDER:
        start += 1  # `A second official`: an official, the second the article quotes (not `the fourth official`, `a second engineer`)
    name = doc[start : head.i + 1].text
    if [t.text for t in doc[head.i + 1 : head.i + 5]] == ["-", "in", "-", "law"] and not doc[head.i].whitespace_:
        name += "-in-law"  # `My brother-in-law said`, parsed with `brother` the head
    # `students and teachers`, `opposition MPs and refugee charities`: a group of both
    partner = next((c for c in head.rights if c.dep_ == "conj" and c.tag_ == "NNS" and c.ent_type_ == ""), None)
    if head.tag_ == "NNS" and partner is not None and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children) \
            and not any(t.pos_ in ("DET", "NUM") or t.text == "," for t in doc[head.i + 1 : partner.i]):
        name = f"{name} and {_description_name(partner)}"
    return name


def _strip_determiner(span: Span) -> str:
    tokens = list(span)
    while tokens and tokens[0].lower_ in DETERMINERS:
        tokens = tokens[1:]
    return _span_text(span.doc, tokens) if tokens else span.text


def _object_of(head: Token, preps: tuple[str, ...]) -> Token | None:
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        if child.dep_ == "poss":
            return child
    return None


def _name_end(token: Token) -> int:
    """Where the proper name starting at ``token`` ends: ``Emeka Obi-Ndukwe`` parses as two appositions."""
    doc, end = token.doc, token.i + 1
    while end < len(doc):
        word = doc[end]
        if word.pos_ == "PROPN" and word.text[:1].isupper() and word.is_alpha:
            end += 1
        elif word.text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 2
        elif word.lower_ in ("al", "el") and word.is_lower and end + 2 < len(doc) and _glued_hyphen(doc, end + 1) and doc[end + 2].text[:1].isupper():
            end += 3  # `Hassan Jabbar al-Khafaji`
        else:
            break
    return end


def _name_after_comma(token: Token) -> bool:
    """The name headed by ``token`` starts right after a comma: `..., Madam Akua Nyarkoa`."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1
    return start > 0 and token.doc[start - 1].text == ","


def _named_appositive(head: Token) -> Token | None:
    """A proper name for a description (``the actress, Zoe Kravitz,``, ``a man named Omar Said``)."""
    officer = officer_of(head)  # `Rift Geothermal Development Company (RGDC) managing director Eng. Peter Kiprono, 61, said`
    if officer is not None:
        return officer
    for child in head.rights:
        # `Cllr Aoife Brennan (Ind)`: a person's party, no name (but `The ... Agency (MHRA)` is the body's acronym)
        bracketed = child.i > 0 and head.doc[child.i - 1].text == "(" and any(is_first_name(t.text) for t in head.lefts if t.dep_ == "compound")
        # (nor the end of a hyphenated acronym: `CI` of `Cocoa Exporters Group of Côte d’Ivoire (GEC-CI)`)
        bracketed = bracketed or (child.is_upper and child.left_edge.i < child.i and head.doc[child.left_edge.i - 1].text == "(")
        # (a name the tagger read as nouns: `their manager, Declan ‘Dec’ Maguire,`)
        # (a lower-case proper noun only set off by commas, `the airport operator, daa,`; not `A shopkeeper in Inayat Kalay bazaar`)
        named = (child.pos_ == "PROPN" and (child.text[:1].isupper() or _hyphen_tail(child) or head.doc[child.left_edge.i - 1].text == ",")) \
            or (child.pos_ == "NOUN" and child.text[:1].isupper() and any(t.ent_type_ == "PERSON" for t in child.lefts))
        if child.dep_ == "appos" and named and _NAME_WORD.match(child.text) and child.text.lower() != "no." and not _is_handle(child) and not bracketed \
                and not (_BARE_LEGAL_FORM.fullmatch(child.text) and child.n_lefts == 0):  # not `Ltd.` of `Fujian Hengda Alloy Co., Ltd.`
            return child  # not `one user, u/forklift_of_theseus,`: a user, known by a handle
        # `One of the pair, farmhand Jared Kerehoma, 23, said`: a name set off by commas, parsed as a conjunct
        if (child.dep_ == "conj" and child.ent_type_ == "PERSON" and head.doc[child.left_edge.i - 1].text == ","
                and not any(c.dep_ == "cc" for c in head.children)):
            return child
        # `Road-safety activist and lawyer Meera Godbole said`: two roles of one person, the name after the second
        if (child.dep_ == "conj" and child.ent_type_ == "PERSON" and head.doc[child.left_edge.i - 1].lower_ == "and"
                and child.left_edge.pos_ == "NOUN" and child.left_edge.lower_ in gendered("person_nouns.txt")
                and not any(c.dep_ in ("det", "poss") for c in head.children)):
            return child
        if child.dep_ == "prep" and child.lower_ in ("at", "in", "from", "of"):
            # `A cocoa farmer at Apedwa-Nkwanta, Madam Akua Nyarkoa, 61, said`: the name parsed as the place's, set off by commas
            named_place = next((p for p in child.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.i + 1 < len(p.doc) and p.doc[p.i + 1].text == ","
                                and (p.ent_type_ == "PERSON" or any(is_first_name(c.text) for c in p.lefts if c.dep_ == "compound"))
                                and any(t.text == "," for t in p.doc[child.i + 1 : p.i])), None)
            if named_place is not None and _name_after_comma(named_place):
                return named_place
        if child.dep_ == "acl" and child.lower_ in ("named", "called"):  # `a man named Omar Said`
            names = [grand for grand in child.rights if grand.pos_ == "PROPN"]
            if names and not _is_handle(names[0]):  # `a user called @sawdust_sally`: a user, known by a handle
                return names[0]
    # `The traditional ruler of Ezi-Akpu, Igwe Chukwuemeka Obiora Nwankwo,`: the name hung on the place the office is of,
    # when it reads as a person's (tagged so, after a title, or from a known first name), not `the mayor of Springfield, Illinois,`
    for prep in head.rights:
        place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ == "of" else None
        name = next((c for c in place.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if place is not None else None
        if name is not None and name.ent_type_ not in ("GPE", "LOC", "ORG", "NORP") and (
                name.ent_type_ == "PERSON" or name.left_edge.lower_.rstrip(".") in gendered("titles.txt") or is_first_name(name.left_edge.text)):
            return name
    return None


def _is_handle(token: Token) -> bool:
    """A social-media handle (`@sawdust_sally`, `u/krillionaire`), not a name."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    glued_slash = token.i + 1 < len(doc) and doc[token.i + 1].text.startswith("/") and not token.whitespace_
    return token.text.startswith("@") or "_" in token.text or before in ("@", "/") or "/" in token.text or glued_slash


def _join_nicknames(doc: Doc) -> list[Span]:
    """The Doc's entities, with a PERSON entity after a quoted nickname taking the capitalised
    words before the nickname (``Rawle “Mighty Tempest” Joseph``: one PERSON, whatever the tagger
    made of ``Rawle``); ``_name_tokens`` drops the quoted part."""
    joined: list[Span] = []
    entities = list(doc.ents)
    for n, ent in enumerate(entities):
        start = ent.start
        following = entities[n + 1] if n + 1 < len(entities) else None
        if ent.label_ in _PLACE_LABELS and len(ent) == 1 and first_name_gender(ent.text) and following is not None and following.start == ent.end \
                and following.label_ in _PLACE_LABELS and len(following) == 1 and following[0].pos_ == "PROPN":
            joined.append(Span(doc, ent.start, following.end, label="PERSON"))  # `Ananya` + `Kulkarni`, each tagged a place
            continue
        if joined and joined[-1].end > ent.start:
            continue  # the surname just joined to a first name
        if ent.label_ == "PERSON" and start >= 4 and doc[start - 1].text in QUOTE_TOKENS:
            opening = next((i for i in range(start - 2, max(0, start - 7), -1) if doc[i].text in QUOTE_TOKENS), None)
            if opening is not None and opening < start - 2 and _is_nickname(doc[opening + 1 : start - 1]):
                first = opening
                while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
                    first -= 1
                if first < opening:
                    while joined and joined[-1].end > first:
                        joined.pop()  # `Rawle` on its own, now part of the name
                    joined.append(Span(doc, first, ent.end, label="PERSON"))
                    continue
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text in QUOTE_TOKENS and any(t.text in QUOTE_TOKENS for t in ent[1:]) \
                and _capitalised_name(doc[ent.end + 1]):
            joined.append(Span(doc, ent.start, ent.end + 2, label="PERSON"))  # `Ernesto "Ka Ernie` + `" Villarosa`: the tagger stopped at the mark
            continue
        if ent.label_ == "PERSON" and ent.end + 3 < len(doc) and doc[ent.end].text in QUOTE_TOKENS:
            # `Rodolfo “Boying” Sarmiento` tagged `Rodolfo` alone: take the nickname and the surname after it
            last = _surname_after_nickname(doc, ent.end)
            # (an entity the tagger began inside the marks, `The Taniwha” Whaanga`, is the nickname mis-tagged)
            closing = max((i for i in range(ent.end + 1, last) if doc[i].text in QUOTE_TOKENS), default=ent.end) if last is not None else ent.end
            if last is not None and not any(e.start <= last < e.end and e.label_ != "PERSON" and e.start > closing for e in doc.ents):
                joined.append(Span(doc, ent.start, last + 1, label="PERSON"))
                continue
        if ent.label_ != "PERSON" and len(ent) >= 4 and ent[0].lower_ == "the" and _looks_demonym(ent[1].text) and is_first_name(ent[2].text) \
                and all(_capitalised_name(t) for t in ent[3:]) and ent[-1].lower_ not in _body_words():
            joined.append(Span(doc, ent.start + 2, ent.end, label="PERSON"))  # `the Colombian Julián Estrada Parra`, tagged a body
            continue
        if ent.label_ in ("ORG", "FAC", "WORK_OF_ART", "PRODUCT") and len(ent) >= 3 and is_first_name(ent[0].text) and ent[1].is_lower \
                and all(t.lower_ in NAME_PARTICLES for t in ent[1:-1]) and _capitalised_name(ent[-1]):
            joined.append(Span(doc, ent.start, ent.end, label="PERSON"))  # `her father, Hennie du Toit`, tagged a body
            continue
        joined.append(ent)
    # `Tomás “Tomzinho” Vidal`, `Warisara “Mint” Chaiyaporn` with the first name untagged and the rest
    # tagged as a title, or not at all: a first name, a quoted nickname and a surname are one person
    tokens = list(doc)
    for token, following in zip(tokens[:-3], tokens[1:]):
        # (`Mark Angelo “Bagyo” Reyes`: the second of two given names, tagged with the first)
        second_given = token.ent_iob_ == "I" and token.i > 0 and tokens[token.i - 1].ent_iob_ == "B" and is_first_name(tokens[token.i - 1].text)
        if following.text in QUOTE_TOKENS and token.text[:1].isupper() and token.is_alpha and not token.is_stop \
                and (token.ent_type_ != "PERSON" or token.ent_iob_ == "B" or second_given):  # `Ezekiel “Zeke` tagged, `Holloway-Banks` not
            last = _surname_after_nickname(doc, token.i + 1)
            # the first name may be tagged a verb at the start of a sentence (`Tane “The Taniwha” Whaanga spent`)
            named = is_first_name(token.text) or token.pos_ == "PROPN" or (last is not None and doc[last].pos_ == "PROPN")
            if last is not None and named and not any(e.label_ == "PERSON" and e.start <= last < e.end for e in joined):
                start = token.i - 1 if second_given and token.ent_type_ == "PERSON" else token.i
                joined = [e for e in joined if e.end <= start or e.start > last] + [Span(doc, start, last + 1, label="PERSON")]
    # `Jere Nurmi, 24, who had driven ...`; `TUNJA — Brayan Ruiz Cárdenas won ...`: names the tagger missed
    for start, end in _untagged_names(doc):
        if not any(e.label_ == "PERSON" and e.start < end and start < e.end for e in joined):
            joined = [e for e in joined if e.end <= start or e.start >= end] + [Span(doc, start, end, label="PERSON")]
    # `Martín Echeverría` + `Lanús`: two PERSON entities side by side are one name cut in two; so are
    # `Johan` + `van der` + `Merwe`, the particles left untagged between them
    merged: list[Span] = []
    for ent in sorted(joined, key=lambda e: e.start):
        previous = merged[-1] if merged else None
        gap = doc[previous.end : ent.start] if previous is not None and previous.end <= ent.start <= previous.end + 3 else None
        particles = gap is not None and all(t.is_lower and t.lower_ in NAME_PARTICLES for t in gap)
        if previous is not None and previous.label_ == ent.label_ == "PERSON" and particles and ent[0].text[:1].isupper() and previous[-1].is_alpha:
            merged[-1] = Span(doc, previous.start, ent.end, label="PERSON")
        else:
            merged.append(ent)
    return merged


# capitalised first words of one surname: `Te Whata`, `Van Dyke`, `Mac Giolla`
_SURNAME_PREFIXES = frozenset(("van", "von", "del", "der", "den", "ter", "ten", "mac", "bin", "ibn", "abu", "ben", "das", "dos", "les", "san", "st.", "ste"))
# `somebody said`, `everyone shouted`: people, unnamed
_INDEFINITE_PEOPLE = frozenset(("somebody", "someone", "everyone", "everybody", "anyone", "anybody"))
# relatives who may have married into a family rather than been born to it
# Given names of the Arab world, Iran, Pakistan and Afghanistan (see ``EntityIndex._own_names_kept``).
_MUSLIM_GIVEN_NAMES = frozenset((
    "Muhammad", "Mohammed", "Mohammad", "Mohamed", "Muhammed", "Ahmed", "Ahmad", "Ali", "Hassan", "Hasan", "Hussain", "Hussein", "Husain",
    "Omar", "Umar", "Osman", "Usman", "Uthman", "Khalid", "Khaled", "Mahmoud", "Mahmood", "Mehmood", "Mustafa", "Mostafa", "Ibrahim",
    "Ismail", "Yusuf", "Youssef", "Yousef", "Younis", "Yunus", "Abdullah", "Abdallah", "Abdul", "Abdel", "Abd", "Hamza", "Hamid", "Hameed",
    "Rashid", "Rasheed", "Saeed", "Said", "Saleh", "Salih", "Salem", "Salim", "Samir", "Sami", "Tariq", "Tarek", "Waleed", "Walid", "Zaid",
    "Zayed", "Faisal", "Fahad", "Fahd", "Majid", "Nasser", "Nasir", "Naveed", "Javed", "Javad", "Jawad", "Imran", "Irfan", "Iqbal",
    "Akhtar", "Aslam", "Asif", "Arshad", "Shahid", "Shahzad", "Zahid", "Zafar", "Zubair", "Bilal", "Adnan", "Anwar", "Kamran", "Faraz",
    "Farhan", "Haroon", "Haris", "Idris", "Ijaz", "Ilyas", "Junaid", "Khalil", "Mansoor", "Mansour", "Murtaza", "Nadeem", "Noor", "Nour",
    "Qasim", "Rehman", "Rahman", "Raza", "Reza", "Saif", "Sajjad", "Shafiq", "Sharif", "Sher", "Sohail", "Suleiman", "Sulaiman", "Talal",
    "Waqar", "Yasir", "Yasser", "Zaman", "Gul", "Jamal", "Karim", "Kareem", "Latif", "Masood", "Mehdi", "Mahdi", "Mohsen", "Hossein",
    "Amir", "Ayman", "Bassam", "Fadi", "Ghassan", "Hisham", "Issa", "Jihad", "Marwan", "Nabil", "Raed", "Rami", "Riad", "Wael", "Ziad",
    "Fatima", "Fatma", "Fatemeh", "Aisha", "Ayesha", "Aysha", "Khadija", "Zainab", "Zeinab", "Maryam", "Mariam", "Amina", "Aminah",
    "Hafsa", "Ruqayya", "Sakina", "Nazia", "Nazifa", "Rukhsana", "Shazia", "Samina", "Nasreen", "Parveen", "Shabana", "Farzana",
    "Hoda", "Huda", "Layla", "Leila", "Rania", "Reem", "Rasha", "Salma", "Samira", "Yasmin", "Yasmeen", "Zahra", "Zohra", "Noura",
    "Hessa", "Mona", "Nadia", "Suad", "Sara", "Shirin", "Zarghuna", "Malalai", "Shukria", "Zubaida", "Hajran", "Bibi"))
def _bears_muslim_name(name: str) -> bool:
    """An Arab, Persian, Pakistani or Afghan given name, or an `Al-`, `Abu`, `Umm` or `-ullah` name."""
    return any(word in _MUSLIM_GIVEN_NAMES or _MUSLIM_NAME_PART.search(word) for word in name.split())


_MUSLIM_NAME_PART = re.compile(r"^(?:(?:Al|El|al|el)-|Abu$|Umm$|Bu$)|ullah$|uddin$")
# Surnames in a Russian, Turkic, Armenian or Georgian form, which the women of a family share (`Tursunova`, `Aliyeva`).
_CIS_SURNAME = re.compile(r"(?:ov|ova|ev|eva|yev|yeva|in|ina|uly|kyzy|oglu|oğlu|yan|ian|dze|shvili|zoda|zade)$")
_MARRIED_IN = frozenset(("mother", "wife", "grandmother", "mum", "mom", "stepmother"))
# a country's own legislature, never some other body named before (`the parliament said`)
_LEGISLATURES = frozenset(("parliament", "senate", "congress", "assembly"))
# what a company owns or operates: `the mine’s owner`, `the network’s operator`
_FACILITIES = frozenset(("mine", "network", "pipeline", "platform", "plant", "refinery", "airport", "railway", "grid", "dam", "field", "port",
                         "terminal", "smelter", "mill", "factory", "line", "ferry", "vessel", "ship", "tanker", "rig", "well", "site", "facility"))
# `the ministry’s press service`, `the council's media office`: a body's own voice
_PRESS_OFFICES = frozenset(("service", "office", "team", "desk", "department", "unit", "centre", "center"))
# Plural kin words before a pair of names (`sisters Bernie and Treasa Gallagher`): what each of them is.
_PLURAL_KIN = {"sisters": "sister", "brothers": "brother", "twins": "twin", "cousins": "cousin"}
# Verbs of the one a business is `run by`, `owned by`, `founded by`.
_RUNNING_VERBS = frozenset(("run", "own", "found", "lead", "head", "start", "manage", "chair", "establish"))
# Last words of a shop's or a venue's name, which the tagger may take for a person's (`Wah Kee Café`).
_SHOP_WORDS = frozenset(("café", "cafe", "restaurant", "bakery", "bar", "pub", "hotel", "store", "shop", "stall", "kitchen", "inn", "diner", "deli",
                         "salon", "clinic", "market", "farm", "garage", "pharmacy", "brewery", "dairy", "mill"))
# Words for whoever leads a body: any of its leading offices may be theirs.
_LEADING_HEADS = frozenset(("leader", "head", "chief", "boss", "founder", "co-founder", "owner", "negotiator"))
# A body's leading offices, any of which its `leader` or `head` may hold.
_LEADING_OFFICES = frozenset(("leader", "head", "chief", "boss", "president", "chairman", "chairwoman", "chair", "chairperson", "secretary-general",
                              "secretary", "general-secretary", "convener", "convenor", "coordinator", "director", "founder", "co-founder", "ceo"))
# Offices held in a body (`the president of X`, `a spokesman for X`): X is an organisation.
_OFFICES_IN_BODIES = frozenset(("president", "chairman", "chairwoman", "chair", "chairperson", "founder", "co-founder", "ceo", "executive",
                                "director", "spokesman", "spokeswoman", "spokesperson", "employees", "staff", "workers", "shareholders"))


_BUSINESS_WORDS = frozenset(("company", "firm", "business", "corporation", "group", "maker", "manufacturer", "retailer", "lender", "bank",
                             "carrier", "airline", "insurer", "operator", "startup", "chain", "brand", "label", "studio", "developer"))
_PUBLIC_BODIES = frozenset(("commission", "ministry", "department", "court", "agency", "authority", "police", "council", "government",
                            "parliament", "committee", "congress", "senate", "regulator", "administration", "bureau", "office", "tribunal",
                            "assembly", "municipality", "service", "army", "navy", "force", "exchange", "board", "reserve", "treasury", "barangay"))


# what a police force's name holds (`Hong Kong Police Force`, `Garda Síochána`, `Royal Canadian Mounted Police`)
_POLICE_NAME = re.compile(r"\b(?:[Pp]olice|[Cc]onstabulary|Garda|Gendarmerie|Carabinieri|Guardia Civil|Policía|Polizei|Sheriff)")


# words for some of a group, standing alone as a subject (`Several said`)
_QUANTIFIERS = frozenset(("several", "some", "many", "others", "most"))
# a gathering named in the singular whose members speak (`Some chanted`)
_CROWDS = frozenset(("crowd", "audience", "congregation", "gathering"))
# nationality nouns whose adjective differs (`the Swede` of `Swedish midfielder X`)
_NATIONALITY_ADJECTIVES = {"swede": "swedish", "dane": "danish", "finn": "finnish", "pole": "polish", "scot": "scottish", "scotsman": "scottish",
                           "brit": "british", "briton": "british", "spaniard": "spanish", "turk": "turkish", "dutchman": "dutch", "frenchman": "french",
                           "frenchwoman": "french", "irishman": "irish", "irishwoman": "irish", "englishman": "english", "welshman": "welsh",
                           "icelander": "icelandic", "swiss": "swiss", "argentine": "argentinian", "filipino": "philippine", "thai": "thai"}


# Head words that only a public body answers to (not `agency`, `office` or `board`, which businesses use too).
_STATE_BODIES = frozenset(("regulator", "ministry", "department", "commission", "court", "tribunal", "police", "council", "government",
                           "parliament", "senate", "congress", "municipality", "authority"))


@lru_cache(maxsize=1)
def _known_acronyms() -> dict[str, str]:
    """Well-known bodies by acronym (`data/acronyms.txt`): RCMP → Royal Canadian Mounted Police."""
    return {line.split(None, 1)[0]: line.split(None, 1)[1] for line in data_lines("acronyms.txt") if " " in line}


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Head words of bodies: public (`commission`) or any (`company`, `office`)."""
    return _PUBLIC_BODIES | words("organization_heads.txt")


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Words that are a role when set before or beside a name: titles, person nouns and occupations."""
    return frozenset(gendered("titles.txt")) | gendered("person_nouns.txt").keys() | words("occupations.txt")


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Nouns for people a group can be made of (`engineers`, `residents`)."""
    return words("anonymous_heads.txt") | words("person_nouns.txt")


def _is_public_body(name: str) -> bool:
    """`Securities and Exchange Commission`, `Ministry of Health`: a public body, by its head word."""
    words_ = [w.lower().strip(",.") for w in name.split()]
    return bool(words_) and (words_[-1] in _PUBLIC_BODIES or words_[0] in _PUBLIC_BODIES or (words_[0] == "the" and len(words_) > 1 and words_[1] in _PUBLIC_BODIES))


# Words for a company, not a group of any kind (`the group said` may be an advocacy coalition).
_COMPANY_WORDS = _BUSINESS_WORDS - {"group"}


def _not_a_business(name: str) -> bool:
    """A public body, or one of members (`Food Processing and Allied Workers' Union`, `Chamber of Mines`):
    never what `the company` or `a company spokeswoman` means."""
    return _is_public_body(name) or _of_members(name)


def _of_members(name: str) -> bool:
    """A body of members (`Ontario Public School Teachers’ Association`, `Dublin Tenants’ Alliance`), what `the union` means."""
    words_ = [w.lower().strip(",.") for w in name.split()]
    return bool(words_) and (words_[-1] in _MEMBERS_BODIES or words_[0] in _MEMBERS_BODIES)


_MEMBERS_BODIES = frozenset(("union", "unions", "association", "federation", "confederation", "congress", "society", "guild", "alliance",
                             "coalition", "league", "party", "foundation", "institute", "chamber", "syndicat", "sindicato", "gewerkschaft"))


# Nouns that mean a body only when the article named one with that word (`Red Willow Cree Nation`).
_NAMED_ONLY_HEADS = frozenset(("nation", "tribe", "band", "community", "family", "estate", "collective", "orchestra", "choir"))


def _group_of(head: Token) -> Token | None:
    """``One of the officials``, ``two of the residents``, ``Dozens of residents``: the group a part of
    it belongs to; ``one of them`` the people just described (`Two engineers ... said ... "...," one of them said`)."""
    if head.lower_ not in ("one", "two", "three", "four", "some", "several", "many", "each", "most", "none", "another",
                           "dozens", "hundreds", "thousands", "scores", "handful"):
        return None
    group = next((g for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if group is None or group.pos_ != "PRON":
        return group
    if group.lower_ not in ("them", "us"):
        return None
    for token in reversed(head.doc[max(0, head.sent.start - 80) : head.sent.start]):
        lemma = token.lemma_.lower()  # (also `Three policemen` ... `One of them said`, `underwriters`)
        if token.tag_ == "NNS" and (lemma in _group_words() or lemma in words("occupations.txt") or lemma in gendered("person_nouns.txt")):
            return token
    return None


def _modifiers(token: Token) -> list[str]:
    """The words qualifying a noun before it (`former`, `Springbok`): a description repeats only with the same ones."""
    return [c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]


def _names_business(ent: Span) -> bool:
    """`Glen Aultmore distillery`, `Wah Kee café`: a name set before the business noun it names."""
    root = ent.root
    return ent.end < len(ent.doc) and root.head.i == ent.end and root.dep_ in ("compound", "amod", "nmod") \
        and ent.doc[ent.end].is_lower and ent.doc[ent.end].lemma_.lower() in _BUSINESS_NOUNS


def _modifies_a_noun(ent: Span) -> bool:
    root = ent.root
    return (root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i == ent.end
            and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("the", "a", "an"))


# Last words of company names (`Ferncliff Tools`, `Harbour Foods`), bodies whatever the tagger says.
_COMPANY_ENDINGS = frozenset((
    "tools", "foods", "motors", "systems", "industries", "holdings", "brands", "technologies", "labs", "pharmaceuticals",
    "logistics", "airways", "airlines", "studios", "enterprises", "ventures", "outfitters", "supplies", "networks", "communications",
    "mining", "semiconductors", "electronics", "software", "infotech", "therapeutics", "biotech", "pharma", "robotics", "analytics",
    "forensics", "telecom", "mobile", "mobility", "railway", "railways", "shipping", "freight", "breweries", "beverages", "textiles",
    "chemicals", "aerospace", "insurance", "securities", "properties", "realty", "construction", "engineering", "productions", "pictures",
    "polling", "research", "recherche", "consulting", "strategies", "insights", "rail", "trains", "ferries", "buses",
    "spirits", "distillers", "wines", "brewing", "group", "corporation", "gaming", "esports", "dairy",
    "copper", "lithium", "potash", "nickel", "uranium", "minerals", "metals", "resources", "energy", "petroleum", "oil", "lng", "cement",
    "renewables", "utilities", "maritime", "marine", "tankers",
))


_BUSINESS_NOUNS = frozenset(("restaurant", "café", "cafe", "bakery", "shop", "store", "bookshop", "bookstore", "boutique", "bar", "pub", "hotel",
                             "winery", "brewery", "distillery", "farm", "label", "startup", "start-up", "gallery", "salon", "company", "firm",
                             "app", "platform", "retailer", "chain", "manufacturer", "airline", "insurer", "website"))


def _beside_business(ent: Span) -> bool:
    """`his Darlinghurst restaurant, Osteria Bellini,`, `Osteria Bellini, his restaurant`: a business named beside what it is."""
    doc = ent.doc
    if ent[0].lower_.rstrip(".") in HONORIFICS or (ent.start > 0 and doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS):
        return False  # `Ms. Varga, a former agricultural lender`
    after = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text == "," else None
    return (ent.root.dep_ == "appos" and ent.root.head.lemma_.lower() in _BUSINESS_NOUNS) or (after is not None and after.is_lower and after.lemma_ in _BUSINESS_NOUNS) \
        or _described_as_business(ent.root)


def _company_name(ent: Span) -> bool:
    """A name the tagger calls a person that ends in a company word, or that someone founded
    (`Ananya Kulkarni started Khata Setu`), and does not open with a known first name."""
    founded = ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in ("found", "co-found", "cofound", "start", "launch", "establish")
    # `his Darlinghurst restaurant, Osteria Bellini,`: a business named beside what it is
    business = _beside_business(ent)
    # `Wendell, the start-up that ...`: a business whatever its first word, when what it is follows the name
    described = business and _described_as_business(ent.root, after=ent.end)
    # `Sahil Logistics`, `Arjun Motors`: a plural company word after a first name is no surname
    plural = len(ent) == 2 and ent[-1].lower_ in _COMPANY_ENDINGS and ent[-1].lower_.endswith("s") and not ent[-1].lower_.endswith("ss")
    return ent[-1].text[:1].isupper() and (described or plural or (len(ent) > 1 and (ent[-1].lower_ in _COMPANY_ENDINGS or founded or business) and not is_first_name(ent[0].text)))


# offices only a body has: `Ukrenergo’s chief executive`, `Rapidão’s headquarters`, `Rasta's board`
_CORPORATE_OFFICES = frozenset(("ceo", "executive", "founder", "co-founder", "cofounder", "shareholders", "shares", "headquarters", "board",
                                "chairman", "chairwoman", "chairperson", "workforce"))


def _office_owners(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of untagged names that have an office only a body has (`Copper Wren’s chief executive`)."""
    found = []
    for token in doc:
        if token.tag_ == "POS" and token.i > 0 and _capitalised_name(doc[token.i - 1]) and doc[token.i - 1].ent_iob_ == "O" and doc[token.i - 1].pos_ == "PROPN":
            owner = _capitalised_before(doc[token.i - 1 : token.i])
            if _owns_office(owner) and not is_dateline(owner[0]):
                found.append((owner.start, owner.end))
    return found


def _owns_office(ent: Span) -> bool:
    """A name (tagged a person, or not tagged) that has an office only a body has (`Broughton’s chief
    executive`, `Westline’s chief operating officer`), and does not open with a first name or title."""
    office = ent.root.head
    corporate = office.lemma_.lower() in _CORPORATE_OFFICES or (office.lemma_.lower() == "officer" and any(c.lower_ == "chief" for c in office.subtree))
    return ent.root.dep_ == "poss" and ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS" and corporate \
        and not is_first_name(ent[0].text) and ent[0].lower_.rstrip(".") not in HONORIFICS


def _capitalised_before(ent: Span) -> Span:
    """``ent`` with the untagged capitalised words right before it: `Lumen` + `Forge`."""
    start = ent.start
    while start > 0 and ent.start - start < 3 and ent.doc[start - 1].pos_ == "PROPN" and ent.doc[start - 1].ent_iob_ == "O" and _capitalised_name(ent.doc[start - 1]):
        start -= 1
    return ent.doc[start : ent.end]


def _office_of(ent: Span) -> bool:
    """A name the tagger calls a person that follows an office and `of`/`at`/`for` (`The president
    of Minase Kenzai`), and does not open with a known first name."""
    root = ent.root
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in ("of", "at", "for") and prep.head.lemma_.lower() in _OFFICES_IN_BODIES
            and len(ent) > 1 and not is_first_name(ent[0].text) and ent[0].lower_.rstrip(".") not in HONORIFICS)  # not `a spokesman for Ms Thornhill`


def _outside_parentheses(tokens: list[Token]) -> list[Token]:
    kept, depth = [], 0
    for token in tokens:
        depth += token.text == "("
        if depth == 0:
            kept.append(token)
        depth -= token.text == ")" and depth > 0
    return kept


def _is_nickname(words: Span) -> bool:
    """Capitalised words (`“Mighty Tempest”`), or one gamer's handle in lower case (`Mikkel “frostbyte” Lund`)."""
    return all(t.text[:1].isupper() for t in words) or (len(words) == 1 and words[0].text.isalnum() and words[0].is_lower)


_PLACE_LABELS = frozenset(("GPE", "LOC", "NORP", "ORG"))


def _surname_after_nickname(doc: Doc, opening: int) -> int | None:
    """Index of the last name word after a quoted nickname that opens at ``opening`` (`“Boying” Sarmiento`)."""
    closing = next((i for i in range(opening + 2, min(len(doc), opening + 6)) if doc[i].text in QUOTE_TOKENS), None)
    if closing is None or not _is_nickname(doc[opening + 1 : closing]):
        return None
    last = closing
    while last + 1 < len(doc) and doc[last + 1].is_alpha and doc[last + 1].text[:1].isupper() and last < closing + 2:
        last += 1
        while last + 2 < len(doc) and _glued_hyphen(doc, last + 1) and doc[last + 2].is_alpha and doc[last + 2].text[:1].isupper():
            last += 2  # `Adebayo-Cole`
    if last > closing and last + 1 < len(doc) and doc[last + 1].text in GENERATIONAL:
        last += 1  # `Clayton “Clay” Vickery Jr.`
    return last if last > closing else None


# Heads of a description that stands for someone left unnamed, not for the person just quoted (`the official added`)
_UNNAMED_KINDS = frozenset(("source", "official", "insider", "man", "woman", "person", "resident", "witness", "neighbour", "neighbor", "friend",
                            "relative", "diplomat", "aide", "spokesman", "spokeswoman", "spokesperson", "representative", "member", "observer"))
# People nouns that make an unnamed source only with `a`/`an` (`a man said`; `the man` is someone named before).
UNNAMED_WITH_A = frozenset(("man", "woman", "teacher", "nurse", "doctor", "farmer", "driver", "trader", "vendor", "shopkeeper",
                            "mother", "father", "colleague", "volunteer", "survivor", "victim", "pilot", "soldier", "guard"))
# Nationality nouns the tagger does not label NORP (`the Dutchman`, `the Scot`).
_DEMONYM = re.compile(r"^(?:(?:Dutch|French|English|Irish|Welsh|Scots|Cornish|Manx)(?:wo)?man|Scot|Swede|Dane|Finn|Pole|Brit|Kiwi|Aussie|Czech|Serb|Croat|Slovak|Slovene|Turk|Thai|Uzbek|Kazakh|Spaniard|Briton)$")


# Nouns for things that "say" (`a survey said`, `a sign read`), never an unnamed person.
_NOT_PEOPLE = frozenset(("article", "analysis", "survey", "poll", "review", "note", "message", "sign", "caption", "headline", "book",
                         "notice", "banner", "placard", "spokesperson", "source", "version", "estimate", "model", "forecast", "ruling", "order"))


def _unnamed_one(head: Token) -> bool:
    """``one accountant``, ``a cashier at the store``: a single common noun given with `a`/`one`."""
    return head.tag_ == "NN" and any(t.dep_ in ("det", "nummod") and t.lower_ in ("a", "an", "another", "one") for t in head.children)


def _join_cut_names(orgs: list[Span]) -> list[Span]:
    """``Ministry of Environment and`` + ``National Beautification``: a name the tagger cut after
    `and`, `of` or `&` is one name with the entity right after it; one cut before a possessive
    (``General’s Office`` after ``Guanajuato State Attorney``) takes the capitalised words before."""
    joined: list[Span] = []
    for ent in orgs:
        ent = _with_words_before(ent, joined[-1].end if joined else 0)
        if ent.start >= 2 and _glued_hyphen(ent.doc, ent.start - 1) and ent.doc[ent.start - 2].is_alpha and ent.doc[ent.start - 2].text[:1].isupper():
            ent = Span(ent.doc, ent.start - 2, ent.end, label=ent.label_)  # `Hida-` + `Gero Inn Association`
        previous = joined[-1] if joined else None
        if previous is not None and previous.end == ent.start and previous[-1].lower_ in ("and", "of", "&", "for"):
            joined[-1] = Span(ent.doc, previous.start, ent.end, label=previous.label_)
            continue
        gap = ent.start - previous.end if previous is not None else 0
        if previous is not None and previous.label_ == ent.label_ == "ORG" and gap in (1, 2) and ent.doc[previous.end].lower_ in ("for", "of") \
                and (gap == 1 or ent.doc[previous.end + 1].lower_ == "the") and previous[-1].lower_ in _body_words() and ent[0].lower_ != "the":
            joined[-1] = Span(ent.doc, previous.start, ent.end, label=previous.label_)  # `the Canada Council` + `for the` + `Arts`
            continue
        if previous is not None and previous.end + 1 == ent.start and ent.doc[previous.end].lower_ in ("and", "&") \
                and ent[-1].lower_ in _body_words() and previous[-1].lower_ not in _body_words() and ent[0].lower_ != "the":
            joined[-1] = Span(ent.doc, previous.start, ent.end, label=previous.label_)  # `Kenya Tea` + `and` + `Allied Workers Union`
            continue
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].text in ("na", "nan") and doc[ent.start - 2].text[:1].isupper() and doc[ent.start - 2].is_alpha:
            # `Bòrd na` + `Gàidhlig`, `Údarás na` + `Gaeltachta`: an Irish or Gaelic name cut at its article
            if previous is not None and previous.end == ent.start - 1:
                joined[-1] = Span(doc, previous.start, ent.end, label=previous.label_)
                continue
            ent = Span(doc, ent.start - 2, ent.end, label=ent.label_)
        if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&") and (previous is None or previous.end < ent.start - 1):
            # `Leicestershire Fire and` + `Rescue Service`: capitalised words joined by `and` before the body
            start = ent.start - 1
            while start > 0 and ent.start - 1 - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha \
                    and doc[start - 1].ent_type_ != "DATE" and not is_first_name(doc[start - 1].text) and (doc[start - 1].pos_ == "PROPN" or not doc[start - 1].is_sent_start):
                start -= 1
            if start < ent.start - 1:
                ent = Span(doc, start, ent.end, label=ent.label_)
        if any(t.tag_ == "POS" for t in ent[1:]):  # `Guanajuato State Attorney` + `General’s Office`: cut at the possessive
            start = ent.start
            while start > 0 and ent.start - start < 6 and ent.doc[start - 1].pos_ == "PROPN" and ent.doc[start - 1].text[:1].isupper():
                start -= 1
            while previous is not None and start < previous.end:
                joined.pop()
                start = min(start, previous.start)
                previous = joined[-1] if joined else None
            ent = Span(ent.doc, start, ent.end, label=ent.label_)
        end = ent.end
        while ent[-1].lower_ in ("and", "&", "of", "for") and end < len(doc) and end - ent.end < 4 and doc[end].ent_iob_ == "O" \
                and _capitalised_name(doc[end]) and doc[end].is_alpha:
            end += 1  # `The Ministry of Culture, Sports and` + `Tourism`, left untagged
        end = max(end, _portfolio_end(ent))
        end = _mission_end(doc, ent.start, end)
        joined.append(Span(doc, ent.start, end, label=ent.label_) if end > ent.end else ent)
    return joined


def _surnames_pair(ent: Span) -> bool:
    """``ent`` is two capitalised words that are no given names (`Quintero Rojas`), as a name's two surnames are."""
    return len(ent) == 2 and all(t.is_alpha and t.text[:1].isupper() and not is_first_name(t.text) for t in ent)


def _as_role(token: Token, ent: Span) -> bool:
    """A role word in ``ent`` stands as a role: lower-case, first, or before a first name (`Mayor Bonnie
    Crombie`), not a word inside a business's name (`Star` of `Keelung Star Marine Corp`)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_lower or token.i == ent.start or (after is not None and is_first_name(after.text))


def _numbered(doc: Doc, index: int) -> bool:
    """A rank's grade follows token ``index`` (`Class` of `Warrant Officer Class 1 Gareth Pryce`)."""
    return index + 1 < len(doc) and doc[index + 1].is_digit


def _with_words_before(ent: Span, floor: int) -> Span:
    """``ent`` with the capitalised words before it that the tagger left out of the name they modify:
    `Solent` + `Vale University Hospitals NHS Trust`, `The Spanish` + `Red Cross`, `Co-operative` +
    `Learning Trust`, `Te Whau` + `Amateur Swimming Club`; not a title or role (`Princess`, `Operator`,
    `Fellow`), a country before a name of several words (`the US Federal Reserve`) nor `Houthi-run`."""
    if ent.label_ != "ORG":
        return ent
    doc = ent.doc
    inside = set(range(ent.start, ent.end))
    start = ent.start
    while start > floor and ent.start - start < 4:
        token = doc[start - 1]
        if token.head.i not in inside or token.dep_ not in ("compound", "amod", "nmod") or token.ent_type_ not in ("", "NORP", "GPE"):
            break
        if token.ent_type_ == "GPE" and " " in ent.text:
            break
        if token.text[:1].isupper() and token.is_alpha:
            if token.lower_ in _ANY_HONORIFICS or token.lower_ in _role_words() or token.lower_ in _TITLE_LIKE or is_first_name(token.text):
                break
            start -= 1
        elif token.is_lower and token.is_alpha and token.lower_ not in _MADE_BY and start >= 3 and _glued_hyphen(doc, start - 2) \
                and doc[start - 3].text[:1].isupper() and doc[start - 3].is_alpha:
            start -= 3  # `Co-operative`
        else:
            break
        inside.update(range(start, ent.start))
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


_TITLE_LIKE = frozenset(("head", "new", "acting", "interim", "fellow", "rival", "operator"))  # words before a name no role list holds
_MADE_BY = frozenset(("run", "based", "led", "owned", "backed", "funded", "controlled", "linked", "affiliated", "aligned", "born", "made", "listed"))
_COUNSEL = frozenset(("lawyer", "attorney", "barrister", "solicitor", "counsel", "advocate"))
_RANKED_BY_ORDER = frozenset(("engineer", "officer", "mate", "secretary", "lieutenant"))  # ranks: `a second mate`, `the third officer`
_SPELLINGS = {"Defence": "Defense", "Defense": "Defence", "Labour": "Labor", "Labor": "Labour"}  # British and American
_PORTFOLIO_HEADS = frozenset(("ministry", "department", "secretariat", "directorate", "division", "bureau", "agency", "office"))


def _portfolio_end(ent: Span) -> int:
    """The end of a ministry's name the tagger cut before its last portfolio: `The Ministry of Energy`
    + `and Mines`, `the Ministry of Fisheries` + `and Maritime Economy`, untagged capitalised words
    after `and` (or a list, `, Food and Rural Affairs`) that no capitalised word follows."""
    doc = ent.doc
    words_ = [t for t in ent if t.lower_ not in ("the", "a")]
    if len(words_) < 3 or words_[0].lower_ not in _PORTFOLIO_HEADS or words_[1].lower_ not in ("of", "for") or ent[-1].lower_ in ("and", "of", "for", "&"):
        return ent.end
    end = ent.end
    while end + 1 < len(doc) and doc[end].text in (",", "and", "&"):
        run = end + 1
        while run < len(doc) and run - end <= 3 and doc[run].ent_iob_ == "O" and doc[run].is_alpha and _capitalised_name(doc[run]):
            run += 1
        if run == end + 1:
            break
        if doc[end].text != ",":
            following = doc[run] if run < len(doc) else None
            if following is not None and following.is_alpha and following.text[:1].isupper():
                break
            return run
        end = run
    return ent.end


_MISSION_HEADS = frozenset(("embassy", "consulate", "consulate-general", "delegation", "mission", "commission"))


def _mission_end(doc: Doc, start: int, end: int) -> int:
    """The end of a diplomatic mission's name with its seat: `The U.S. Embassy` + `in Manila`, `the
    EU Delegation` + `to China`, `The Consulate of Mexico` + `in Leamington` (a High Commission's too)."""
    words_ = [t.lower_ for t in doc[start:end]]
    head = words_[-1] if words_[-1] in _MISSION_HEADS else words_[0] if words_[0] in _MISSION_HEADS and "of" in words_ else None
    if head is None and len(words_) > 1 and words_[1] in _MISSION_HEADS and words_[0] == "the":
        head = words_[1]
    if head is None or (head == "commission" and "high" not in words_) or end + 1 >= len(doc) or doc[end].lower_ not in ("in", "to"):
        return end
    place = doc[end + 1]
    if place.ent_type_ != "GPE" or place.ent_iob_ != "B":
        return end
    seat = end + 2
    while seat < len(doc) and doc[seat].ent_iob_ == "I" and doc[seat].ent_type_ == "GPE":
        seat += 1
    return seat


_QUESTION_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})
_PARTY_TAG = re.compile(r",? ?\(?([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)")  # `, R-Kan.,`, ` (D-IL)`, `, D-New York,`
_PARTY_LETTERS = {"R": "republican", "D": "democrat", "I": "independent"}
_PARTY_WORDS = {"democrat": "democrat", "democratic": "democrat", "republican": "republican", "gop": "republican"}
_REPLY_VERBS = frozenset({"reply", "respond", "retort", "counter", "rejoin"})
_BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "push"})  # `she shot back`
_ANSWER_VERBS = frozenset({"say", "reply", "answer", "respond", "insist", "admit", "acknowledge", "concede", "explain", "add", "tell"})


def _asks(subject: Token) -> bool:
    """``subject`` puts a question (`asked whether`, `asked Redding why`, `pressed him on the deal`),
    not asks for something (`asked the council to delay`, `asked the chief executive for a meeting`)."""
    verb = subject.head
    if subject.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_ in _QUESTION_VERBS:
        return True  # `Asked by a reporter whether ..., she said`: the reporter asked
    if verb.lemma_ not in _QUESTION_VERBS or subject.dep_ != "nsubj" or subject.doc[verb.i - 1].text == ",":
        return False  # `Brandvold, asked whether ..., shrugged`: he was asked
    return any(child.dep_ == "ccomp" or (child.dep_ == "prep" and child.lower_ in ("about", "on")) for child in verb.children) \
        or any(t.text == "?" for t in verb.sent)


# Verbs that send a message of that kind: `he texted her ... The message said` is his.
_SENDING_VERBS = {"message": ("text", "texte", "message", "email", "write", "send", "post"), "email": ("email", "write", "send"),
                  "text": ("text", "texte", "send"), "note": ("write", "leave", "send"), "letter": ("write", "send")}  # `texted` lemmatises to `texte`


# Kin nouns for two people, and what each is by gender.
_PAIRED_KIN = {"parent": {"f": "mother", "m": "father"}, "grandparent": {"f": "grandmother", "m": "grandfather"},
               "couple": {"f": "wife", "m": "husband"}}


def _is_body_word(token: Token) -> bool:
    """A possessor that is an organisation (`the company’s`, `the union’s`, `Northway’s`), not a person."""
    return (token.pos_ == "NOUN" and token.lemma_.lower() in words("organization_heads.txt")) or token.ent_type_ == "ORG"


# Given names that open a given name of two words in Spanish, Portuguese and French (`María Camila`, `Juan Pablo`, `Jean Paul`).
_COMPOUND_GIVEN_STARTS = frozenset(("maría", "maria", "josé", "jose", "juan", "ana", "luis", "luiz", "joão", "jean", "marie", "carlos", "miguel", "pedro"))
# Honorifics written after a name in South Asian English (`Sunil sir`, `Rahul bhai`, `Modi ji`).
_POSTPOSED_HONORIFICS = frozenset(("sir", "ji", "bhai", "bhaiya", "didi", "saab", "sahab", "sahib", "saheb", "madam"))


def _by_seniority(namesakes: list[Person], wanted: str) -> Person | None:
    """`the younger Faulkner` of Matt and `his younger brother, Liam Faulkner`: the one introduced
    as the younger (elder) relative, or of two, the other of the one introduced as the elder (younger)."""
    marked = [p for p in namesakes if p.seniority]
    if len(marked) == 1 and len(namesakes) == 2:
        return marked[0] if marked[0].seniority == wanted else next(p for p in namesakes if p is not marked[0])
    same = [p for p in namesakes if p.seniority == wanted]
    return same[0] if len(same) == 1 else None


# `the elder sister` is the older one, `the younger brother` the younger.
# the one family an article is about: `the four Guidry brothers`, `the Malhotra family`, `The Callahan Sisters`; `the Greenwoods`
_FAMILY_GROUP = re.compile(r"\b[Tt]he (?:(?:two|three|four|five|six|seven|eight|[0-9]) )?([A-Z][\w’'-]+) (?:[Ff]amily|[Bb]rothers|[Ss]isters|[Ss]iblings|[Tt]wins|[Cc]lan)\b")
_PLURAL_SURNAME = re.compile(r"\b[Tt]he ([A-Z][a-z]+[a-rt-z])s\b")
# a turn in a transcript or an interview: `A: `, `Q: `, `GUEST: `
_TURN_OPENING = re.compile(r"[A-Z][A-Za-z]{0,11}:\s")
_AGE_ORDER = {"elder": True, "eldest": True, "older": True, "oldest": True, "younger": False, "youngest": False}


def _is_outlet(ent: Span) -> bool:
    """A news outlet, by its name or as the one told or interviewing (`which Circuit Daily attended`,
    `told the Schwarzwald-Kurier`, `said on Radio X`): never `the company` that speaks."""
    root = ent.root
    if keyed("media_words.txt").get(ent[-1].text) or keyed("media_outlets.txt").get(_strip_the(ent.text)):
        return True  # `Circuit Daily`, `the Schwarzwald-Kurier`: named like a paper or a broadcaster
    if root.dep_ == "dobj" and root.head.lemma_ in ("tell", "interview"):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "with", "on"):
        verb = root.head.head
        return verb.lemma_ in ("tell", "say", "speak", "talk", "interview", "explain", "confirm") or verb.lower_ in ("interview", "interviews")
    return False


# `the club`, `the team`: a side that plays, never the competition, its governing body or where it posted
_CLUB_WORDS = frozenset(("club", "team", "side", "franchise"))
_NOT_CLUB_WORDS = frozenset(("league", "liga", "lig", "serie", "bundesliga", "premiership", "cup", "championship", "federation",
                             "association", "anti-doping", "committee", "commission", "panel", "tribunal", "agency", "authority"))


def _not_a_club(name: str) -> bool:
    """A body that cannot be `the club`: a league (`Premier League`, `Süper Lig`), a governing or
    disciplinary body (`UK Anti-Doping`), or a social platform (`Instagram`)."""
    return bool(_NOT_CLUB_WORDS & {w.lower() for w in name.split()}) or keyed("media_outlets.txt").get(_strip_the(name)) == "social_media"


_COMPASS = frozenset(("east", "west", "north", "south", "northern", "southern", "eastern", "western", "central", "mid", "upper", "lower",
                      "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"))
_WHERE = frozenset(("in", "on", "near", "across", "around", "outside", "throughout"))
_NOT_WHERE = frozenset(("confidence", "faith", "trust", "interest", "belief", "role", "part", "stake", "comment", "pressure", "focus",
                        "attack", "report", "hearing", "inquiry", "vote", "decision", "ruling", "verdict", "case", "win", "victory", "bet",
                        "invest", "investment", "share", "job"))


# What a body or a person publishes, besides the documents cues know (`its website`, `the guide’s citation`).
_PUBLISHED_THINGS = frozenset(("website", "site", "page", "citation", "entry", "database", "paper", "order", "minutes", "feed", "channel",
                               "profile", "records", "accounts", "figures", "data", "guidance", "notes", "handbook", "manifesto",
                               "decision", "ruling", "judgment", "judgement", "findings", "verdict"))  # `The agency’s written decision said`


def _placed(token: Token) -> bool:
    """A one-word name used as a place: the object of `in`/`on`/`near` ... (`cuts in Tyrone`, `a
    fisherman on Barra`), given a compass point (`east Antrim`), or listed with a place or such a
    name (`Pomeroy and Carrickmore`, `on Lewis, Harris, Uist or Barra`)."""
    if any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in token.children):
        return True
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    listed = first is not token and any(t.dep_ == "cc" for t in token.doc[first.i : max(c.i for c in first.conjuncts) + 1])  # not `In Sfax, Ibrahim, a 24-year-old`
    if listed and (first.ent_type_ in ("GPE", "LOC", "FAC") or any(c.dep_ == "amod" and c.lower_ in _COMPASS for c in first.children)):
        return True
    if first is not token and not listed:
        return False
    prep = first.head
    return first.dep_ == "pobj" and prep.lower_ in _WHERE and prep.head.lemma_.lower() not in _NOT_WHERE \
        and (prep.lower_ != "on" or prep.head.pos_ in ("NOUN", "PROPN") or prep.head.lemma_ in ("live", "be", "work", "grow", "stay", "arrive", "land", "weave", "farm"))


def _first_name_before(ent: Span) -> Span | None:
    """`Ana Reyes rents ...` with only `Reyes` tagged (a body): the name from the untagged known first
    name right before, when the tagged words are one or two proper nouns that name no body or place."""
    def untagged_name(token: Token) -> bool:
        return not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper()

    doc = ent.doc
    if ent.start == 0 or len(ent) > 2 or ent[-1].lower_ in _body_words() or ent[-1].lower_ in _STREET_WORDS:
        return None
    first = doc[ent.start - 1]
    if not untagged_name(first) or not is_first_name(first.text) or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return None
    start = ent.start - 1
    while start > 0 and ent.start - start < 3 and untagged_name(doc[start - 1]):
        start -= 1  # `Chief Aldwyn Cyrus Medina`: the whole run (the title is left out with the other name words)
    return Span(doc, start, ent.end, label="PERSON")


def _taken_up_as_person(ent: Span) -> bool:
    """`Kirra Manggurra has pulled 300 crocodiles ... since she joined the team`: a name tagged a body
    that opens its sentence as the subject and is taken up as `she` or `he` before any other name,
    in that sentence or the next."""
    if ent.start != ent.sent.start or ent.root.dep_ != "nsubj" or ent.root.head.lemma_ == "be" or any(t.text in ("&", "and") for t in ent):
        return False  # not `Crumb & Kettle is the first solo project of Nadia Haddad ... She told me`
    doc = ent.doc
    end = doc[ent.sent.end].sent.end if ent.sent.end < len(doc) else ent.sent.end  # the end of the next sentence
    for token in doc[ent.end : end]:
        # another person named first (not `... out of Darwin Harbour`, a place tagged a person), or a body's pronoun
        place = token.lower_ in _STREET_WORDS or (token.ent_iob_ == "B" and doc[token.i + 1 : token.i + 2].text.lower() in _STREET_WORDS)
        if (token.ent_type_ == "PERSON" and not place) or token.lower_ in ("it", "its", "they", "their", "we", "our"):
            return False
        # in the next sentence, only as its main subject (not `A person close to the singer said she ...`)
        if token.lower_ in ("she", "he") and token.dep_ in ("nsubj", "nsubjpass") and (token.sent == ent.sent or token.head.dep_ == "ROOT"):
            return True
    return False


def _owns_its(ent: Span) -> bool:
    """`Aéroliane cancelled a third of its flights`: the name is the subject of a verb that is not speech, and the
    first possessive after it in that clause is `its`."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB" or root.head.lemma_ in speech_cues():
        return False
    for token in ent.doc[ent.end : root.head.right_edge.i + 1]:
        if token.ent_type_ == "PERSON" or token.dep_ in ("nsubj", "nsubjpass"):
            return False
        if token.lower_ in ("his", "her", "their"):
            return False
        if token.lower_ == "its":
            return True
    return False


def _said_of_a_person(token_span: Span) -> bool:
    """A he or she (or `who`) right after the name in its clause: someone, not a body."""
    doc = token_span.doc
    end = token_span.end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        return True
    root = token_span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(t.lower_ in ("he", "she", "his", "her", "him") for t in doc[end : root.head.right_edge.i + 1])


def _where_posted(ent: Span) -> bool:
    """A platform named as the place of a post (`a statement posted to Instagram`, `on TikTok`), not a party."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "to", "via") and keyed("media_outlets.txt").get(ent.text) == "social_media"


def _asked_about(token: Token) -> bool:
    """The token is the topic of a question put to someone (`Asked about Moreira, he smiled`)."""
    return any(a.lemma_ == "ask" and a.tag_ == "VBN" and a.dep_ in ("advcl", "ccomp", "xcomp") for a in token.ancestors)


def _untagged_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of two to four capitalised proper nouns that are a person's name by their
    setting: an age between commas after them (`Jere Nurmi, 24,`), or a dateline's dash before them
    and a known first name first or no entity tag at all (`TUNJA — Brayan Ruiz Cárdenas won`); also
    one such word set beside a relative (`Blackwood’s mother, Hyacinth,`)."""
    tokens = list(doc)  # indexing a list is cheaper than building a Token on each ``doc[i]``
    # `Minister of Employment and Labor Choi Eun-ha`: a family name, then a hyphenated given name
    # (`Oh Jae-won`, `Hsu Chih-hao`: family names that are English words or given names too count only before such a given name)
    found = [(t.i, t.i + 4) for t in tokens[:-3] if (t.text in FAMILY_NAMES_FIRST or (t.text in _HYPHEN_GIVEN_FAMILY_NAMES and _given_syllables(tokens, t.i + 1)))
             and t.ent_type_ != "PERSON" and _capitalised_name(tokens[t.i + 1])
             and _glued_hyphen(doc, t.i + 2) and tokens[t.i + 3].is_lower and tokens[t.i + 3].is_alpha]
    index = 0
    while index < len(tokens):
        end = index
        while end < len(tokens) and end - index < 6 and (((tokens[end].pos_ == "PROPN" or tokens[end].text in FAMILY_NAMES_FIRST)  # `Nguyễn`, tagged a verb
                                                        and tokens[end].text[:1].isupper() and tokens[end].is_alpha)
                                                      or (end > index and tokens[end].text == "-" and not tokens[end].whitespace_ and not tokens[end - 1].whitespace_)):
            end += 1  # `Adaeze Okonkwo-Bello, 41,`: a hyphen inside a surname
        if end - index >= 2 and tokens[end - 1].lower_ not in gendered("titles.txt"):  # not `NAIROBI — Education Cabinet Secretary` + `Prof. Samuel Chebet`
            aged = _aged_at(doc, end)
            untagged = all(t.ent_iob_ == "O" for t in tokens[index:end]) and tokens[end - 1].lower_ not in _body_words() and tokens[end - 1].lower_ not in _COMPANY_ENDINGS \
                and not (end < len(tokens) and tokens[end].text == "(")  # `Łódzka Energetyka Cieplna (ŁEC)`: a body and its acronym
            titles = gendered("titles.txt")  # `PHOENIX — Gov. Lila Ortiz-Brandt`: a title between the dash and the name
            titled = index > 1 and (tokens[index - 1].lower_ in titles or tokens[index - 1].lower_.rstrip(".") in titles) and _after_dateline(doc, index - 1)
            # `Leader of Opposition Shri Umakant Prasad Yadav`: a personal honorific right before two to four words
            honorific = next((k for k in range(index, end - 2) if tokens[k].lower_.rstrip(".") in _NAME_HONORIFICS), None)
            if honorific is None and index > 0 and not tokens[index - 1].is_alpha and tokens[index - 1].lower_.rstrip(".") in _NAME_HONORIFICS:
                honorific = index - 1  # `Irrigation Eng. Raed Al-Zoubi`: the stopped honorific ends the run before it
            if honorific is not None and end - honorific - 1 <= 4 and all(t.ent_iob_ == "O" for t in tokens[honorific + 1 : end]):
                found.append((honorific + 1, end))
                index = end
                continue
            opening = (_after_dateline(doc, index) or titled) and (is_first_name(tokens[index].text) or untagged)
            # `Isabelle Thériault, who leads the program,`: a known first name, a surname and a relative clause about a person
            # or set beside a description (`His neighbour Piotr Malec, a retired engineer,`)
            described = untagged and is_first_name(tokens[index].text) and ((end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].lower_ in ("who", "a", "an"))
                                                                          or (index > 0 and tokens[index - 1].lower_ in gendered("person_nouns.txt"))
                                                                          or _kin_appositive(tokens[end - 1]))  # `His mother, Luz Dary Mina,`
            # `Imogen Thwaite has spent a decade ...`, `MLA Rakesh Pratap Yadav on Sunday asked`: a known first name and
            # a surname, untagged, as a subject (after any titles)
            named = next((i for i in range(index, end) if tokens[i].lower_ not in titles), end)
            acting = all(t.ent_iob_ == "O" for t in tokens[named:end]) and 2 <= end - named <= 3 and is_first_name(tokens[named].text) and tokens[end - 1].dep_ in ("nsubj", "nsubjpass") \
                and tokens[end - 1].head.pos_ in ("VERB", "AUX") and tokens[end - 1].head.lemma_ not in _HARM_WORDS  # not `Edna Morrow died ...`
            # `Kayleigh Dunn and Jade Morrow`: a known first name and a surname joined to a tagged name
            paired = 2 <= end - index <= 3 and is_first_name(tokens[index].text) and tokens[end - 1].dep_ == "conj" \
                and tokens[end - 1].head.ent_type_ == "PERSON" and not any(t.ent_type_ == "PERSON" for t in tokens[index:end])
            # `its Public Relations Officer, DSP Kwaku Ofori-Atta,`: after a comma, a title, a known first name and a surname, untagged
            ranked = index > 0 and tokens[index - 1].text == "," and index < named and 2 <= sum(t.is_alpha for t in tokens[named:end]) <= 3 and is_first_name(tokens[named].text) \
                and all(t.ent_iob_ == "O" for t in tokens[index:end])
            if (acting or ranked) and not (aged or opening or described or paired) and not _described_as_business(tokens[end - 1]):
                found.append((named, end))
            elif (aged or opening or described or paired) and not _described_as_business(tokens[end - 1]):  # `KAMPALA — Shamba Pay, a Kampala start-up,`
                found.append((index, end))
        elif end - index <= 1 and tokens[index].text[:1].isupper() and tokens[index].is_alpha and tokens[index].ent_type_ != "PERSON" and _after_dateline(doc, index) \
                and index + 2 < len(tokens) and tokens[index + 1].lower_ in NAME_PARTICLES and tokens[index + 1].is_lower and _capitalised_name(tokens[index + 2]):
            found.append((index, index + 3))  # `POTCHEFSTROOM – Elrie du Toit won`, the first name tagged a noun
        elif end - index == 1 and (tokens[index].ent_type_ not in ("DATE", "TIME", "CARDINAL") or is_first_name(tokens[index].text)) and (_kin_appositive(tokens[index]) or (
                tokens[index].dep_ == "conj" and _kin_appositive(tokens[index].head) and is_first_name(tokens[index].text))):
            found.append((index, end))  # `Blackwood’s mother, Hyacinth,`: a relative's first name; `her brothers Fraser and Lachlan`
        elif end - index == 1 and tokens[index].ent_iob_ == "O" and tokens[index].dep_ == "nsubj" and tokens[index].head.pos_ == "VERB" \
                and is_first_name(tokens[index].text) and not (index > 0 and _capitalised_name(tokens[index - 1])):
            found.append((index, end))  # `Sabine took home four trophies`: one name, untagged, doing something
        elif end - index == 1 and _aged_at(doc, end) and tokens[index].ent_type_ != "PERSON":
            found.append((index, end))  # `Lamai, 63, has sold chicken rice`: a first name with an age
            first = next((t.i for t in tokens[:index] if t.text == tokens[index].text and t.i + 1 < index and _capitalised_name(tokens[t.i + 1])), None)
            if first is not None and tokens[first].ent_type_ != "PERSON":  # and the full name given before (`Lamai Phongsri`, tagged a place)
                last = first + 1
                while last + 1 < index and _capitalised_name(tokens[last + 1]) and last - first < 3:
                    last += 1
                found.insert(0, (first, last + 1))
        if end - index >= 3 and index >= 2 and tokens[index - 1].lower_ in ("of", "for") \
                and any(t.lower_.rstrip(".") in _role_words() for t in tokens[max(0, index - 4) : index - 1]):
            # `Clark County Registrar of Voters Hollis Banerjee`: past the portfolio, a known first name and a surname, untagged
            named = next((k for k in range(index + 1, end - 1) if is_first_name(tokens[k].text)), None) \
                or (index + 1 if end - index == 3 and not is_first_name(tokens[index].text) else None)  # a portfolio of one word
            if named is not None and end - named <= 3 and all(t.ent_iob_ == "O" for t in tokens[named:end]) and not any(s <= named < e for s, e in found):
                found.append((named, end))
        index = max(end, index + 1)
    return found


# `his former club`, `her old label`: a body someone has left, not the one speaking now
_PAST_MARKS = frozenset(("former", "previous", "old", "ex", "rival", "parent", "other"))
# `the band`, `the trio`, `the four-piece`: a music group, spoken of as one body
_BAND_WORDS = frozenset(("band", "trio", "duo", "quartet", "quintet", "outfit", "ensemble"))


def _body_word_of(token: Token) -> str:
    """The body word ``token`` stands for: `band` for `four-piece` (`piece` after a glued `four-`), else its lemma."""
    lemma = token.lemma_.lower()
    if lemma == "piece" and token.i >= 2 and _glued_hyphen(token.doc, token.i - 1) and token.doc[token.i - 2].lower_ in _NUMBER_WORDS:
        return "band"
    return "band" if lemma in _BAND_WORDS else lemma


_NUMBER_WORDS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5", "6", "7", "8", "9", "10"))


def _proper_run(token: Token) -> Span | None:
    """The name ``token`` is part of: its entity, else the capitalised words around it."""
    doc = token.doc
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return next((ent for ent in doc.ents if ent.start <= token.i < ent.end), None)
    start = end = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
        end += 1
    return doc[start : end + 1] if end - start < 6 else None


def _kin_appositive(token: Token) -> bool:
    """`Hyacinth` of `Blackwood’s mother, Hyacinth,`: a name set beside a relation."""
    return token.dep_ == "appos" and token.head.lemma_.lower() in KIN_SHARING_NAME


def _untagged_bodies(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised names ending in a body word that no entity covers
    (`Tamarack County Sheriff's Office`): two to six words, with `'s`, `of`, `and`, `for` inside."""
    heads = words("organization_heads.txt")
    found = []
    index = 0
    while index < len(doc):
        end = index
        while end < len(doc) and end - index < 8 and doc[end].ent_type_ in ("", "GPE", "LOC", "NORP") and (
                (_capitalised_name(doc[end]) and doc[end].is_alpha) or (end > index and doc[end].tag_ == "POS")
                or (end > index and doc[end].lower_ in ("of", "and", "for") and end + 1 < len(doc) and _capitalised_name(doc[end + 1]))
                or (end > index and _glued_hyphen(doc, end) and end + 1 < len(doc) and _capitalised_name(doc[end + 1]))):  # `Hida-Gero`
            end += 1
        whole = end
        while end > index and not (_capitalised_name(doc[end - 1]) and (doc[end - 1].lower_ in heads or doc[end - 1].lower_ in _COMPANY_ENDINGS
                                                                         or _club_ending(doc, index, end))):
            end -= 1
        if end - index < 2 and whole - index >= 3 and doc[index].lower_ in heads and doc[index + 1].lower_ == "of" and _capitalised_name(doc[whole - 1]):
            end = whole  # `Diocese of Antigonish`: a body word, then what it is of
        if end - index < 2 and whole - index == 1 and whole + 1 < len(doc) and doc[whole].text == "&" and _capitalised_name(doc[whole + 1]) \
                and doc[whole + 1].is_alpha and not doc[whole + 1].ent_type_ and not (whole + 2 < len(doc) and _capitalised_name(doc[whole + 2])):
            end = whole + 2  # `Harlow & Penn`: two names joined by `&`, a firm
        if end - index >= 2 and not is_dateline(doc[index]):
            found.append((index, end))
        index = max(end, index + 1)
    return found


# `Calderbrook Town`, `Wexley Rovers`, `Northwold Athletic`: a club by its last word (`Town` and `City` only untagged: not `Cape Town`)
_CLUB_ENDINGS = frozenset(("united", "athletic", "rovers", "wanderers", "albion", "rangers", "fc", "afc", "hotspur", "argyle", "town", "city"))


def _club_ending(doc: Doc, start: int, end: int) -> bool:
    last = doc[end - 1].lower_
    return last in _CLUB_ENDINGS and (last not in ("town", "city") or all(not t.ent_type_ for t in doc[start:end]))


def _described_bodies(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of untagged names set beside what they are (`Parcelwise, the package-tracking
    app`, `Wendell, the meal-kit start-up`): businesses the tagger did not see or called a place,
    whatever their words."""
    found = []
    for token in doc:
        if not (_capitalised_name(token) and token.ent_type_ in ("", "GPE", "LOC", "NORP") and token.dep_ != "compound"):
            continue  # `Tikiti, a Ndola-based start-up`, tagged a place
        described = [c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1 and doc[token.i + 1].text == ","]
        if not any(_noun_word(c) in _BUSINESS_NOUNS for c in described):
            continue
        start = token.i
        while start > 0 and _capitalised_name(doc[start - 1]) and doc[start - 1].ent_type_ == "" and doc[start - 1].head.i == token.i:
            start -= 1
        if not is_dateline(doc[start]) and not (start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS):
            found.append((start, token.i + 1))
    return found


def _described_as_business(token: Token, after: int = -1) -> bool:
    """``token`` has what it is set beside it, a business (`Rasta, a Karachi-based start-up`)."""
    return any(c.dep_ == "appos" and c.i > max(token.i, after) and _noun_word(c) in _BUSINESS_NOUNS for c in token.children)


def _noun_word(token: Token) -> str:
    """The noun a token ends, lower-case: `start-up` for the `up` of `start - up`."""
    doc = token.doc
    if token.lower_ == "up" and token.i >= 2 and doc[token.i - 1].text in ("-", "‐") and doc[token.i - 2].lower_ == "start":
        return "start-up"
    return token.lemma_.lower()


def _aged_at(doc: Doc, index: int) -> bool:
    """An age set off by commas starts at token ``index`` (`, 24,`)."""
    return index + 2 < len(doc) and doc[index].text == "," and doc[index + 1].text.isdigit() and int(doc[index + 1].text) <= 110 and doc[index + 2].text == ","


def _aged_before(doc: Doc, index: int) -> bool:
    """An age is written right before token ``index`` (`15-year-old Maya Costa`)."""
    return index > 0 and doc[index - 1].lower_ == "old" and bool(_AGE.search(doc[max(0, index - 5) : index].text))


def _past_dateline(ent: Span) -> Span | None:
    """An organisation without the dateline the tagger put in front of it (`SINGAPORE - Meridian
    Harbour Logistics`); None when the entity is only the dateline (`COPIAPÓ`)."""
    start = past_dateline(ent.doc, ent.start)
    if start == ent.start and not is_dateline(ent[0]):
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_) if ent.start < start < ent.end else None


# Honorifics only ever written before a person's name (`Shri Umakant Prasad Yadav`, `Dr Nia Gwilym`).
_NAME_HONORIFICS = frozenset(("mr", "mrs", "ms", "mx", "dr", "shri", "smt", "shrimati", "dame",
                              "eng", "engr", "ayatollah", "hojatoleslam", "hojjatoleslam", "sayyed", "sayyid"))  # `Minister ... Eng. Raed Al-Zoubi`
_ANY_HONORIFICS = HONORIFICS | _NAME_HONORIFICS
# Legal forms written before a company's name (`PT Sulawesi Nikel Perkasa`, `CV Maju Jaya`): not part of the name.
_LEGAL_PREFIXES = frozenset(("PT", "CV", "Tbk", "PJSC", "JSC", "OAO", "ZAO", "PAO", "OOO"))


def _with_cut_word(ent: Span | None) -> Span | None:
    """A body with the first word of its name the tagger left out, most often where a paragraph opens
    (`Calder` + `Vale District Council`, `Irwell` + `Tenants’ Voice`): an untagged proper noun compounded into the name."""
    if ent is None or ent.start == 0 or ent[0].lower_ == "the":
        return ent
    word = ent.doc[ent.start - 1]
    if word.pos_ == "PROPN" and word.ent_iob_ == "O" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end and word.is_alpha \
            and word.text[:1].isupper() and word.text not in _LEGAL_PREFIXES and word.lower_ not in _role_words() and word.lower_ not in _body_words() \
            and not is_first_name(word.text):
        # opening a sentence, a capital proves nothing (`Fellow HomeLight star ...`): the word must be a name elsewhere too
        if not word.is_sent_start or any(t.text == word.text and not t.is_sent_start and t.i != word.i for t in ent.doc):
            return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _after_dateline(doc: Doc, index: int) -> bool:
    """Token ``index`` comes right after a dateline's dash at the start of a line (``KUALA LUMPUR —``)."""
    if index < 2 or doc[index - 1].text not in ("—", "–", "-", "--"):
        return False
    line = []
    for token in reversed(doc[max(0, index - 8) : index - 1]):
        if "\n" in token.text:
            break
        line.append(token)
    return bool(line) and any(t.text.isupper() and len(t.text) >= 3 for t in line) and (line[-1].i == 0 or "\n" in doc[line[-1].i - 1].text)


_SEAT_HOLDERS = frozenset(("member", "mp", "mla", "mpp", "mna", "td", "senator", "representative", "councillor", "minister"))


def _past_seat(doc: Doc, names: list) -> list:
    """``Member for Carnaby Simone Patane``: the name words after the seat's name."""
    opening = names[0].i if names else 0
    seat = opening >= 2 and doc[opening - 1].lower_ == "for" and doc[opening - 2].lower_ in _SEAT_HOLDERS
    return names[1:] if seat and len(names) >= 3 and not is_first_name(names[0].text) else names


_TAIL_PARTICLES = frozenset(("de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "do", "ter", "ten"))


def _past_comma(ent: Span) -> Span:
    """``Abuja, Kolo`` (`in Abuja, Kolo said`), tagged one entity: the name after the comma; not a
    suffix (`Harold Pruitt, Jr.`)."""
    comma = next((t.i for t in reversed(ent) if t.text == ","), None)
    if comma is None or comma + 1 >= ent.end or ent.doc[comma + 1].text.rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        return ent
    return Span(ent.doc, comma + 1, ent.end, label=ent.label_)


def _particle_tail(ent: Span) -> Span:
    """``Joana Ferreira`` + ``dos Santos``: a lower-case particle and the capitalised name words after it
    that the tagger left off a person's name."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].text in _TAIL_PARTICLES:
        end += 1
    last = end
    while last < len(doc) and doc[last].is_alpha and _capitalised_name(doc[last]) and doc[last].ent_type_ in ("", "GPE", "PERSON", "ORG", "LOC", "NORP") \
            and doc[last].lower_ not in _body_words() and last - end < 2:
        last += 1
    return Span(doc, ent.start, last, label=ent.label_) if end > ent.end and last > end else ent


def _capitalised_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _inverse_kin(kin: str, gender: str) -> str:
    """The owner's role in ``his daughter``, ``her husband``: father, wife; empty when unknown."""
    if not gender:
        return ""
    inverse = {"son": ("father", "mother"), "daughter": ("father", "mother"), "stepson": ("stepfather", "stepmother"),
               "stepdaughter": ("stepfather", "stepmother"), "father": ("son", "daughter"), "mother": ("son", "daughter"),
               "wife": ("husband", "wife"), "husband": ("husband", "wife"), "brother": ("brother", "sister"), "sister": ("brother", "sister")}
    pair = inverse.get(kin)
    return (pair[0] if gender == "m" else pair[1]) if pair else ""


def _of_phrase(head: Token) -> str:
    """The phrase that ends a body's name after its head word (`of Malaysia`, `of Mines and Energy`, `of
    the Republic`, `for the Treatment of Prisoners of War`): `of` or `for`, then capitalised words, joined
    by `and`, `of`, `for` and `the`; else ''."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("of", "for"):
        return ""
    end, last = head.i + 2, None
    while end < len(doc):
        if _capitalised_name(doc[end]):
            last = end
        elif not (doc[end].lower_ in ("and", "&", "of", "for", "the") and (last is not None or doc[end].lower_ == "the")):
            break
        end += 1
    return doc[head.i + 1 : last + 1].text if last is not None else ""


def _campaign_name(head: Token) -> str | None:
    """`Hu for Nevada` in `Hu's campaign committee, Hu for Nevada, said`: a name `for` a place set after a
    campaign word is the campaign's, or None."""
    doc = head.doc
    edge = head.left_edge.i
    named_for = any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in head.rights)
    after = any(c.dep_ == "appos" and c.lemma_.lower() in _CAMPAIGN_WORDS for c in head.rights)  # `Wofford for Georgia, her campaign committee,`
    before = edge >= 2 and doc[edge - 1].text == "," and doc[edge - 2].lemma_.lower() in _CAMPAIGN_WORDS
    if head.pos_ != "PROPN" or not named_for or not (before or after):
        return None
    end = next(c for c in head.rights if c.dep_ == "prep" and c.lower_ == "for").right_edge.i
    return _strip_the(doc[edge : end + 1].text)


def _compound_head(token: Token) -> Token:
    """The word a chain of compounds qualifies (`Agency` → `Hidayat` in `... Agency spokesman Rahmat Hidayat`)."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


@lru_cache(maxsize=4096)
def _word_before_last(name: str) -> str:
    """The word before the last of a name of three words or more (a Spanish first surname: `Chipana` of
    `Nélida Chipana Huamaní`), else ''; cached, since `_find_person` asks for every capitalised word."""
    parts = name.split()
    return parts[-2] if len(parts) >= 3 else ""


def _middle_name_title(tokens: list[Token], n: int) -> bool:
    """`Haji` of `Mwanajuma Haji Makame`: a pilgrim's honorific inside a tagged name, after a given name, is one of its names."""
    return tokens[n].lower_ in ("haji", "hajji", "hafiz") and n > 0 and tokens[n - 1].ent_type_ == "PERSON" and tokens[n].ent_iob_ == "I"


def _two_word_honorific(first: str, second: str) -> bool:
    return f"{first} {second}".lower() in _TWO_WORD_HONORIFICS or (first == "Pol" and second.lower().rstrip(".") in _POLICE_RANKS)


def _state_named(head: Token) -> str | None:
    """The US state a description names before its head (`the New Mexico Democrat`, `the Texas
    senator`), lower-cased, or None."""
    named = [t.text for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree]
    return us_states().get(" ".join(named[-2:])) or (us_states().get(named[-1]) if named else None)


def _looks_demonym(word: str) -> bool:
    """A capitalised nationality word by its shape (`Colombian`, `Japanese`, `Danish`, `Dutchman`)."""
    return word[:1].isupper() and (bool(_DEMONYM.match(word)) or word.endswith(("ian", "an", "ese", "ish", "i")))


def _is_demonym(head: Token) -> bool:
    """``the German``, ``the Dutchman``: a nationality standing for a person."""
    return head.ent_type_ in ("NORP", "LANGUAGE") or bool(_DEMONYM.match(head.text))


def _described_words(head: Token) -> str:
    """The words describing a speaker, lower-cased: its phrase, and for a subject everything up to its
    verb (`a nurse on the ward, who asked not to be named, said`, whatever noun the clause hangs on)."""
    return " ".join(t.lower_ for t in _described_tokens(head))


def _described_text(head: Token) -> str:
    return " ".join(t.text for t in _described_tokens(head))


def _described_tokens(head: Token) -> Span:
    doc = head.doc
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    end = verb.i if verb is not None and verb.i > head.i and head.dep_ in ("nsubj", "nsubjpass", "appos") else head.right_edge.i + 1
    return doc[head.left_edge.i : max(end, head.right_edge.i + 1)]


# `who gave her name only as Lorna`, `identified only as Ahmed`, `who gave only his first name, Tomas`.
_GIVEN_NAME = re.compile(
    r"\b(?:gave|give|giving|provided|offered) (?:only )?(?:her|his|their) (?:first |last )?name (?:only )?(?:as )?,? ?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
    r"|\b(?:identified|named|known) only as ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"  # `Lorna`, `Abu Firas`
    r"|\bidentified (?:herself|himself) (?:only |simply )?as ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"  # `who identified herself simply as Iya Basira`
    r"|\bgave only (?:her|his|their) (?:first )?name ,? ?([A-Z][a-z]+)\b"
    r"|\b(?:introduced|identified|named) as ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b"  # `introduced as Fujimura Akiko`
)

# The same idea read from the whole text, for the index (`EntityIndex._add_names_given_as`): `who gave his
# name as Yonas`, `who asked to be identified only as Samir` make the description a mention of that person, so
# a later `he` finds Yonas. `_GIVEN_NAME` above names one description when it is resolved; this one is anchored
# on `who` so the clause's head noun is known. (Two patterns for one idea: merging them is left to a change
# that re-measures, as the first also matches `introduced as ...`.)
_GIVEN_WORD = r"[A-Z][\w’'-]+"
_GIVEN_AS = re.compile(rf"\bwho (?:gave|gives) (?P<owner>his|her) (?:first |only )?name as (?P<name>{_GIVEN_WORD}(?: {_GIVEN_WORD})?)"
                       rf"|\bwho (?:asked|wished|wanted|agreed) to be (?:identified|named) (?:only )?(?:as|by (?:his|her) first name,?) (?P<name2>{_GIVEN_WORD})")


def _is_anonymous(head: Token, span: Span) -> bool:
    """``a source``, ``officials``, ``sources familiar with the talks``."""
    if head.pos_ == "PROPN":
        return False
    if _ANONYMITY.search(_described_words(head)):
        return True
    if head.lemma_.lower() in UNNAMED_WITH_A and head.tag_ == "NN":  # `a man who lives nearby said`; not `the man`
        return any(t.dep_ == "det" and t.lower_ in ("a", "an", "another", "one") for t in head.children)
    if head.lemma_.lower() not in words("anonymous_heads.txt"):
        return False
    determiners = [t.lower_ for t in head.children if t.dep_ in ("det", "nummod", "amod")]
    return head.tag_ in ("NNS",) or not determiners or determiners[0] in ("a", "an", "another", "one", "two", "three", "several", "some", "senior", "other", "the")
