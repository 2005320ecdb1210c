#!/usr/bin/env bash
# A short end-to-end run of the load suite for CI (about 20 s of load at a low rate): the check's
# and the GC-log reader's unit tests, then (run.sh, after CustomerTest) the booking and
# contention scenarios against one instance, each followed by the correctness check and its
# self-test (an injected duplicate reply must make it fail). A lost, duplicated or reordered reply,
# an overlapping booking, an unmatched confirmation or a stuck customer fails it.
# Timing is not its business: the reply-time limit is loose (P95_MS, 15 s) on a shared machine.
set -euo pipefail
export P95_MS="${P95_MS:-15000}"
PYTHONDONTWRITEBYTECODE=1 python3 "$(dirname "$0")/test_check.py" 2>&1 | tail -n 1
PYTHONDONTWRITEBYTECODE=1 python3 "$(dirname "$0")/scripts/test_oldgen_slope.py" 2>&1 | tail -n 1
exec "$(dirname "$0")/run.sh" booking,contention --users "${SMOKE_USERS:-6}" --duration 8s --self-test
