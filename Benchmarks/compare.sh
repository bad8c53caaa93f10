#!/usr/bin/env bash
# Compares two builds of vendorscore on the benchmark's synthetic tender, run in turn so that
# both see the same drift of a busy or throttled machine, and checks that their outputs are the
# same bytes: a change meant to be faster must not be a change of result.
#
#   bash Benchmarks/compare.sh OLD_BIN NEW_BIN            # folders holding a vendorscore binary each
#   RUNS=7 MODES="json record" bash Benchmarks/compare.sh .build-old/release .build/release
#
# OLD_BIN and NEW_BIN are what `swift build -c release --show-bin-path` prints for each build.
# Modes (MODES, default all): csv (evaluate --format csv), json (--format json), record
# (--format csv --record), verify (verify of the record NEW_BIN made). Each run of each mode runs
# OLD then NEW; the medians of wall and CPU time (user + system) are printed with the change.
# The data is BIDS bids (10,000) in DATA (bench-data), made with NEW_BIN's vendorscore-synth
# when DATA holds none; outputs go to DATA/compare.
# Needs: GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."
OLD=${1:?usage: compare.sh OLD_BIN NEW_BIN}
NEW=${2:?usage: compare.sh OLD_BIN NEW_BIN}
BIDS=${BIDS:-10000}
RUNS=${RUNS:-5}
DATA=${DATA:-bench-data}
MODES=${MODES:-csv json record verify}

[[ -x /usr/bin/time ]] || { echo "compare.sh: GNU time (/usr/bin/time) is needed; apt-get install time" >&2; exit 1; }
for bin in "$OLD" "$NEW"; do
    [[ -x $bin/vendorscore ]] || { echo "compare.sh: no vendorscore binary in $bin" >&2; exit 1; }
done
mkdir -p "$DATA/compare"
# Outputs of an earlier comparison would be compared as if made now.
rm -f "$DATA/compare/"old* "$DATA/compare/"new*
if [[ ! -f $DATA/rubric.yaml || ! -f $DATA/bids.yaml ]]; then
    [[ -x $NEW/vendorscore-synth ]] || { echo "compare.sh: $DATA has no data and $NEW no vendorscore-synth to make it" >&2; exit 1; }
    "$NEW/vendorscore-synth" "$DATA" --bids "$BIDS" >/dev/null
fi

# run SIDE MODE — runs one mode with one build, appending its wall and CPU seconds to the lists.
declare -A WALL CPU
run() {
    local side=$1 mode=$2 bin out=$DATA/compare/$1
    bin=$([[ $side == old ]] && echo "$OLD" || echo "$NEW")
    local args
    case $mode in
    csv) args=(evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" --format csv --output "$out.csv") ;;
    json) args=(evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" --format json --output "$out.json") ;;
    record)
        rm -f "$out.record.json"
        args=(evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" --format csv --output "$out-record.csv" --record "$out.record.json")
        ;;
    # Both builds verify the same record, NEW's, made by the record mode or made here.
    verify) args=(verify "$DATA/compare/new.record.json") ;;
    *) echo "compare.sh: unknown mode '$mode' (csv, json, record, verify)" >&2; exit 1 ;;
    esac
    local start=$EPOCHREALTIME status=0
    /usr/bin/time -f "%U %S" -o "$DATA/compare/time.txt" "$bin/vendorscore" "${args[@]}" >/dev/null 2>"$out-$mode.stderr.txt" || status=$?
    local end=$EPOCHREALTIME
    # verify says 0 for a reproduced record; evaluate 0 for a ranking. Anything else is a failure here.
    if ((status != 0)); then
        echo "compare.sh: $bin/vendorscore ${args[*]} exited with status $status:" >&2
        head -20 "$out-$mode.stderr.txt" >&2
        exit 1
    fi
    WALL[$side,$mode]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }') "
    CPU[$side,$mode]+="$(awk '{ printf "%.4f", $1 + $2 }' "$DATA/compare/time.txt") "
}

if [[ " $MODES " == *" verify "* && ! -f $DATA/compare/new.record.json ]]; then
    "$NEW/vendorscore" evaluate "$DATA/rubric.yaml" "$DATA/bids.yaml" --format csv --output /dev/null \
        --record "$DATA/compare/new.record.json" 2>/dev/null
fi
echo "== $RUNS runs of each mode, old ($OLD) then new ($NEW) in turn"
for ((index = 0; index < RUNS; index++)); do
    for mode in $MODES; do
        run old "$mode"
        run new "$mode"
    done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "== medians: old → new (change)"
for mode in $MODES; do
    old_wall=$(echo "${WALL[old,$mode]}" | median)
    new_wall=$(echo "${WALL[new,$mode]}" | median)
    old_cpu=$(echo "${CPU[old,$mode]}" | median)
    new_cpu=$(echo "${CPU[new,$mode]}" | median)
    awk -v m="$mode" -v ow="$old_wall" -v nw="$new_wall" -v oc="$old_cpu" -v nc="$new_cpu" 'BEGIN {
        printf "   %-8s wall %7.3f → %7.3f s (%+5.1f%%)   CPU %7.3f → %7.3f s (%+5.1f%%)\n", m, ow, nw, (nw / ow - 1) * 100, oc, nc, (nc / oc - 1) * 100
    }'
done

echo "== outputs"
same=true
# compare NAME — says whether old's and new's file of that name are the same bytes.
compare() {
    local old=$DATA/compare/old$1 new=$DATA/compare/new$1
    [[ -f $old && -f $new ]] || return 0
    if cmp -s "$old" "$new"; then
        printf '   %-24s the same bytes (%d)\n' "$1" "$(wc -c <"$new")"
    else
        printf '   %-24s DIFFER: %s\n' "$1" "$(cmp "$old" "$new" 2>&1 | head -1)"
        same=false
    fi
}
compare .csv
compare -csv.stderr.txt
compare .json
compare -record.csv
compare .record.json
$same || { echo "compare.sh: the two builds' outputs differ" >&2; exit 1; }
