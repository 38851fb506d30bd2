#!/usr/bin/env bash
# Set up .venv (if needed), run quotegraph on the bundled sample articles (out/samples.jsonl,
# out/samples.html, printing the JSON), ingest them into out/samples.db, and serve the web UI and
# API on http://127.0.0.1:8000/ until Ctrl-C (QUOTEGRAPH_PORT=N for another port).
# QUOTEGRAPH_DEMO_NO_SERVE=1: stop after ingesting and check one API request instead (for CI).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/quotegraph extract samples/ --format jsonl -o out/samples.jsonl
.venv/bin/quotegraph extract samples/ --format html -o out/samples.html
cat out/samples.jsonl
echo "Wrote out/samples.jsonl and out/samples.html" >&2
.venv/bin/quotegraph ingest samples/ --db out/samples.db
if [ "${QUOTEGRAPH_DEMO_NO_SERVE:-0}" = 1 ]; then
    .venv/bin/quotegraph serve --db out/samples.db --get "/api/quotes?q=bridge&limit=1" >/dev/null
    .venv/bin/quotegraph serve --db out/samples.db --get /api/stats
    exit 0
fi
exec .venv/bin/quotegraph serve --db out/samples.db --port "${QUOTEGRAPH_PORT:-8000}"
