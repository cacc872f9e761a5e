#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a C++ file of the tree is not formatted as .clang-format says (clang-format
# --dry-run -Werror); run by .ci/run. Fix with `clang-format -i FILE` or `cmake --build build
# --target format`.
#   scripts/check-format.sh
# The files: every *.cpp and *.hpp that git tracks or would track (not ignored); outside a git
# checkout, every one below lib, cli, tests and bench.
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format}
if ! command -v "$format" > /dev/null; then
  echo "check-format: $format is missing; run scripts/install-test-tools.sh" >&2
  exit 2
fi
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.hpp')
else
  mapfile -t files < <(find lib cli tests bench -name '*.cpp' -o -name '*.hpp' | grep -v node_modules | sort)
fi
if ! "$format" --dry-run -Werror "${files[@]}"; then
  echo "check-format: the files above differ from .clang-format; clang-format -i them" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted as .clang-format says"
