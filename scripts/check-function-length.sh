#!/usr/bin/env bash
# Fails when a function in lib/ or cli/ runs past 60 lines (house style: short enough to read at
# once). Counts from a definition's opening line to its closing brace, for free functions and for
# member functions defined in a class; clang-format's layout makes both recognisable.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r file; do
  awk -v f="$file" '
    /^[A-Za-z].*\) (const )?(override )?\{$/ { top = NR; name = $0 }
    /^\}/ && top { if (NR - top > 60) { printf "%s:%d: %d lines: %s\n", f, top, NR - top, name; bad = 1 } top = 0 }
    /^  [A-Za-z].*\) (const )?(override )?\{$/ { member = NR; mname = $0 }
    /^  \}$/ && member { if (NR - member > 60) { printf "%s:%d: %d lines: %s\n", f, member, NR - member, mname; bad = 1 } member = 0 }
    END { exit bad }' "$file" || status=1
done < <(find lib cli -name '*.cpp' | sort)
[ $status -eq 0 ] && echo "every function in lib/ and cli/ is 60 lines or fewer"
exit $status
