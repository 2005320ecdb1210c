#!/usr/bin/env bash
# Webhook acknowledgement latency: starts a fake platform API and Bookline (built jar) on a fresh
# Postgres database, then runs the Gatling simulation (1000 signed WhatsApp messages by default).
# Needs: JDK 21+, Maven, python3, a local Postgres (PGURL) — everything on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
PORT="${PORT:-8080}"
RATE="${RATE:-50}"
SECONDS_="${SECONDS_:-20}"
DB="bookline_load_$(date +%s)"
psql "$PGURL/postgres" -qc "CREATE DATABASE $DB"
[ -f target/bookline.jar ] || mvn -q -B -DskipTests package
python3 load-tests/fake_platform.py 9099 & FAKE=$!
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT=$PORT DATABASE_URL="$PGURL/$DB" BOOKLINE_ADMIN_KEY=load-test-admin-key-0001 \
  WHATSAPP_PHONE_NUMBER_ID=15550001111 WHATSAPP_ACCESS_TOKEN=t WHATSAPP_APP_SECRET=load-test-secret \
  WHATSAPP_API_BASE_URL=http://127.0.0.1:9099 RATE_LIMIT_PER_MINUTE=1000 \
  "$JAVA" -jar target/bookline.jar > /tmp/bookline-load.log 2>&1 & APP=$!
trap 'kill $APP $FAKE 2>/dev/null || true; psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.5; done
# Warm-up (JIT, pools), not reported; then the measured run.
mvn -q -B -f load-tests/pom.xml gatling:test -Dbase="http://127.0.0.1:$PORT" -Drate=20 -Dseconds=10 > /dev/null || true
sleep 5
mvn -q -B -f load-tests/pom.xml gatling:test -Dbase="http://127.0.0.1:$PORT" -Drate="$RATE" -Dseconds="$SECONDS_" | tail -n 40
# Every acknowledged message must be handled: wait for the backlog, then count.
for _ in $(seq 1 120); do
  left=$(psql "$PGURL/$DB" -Atqc "select count(*) from inbox where status = 'received'")
  [ "$left" = "0" ] && break
  sleep 1
done
echo "inbox: $(psql "$PGURL/$DB" -Atqc "select status, count(*) from inbox group by status" | tr '\n' ' ')"
echo "outbox: $(psql "$PGURL/$DB" -Atqc "select status, count(*) from outbox group by status" | tr '\n' ' ')"
