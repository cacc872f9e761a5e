#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The print test: every view of the examples and of the 60-touchpoint journey as an A4 and an A3
PDF (--page), read back with poppler-utils as a reader of the paper would see it:
- every text is set at 8 pt or more at 100 % (pdftohtml -xml -zoom 1 gives each font's size);
- every page of the map and blueprint carries lane titles in its left column (pdftotext);
- no page but the last is more than a third empty (page_fill.py: a raster of each page);
- the PDF's text extracts as the journey's words (its title on page 1);
- the flow view's off-page marks agree: "→ page 3" on page 1 has "← page 1" on page 3, and no
  mark names its own page (a band below on the same page is "below").
  tests/print/check-print.py BINARY"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from page_fill import fills  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LANES = {"en": ["Doing", "Thinking", "Feeling", "Touchpoints", "Pains", "Opportunities",
                "Customer actions", "Frontstage", "Backstage", "Support", "Physical evidence",
                "Owners", "KPIs"],
         "nl": ["Doen", "Denken", "Voelen", "Contactmomenten", "Pijnpunten", "Kansen",
                "Klantacties", "Zichtbaar voor de klant", "Achter de schermen", "Ondersteun",
                "Fysiek bewijs", "Eigenaren", "KPI's"]}


def run(args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def font_sizes(pdf):
    xml = run(["pdftohtml", "-xml", "-zoom", "1", "-i", "-stdout", pdf])
    return [float(s) for s in re.findall(r'<fontspec[^>]*size="([0-9.]+)"', xml)]


def pages_text(pdf):
    return run(["pdftotext", "-layout", pdf, "-"]).split("\f")[:-1]


def check(journey, pdf, view, page, lang, title, problems):
    where = "%s %s on %s" % (os.path.relpath(journey, ROOT), view, page)
    sizes = font_sizes(pdf)
    if not sizes or min(sizes) < 8:
        problems.append("%s: smallest text %s pt" % (where, min(sizes) if sizes else "none"))
    texts = pages_text(pdf)
    if title.split()[0] not in texts[0]:
        problems.append("%s: page 1 does not hold the title %r" % (where, title))
    if view in ("map", "blueprint"):
        for k, text in enumerate(texts, 1):
            if not any(lane in text for lane in LANES[lang]):
                problems.append("%s: page %d has no lane title" % (where, k))
    if view == "flow":
        check_off_page_marks(where, texts, problems)
    for k, fill in enumerate(fills(pdf)[:-1], 1):
        if fill < 2 / 3:
            problems.append("%s: page %d is %.0f %% empty" % (where, k, 100 * (1 - fill)))


MARK = re.compile(r"([→←])\s(?:page|pagina)\s([0-9]+(?:,\s[0-9]+)*)")


def check_off_page_marks(where, texts, problems):
    """Every arrow to another page is marked at both ends, with the other end's page."""
    marks = {"→": set(), "←": set()}  # (page, other page)
    for k, text in enumerate(texts, 1):
        for arrow, pages in MARK.findall(text):
            for other in re.split(r",\s", pages):
                marks[arrow].add((k, int(other)))
    for k, other in sorted(marks["→"] | marks["←"]):
        if other == k:
            problems.append("%s: page %d marks an arrow to its own page" % (where, k))
    for k, other in sorted(marks["→"]):
        if not 1 <= other <= len(texts):
            problems.append("%s: page %d points to page %d of %d" % (where, k, other, len(texts)))
        elif (other, k) not in marks["←"]:
            problems.append(
                "%s: page %d points to page %d, which has no mark back" % (where, k, other))
    for k, other in sorted(marks["←"]):
        if (other, k) not in marks["→"]:
            problems.append(
                "%s: page %d comes from page %d, which has no mark to it" % (where, k, other))
    if len(texts) > 1 and not marks["→"]:
        problems.append("%s: %d pages and no arrow between them marked" % (where, len(texts)))


def views_of(journey_bin):
    """The views `journey render --help` lists (the library's view registry)."""
    views, listing = [], False
    for line in run([journey_bin, "render", "--help"]).split("\n"):
        if line == "Views:":
            listing = True
        elif listing and line.startswith("  ") and line[2] != " ":
            views.append(line.split()[0])
        elif listing and not line:
            break
    return views


def title_of(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("journey:"):
                return line.split(":", 1)[1].strip().strip("'\"")
    return ""


def main():
    journey_bin = sys.argv[1]
    journeys = [os.path.join(ROOT, "examples", f) for f in sorted(os.listdir(os.path.join(ROOT, "examples")))
                if f.endswith(".journey.yaml")]
    groot = os.path.join(ROOT, "tests", "data", "render", "groot.journey.yaml")
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for journey in journeys + [groot]:
            lang = "nl" if "lang: nl" in open(journey, encoding="utf-8").read() else "en"
            views = views_of(journey_bin)
            has_funnel = "\nfunnels:" in open(journey, encoding="utf-8").read()
            for view in views:
                if view == "funnel" and not has_funnel:
                    continue  # the funnel view draws a journey's funnel; this one has none
                for page in ("a4", "a3"):
                    pdf = os.path.join(tmp, "%s-%s.pdf" % (view, page))
                    run([journey_bin, "render", journey, pdf, "--view", view, "--page", page])
                    check(journey, pdf, view, page, lang, title_of(journey), problems)
    for p in problems:
        print("check-print: " + p)
    print("check-print: %d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
