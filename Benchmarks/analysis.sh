#!/usr/bin/env bash
# Benchmark of the ranking analysis (docs/analysis.md):
#   1. SMAA-2, 1,000,000 weight samples × 14 vendors × 20 criteria: VendorScore against a
#      vectorised numpy implementation of the same sampling and ranking (Analysis/reference.py);
#      target ≥ 2× faster, with flat memory (peak RSS at 100,000 and 1,000,000 samples).
#   2. TOPSIS on 10,000 alternatives × 50 criteria: VendorScore against pymcdm's TOPSIS (vector
#      normalisation, validation=False), both timed in-process around the call, best of 5;
#      target ≥ 5× faster.
#   3. `vendorscore analyze` on the shipped example, whole process, default 10,000 samples;
#      target < 0.5 s.
#
#   bash Benchmarks/analysis.sh
#   RUNS=5 SCRATCH_PATH=.build-bench bash Benchmarks/analysis.sh
#
# SMAA and TOPSIS times are the computation only (inputs generated before the clock starts),
# median of RUNS runs; peak RSS is the whole process's (GNU time). Needs: a Swift toolchain,
# python3 with numpy and pymcdm (pip install pymcdm), GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SCRATCH=${SCRATCH_PATH:-.build}
DATA=bench-data
mkdir -p "$DATA"

[[ -x /usr/bin/time ]] || { echo "analysis.sh: GNU time (/usr/bin/time) is needed for peak memory; apt-get install time" >&2; exit 1; }

echo "== building (release)"
swift build -c release --scratch-path "$SCRATCH" --product vendorscore
swift build -c release --scratch-path "$SCRATCH" --product vendorscore-analysis-bench
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)

# run NAME COMMAND... — runs COMMAND $RUNS times; prints the median of the seconds each run
# reports as its second word (or the wall time with WALL=1) and the peak RSS; sets $MEDIAN.
run() {
    local name=$1
    shift
    local times=() peak=0 start end rss seconds
    for ((i = 0; i < RUNS; i++)); do
        start=$EPOCHREALTIME
        /usr/bin/time -v -o "$DATA/time.txt" "$@" >"$DATA/out.txt" 2>"$DATA/err.txt" || { cat "$DATA/err.txt" >&2; exit 1; }
        end=$EPOCHREALTIME
        if [[ ${WALL:-0} == 1 ]]; then
            seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')
        else
            seconds=$(awk '{ print $2 }' "$DATA/out.txt")
        fi
        times+=("$seconds")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$DATA/time.txt")
        if ((rss > peak)); then peak=$rss; fi
    done
    MEDIAN=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    printf '   %-44s %9.4f s   peak RSS %7.1f MiB   (runs: %s)\n' "$name" "$MEDIAN" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')" "${times[*]}"
}

# numpy runs without the machine's OpenBLAS core-type overrides, both unset together.
NUMPY=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 Benchmarks/Analysis/reference.py)

echo "== SMAA-2, 14 vendors × 20 criteria (median of $RUNS)"
run "VendorScore, 100,000 samples" "$BIN/vendorscore-analysis-bench" smaa 100000
run "VendorScore, 1,000,000 samples" "$BIN/vendorscore-analysis-bench" smaa 1000000
SWIFT_SMAA=$MEDIAN
run "numpy, 100,000 samples" "${NUMPY[@]}" smaa 100000
run "numpy, 1,000,000 samples" "${NUMPY[@]}" smaa 1000000
NUMPY_SMAA=$MEDIAN

echo "== TOPSIS, 10,000 × 50 (best of 5 calls per run, median of $RUNS)"
run "VendorScore TOPSIS" "$BIN/vendorscore-analysis-bench" topsis 10000 50 5
SWIFT_TOPSIS=$MEDIAN
run "pymcdm TOPSIS (validation off)" "${NUMPY[@]}" topsis 10000 50 5
PYMCDM_TOPSIS=$MEDIAN

echo "== vendorscore analyze, shipped example, whole process (median of $RUNS)"
WALL=1 run "analyze (10,000 samples)" "$BIN/vendorscore" analyze rubrics/government-cloud.yaml \
    examples/government-cloud/bids.yaml --tender examples/government-cloud/tender.yaml
ANALYZE=$MEDIAN

echo "== result"
awk -v s="$SWIFT_SMAA" -v n="$NUMPY_SMAA" -v t="$SWIFT_TOPSIS" -v p="$PYMCDM_TOPSIS" -v a="$ANALYZE" 'BEGIN {
    printf "   SMAA: %.1f× faster than numpy (target >= 2): %s\n", n / s, (n / s >= 2 ? "met" : "NOT met")
    printf "   TOPSIS: %.1f× faster than pymcdm (target >= 5): %s\n", p / t, (p / t >= 5 ? "met" : "NOT met")
    printf "   analyze: %.3f s (target < 0.5 s): %s\n", a, (a < 0.5 ? "met" : "NOT met")
}'
