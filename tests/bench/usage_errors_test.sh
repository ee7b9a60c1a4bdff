#!/bin/bash
# positions-bench's command line: --help, and each usage error's exact text
# with exit status 2 (a developer's tool, but never a crash).
# Usage: usage_errors_test.sh BENCH SOURCE_DIR
set -u
bench=$1
cd "$2" || exit 1
fail=0
expect() {  # expect STATUS STDERR ARGS...
  local status=$1 want=$2
  shift 2
  local got
  got=$("$bench" "$@" 2>&1 >/dev/null)
  local rc=$?
  if [[ $rc != "$status" || $got != "$want" ]]; then
    echo "positions-bench $*: exit $rc, stderr:"; echo "$got"; echo "wanted exit $status, stderr:"; echo "$want"
    fail=1
  fi
}
"$bench" --help | grep -q '^Usage: positions-bench \[DATA_DIR \[TIME_LIMIT \[PART...\]\]\]$' || { echo "--help"; fail=1; }
try="Try 'positions-bench --help'."
expect 2 "positions-bench: no data folder at 'nowhere': expected positions/catalog.yaml there
$try" nowhere
expect 2 "positions-bench: TIME_LIMIT 'soon' is not a number of seconds above 0
$try" . soon
expect 2 "positions-bench: TIME_LIMIT '0' is not a number of seconds above 0
$try" . 0
expect 2 "positions-bench: no part 'speed': the parts are analyses, loading, growth and processes
$try" . 1 speed
exit $fail
