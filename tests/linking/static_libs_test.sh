#!/bin/bash
# build/positions needs no shared yaml-cpp, Boost or C++ runtime at start-up
# (POSITIONS_STATIC_LIBS, docs/hacking.md "Whole processes"): a CMake change
# that links one of them shared again fails here. Its control: the C library
# is still a NEEDED entry, so the check reads the right table.
set -u
binary=$1
if ! dynamic=$(readelf -d "$binary"); then
  echo "cannot read the dynamic section of $binary" >&2
  exit 1
fi
needed=$(printf '%s\n' "$dynamic" | grep NEEDED)
if ! printf '%s\n' "$needed" | grep -q 'libc\.so'; then
  echo "no NEEDED entry for libc in $binary: the check would see nothing" >&2
  exit 1
fi
if shared=$(printf '%s\n' "$needed" | grep -E 'yaml-cpp|boost|libstdc\+\+|libgcc_s'); then
  echo "$binary links these shared, expected them static:" >&2
  printf '%s\n' "$shared" >&2
  exit 1
fi
echo "ok: $binary needs only: $(printf '%s\n' "$needed" | sed 's/.*\[\(.*\)\]/\1/' | tr '\n' ' ')"
