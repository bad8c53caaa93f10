#!/usr/bin/env bash
# The per-call overhead of an external scorer: evaluates the external-scorer example N times with
# its Python scorer, and N times with the same criterion scored by a built-in scorer instead, and
# prints the mean wall time of each. The difference is one `validate` and one `score` call.
#   swift build -c release && bash Benchmarks/external-overhead.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
binary=.build/release/vendorscore
[ -x "$binary" ] || { echo "build first: swift build -c release" >&2; exit 2; }
example=examples/external-scorer
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT

# The same rubric with the external criterion replaced by generic.per-item over the same cities.
sed -e 's/scorer: local.service-centres/scorer: generic.per-item/' \
    -e 's/          cities: \[/          fact: service_centres\n          points_per_item: 10\n          items: [/' \
    "$example/rubric.yaml" > "$workdir/builtin.yaml"

# A minimal external scorer in sh with fixed answers: what VendorScore's own machinery costs
# (process start, request, answer), without an interpreter's start-up.
cat > "$workdir/minimal.sh" <<'SCORER'
#!/bin/sh
request=$(cat)
case "$request" in
  *'"request":"validate"'*) echo '{"facts":[{"name":"service_centres","kinds":["list","text"]}]}' ;;
  *) echo '{"awards":[{"vendor":"ctyun","points":"1","reason":"r"},{"vendor":"huawei","points":"1","reason":"r"},{"vendor":"inspur","points":"1","reason":"r"},{"vendor":"unicom","points":"1","reason":"r"}]}' ;;
esac
SCORER
chmod +x "$workdir/minimal.sh"
sed -e 's|command: \[./service_centres.py\]|command: [./minimal.sh]|' "$example/plugins.yaml" > "$workdir/plugins.yaml"

mean_ms() {
    local start end
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do "$@" > /dev/null; done
    end=$(date +%s%N)
    echo $(( (end - start) / runs / 1000000 ))
}

external=$(mean_ms "$binary" evaluate "$example/rubric.yaml" "$example/bids.yaml" --plugins "$example/plugins.yaml")
minimal=$(mean_ms "$binary" evaluate "$example/rubric.yaml" "$example/bids.yaml" --plugins "$workdir/plugins.yaml")
builtin=$(mean_ms "$binary" evaluate "$workdir/builtin.yaml" "$example/bids.yaml")
python=$(mean_ms python3 -c pass)
echo "runs: $runs"
echo "evaluate with the external Python scorer: ${external} ms"
echo "evaluate with a minimal sh scorer:         ${minimal} ms"
echo "evaluate with a built-in scorer instead:  ${builtin} ms"
echo "overhead of the external criterion:       $((external - builtin)) ms (one validate + one score call)"
echo "overhead of a minimal sh scorer:           $((minimal - builtin)) ms (two process starts)"
echo "python3 -c pass, for reference:           ${python} ms"
