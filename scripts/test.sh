#!/usr/bin/env bash
# Runs Telltale's whole test suite: unit, storage contract, and integration tests against the real server
# (real DuckDB files, real HTTP and gRPC on loopback, the real OpenTelemetry SDK exporters, a SIGKILL crash test)
# and the dashboard in a real browser. Prints a closing "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium through Playwright (browser downloads do not work here).
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium for the dashboard browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
    || { echo "tests: 0 passed, 1 failed (could not install chromium)"; exit 1; }
fi

log=$(mktemp)
dotnet build Telltale.slnx -c Release -warnaserror 2>&1 | tail -n 3
build=${PIPESTATUS[0]}
if [ "$build" -ne 0 ]; then
  echo "tests: 0 passed, 1 failed (the build failed)"
  exit "$build"
fi

dotnet test Telltale.slnx -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one summary per test project; add them up into one closing line.
awk '/(Passed|Failed)!  - Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1) + 0
         if ($i == "Passed:") p += $(i+1) + 0
         if ($i == "Skipped:") s += $(i+1) + 0
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
