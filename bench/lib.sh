# SPDX-License-Identifier: Apache-2.0
# Shared by the bench scripts: `best N CMD...` prints the best wall-clock seconds of N runs of CMD
# (bash's microsecond clock, process start included). Sourced, not run.
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
