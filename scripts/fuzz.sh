#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every libFuzzer harness of tests/fuzz for a bounded time, under ASan and UBSan.
#   scripts/fuzz.sh [seconds-per-harness] [build-dir]     (default: 40 s, build-asan)
# FUZZ_JOBS=N runs N harnesses at a time (default 2).
# The build directory must be configured with clang, -DJOURNEY_FUZZ=ON -DJOURNEY_SANITIZE=ON (as
# .ci/run does). Fails on any crash, sanitizer report, leak outside .ci/lsan.supp, input slower than
# 10 s or heavier than 2 GiB. New inputs go to a scratch folder; the committed corpus stays as is
# (copy an interesting one that no fixture covers into tests/fuzz/corpus by hand).
# To fuzz longer: scripts/fuzz.sh 3600, or run one harness yourself:
#   build-asan/tests/fuzz/fuzz_render /tmp/new tests/fuzz/corpus/journey -dict=tests/fuzz/journey.dict
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-40}
build=${2:-build-asan}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The seeds of each harness: the repository's own test fixtures, examples and templates, read
# where they are (no copies to drift), and in tests/fuzz/corpus only the seeds that exist nowhere
# else. libFuzzer reads the folders recursively.
journeys="tests/fuzz/corpus/journey tests/data/rules tests/data/cli tests/data/diff tests/data/render tests/data/catalog examples templates/journeys"
corpus_of() {
  case "$1" in
    config) echo "tests/fuzz/corpus/config tests/data/cli" ;;
    model) echo "templates/models tests/data/render" ;;  # model files, and journeys beside them
    diff) echo "tests/fuzz/corpus/diff $journeys" ;;
    import) echo tests/data/import ;;  # Mermaid diagrams
    data) echo tests/data/rules/data ;;  # CSV data files
    catalog) echo "tests/data/rules/catalogs tests/data/catalog" ;;
    funnel) echo tests/data/funnel/exports ;;  # every export shape
    suggest) echo tests/fuzz/corpus/suggest ;;  # a word, then ids, one per line
    lsp) echo "tests/fuzz/corpus/lsp $journeys" ;;
    *) echo "$journeys" ;;
  esac
}
# One harness; its output goes to a log of its own so that two can run at once.
run_harness() {
  local harness=$1
  mkdir -p "$scratch/$harness"
  # shellcheck disable=SC2046  # the corpus folders are words
  if "$build/tests/fuzz/fuzz_$harness" "$scratch/$harness" $(corpus_of "$harness") \
    -dict=tests/fuzz/journey.dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$scratch/$harness-" \
    >"$scratch/$harness.log" 2>&1; then
    echo "fuzz: $harness ran ${seconds}s: $(grep -o 'cov: [0-9]*' "$scratch/$harness.log" | tail -n 1)"
  else
    tail -n 40 "$scratch/$harness.log"
    echo "fuzz: fuzz_$harness failed; the input is in the output above"
    ls "$scratch/$harness"-* 2>/dev/null | head
    return 1
  fi
}
# FUZZ_JOBS harnesses at a time (default 2, one per core); the first failure fails the run.
jobs=${FUZZ_JOBS:-2}
failed=0
running=0
for harness in lint config model diff score textconv render import data catalog suggest lsp funnel; do
  run_harness "$harness" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
[ "$failed" -eq 0 ] || exit 1
echo "fuzz: every harness ran ${seconds}s without a finding"
