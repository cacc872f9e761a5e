# SPDX-License-Identifier: Apache-2.0
# Shared by the bench scripts: `best N CMD...` prints the best wall-clock seconds of N runs of CMD
# (bash's microsecond clock, process start included); `best_each N CMD1 CMD2...` runs the commands
# (one word each: a program or a shell function) in turn, N rounds, and prints the best of each, so
# that a slow spell of a noisy machine falls on all of them alike. Sourced, not run.
best() {
  local runs=$1 best_s="" t0 t1 s
  shift
  for ((k = 0; k < runs; k++)); do
    t0=$EPOCHREALTIME
    "$@" > /dev/null 2>&1 || true
    t1=$EPOCHREALTIME
    s=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
  done
  echo "$best_s"
}

best_each() {
  local runs=$1 k c t0 t1 s
  shift
  local -a best_s=()
  for ((k = 0; k < runs; k++)); do
    for ((c = 1; c <= $#; c++)); do
      t0=$EPOCHREALTIME
      "${!c}" > /dev/null 2>&1 || true
      t1=$EPOCHREALTIME
      s=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")
      if [ -z "${best_s[c]:-}" ] || awk "BEGIN{exit !($s < ${best_s[c]})}"; then best_s[c]=$s; fi
    done
  done
  echo "${best_s[@]}"
}
