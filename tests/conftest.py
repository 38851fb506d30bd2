"""Shared fixtures: the loaded model (skips when absent), the repository root, the PolNeAR folder."""

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
POLNEAR = REPO_ROOT.parent / "shared" / "data" / "polnear"


@pytest.fixture(scope="session")
def en_nlp():
    """The pinned spaCy pipeline, loaded once; skips the test when the model is not installed."""
    from quotegraph import load_nlp
    from quotegraph.errors import ModelNotInstalledError

    try:
        return load_nlp()
    except ModelNotInstalledError as error:
        pytest.skip(f"spaCy model not installed: {error}")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not POLNEAR.is_dir():
        pytest.skip(f"PolNeAR corpus not found at {POLNEAR}")
    return POLNEAR
