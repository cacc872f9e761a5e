#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""An event log for bench/funnel.sh: users who go through 8 steps (e1..e8), each moving on with
some chance after 10 s to 40 min (so that some fall outside a 1 h window), with a noise event in
between; in time order, as exports write them. Usage: funnel_gen.py ROWS OUT (deterministic)."""
import random
import sys

def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(21)
    events = []
    t0 = 1790812800  # 2026-10-01
    user = 0
    while len(events) < rows:
        user += 1
        t = t0 + rng.randrange(0, 30 * 86400)
        segment = "mobile" if user % 3 else "desktop"
        for step in range(1, 9):
            events.append((t, "u%d" % user, "e%d" % step, segment))
            if rng.random() < 0.3:
                events.append((t + 1, "u%d" % user, "page_scroll", segment))
            if rng.random() > 0.8 or len(events) >= rows:
                break
            t += rng.randrange(10, 2400)
    events = events[:rows]
    events.sort()
    with open(out, "w") as f:
        f.write("user,event,timestamp,segment\n")
        f.writelines("%s,%s,%d,%s\n" % (u, e, t, s) for t, u, e, s in events)

main()
