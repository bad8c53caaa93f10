#!/usr/bin/env bash
# Benchmark: `vendorscore evaluate` on a synthetic tender (40 criteria, 10,000 bids × 40 facts)
# against the floor for reading such a file, a bare libyaml event loop (yaml-baseline.c).
#
#   bash Benchmarks/run.sh                 # 10,000 bids, median of 5 runs
#   BIDS=1000 RUNS=3 bash Benchmarks/run.sh
#   SCRATCH_PATH=.build-bench bash Benchmarks/run.sh   # build in another directory
#
# Reports wall seconds (median), the ratio of `evaluate` on YAML bids to the baseline, and peak RSS
# (largest "Maximum resident set size" of /usr/bin/time -v over the runs). Targets: ratio ≤ 2,
# peak < 100 MiB. `validate` (load and check only) and CSV bids are timed too, for comparison.
# Needs: a Swift toolchain, a C compiler, libyaml-dev, GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."
BIDS=${BIDS:-10000}
RUNS=${RUNS:-5}
SCRATCH=${SCRATCH_PATH:-.build}
DATA=bench-data

[[ -x /usr/bin/time ]] || { echo "run.sh: GNU time (/usr/bin/time) is needed for peak memory; apt-get install time" >&2; exit 1; }

echo "== building (release)"
swift build -c release --scratch-path "$SCRATCH" --product vendorscore
swift build -c release --scratch-path "$SCRATCH" --product vendorscore-synth
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
mkdir -p "$DATA"
cc -O2 -o "$DATA/yaml-baseline" Benchmarks/yaml-baseline.c -lyaml

echo "== generating $BIDS bids"
"$BIN/vendorscore-synth" "$DATA" --bids "$BIDS"
ls -l "$DATA/rubric.yaml" "$DATA/bids.yaml" "$DATA/bids.csv" | awk '{ printf "   %-24s %10d bytes\n", $NF, $5 }'

# measure NAME COMMAND... — runs COMMAND $RUNS times (output discarded), prints the median wall
# time and the peak RSS, and leaves the median in $MEDIAN.
measure() {
    local name=$1
    shift
    local times=() peak=0 start end rss status
    for ((run = 0; run < RUNS; run++)); do
        start=$EPOCHREALTIME
        status=0
        /usr/bin/time -v -o "$DATA/time.txt" "$@" >/dev/null 2>"$DATA/stderr.txt" || status=$?
        end=$EPOCHREALTIME
        if ((status != 0)); then
            echo "run.sh: '$*' exited with status $status:" >&2
            head -20 "$DATA/stderr.txt" >&2
            exit 1
        fi
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$DATA/time.txt")
        if ((rss > peak)); then peak=$rss; fi
    done
    MEDIAN=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '   %-34s %8.3f s   peak RSS %7.1f MiB   (runs: %s)\n' "$name" "$MEDIAN" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" "${times[*]}"
    PEAK_KIB=$peak
}

echo "== timing (median of $RUNS runs)"
measure "libyaml events (baseline)" "$DATA/yaml-baseline" "$DATA/bids.yaml"
BASELINE=$MEDIAN
# Loading and checking alone, to tell load time from scoring and output time.
measure "vendorscore validate (YAML bids)" "$BIN/vendorscore" validate "$DATA/rubric.yaml" "$DATA/bids.yaml"
measure "vendorscore evaluate (YAML bids)" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" \
    --format csv --output "$DATA/out.csv"
EVALUATE=$MEDIAN
EVALUATE_PEAK=$PEAK_KIB
measure "vendorscore evaluate (CSV bids)" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.csv" \
    --format csv --output "$DATA/out-from-csv.csv"

echo "== result"
awk -v e="$EVALUATE" -v b="$BASELINE" -v p="$EVALUATE_PEAK" 'BEGIN {
    ratio = e / b
    mib = p / 1024
    printf "   ratio to baseline %.2f (target <= 2): %s\n", ratio, ratio <= 2 ? "met" : "NOT met"
    printf "   peak RSS %.1f MiB (target < 100 MiB): %s\n", mib, mib < 100 ? "met" : "NOT met"
}'
