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
