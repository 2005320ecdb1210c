#!/usr/bin/env bash
# Issue 17's P2c: the first turn of a new conversation against a warm turn, side by side in one run
# of one instance (local Postgres, Redis db 7, the fake platform). Warm turns are the shared perf
# harness's (200 returning customers asking for the opening hours); first turns ask the same
# question, each from a customer never seen before. Goal: first/warm >= 0.7.
#
#   load-tests/first-turns.sh        SECS=15 per phase, WARM=15 s of warm-up for each path;
#                                    needs wrk and target/bookline.jar
# Environment (defaults in brackets): PGURL [postgres://postgres@127.0.0.1:5432], LOAD_DB
# [p2c_<time>; created for the run and dropped after it], LOAD_REDIS_URL [redis://127.0.0.1:6379/7;
# flushed first], APP_PORT [18280], FAKE_PORT [19299].
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
D="${SECS:-15}"; PORT="${APP_PORT:-18280}"; FAKE="${FAKE_PORT:-19299}"
PG="${PGURL:-postgres://postgres@127.0.0.1:5432}"; DB="${LOAD_DB:-p2c_$(date +%s)}"
REDIS="${LOAD_REDIS_URL:-redis://127.0.0.1:6379/7}"
work=$(mktemp -d /tmp/p2c-XXXX)
psql "$PG/postgres" -qc "CREATE DATABASE $DB"
redis-cli -u "$REDIS" FLUSHDB >/dev/null
python3 load-tests/fake_platform.py $FAKE >/dev/null 2>&1 & fake=$!
# WEB_TRUST_USER_ID: the scripts name their visitors without a business key (load tests only).
PORT=$PORT DATABASE_URL="$PG/$DB" REDIS_URL="$REDIS" \
  BOOKLINE_SECRET_KEY=p2c-secret-key-0123456789abcdef0123456789 BOOKLINE_ADMIN_KEY=p2c-admin-key-000000 \
  WEB_TRUST_USER_ID=true WEB_RATE_LIMIT_PER_MINUTE=100000 WEB_IP_RATE_LIMIT_PER_MINUTE=1000000 \
  "$JAVA" ${JAVA_OPTS:-} -jar target/bookline.jar > "$work/app.log" 2>&1 & app=$!
cleanup() { kill $app $fake 2>/dev/null || true; wait $app 2>/dev/null || true; psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true; }
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "the app did not start:"; tail -20 "$work/app.log"; exit 1; }
base="http://127.0.0.1:$PORT"
warm_lua=../shared/perf/web_turns.lua
[ -f "$warm_lua" ] || warm_lua=load-tests/perf/web_turns.lua
# Warm-up of both paths (JIT), then the two measured phases back to back.
wrk -t2 -c8 -d"${WARM:-15}"s -s "$warm_lua" "$base" >/dev/null
wrk -t2 -c8 -d"${WARM:-15}"s -s load-tests/perf/first_turns.lua "$base" >/dev/null
wrk -t2 -c16 -d"${D}s" --latency -s "$warm_lua" "$base" > "$work/warm.txt"
wrk -t2 -c16 -d"${D}s" --latency -s load-tests/perf/first_turns.lua "$base" > "$work/first.txt"
for f in warm first; do
  rps=$(awk '/Requests\/sec/{print $2}' "$work/$f.txt")
  p50=$(awk '/^ +50%/{print $2}' "$work/$f.txt"); p99=$(awk '/^ +99%/{print $2}' "$work/$f.txt")
  non2xx=$(awk '/Non-2xx/{print $NF}' "$work/$f.txt")
  echo "$f turns: ${rps}/s  p50 $p50 p99 $p99  non-2xx ${non2xx:-0}"
  eval "${f}_rps=$rps"
done
conversations=$(psql "$PG/$DB" -Atqc "select count(*) from conversations")
echo "conversations in the database: $conversations"
python3 -c "print(f'P2c first turns/warm turns = {float(\"$first_rps\")/float(\"$warm_rps\"):.2f}')"
