#!/usr/bin/env bash
# Prints the briefing of every shipped scenario to PDF with `report --format
# pdf` (headless Chromium), renders its pages to PNG with pdftoppm and reads
# their text with pdftotext (poppler-utils, installed by tools/setup --tests):
# page one holds the bottom line and the position matrix, the annex starts by
# page four (a core of at most three A4 pages), and no temporary file is left.
#   pdf_briefing_test.sh POSITIONS_BINARY SOURCE_DIR
set -euo pipefail
positions=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in chromium pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (tools/setup --tests installs chromium and poppler-utils)"
done

cd "$root"
mkdir "$work/tmp"
# The matrix's last issue row: the catalog's last issue.
last_issue=$("$positions" list --format json | python3 -c "import json,sys; print(json.load(sys.stdin)['issues'][-1]['title'])")
# pdftotext breaks lines where the page does: compare on text with every run
# of white space made one space.
page_text() { pdftotext -f "$2" -l "$2" "$1" - | tr -s ' \n\f' '   '; }
summary=()
for file in scenarios/*.yaml; do
  sc=$(basename "$file" .yaml)
  parties=$("$positions" list --format json | python3 -c "import json,sys; print(' '.join(next(s['parties'] for s in json.load(sys.stdin)['scenarios'] if s['name']=='$sc')))")
  pdf="$work/$sc.pdf"
  # shellcheck disable=SC2086
  TMPDIR="$work/tmp" "$positions" report $parties --scenario "$sc" --format pdf -o "$pdf" >/dev/null
  [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$sc: not a PDF"
  [ -z "$(ls -A "$work/tmp")" ] || fail "$sc: a temporary file was left behind: $(ls -A "$work/tmp")"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdftoppm -r 40 -png "$pdf" "$work/$sc-page"
  pngs=$(ls "$work/$sc"-page-*.png | wc -l)
  [ "$pngs" -eq "$pages" ] || fail "$sc: $pngs pages rendered of $pages"
  first=$(ls "$work/$sc"-page-*.png | head -1)
  [ "$(head -c 8 "$first" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$sc: page one is no PNG"
  page1=$(page_text "$pdf" 1)
  grep -q "Bottom line" <<<"$page1" || fail "$sc: page one has no bottom line"
  grep -q "Who wants what" <<<"$page1" || fail "$sc: page one has no position matrix"
  # The whole matrix is on page one: down to its last issue and last term.
  grep -qF "$last_issue" <<<"$page1" || fail "$sc: page one does not reach the matrix's last issue ($last_issue)"
  # The key follows the matrix: its last words on page one mean all of it is.
  # (Terms no party mentions are left out of the matrix, so the last term
  # of the catalog need not be there.)
  grep -qF "the cited words are in the annex." <<<"$page1" || fail "$sc: the matrix's key does not end on page one"
  annex=0
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$pdf" - | grep -q "Annex: the evidence in full"; then annex=$p; break; fi
  done
  [ "$annex" -gt 0 ] || fail "$sc: no annex found"
  core=$((annex - 1))
  [ "$core" -le 3 ] || fail "$sc: the core runs to $core pages; at most 3"
  # The annex starts on a page of its own: nothing of the core on its page.
  # (The matrix's legend is the last paragraph of the core.)
  page_text "$pdf" "$annex" | grep -q "Key: ★ wants" &&
    fail "$sc: the annex shares its first page with the core"
  summary+=("$sc: $pages pages, core $core")
done
# The October 2025 briefing as the manual prints it (the United States, Russia
# and Ukraine): page one holds the bottom line and the whole matrix with its key.
pdf="$work/october.pdf"
TMPDIR="$work/tmp" "$positions" report us ru ua --scenario budapest-2025 --format pdf -o "$pdf" >/dev/null
page1=$(page_text "$pdf" 1)
for want in "Bottom line" "No deal is possible" "Cheapest path to a deal" "What moved since" "Who wants what" \
    "$last_issue" "Key: ★ wants" "the cited words are in the annex."; do
  grep -qF "$want" <<<"$page1" || fail "october us ru ua: page one lacks '$want'"
done
summary+=("budapest-2025, us ru ua: $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages, bottom line, matrix and key on page one")
printf 'ok: %s\n' "${summary[@]}"
