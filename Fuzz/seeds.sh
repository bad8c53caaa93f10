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
    FuzzBidsYAML|FuzzEvaluate) seed "$root"/examples/*/bids.yaml "$root"/Tests/*/Fixtures/*bids*.yaml ;;
    FuzzBidsCSV) seed "$root"/examples/*/*.csv "$root"/Tests/*/Fixtures/*.csv ;;
    FuzzPlugins) seed "$root"/examples/*/plugins.yaml "$root"/examples/*/*/plugins.yaml ;;
    FuzzRecord) seed "$root"/Tests/VendorScoreRecordTests/Golden/*.json ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
esac
