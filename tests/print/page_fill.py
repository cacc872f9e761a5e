#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""How full each page of a PDF is: the share of the page's height down to its lowest ink, from a
raster of the page (pdftoppm -gray). Prints one line per page: "page N: FILL". Used by
check-print.sh; run by hand as  tests/print/page_fill.py file.pdf"""
import subprocess
import sys
import tempfile
import os


def fills(pdf, dpi=30):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", pdf, os.path.join(tmp, "p")], check=True)
        out = []
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), "rb") as f:
                data = f.read()
            # PGM (P5): header of three whitespace-separated numbers after the magic.
            parts = data.split(maxsplit=4)
            width, height, pixels = int(parts[1]), int(parts[2]), parts[4]
            lowest = 0
            for y in range(height):
                row = pixels[y * width:(y + 1) * width]
                if min(row) < 200:
                    lowest = y
            out.append((lowest + 1) / height)
        return out


if __name__ == "__main__":
    for k, f in enumerate(fills(sys.argv[1]), 1):
        print("page %d: %.2f" % (k, f))
