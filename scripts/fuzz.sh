#!/usr/bin/env bash
# Runs every fuzz target for a fixed time each (default 10s; CI uses 5s).
# A longer local run: scripts/fuzz.sh 10m. A crasher is written under the
# package's testdata/fuzz/FuzzXxx/; turn it into a regular test case.
set -euo pipefail
cd "$(dirname "$0")/.."
time_per_target="${1:-10s}"
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //'); do
    echo "fuzz $pkg $target ($time_per_target)"
    go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$time_per_target"
  done
done
