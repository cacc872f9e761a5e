#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a function in lib/ or cli/ runs past 60 lines (house style: short enough to read at
# once), as clang-tidy's readability-function-size counts them (.clang-tidy), with clang's parser
# over the build's compile_commands.json: wrapped signatures, lambdas and functions in headers
# included.
#   scripts/check-function-size.sh [BUILD_DIR]        (default: build)
# Functions listed in scripts/function-size-exceptions.txt ("path:function", waiting to be split)
# are reported but do not fail; an entry that no longer runs long fails, so the list only shrinks.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
tidy=${CLANG_TIDY:-clang-tidy}
exceptions=scripts/function-size-exceptions.txt
if ! command -v "$tidy" > /dev/null; then
  echo "check-function-size: $tidy is missing; run scripts/install-test-tools.sh" >&2
  exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
  echo "check-function-size: no $build/compile_commands.json; configure the build first" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
found="$work/found"
# clang-tidy on two cores, eight sources at a time, each batch writing a file of its own so that
# a warning and its note stay together.
tidy_batch() {
  local out
  out=$(mktemp -p "$work" batch.XXXXXX)
  "$tidy" -p "$build" --quiet "$@" > "$out" 2> "$out.stderr" || echo "exit $?" >> "$out.failed"
}
export -f tidy_batch
export tidy build work
find lib/src cli -name '*.cpp' | sort | xargs -P "${JOBS:-2}" -n 8 bash -c 'tidy_batch "$@"' _
# A source clang cannot parse is not measured: that is a failure, not a pass.
if grep -h ": error: " "$work"/batch.* 2> /dev/null | head -20 | grep . >&2; then
  echo "check-function-size: clang-tidy could not parse the sources above" >&2
  exit 2
fi
cat "$work"/batch.* | awk -v root="$PWD/" '
    match($0, /warning: function .* exceeds recommended size\/complexity/) {
      split($0, at, ":"); file = at[1]; sub(root, "", file); line = at[2]
      name = $0; sub(/.*warning: function \047/, "", name); sub(/\047.*/, "", name)
    }
    /note: [0-9]+ lines including whitespace and comments/ && name != "" {
      n = $0; sub(/.*note: /, "", n); sub(/ lines.*/, "", n)
      print file ":" name " " file ":" line ": " n " lines"; name = ""
    }' | sort -u > "$found"
status=0
while read -r key where; do
  if grep -qxF "$key" "$exceptions" 2> /dev/null; then
    echo "to split (listed in $exceptions): $where, ${key#*:}"
  else
    echo "$where, ${key#*:}: longer than 60 lines; split it" >&2
    status=1
  fi
done < "$found"
while read -r key; do
  case "$key" in '' | '#'*) continue ;; esac
  if ! cut -d' ' -f1 "$found" | grep -qxF "$key"; then
    echo "$exceptions: $key is 60 lines or fewer now; remove it from the list" >&2
    status=1
  fi
done < <(cat "$exceptions" 2> /dev/null)
[ $status -eq 0 ] && echo "check-function-size: every other function in lib/ and cli/ is 60 lines or fewer"
exit $status
