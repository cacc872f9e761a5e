#!/usr/bin/env bash
# Adds the licence's SPDX identifier to every source, build and CI file that lacks it:
#   // SPDX-License-Identifier: Apache-2.0     C++ (.cpp, .hpp, .h, .hpp.in), JavaScript
#   # SPDX-License-Identifier: Apache-2.0      shell, Python, CMake, YAML, suppression files,
#                                             Containerfile, and any other file starting with #!
# on the first line, or the second after a #! line. A file counts as having it when
# "SPDX-License-Identifier:" is in its first five lines. Safe to run again.
#   scripts/add-spdx.sh                 add it under the default paths (below)
#   scripts/add-spdx.sh PATH...         add it under these files and folders
#   scripts/add-spdx.sh --check PATH... list the files that lack it; exit 1 when any does
# Left alone: test fixtures and fuzz corpora (tests/data, tests/fuzz/corpus: their lines and bytes
# are what the tests check), node_modules, data files (.txt word lists, .dict, .json, .csv, .mmd),
# documents, man pages, and templates/ and examples/, which are journeys and models users copy.
set -euo pipefail
cd "$(dirname "$0")/.."
readonly id="SPDX-License-Identifier: Apache-2.0"

check=false
if [ "${1:-}" = --check ]; then
  check=true
  shift
fi
paths=("$@")
if ((${#paths[@]} == 0)); then
  paths=(lib cli tests bench scripts cmake .ci .github CMakeLists.txt action.yml
         .pre-commit-hooks.yaml Containerfile)
fi

# The comment a file takes ("//" or "#"), or nothing for a file that is not one of ours to mark.
comment_of() {
  local file=$1 name=${1##*/}
  case "$file" in
    */tests/data/* | tests/data/* | */fuzz/corpus/* | */node_modules/* | \
    cmake/debian/*) return ;;
  esac
  case "$name" in
    *.cpp | *.hpp | *.h | *.hpp.in | *.js | *.cjs) echo "//" ;;
    *.sh | *.py | *.cmake | *.cmake.in | CMakeLists.txt | *.yml | *.yaml | *.supp | *.pc.in | \
    Containerfile | Dockerfile) echo "#" ;;
    *.*) ;;
    *) [ "$(head -c 2 "$file")" = "#!" ] && echo "#" ;;
  esac
  return 0
}

has_id() {
  head -n 5 "$1" | grep -q "SPDX-License-Identifier:"
}

add_id() {
  local file=$1 line="$2 $id"
  if [ ! -s "$file" ]; then
    printf '%s\n' "$line" > "$file"
  elif [ "$(head -c 2 "$file")" = "#!" ]; then
    sed -i "1a\\$line" "$file"
  else
    sed -i "1i\\$line" "$file"
  fi
}

missing=0
while IFS= read -r -d '' file; do
  comment=$(comment_of "$file")
  [ -n "$comment" ] || continue
  has_id "$file" && continue
  if $check; then
    echo "$file: no '$id'"
    missing=$((missing + 1))
  else
    add_id "$file" "$comment"
    echo "add-spdx: $file"
  fi
done < <(for p in "${paths[@]}"; do
           [ -e "$p" ] && find "$p" \( -name node_modules -o -name corpus \) -prune -o -type f -print0
         done | sort -z)

if $check && ((missing > 0)); then
  echo "add-spdx: $missing files lack '$id'; run scripts/add-spdx.sh"
  exit 1
fi
exit 0
