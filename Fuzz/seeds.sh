#!/usr/bin/env bash
# Copies the seed inputs for one fuzz target into a corpus folder: the shipped examples and the
# test fixtures of the kind the target reads.
#   Fuzz/seeds.sh TARGET FOLDER
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$1"
folder="$2"
mkdir -p "$folder"
seed() { for file in "$@"; do [ -f "$file" ] && cp "$file" "$folder/seed-$(basename "$(dirname "$file")")-$(basename "$file")"; done; true; }
case "$target" in
    FuzzRubric) seed "$root"/rubrics/*.yaml "$root"/Tests/*/Fixtures/*rubric*.yaml "$root"/examples/*/*.yaml ;;
    FuzzBidsYAML) seed "$root"/examples/*/bids.yaml "$root"/Tests/*/Fixtures/*bids*.yaml ;;
    FuzzEvaluate) seed "$root"/Fuzz/Seeds/FuzzEvaluate/*.yaml "$root"/examples/*/bids.yaml ;;
    FuzzBidsCSV) seed "$root"/examples/*/*.csv "$root"/Tests/*/Fixtures/*.csv ;;
    FuzzPlugins) seed "$root"/examples/*/plugins.yaml "$root"/examples/*/*/plugins.yaml ;;
    FuzzResponse)
        printf '%s' '{"protocol":1,"facts":[{"name":"pue","kinds":["number"]}]}' > "$folder/seed-validate.json"
        printf '%s' '{"protocol":1,"awards":[{"vendor":"a","points":"10","reason":"r"},{"vendor":"b","points":"20.5","reason":"r","inputs":{"pue":"1.3","zones":["a","b"]}},{"vendor":"c","points":"10/3","reason":"r","flags":["x"]}]}' > "$folder/seed-score.json" ;;
    # Records of small tenders, signed and not, whole within the fuzzer's 64 KiB inputs; the
    # golden records of the shipped example are larger and arrive cut short.
    FuzzRecord) seed "$root"/Fuzz/Seeds/FuzzRecord/*.json "$root"/Tests/VendorScoreRecordTests/Golden/*.json ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
