#!/usr/bin/env bash
# Builds one libFuzzer target and runs it for a given time on a copy of its seed corpus.
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags…]
# Targets: FuzzRubric FuzzBidsYAML FuzzBidsCSV FuzzPlugins FuzzResponse FuzzRecord FuzzEvaluate.
# A crash is written to Fuzz/crashes/TARGET/ and the script exits non-zero.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:?usage: run.sh TARGET SECONDS}"
seconds="${2:?usage: run.sh TARGET SECONDS}"
shift 2
cd "$here"
# Optimised for speed; -enable-testing lets FuzzResponse reach the response reader's internals.
build=(swift build --sanitize=fuzzer --product "$target" -c release -Xswiftc -enable-testing)
"${build[@]}" >&2
binary="$("${build[@]}" --show-bin-path)/$target"
corpus="$here/.corpus/$target"
crashes="$here/crashes/$target"
mkdir -p "$corpus" "$crashes"
"$here/seeds.sh" "$target" "$corpus"
# Swift's backtracer would swallow the crash: libFuzzer must see it to write the input.
SWIFT_BACKTRACE=enable=no "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$crashes/" -print_final_stats=1 "$@"
