#!/usr/bin/env bash
# Opens the HTML briefing of the October 2025 scenario in headless Chromium and
# checks that it renders, shows both graphs, prints, makes no network request
# and logs nothing to the console. Each check first proves on a control page
# (the briefing plus an outside image) that it can fail.
#   html_briefing_test.sh POSITIONS_BINARY SOURCE_DIR
set -euo pipefail
positions=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

chromium=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chromium" ] || fail "chromium is not installed (tools/setup --tests installs it)"

cd "$root"
"$positions" report us ru ua --scenario budapest-2025 --format html -o "$work/briefing.html"

# Headless, no sandbox (tests run as root in containers), no GPU, and none of
# the browser's own background traffic; a fresh profile each run.
run() {  # NAME PAGE EXTRA-FLAGS...
  local name=$1 page=$2
  shift 2
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --disable-default-apps --no-first-run --mute-audio \
    --user-data-dir="$work/profile-$name" --enable-logging=stderr --v=0 \
    --log-net-log="$work/$name.netlog" --virtual-time-budget=3000 \
    "$@" "file://$work/$page" 2>"$work/$name.log"
}

# A request the page itself makes carries the page's file:// isolation key;
# the browser's own requests (if any slip through) do not.
page_requests() { grep -c '"network_isolation_key":"file://' "$1" || true; }
console_lines() { grep -c ':CONSOLE' "$1" || true; }

# Controls: an outside image is blocked by the page's policy (and logged), and
# without the policy it is requested (and seen in the net log).
sed 's#</main>#<img src="http://127.0.0.1:9/outside.png" alt=""></main>#' "$work/briefing.html" >"$work/control.html"
sed 's#<meta http-equiv="Content-Security-Policy"[^>]*>##' "$work/control.html" >"$work/control-open.html"
run control control.html --dump-dom >/dev/null
[ "$(console_lines "$work/control.log")" -gt 0 ] || fail "control: the blocked image logged no console message"
run control-open control-open.html --dump-dom >/dev/null
[ "$(page_requests "$work/control-open.netlog")" -gt 0 ] || fail "control: the net log shows no request for the image"

# The briefing itself.
run dom briefing.html --dump-dom >"$work/dom.html"
grep -q '<h1>Briefing: Before the Budapest summit, October 2025</h1>' "$work/dom.html" || fail "the title is not in the rendered page"
for graph in parties terms-donetsk terms-ceasefire; do
  grep -q "<figure class=\"graph\" id=\"graph-$graph\">" "$work/dom.html" || fail "no $graph figure"
  grep -q "<g id=\"$graph-node1\" class=\"node\">" "$work/dom.html" || fail "the $graph graph has no drawn node"
done
grep -q 'class="missing"' "$work/dom.html" && fail "a picture is missing from the briefing"
[ "$(console_lines "$work/dom.log")" -eq 0 ] || { grep ':CONSOLE' "$work/dom.log" >&2; fail "the page logged to the console"; }
[ "$(page_requests "$work/dom.netlog")" -eq 0 ] || fail "the page made a network request"

run shot briefing.html --window-size=1280,2000 --screenshot="$work/briefing.png" >/dev/null
[ "$(head -c 8 "$work/briefing.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "no PNG screenshot"
[ "$(stat -c %s "$work/briefing.png")" -gt 50000 ] || fail "the screenshot is nearly empty"

run pdf briefing.html --no-pdf-header-footer --print-to-pdf="$work/briefing.pdf" >/dev/null
pages=$(grep -ac '/Type /Page\b' "$work/briefing.pdf" || true)
[ "$pages" -ge 3 ] || fail "the printed PDF has $pages pages; expected several"
[ "$(console_lines "$work/pdf.log")" -eq 0 ] || fail "printing logged to the console"

echo "ok: rendered, 3 graphs checked, $pages printed pages, no network request, no console message"
