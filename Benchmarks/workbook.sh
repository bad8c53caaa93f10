#!/usr/bin/env bash
# Benchmark: reading bids from an .xlsx workbook against the same bids in CSV, and CSV in GB18030
# against UTF-8. A synthetic tender (Benchmarks/Synth) is written as CSV, then as a workbook by
# openpyxl (shared strings, as Excel writes) and as GB18030; `vendorscore validate` loads and
# checks each.
#
#   bash Benchmarks/workbook.sh                  # 2,000 bids, median of 5 runs
#   BIDS=500 RUNS=3 bash Benchmarks/workbook.sh
#
# Reports the median wall time and the peak RSS of each. Needs: a Swift toolchain, Python 3 with
# openpyxl (pip install openpyxl==3.1.5), GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."
BIDS=${BIDS:-2000}
RUNS=${RUNS:-5}
SCRATCH=${SCRATCH_PATH:-.build}
DATA=bench-data-workbook

[[ -x /usr/bin/time ]] || { echo "workbook.sh: GNU time (/usr/bin/time) is needed; apt-get install time" >&2; exit 1; }
python3 -c "import openpyxl" 2>/dev/null || { echo "workbook.sh: openpyxl is needed; pip install openpyxl==3.1.5" >&2; exit 1; }

echo "== building (release)"
swift build -c release --scratch-path "$SCRATCH" --product vendorscore
swift build -c release --scratch-path "$SCRATCH" --product vendorscore-synth
BIN=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)
mkdir -p "$DATA"

echo "== generating $BIDS bids"
"$BIN/vendorscore-synth" "$DATA" --bids "$BIDS"
python3 - "$DATA" <<'PY'
import csv, sys
import openpyxl
data = sys.argv[1]
with open(f"{data}/bids.csv", encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("bids")
for row in rows:
    sheet.append(row)  # every cell as text, typed by VendorScore as a CSV cell is
book.save(f"{data}/bids.xlsx")
text = open(f"{data}/bids.csv", encoding="utf-8-sig").read()
open(f"{data}/bids-gb18030.csv", "wb").write(text.encode("gb18030"))
PY
ls -l "$DATA"/bids.csv "$DATA"/bids-gb18030.csv "$DATA"/bids.xlsx | awk '{ printf "   %-34s %10d bytes\n", $NF, $5 }'

# measure NAME COMMAND... — runs COMMAND $RUNS times (output discarded) and prints the median
# wall time and the peak RSS.
measure() {
    local name=$1
    shift
    local times=() peak=0 start end rss
    for ((run = 0; run < RUNS; run++)); do
        start=$(date +%s.%N)
        /usr/bin/time -f "%M" -o "$DATA/rss" "$@" > /dev/null 2>&1 || true
        end=$(date +%s.%N)
        rss=$(tail -1 "$DATA/rss")
        times+=("$(echo "$end - $start" | bc -l)")
        ((rss > peak)) && peak=$rss
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    printf '   %-28s %6.2f s   %6d MiB\n' "$name" "$median" $((peak / 1024))
}

echo "== median of $RUNS runs (wall time, peak memory)"
measure "validate, CSV UTF-8" "$BIN/vendorscore" validate "$DATA/rubric.yaml" "$DATA/bids.csv"
measure "validate, CSV GB18030" "$BIN/vendorscore" validate "$DATA/rubric.yaml" "$DATA/bids-gb18030.csv"
measure "validate, .xlsx workbook" "$BIN/vendorscore" validate "$DATA/rubric.yaml" "$DATA/bids.xlsx"
