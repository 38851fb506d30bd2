#!/usr/bin/env bash
# Set up .venv (if needed) and run quotegraph on the bundled sample articles:
# writes out/samples.jsonl and out/samples.html and prints the JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
.venv/bin/quotegraph extract samples/ --format jsonl -o out/samples.jsonl
.venv/bin/quotegraph extract samples/ --format html -o out/samples.html
cat out/samples.jsonl
echo "Wrote out/samples.jsonl and out/samples.html" >&2
