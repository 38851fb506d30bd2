"""Errors quotegraph raises, each with a code from one catalogue so users and tests can grep them.

Library code raises these; the CLI turns them into one ``Error: ...`` line and a non-zero exit.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "E001": "Cannot read {path}: {reason}.",
    "E002": "{path} is not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8 first.",
    "E003": "{path} looks like a binary file, not text or HTML.",
    "E004": "{path} is {size_mb:.1f} MB, over the {limit_mb} MB limit per article; split it or raise --max-mb.",
    "E005": "The article is empty.",
    "E006": "Line {line}: not valid JSON ({reason}).",
    "E007": "Line {line}: expected a JSON object with a string field \"text\".",
    "E008": "The spaCy model {model!r} is not installed; run scripts/setup.sh (it installs {package} pinned by hash).",
    "E009": "Unknown output format {fmt!r}; choose one of {choices}.",
    "E010": "No text could be extracted from the HTML in {path}.",
    "E011": "{path} does not exist.",
    "E012": "The article does not look like English (only {share:.0%} of its words are English function words).",
    "E013": "{path} is not a PolNeAR-style corpus folder (expected data/<split>/text and data/<split>/attributions).",
    # WARC input (warc.py) and the Spark job (spark_job.py, spark_rows.py)
    "E014": "{path}: damaged WARC record at byte {offset} ({reason}); going on with the next record.",
    "E015": "{path} is truncated: it ends inside the WARC record at byte {offset}; download it again.",
    "E016": "quotegraph spark needs PySpark; install it with: pip install 'quotegraph[spark]'",
    "E017": "Spark needs Java 17 or 21 and no java was found (JAVA_HOME unset, no java on PATH); install one, e.g. apt-get install openjdk-17-jre-headless.",
    "E018": "Spark could not run the job: {reason}",
    "E019": "{path}: {problem}.",
    "E040": "Reading Parquet needs pyarrow; install it with: pip install 'quotegraph[parquet]'",
    # the corpus store (store.py); numbered from E020 to leave room for extraction codes
    "E020": "The database {path} does not exist; create it with: quotegraph ingest ARTICLES --db {path}",
    "E021": "{path} is not a quotegraph database ({reason}).",
    "E022": "{path} has schema version {found}, newer than this quotegraph reads ({supported}); upgrade quotegraph.",
    "E023": "Cannot write to the database {path}: {reason}.",
    "E024": "Parquet export needs pyarrow; install it with: pip install 'quotegraph[parquet]'",
    "E025": "Unknown {what} {value!r}; choose one of {choices}.",
    "E026": "{value!r} is not a date; use YYYY-MM-DD.",
    "E027": "Cannot open the database {path}: {reason}.",
    "E028": "The article text holds an unpaired surrogate character at offset {offset} (a bad \\ud800-\\udfff escape in JSON); it cannot be read or stored.",
    "E029": "The disk holding the database {path} is full; free some space and run the same command again (every article stored so far is kept).",
}


class QuotegraphError(Exception):
    """Base class: ``code`` is the catalogue key, the message a full sentence."""

    code = "E000"

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        super().__init__(f"[{code}] " + MESSAGES[code].format(**values))


class InputError(QuotegraphError):
    """The article cannot be read, decoded or used."""


class ConfigError(QuotegraphError):
    """A setting is impossible."""


class ModelNotInstalledError(QuotegraphError):
    """The pinned spaCy model is missing."""


class StoreError(QuotegraphError):
    """The corpus database is missing, unreadable, read-only or not a quotegraph database."""


class SchemaVersionError(StoreError):
    """The database was written by a newer quotegraph with a schema this version does not know."""
