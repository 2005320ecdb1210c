#!/usr/bin/env bash
# Webhook acknowledgement latency: signed WhatsApp messages at RATE/s (50) for SECONDS_ s (20)
# against a fresh database and the fake platform, after a 10 s warm-up; then the correctness check
# confirms every acknowledged message was handled and answered once. Same as
# `load-tests/run.sh ack --rate RATE --duration SECONDS_s` (see load-tests/README.md).
set -euo pipefail
exec "$(dirname "$0")/run.sh" ack --rate "${RATE:-50}" --duration "${SECONDS_:-20}s" "$@"
