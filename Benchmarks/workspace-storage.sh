#!/usr/bin/env bash
# Benchmark: the workspace's storage under many experts submitting at once. 50 writers each save a
# full draft score sheet (14 bids × 10 subjective criteria = 140 marks) and then submit it, all at
# the same time, against SQLite and against PostgreSQL. Every sheet, mark and log row is counted
# afterwards (none lost or duplicated) and the log chain verified; reports p50/p99 latency per save
# and throughput. Status 1 when anything is missing or duplicated.
#
#   bash Benchmarks/workspace-storage.sh
#   WRITERS=100 RUNS=5 bash Benchmarks/workspace-storage.sh
#   VENDORSCORE_BENCH_POSTGRES_URL=postgresql://… bash Benchmarks/workspace-storage.sh
#
# PostgreSQL runs at VENDORSCORE_BENCH_POSTGRES_URL, else VENDORSCORE_TEST_POSTGRES_URL (as set by
# `eval "$(.ci/postgres.sh)"`), each run in a new schema dropped afterwards; without either, only
# SQLite runs. SQLite works in a temporary folder (TMPDIR).
set -euo pipefail

cd "$(dirname "$0")/.."
WRITERS=${WRITERS:-50}
BIDS=${BIDS:-14}
CRITERIA=${CRITERIA:-10}
RUNS=${RUNS:-3}
SCRATCH=${SCRATCH_PATH:-.build}
POSTGRES=${VENDORSCORE_BENCH_POSTGRES_URL:-${VENDORSCORE_TEST_POSTGRES_URL:-}}

echo "== building (release)"
swift build -c release --scratch-path "$SCRATCH" --product vendorscore-store-bench
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for ((run = 1; run <= RUNS; run++)); do
    echo "== run $run of $RUNS"
    "$BIN/vendorscore-store-bench" --sqlite "$work" --writers "$WRITERS" --bids "$BIDS" --criteria "$CRITERIA" || status=1
    if [ -n "$POSTGRES" ]; then
        "$BIN/vendorscore-store-bench" --postgres "$POSTGRES" --writers "$WRITERS" --bids "$BIDS" --criteria "$CRITERIA" || status=1
    fi
done
[ -n "$POSTGRES" ] || echo "(PostgreSQL skipped: set VENDORSCORE_BENCH_POSTGRES_URL or run: eval \"\$(.ci/postgres.sh)\")"
exit $status
