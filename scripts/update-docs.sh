#!/usr/bin/env bash
# Regenerates the documentation that comes from the code: docs/rules.md and the RULES section of
# man/journey-lint.1. Run after changing a rule; a unit test fails when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${JOURNEY:-build/cli/journey}
"$bin" rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
rules=$("$bin" rules --format man)
python3 - "$rules" <<'PY'
import sys
text = open("man/journey-lint.1.in", encoding="utf-8").read()
open("man/journey-lint.1.tmp", "w", encoding="utf-8").write(text.replace("@RULES@", sys.argv[1]))
PY
mv man/journey-lint.1.tmp man/journey-lint.1
echo "updated docs/rules.md and man/journey-lint.1"
