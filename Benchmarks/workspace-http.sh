#!/usr/bin/env bash
# Benchmark: the committee workspace over HTTP, a real `vendorscore serve` (release build) on
# 127.0.0.1, against SQLite and against PostgreSQL. Three parts (Benchmarks/workspace-http.py):
#   load     50 experts at once sign in, save and submit 14 bids × 10 criteria each; p50/p99 per
#            request, requests per second; every submission stored once, none lost or duplicated.
#   crash    the same, with the server SIGKILLed during the submissions and started again: every
#            acknowledged write there, nothing half-applied, `vendorscore log verify` intact.
#   tenders  1,000 closed tenders (seeded through the store by vendorscore-store-bench): the
#            tender list and a tender's page, page and API, must answer under 100 ms.
# Status 1 when any check fails.
#
#   bash Benchmarks/workspace-http.sh
#   PARTS="load crash" EXPERTS=100 bash Benchmarks/workspace-http.sh
#   TENDERS=5000 PARTS=tenders bash Benchmarks/workspace-http.sh
#   CONFIGURATION=debug bash Benchmarks/workspace-http.sh    (a quicker build; slower figures)
#
# PostgreSQL runs at VENDORSCORE_BENCH_POSTGRES_URL, else VENDORSCORE_TEST_POSTGRES_URL (as set by
# `eval "$(.ci/postgres.sh)"`); each part gets a new database (the role needs CREATEDB, which
# .ci/postgres.sh grants), dropped afterwards. Without either URL only SQLite runs.
set -euo pipefail

cd "$(dirname "$0")/.."
PARTS=${PARTS:-load crash tenders}
EXPERTS=${EXPERTS:-50}
BIDS=${BIDS:-14}
CRITERIA=${CRITERIA:-10}
TENDERS=${TENDERS:-1000}
PORT=${PORT:-18181}
SCRATCH=${SCRATCH_PATH:-.build}
CONFIGURATION=${CONFIGURATION:-release}
POSTGRES=${VENDORSCORE_BENCH_POSTGRES_URL:-${VENDORSCORE_TEST_POSTGRES_URL:-}}

echo "== building ($CONFIGURATION)"
swift build -c "$CONFIGURATION" --scratch-path "$SCRATCH" --product vendorscore
swift build -c "$CONFIGURATION" --scratch-path "$SCRATCH" --product vendorscore-store-bench
BIN=$(swift build -c "$CONFIGURATION" --scratch-path "$SCRATCH" --show-bin-path)
work=$(mktemp -d)
databases=()
url=
cleanup() {
    for name in "${databases[@]+"${databases[@]}"}"; do psql "$POSTGRES" -X -q -c "DROP DATABASE IF EXISTS $name" >/dev/null 2>&1 || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A new, empty PostgreSQL database beside the configured one, its URL in $url.
new_database() {
    local name="vs_bench_$$_${#databases[@]}"
    psql "$POSTGRES" -X -q -c "CREATE DATABASE $name" >/dev/null
    databases+=("$name")
    local base=${POSTGRES%%\?*}
    local query=${POSTGRES#"$base"}
    url="${base%/*}/$name$query"
}

status=0
backends=(sqlite)
[ -n "$POSTGRES" ] && backends+=(postgres)
for backend in "${backends[@]}"; do
    for part in $PARTS; do
        if [ "$backend" = sqlite ]; then
            where=(--data "$work/$part-sqlite")
        else
            new_database
            where=(--database "$url")
        fi
        if [ "$part" = tenders ]; then
            if [ "$backend" = sqlite ]; then
                "$BIN/vendorscore-store-bench" --sqlite "$work/$part-sqlite" --seed-closed "$TENDERS" --bids "$BIDS" --criteria "$CRITERIA"
            else
                "$BIN/vendorscore-store-bench" --postgres "$url" --seed-closed "$TENDERS" --bids "$BIDS" --criteria "$CRITERIA"
            fi
            python3 Benchmarks/workspace-http.py tenders --server "$BIN/vendorscore" "${where[@]}" --port "$PORT" || status=1
        else
            python3 Benchmarks/workspace-http.py "$part" --server "$BIN/vendorscore" "${where[@]}" --port "$PORT" \
                --experts "$EXPERTS" --bids "$BIDS" --criteria "$CRITERIA" || status=1
        fi
    done
done
[ -n "$POSTGRES" ] || echo "(PostgreSQL skipped: set VENDORSCORE_BENCH_POSTGRES_URL or run: eval \"\$(.ci/postgres.sh)\")"
exit $status
