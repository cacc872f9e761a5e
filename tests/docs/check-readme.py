#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The README's console examples, run as a newcomer would: every ```console block, top to bottom,
in one scratch copy of the repository's examples and test data (with the Mermaid diagrams the
import examples name), with `journey` on PATH. Each `$ command` must print what the README shows
after it (stdout and stderr together): a line `...` (indented or not) stands for any number of
lines, so long
output can be shortened; every other line must match exactly, in order.
  tests/docs/check-readme.py BINARY"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def console_blocks(text):
    """[(line number, [(command, [expected lines])])] for each ```console block."""
    blocks, block, line_no = [], None, 0
    for n, line in enumerate(text.split("\n"), 1):
        if block is None:
            if line.strip() == "```console":
                block, line_no = [], n
            continue
        if line.strip() == "```":
            blocks.append((line_no, block))
            block = None
        elif line.startswith("$ "):
            block.append((line[2:], []))
        elif block:
            block[-1][1].append(line)
    return blocks


def matches(expected, actual):
    """Whether `actual` lines are `expected` with each `...` standing for any lines."""
    if not expected:
        return not actual
    if expected[0].strip() == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and actual[0] == expected[0] and matches(expected[1:], actual[1:])


def scratch_copy(tmp):
    work = os.path.join(tmp, "repo")
    os.makedirs(work)
    for folder in ("examples", os.path.join("tests", "data")):
        shutil.copytree(os.path.join(ROOT, folder), os.path.join(work, folder))
    for name in ("trial.mmd", "library.mmd", "working-day.mmd"):
        shutil.copy(os.path.join(ROOT, "tests", "data", "import", name), work)
    return work


def main():
    binary = os.path.abspath(sys.argv[1])
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        blocks = console_blocks(f.read())
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = scratch_copy(tmp)
        bindir = os.path.join(tmp, "bin")
        os.makedirs(bindir)
        os.symlink(binary, os.path.join(bindir, "journey"))
        env = {"PATH": bindir + ":/usr/bin:/bin", "HOME": tmp, "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
               "NO_COLOR": "1", "LANG": "C.UTF-8", "TZ": "UTC"}
        for line_no, commands in blocks:
            for command, expected in commands:
                run = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True,
                                     text=True, timeout=120)
                actual = (run.stdout + run.stderr).rstrip("\n").split("\n")
                while expected and expected[-1] == "":
                    expected = expected[:-1]
                if not matches(expected, actual if actual != [""] else []):
                    failures += 1
                    print("README.md:%d: $ %s\n  expected:\n    %s\n  printed:\n    %s" % (
                        line_no, command, "\n    ".join(expected), "\n    ".join(actual[:40])))
    print("check-readme: %d console block(s), %d failure(s)" % (len(blocks), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
