#!/usr/bin/env bash
# Reads a `swift test` log and prints one closing line, "tests: N passed, M failed", adding XCTest's total to
# Swift Testing's, so that the run's last line counts every test whichever library ran it.
# usage: scripts/test-summary.sh LOG
set -euo pipefail
log=$1
awk '
    # XCTest: "Executed 42 tests, with 1 failure (0 unexpected) in ..."; the last such line is the total.
    /^[[:space:]]*Executed [0-9]+ tests?, with [0-9]+ failures?/ {
        for (i = 1; i <= NF; i++) {
            if ($i == "Executed") xc_total = $(i + 1)
            if ($i == "with") xc_failed = $(i + 1)
        }
    }
    # Swift Testing: "✔ Test run with 5 tests in 2 suites passed after ..." (or "failed after").
    /Test run with [0-9]+ tests?/ {
        for (i = 1; i <= NF; i++) if ($i == "with" && $(i + 2) ~ /^tests?$/) st_total = $(i + 1)
    }
    # Swift Testing: one "✘ Test NAME ... failed after" line per failed test (suite and run lines excluded).
    /^✘ Test / && !/^✘ Test run / && /failed after/ { st_failed++ }
    END {
        total = xc_total + st_total
        failed = xc_failed + st_failed
        print "tests: " (total - failed) " passed, " failed " failed"
    }
' "$log"
