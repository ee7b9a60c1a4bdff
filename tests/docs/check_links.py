#!/usr/bin/env python3
"""Every relative link in README.md and docs/*.md resolves.

A link [text](target) or <a href="target"> whose target is not a URL must
name a file or folder that exists, relative to the Markdown file; a
#fragment must be the anchor GitHub makes for a heading of the target file.
Links inside fenced code blocks and code spans are not links.

Usage: check_links.py SOURCE_DIR
"""
import pathlib
import re
import sys

LINK = re.compile(r"(?<!\!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HREF = re.compile(r"<a\s[^>]*href=\"([^\"]+)\"")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*(\S+)")
URL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)


def fence_open(line):
    """The fence a line opens, or None. A backtick fence's info string has no backtick."""
    m = re.match(r"^\s{0,3}(`{3,}|~{3,})(.*)$", line)
    if not m or (m.group(1)[0] == "`" and "`" in m.group(2)):
        return None
    return m.group(1)


def fence_closes(line, fence):
    m = re.match(r"^\s{0,3}(`{3,}|~{3,})\s*$", line)
    return bool(m) and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)


def prose_lines(text):
    """(line number, line) outside fenced code blocks, with code spans blanked."""
    fence = None
    for n, line in enumerate(text.splitlines(), 1):
        if fence:
            if fence_closes(line, fence):
                fence = None
            continue
        fence = fence_open(line)
        if fence:
            continue
        yield n, re.sub(r"(`+)(.+?)\1", lambda s: " " * len(s.group(0)), line)


def slug(heading):
    """The anchor GitHub makes for a heading's text."""
    text = re.sub(r"<[^>]+>", "", heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path, cache={}):
    if path not in cache:
        found, counts, fence = set(), {}, None
        for line in path.read_text(encoding="utf-8").splitlines():
            if fence:
                if fence_closes(line, fence):
                    fence = None
                continue
            fence = fence_open(line)
            if fence:
                continue
            h = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
            if h:
                base = slug(h.group(1))
                n = counts.get(base, 0)
                counts[base] = n + 1
                found.add(base if n == 0 else f"{base}-{n}")
        cache[path] = found
    return cache[path]


def check(md, root):
    problems = []
    for n, line in prose_lines(md.read_text(encoding="utf-8")):
        targets = LINK.findall(line) + IMAGE.findall(line) + HREF.findall(line) + REFERENCE.findall(line)
        for target in targets:
            if URL.match(target):
                continue
            where = f"{md.relative_to(root)}:{n}"
            file_part, _, fragment = target.partition("#")
            dest = (md.parent / file_part).resolve() if file_part else md
            if not dest.exists():
                problems.append(f"{where}: '{target}': {file_part} does not exist")
                continue
            if fragment and dest.suffix == ".md" and fragment not in anchors(dest):
                problems.append(f"{where}: '{target}': no heading in {dest.relative_to(root)} has the anchor #{fragment}")
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    files = [root / "README.md"] + sorted((root / "docs").glob("*.md"))
    problems = []
    for md in files:
        if md.exists():
            problems += check(md, root)
        else:
            problems.append(f"{md.relative_to(root)} does not exist")
    for p in problems:
        print(p)
    print(f"{len(problems)} broken links in {len(files)} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
