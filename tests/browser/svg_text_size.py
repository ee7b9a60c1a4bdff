#!/usr/bin/env python3
"""Every graph of the HTML briefing is legible in print: no text under 8 pt.

For each <svg> inlined in the briefing of every shipped scenario, the size a
text prints at is its font-size (in the drawing's own units) times the scale
at which the page draws it: the svg is as wide as its `width` (in pt), or as
wide as the page's content (A4 less the print margins) when that is less, and
its viewBox maps that width onto its own units.

  svg_text_size.py POSITIONS_BINARY SOURCE_DIR [HTML...]

With HTML files named, checks those instead of making the briefings.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MIN_PT = 8.0
# A4 is 210 mm wide; the print CSS (@page) sets 14 mm margins on each side.
CONTENT_PT = (210 - 2 * 14) / 25.4 * 72

SVG = re.compile(r'<figure class="graph" id="([^"]*)">\s*<div class="picture">\s*<svg\b([^>]*)>(.*?)</svg>', re.S)
ATTR = re.compile(r'([\w:-]+)="([^"]*)"')
FONT = re.compile(r'<text\b[^>]*font-size="([\d.]+)"[^>]*>(.*?)</text>', re.S)


def length_pt(value):
    m = re.fullmatch(r"([\d.]+)(pt|px)?", value.strip())
    if not m:
        raise ValueError(f"cannot read the length {value!r}")
    v = float(m.group(1))
    return v * 0.75 if m.group(2) == "px" else v


def check(html, where):
    problems, count = [], 0
    for m in SVG.finditer(html):
        attrs = dict(ATTR.findall(m.group(2)))
        width = length_pt(attrs["width"])
        view = [float(x) for x in attrs["viewBox"].split()]
        shown = min(width, CONTENT_PT)  # max-width: 100% of the content
        scale = shown / view[2]
        ident = m.group(1)
        for size, text in FONT.findall(m.group(3)):
            count += 1
            printed = float(size) * scale
            if printed < MIN_PT - 1e-6:
                problems.append(f"{where}: {ident}: '{text.strip()}' prints at {printed:.1f} pt "
                                f"(font-size {size}, svg {width:.0f} pt wide shown at {shown:.0f} pt)")
    return problems, count


def main():
    positions, root = sys.argv[1], sys.argv[2]
    pages = {}
    if len(sys.argv) > 3:
        for path in sys.argv[3:]:
            with open(path, encoding="utf-8") as f:
                pages[path] = f.read()
    else:
        scenarios = sorted(n[:-5] for n in os.listdir(os.path.join(root, "scenarios")) if n.endswith(".yaml"))
        with tempfile.TemporaryDirectory() as work:
            for sc in scenarios:
                # The parties of the scenario, as the briefing's own data says.
                listing = subprocess.run([positions, "--data", root, "list", "--format", "json"], check=True,
                                         capture_output=True, text=True).stdout

                data = json.loads(listing)
                parties = next(s["parties"] for s in data["scenarios"] if s["name"] == sc)
                out = os.path.join(work, sc + ".html")
                subprocess.run([positions, "--data", root, "report", *parties, "--scenario", sc, "--format", "html",
                                "-o", out], check=True, capture_output=True)
                with open(out, encoding="utf-8") as f:
                    pages[sc] = f.read()
    problems, texts = [], 0
    for where, html in pages.items():
        p, n = check(html, where)
        problems += p
        texts += n
    if texts == 0:
        print("FAIL: no text found in any graph", file=sys.stderr)
        return 1
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    if problems:
        return 1
    print(f"ok: {texts} texts in the graphs of {len(pages)} briefings, none under {MIN_PT:g} pt in print")
    return 0


if __name__ == "__main__":
    sys.exit(main())
