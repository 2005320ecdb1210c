#!/usr/bin/env bash
# A small PNG of one chart of a Gatling report, taken offline with headless Chromium.
#   load-tests/scripts/report-screenshot.sh REPORT_DIR OUT.png [PAGE_GLOB] [CHART_ID]
# Default: the "time" step's reply-time percentiles over time (group_time-*.html,
# groupDurationOverTimeContainerId). Needs chromium (apt-get install -y chromium).
set -euo pipefail
report="$1"; out="$2"; page_glob="${3:-group_time-*.html}"; chart="${4:-groupDurationOverTimeContainerId}"
page="$(ls "$report"/$page_glob | head -n 1)"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1400,460 \
  --virtual-time-budget=8000 --screenshot="$(readlink -f "$(dirname "$out")")/$(basename "$out")" \
  "file://$(readlink -f "$page")#$chart" >/dev/null 2>&1
echo "$out"
