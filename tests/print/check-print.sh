#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The print test (tests/print/check-print.py): every view of the examples and of the
# 60-touchpoint journey on A4 and A3, read back with poppler-utils.
#   tests/print/check-print.sh BINARY
# Exit 77 (ctest: skipped) when poppler-utils is missing outside CI; a failure in CI.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
journey=${1:?usage: check-print.sh BINARY}
for tool in pdftohtml pdftotext pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-print: $tool missing (poppler-utils); run scripts/install-test-tools.sh"
    [ "${CI:-}" = true ] && exit 1
    exit 77
  fi
done
exec /usr/bin/python3 "$here/check-print.py" "$journey"
