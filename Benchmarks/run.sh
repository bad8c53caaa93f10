#!/usr/bin/env bash
# Benchmark: `vendorscore evaluate` on a synthetic tender (40 criteria, 10,000 bids × 40 facts)
# against the floor for reading such a file, a bare libyaml event loop (yaml-baseline.c).
#
#   bash Benchmarks/run.sh                 # 10,000 bids, median of 5 runs
#   BIDS=1000 RUNS=3 bash Benchmarks/run.sh
#   SCRATCH_PATH=.build-bench bash Benchmarks/run.sh   # build in another directory
#   BIN=/path/to/bin bash Benchmarks/run.sh  # measure the vendorscore and vendorscore-synth already
#                                            # built there, to compare two builds, without building
#
# Reports wall and CPU seconds (medians) and peak RSS (largest "Maximum resident set size" of /usr/bin/time -v
# over the runs) of each run, then each target as met or NOT met:
#   evaluate --format csv (YAML bids)       ≤ 2.0× the baseline, peak ≤ 64 MiB
#   evaluate --format json                  ≤ 1.5× the CSV run, peak ≤ 100 MiB
#   evaluate --record / verify              ≤ 3× / ≤ 4× the CSV run, peak ≤ 256 MiB each
#   BIDS identical bids (CSV, ids differ)   ≤ 1.5× the time and the peak of distinct CSV bids
# `validate` (load and check only) is timed too, to tell load time from scoring and output.
# Needs: a Swift toolchain, a C compiler, libyaml-dev, GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."
BIDS=${BIDS:-10000}
RUNS=${RUNS:-5}
SCRATCH=${SCRATCH_PATH:-.build}
DATA=${DATA:-bench-data}

[[ -x /usr/bin/time ]] || { echo "run.sh: GNU time (/usr/bin/time) is needed for peak memory; apt-get install time" >&2; exit 1; }

if [[ -z ${BIN:-} ]]; then
    echo "== building (release)"
    swift build -c release --scratch-path "$SCRATCH" --product vendorscore
    swift build -c release --scratch-path "$SCRATCH" --product vendorscore-synth
    BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
fi
echo "== measuring $BIN/vendorscore"
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
    local times=() cpus=() peak=0 start end rss status
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
        cpus+=("$(awk -F': ' '/User time|System time/ { sum += $2 } END { printf "%.4f", sum }' "$DATA/time.txt")")
        if ((rss > peak)); then peak=$rss; fi
    done
    MEDIAN=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    CPU=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '   %-38s %8.3f s  CPU %7.3f s   peak RSS %7.1f MiB   (runs: %s)\n' "$name" "$MEDIAN" "$CPU" \
        "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" "${times[*]}"
    PEAK_KIB=$peak
}

echo "== timing (median of $RUNS runs)"
measure "libyaml events (baseline)" "$DATA/yaml-baseline" "$DATA/bids.yaml"
BASELINE=$MEDIAN
BASELINE_CPU=$CPU
# Loading and checking alone, to tell load time from scoring and output time.
measure "vendorscore validate (YAML bids)" "$BIN/vendorscore" validate "$DATA/rubric.yaml" "$DATA/bids.yaml"
measure "vendorscore evaluate (YAML bids)" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" \
    --format csv --output "$DATA/out.csv"
EVALUATE=$MEDIAN
EVALUATE_CPU=$CPU
EVALUATE_PEAK=$PEAK_KIB
measure "vendorscore evaluate (CSV bids)" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.csv" \
    --format csv --output "$DATA/out-from-csv.csv"
CSV_BIDS=$MEDIAN
CSV_BIDS_CPU=$CPU
CSV_BIDS_PEAK=$PEAK_KIB

measure "vendorscore evaluate --format json" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" \
    --format json --output "$DATA/out.json"
JSON=$MEDIAN
JSON_CPU=$CPU
JSON_PEAK=$PEAK_KIB
rm -f "$DATA/out.record.json"
measure "vendorscore evaluate --record" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" \
    --format csv --output "$DATA/out-record.csv" --record "$DATA/out.record.json"
RECORD=$MEDIAN
RECORD_CPU=$CPU
RECORD_PEAK=$PEAK_KIB
measure "vendorscore verify" "$BIN/vendorscore" verify "$DATA/out.record.json"
VERIFY=$MEDIAN
VERIFY_CPU=$CPU
VERIFY_PEAK=$PEAK_KIB

# The same bid BIDS times under distinct ids: the bid ranked first above, so all of them pass the
# gates and tie.
first=$(awk -F, 'NR == 2 { print $2 }' "$DATA/out-from-csv.csv")
awk -F, -v OFS=, -v id="$first" -v n="$BIDS" 'NR == 1 { print; next }
    $1 == id { for (i = 1; i <= n; i++) { $1 = sprintf("t%06d", i); print } }' "$DATA/bids.csv" >"$DATA/identical.csv"
measure "vendorscore evaluate (identical bids)" "$BIN/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/identical.csv" \
    --format csv --output "$DATA/out-identical.csv"
IDENTICAL=$MEDIAN
IDENTICAL_CPU=$CPU
IDENTICAL_PEAK=$PEAK_KIB
ls -l "$DATA/out.csv" "$DATA/out.json" "$DATA/out.record.json" | awk '{ printf "   output %-28s %10d bytes\n", $NF, $5 }'

echo "== result"
# verdict NAME VALUE LIMIT UNIT — prints one target as met or NOT met.
verdict() {
    awk -v name="$1" -v value="$2" -v limit="$3" -v unit="$4" 'BEGIN {
        printf "   %-52s %8.2f%s (target <= %s%s): %s\n", name, value, unit, limit, unit, value <= limit ? "met" : "NOT met"
    }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a / b }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
verdict "evaluate --format csv / libyaml events, wall" "$(ratio "$EVALUATE" "$BASELINE")" 2 "×"
verdict "evaluate --format csv peak RSS" "$(mib "$EVALUATE_PEAK")" 64 " MiB"
verdict "evaluate --format json / evaluate --format csv, wall" "$(ratio "$JSON" "$EVALUATE")" 1.5 "×"
verdict "evaluate --format json peak RSS" "$(mib "$JSON_PEAK")" 100 " MiB"
verdict "evaluate --record / evaluate --format csv, wall" "$(ratio "$RECORD" "$EVALUATE")" 3 "×"
verdict "evaluate --record peak RSS" "$(mib "$RECORD_PEAK")" 256 " MiB"
verdict "verify / evaluate --format csv, wall" "$(ratio "$VERIFY" "$EVALUATE")" 4 "×"
verdict "verify peak RSS" "$(mib "$VERIFY_PEAK")" 256 " MiB"
verdict "identical bids / distinct CSV bids, wall" "$(ratio "$IDENTICAL" "$CSV_BIDS")" 1.5 "×"
verdict "identical bids / distinct CSV bids, peak RSS" "$(ratio "$IDENTICAL_PEAK" "$CSV_BIDS_PEAK")" 1.5 "×"
# On a shared machine wall time includes waiting for a core; CPU time (user + system) does not.
echo "   CPU-time ratios (for comparison on a busy machine): evaluate/baseline $(ratio "$EVALUATE_CPU" "$BASELINE_CPU")," \
    "json/evaluate $(ratio "$JSON_CPU" "$EVALUATE_CPU"), record/evaluate $(ratio "$RECORD_CPU" "$EVALUATE_CPU")," \
    "verify/evaluate $(ratio "$VERIFY_CPU" "$EVALUATE_CPU"), identical/distinct $(ratio "$IDENTICAL_CPU" "$CSV_BIDS_CPU")"
