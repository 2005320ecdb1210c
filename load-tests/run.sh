#!/usr/bin/env bash
# One command per load scenario: builds what it needs, starts Bookline (1 or 2 instances) on a
# fresh Postgres database and the local Redis, starts the fake platform, runs the Gatling
# simulation, then the correctness check. Prints the HTML report's path and the correctness line;
# exits non-zero when a Gatling assertion or the check fails. Everything stays on 127.0.0.1.
#
#   load-tests/run.sh SCENARIO[,SCENARIO…] [--users N] [--rate R] [--duration 30s]
#                     [--instances 1|2] [--kill-one] [--self-test] [--keep]
#
# SCENARIO: booking | contention | soak | ack (see load-tests/README.md). Several, comma-separated,
# run one after the other against the same instances, each with its own report and check.
# Environment: PGURL (postgres://postgres@127.0.0.1:5432), LOAD_DB (bookline_load_<time>_<pid>:
# created, dropped after unless --keep), LOAD_REDIS_URL (redis://127.0.0.1:6379/8), LOAD_PORT_BASE
# (unset: free ports; else app i on BASE+i, the fake platform on BASE+9), P95_MS (per-step p95
# reply limit, 5000), MAX_ERROR_PERCENT (1),
# APP_JAVA_OPTS (-Xmx512m), HEAP_PROBE_SECONDS (soak: 60, else 0; a full GC on every instance
# before, every N s during and after the load, and the old generation's slope printed at the end),
# SOAK_STAFF (10: before soak, the demo business is given this many staff through the owner API).
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
die() { echo "run.sh: $*" >&2; exit 2; }

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
[ $# -ge 1 ] || usage
case "$1" in -h|--help) usage ;; esac
scenarios="$1"; shift
users=""; rate=""; duration=""; instances=""; kill_one=false; self_test=false; keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --instances) instances="$2"; shift 2 ;;
    --kill-one) kill_one=true; shift ;;
    --self-test) self_test=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) usage ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# Seconds from "30s", "10m", "1h" or a plain number.
seconds() {
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

# A JDK >= 21, found the way ./bookline finds it (its jdk_major, jdk_candidates and newest_jdk
# functions are read from the launcher, so the two never disagree): JAVA_HOME when it is 21+,
# else the newest JDK 21+ installed.
find_jdk() {
  local functions
  functions="$(sed -n '/^MIN_JAVA=/p; /^jdk_major() {/,/^}/p; /^jdk_candidates() {/,/^}/p; /^newest_jdk() {/,/^}/p' "$root/bookline")"
  case "$functions" in *newest_jdk*) ;; *) die "found no JDK search in $root/bookline" ;; esac
  eval "$functions"
  local major
  if [ -n "${JAVA_HOME:-}" ]; then
    major="$(jdk_major "$JAVA_HOME")"
    if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  local found; found="$(newest_jdk)"
  [ -n "$found" ] || return 1
  echo "${found#*$'\t'}"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

JAVA_HOME="$(find_jdk)" || die "needs a JDK 21 or newer (set JAVA_HOME)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
REDIS="${LOAD_REDIS_URL:-redis://127.0.0.1:6379/8}"
SECRET="load-test-secret"
PHONE="15550001111"
ADMIN_KEY="load-test-admin-key-0001"
$kill_one && [ "${instances:-2}" = 1 ] && die "--kill-one needs two instances"
for s in ${scenarios//,/ }; do
  case "$s" in booking|contention|soak|ack) ;; *) die "unknown scenario '$s' (booking, contention, soak, ack)" ;; esac
done
# Soak and the fault mode run two instances unless told otherwise.
if [ -z "$instances" ]; then
  if $kill_one || [[ ",$scenarios," == *,soak,* ]]; then instances=2; else instances=1; fi
fi
[ "$instances" = 1 ] || [ "$instances" = 2 ] || die "--instances must be 1 or 2"

stamp="$(date +%Y%m%d-%H%M%S)-$$"
work="$here/target/run/${scenarios//,/-}-$stamp"
mkdir -p "$work"
db="${LOAD_DB:-bookline_load_$(date +%s)_$$}"
pids=()
cleanup() {
  local rc=$?
  for f in "$work"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if $keep; then
    echo "kept database $db (drop it with: psql $PGURL/postgres -c 'DROP DATABASE $db WITH (FORCE)')"
  else
    psql "$PGURL/postgres" -XqAtc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- build what is missing or outdated
jar="$root/target/bookline.jar"
if [ ! -f "$jar" ] || [ -n "$(cd "$root" && find src db pom.xml -newer "$jar" -print 2>/dev/null | head -n 1)" ]; then
  echo "building target/bookline.jar..."
  (cd "$root" && mvn -q -B -DskipTests package) >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; die "the app did not build"; }
fi
# Compiles the Gatling module and runs CustomerTest: no load with a scripted customer that is wrong.
(cd "$here" && mvn -q -B test) >"$work/build-load-tests.log" 2>&1 \
  || { tail -n 40 "$work/build-load-tests.log"; die "the Gatling module did not build or CustomerTest failed"; }

# --- database, fake platform, instances
psql "$PGURL/postgres" -XqAtc "CREATE DATABASE $db" >/dev/null
port_of() { if [ -n "${LOAD_PORT_BASE:-}" ]; then echo $(( LOAD_PORT_BASE + $1 )); else free_port; fi; }
fake_port="$(port_of 9)"
python3 "$here/fake_platform.py" "$fake_port" >"$work/fake.log" 2>&1 & echo $! >"$work/fake.pid"
fake="http://127.0.0.1:$fake_port"

ports=()
for i in $(seq 1 "$instances"); do ports+=("$(port_of "$i")"); done

start_instance() { # $1 = instance number (1-based)
  local i="$1" port="${ports[$(( $1 - 1 ))]}"
  # From the run directory, so no developer .env is read; no LLM, no real platform: loopback only.
  (cd "$work" && exec env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u TELEGRAM_BOT_TOKEN -u MESSENGER_PAGE_ID \
    PORT="$port" DATABASE_URL="$PGURL/$db" REDIS_URL="$REDIS" BOOKLINE_ADMIN_KEY="$ADMIN_KEY" \
    BOOKLINE_SECRET_KEY=load-test-secret-key-0123456789abcdef0123 \
    WHATSAPP_PHONE_NUMBER_ID="$PHONE" WHATSAPP_ACCESS_TOKEN=load-test-token WHATSAPP_APP_SECRET="$SECRET" \
    WHATSAPP_API_BASE_URL="$fake" RATE_LIMIT_PER_MINUTE=600 \
    "$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:--Xmx512m} -Xlog:gc*,gc+heap=debug:file="$work/app-$i-gc.log":time,uptime -jar "$jar") >>"$work/app-$i.log" 2>&1 &
  echo $! >"$work/app-$i.pid"
}
await_ready() { # $1 = instance number
  local port="${ports[$(( $1 - 1 ))]}"
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return 0
    kill -0 "$(cat "$work/app-$1.pid")" 2>/dev/null || { tail -n 30 "$work/app-$1.log"; die "instance $1 exited"; }
    sleep 0.5
  done
  die "instance $1 not ready after 120 s (see $work/app-$1.log)"
}
# One at a time: the first migrates and seeds the demo business, the next finds it there.
bases=()
for i in $(seq 1 "$instances"); do
  start_instance "$i"; await_ready "$i"
  bases+=("http://127.0.0.1:${ports[$(( i - 1 ))]}")
done
base_list="$(IFS=,; echo "${bases[*]}")"
echo "instances: $base_list (database $db, $REDIS); fake platform: $fake; logs: $work"

# Kills the last instance with SIGKILL halfway through the load and starts it again.
kill_one_midway() { # $1 = journal, $2 = load seconds
  for _ in $(seq 1 600); do [ -s "$1" ] && break; sleep 0.2; done
  sleep $(( $2 / 2 > 0 ? $2 / 2 : 1 ))
  local pid; pid="$(cat "$work/app-$instances.pid")"
  echo "kill-one: kill -9 instance $instances (pid $pid) at $(date +%T)"
  kill -9 "$pid"
  sleep 2
  start_instance "$instances"; await_ready "$instances"
  echo "kill-one: instance $instances is back at $(date +%T)"
}

# The soak's room: staff are added to the demo business (through the owner API with the operator
# key, as its owner would) until it has SOAK_STAFF, each performing every service. The demo's two
# are full after ~325 bookings; ten hold the ~720 a default soak keeps (README: "Soak"). Names,
# not numbers: the rule understanding reads a staff member's name in what a customer writes, and
# "Chair 10" would be read in "10:15".
SOAK_NAMES=(Greta Ilse Jutta Hedwig Ottilie Wilma Zora Berit Dagny Fenja Gesa Svea)
soak_staff() {
  local want="${SOAK_STAFF:-10}" api="${bases[0]}/api" services have
  local auth=(-H "Authorization: Bearer $ADMIN_KEY" -H "X-Bookline-Business: demo")
  services="$(curl -sf "${auth[@]}" "$api/services" \
    | python3 -c 'import json, sys; print(json.dumps([s["id"] for s in json.load(sys.stdin)["services"] if s["active"]]))')" \
    || die "could not read the demo business's services through the owner API"
  have="$(curl -sf "${auth[@]}" "$api/staff" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["staff"]))')" \
    || die "could not read the demo business's staff through the owner API"
  [ "$want" -le $(( have + ${#SOAK_NAMES[@]} )) ] || die "SOAK_STAFF: at most $(( have + ${#SOAK_NAMES[@]} ))"
  for i in $(seq 0 $(( want - have - 1 ))); do
    curl -sf "${auth[@]}" -H "Content-Type: application/json" \
      -d "{\"name\": \"${SOAK_NAMES[$i]}\", \"serviceIds\": $services}" "$api/staff" >/dev/null \
      || die "could not add ${SOAK_NAMES[$i]} to the demo business's staff through the owner API"
  done
  echo "soak: the demo business has $(( want > have ? want : have )) staff (SOAK_STAFF=$want)"
}

# A full collection on every instance, so the GC log records the live old generation.
full_gc_all() {
  for i in $(seq 1 "$instances"); do
    "$JAVA_HOME/bin/jcmd" "$(cat "$work/app-$i.pid")" GC.run >/dev/null 2>&1 || true
  done
}
heap_probe() { # $1 = seconds between full collections; stopped by cleanup or after the load
  while sleep "$1"; do full_gc_all; done
}

gatling() { # $1 = simulation class, $2 = rate, $3 = users, $4 = seconds, $5 = journal
  (cd "$here" && mvn -B gatling:test -Dsimulation="bookline.$1" \
    -Dgatling.runDescription="$scenario users=$3 rate=$2 seconds=$4 instances=$instances kill_one=$kill_one" \
    -Dbases="$base_list" -Dfake="$fake" -Dsecret="$SECRET" -Dphone="$PHONE" -Drun="$(date +%s%N | tail -c 8)" \
    -Dusers="$3" -Drate="$2" -Dseconds="$4" -DreplyWaitSeconds="$wait_s" -DkillOne="$kill_one" \
    -Dp95="${P95_MS:-5000}" -DmaxErrorPercent="${MAX_ERROR_PERCENT:-1}" -Djournal="$5")
}

status=0
lines=()
for scenario in ${scenarios//,/ }; do
  case "$scenario" in
    booking) sim=BookingSimulation; u="${users:-20}"; d="$(seconds "${duration:-30s}")"; r="${rate:-2}" ;;
    contention) sim=ContentionSimulation; u="${users:-30}"; d=1; r="${rate:-2}" ;;
    soak) sim=SoakSimulation; u="${users:-0}"; d="$(seconds "${duration:-10m}")"; r="${rate:-2}" ;;
    ack) sim=WebhookAckSimulation; u="${users:-0}"; d="$(seconds "${duration:-20s}")"; r="${rate:-50}" ;;
  esac
  journal="$work/$scenario-journal.jsonl"
  if [ "$scenario" = soak ]; then soak_staff; fi
  wait_s=60; drain_s=120
  # A reply claimed by the killed instance is sent once its outbox lease runs out (OUTBOX_LEASE,
  # 30 s by default); the waits leave room for the restart, recovery and the backlog as well.
  if $kill_one; then wait_s=240; drain_s=300; fi
  killer=""
  if $kill_one; then kill_one_midway "$journal" "$d" & killer=$!; fi
  if [ "$scenario" = ack ]; then
    # Acks are a latency benchmark: warm the JIT and the pools first, unreported and unchecked.
    gatling "$sim" 20 "$u" 10 "$work/ack-warmup-journal.jsonl" >"$work/ack-warmup.log" 2>&1 || true
  fi
  probe_s="${HEAP_PROBE_SECONDS:-$([ "$scenario" = soak ] && echo 60 || echo 0)}"
  if [ "$probe_s" -gt 0 ]; then
    heap_since="$(date +%s)"; full_gc_all
    heap_probe "$probe_s" & echo $! >"$work/heap-probe.pid"
  fi
  marker="$work/$scenario.started"; touch "$marker"
  case "$scenario" in
    booking) load="$u customers over $d s" ;;
    contention) load="$u customers at once" ;;
    *) load="$r new customers/s for $d s" ;;
  esac
  echo "== $scenario: $load, $instances instance(s)$($kill_one && echo ', one killed midway' || true)"
  set +e
  gatling "$sim" "$r" "$u" "$d" "$journal" >"$work/$scenario-gatling.log" 2>&1
  gatling_rc=$?
  set -e
  [ -n "$killer" ] && wait "$killer"
  # Gatling's summary (the last "Global Information" block) and its assertions.
  awk '/^---- Global Information/ {buf=""; on=1} on {buf=buf $0 "\n"} /^={10,}$/ && on {on=0} END {printf "%s", buf}' \
    "$work/$scenario-gatling.log"
  grep -E ": (true|false) \(actual" "$work/$scenario-gatling.log" || tail -n 20 "$work/$scenario-gatling.log"
  report="$(find "$here/target/gatling" -maxdepth 2 -name index.html -newer "$marker" 2>/dev/null | head -n 1)"
  [ -f "$journal" ] || : >"$journal"
  set +e
  # Both streams into the file: the details of a failure (which customer, which reply) go to stderr.
  python3 "$here/check.py" --db "$PGURL/$db" --fake "$fake" --journal "$journal" --drain-seconds "$drain_s" \
    2>&1 | tee "$work/$scenario-check.txt"
  check_rc=${PIPESTATUS[0]}
  self_rc=1
  if $self_test; then
    python3 "$here/check.py" --db "$PGURL/$db" --fake "$fake" --journal "$journal" --drain-seconds 5 --self-test \
      >"$work/$scenario-self-test.txt" 2>&1
    self_rc=$?
    echo "self-test: $(tail -n 1 "$work/$scenario-self-test.txt")"
    if [ "$self_rc" -eq 0 ]; then echo "self-test: the check did not notice an injected duplicate reply"; else echo "self-test: the check caught the injected duplicate, as it must"; fi
  fi
  set -e
  heap_lines=()
  if [ "$probe_s" -gt 0 ]; then
    # After the check drained the inbox and outbox: the heap each instance keeps when idle.
    kill "$(cat "$work/heap-probe.pid")" 2>/dev/null || true; rm -f "$work/heap-probe.pid"
    full_gc_all; sleep 1
    labels=(); logs=()
    for i in $(seq 1 "$instances"); do labels+=(--label "instance $i"); logs+=("$work/app-$i-gc.log"); done
    # The first minute (class loading, JIT, pools and caches filling) is left out of the slope.
    mapfile -t heap_lines < <(python3 "$here/scripts/oldgen_slope.py" --since "$heap_since" \
      --until "$(date +%s)" --warmup 60 "${labels[@]}" "${logs[@]}" || true)
    printf '%s\n' "${heap_lines[@]}" | tee "$work/$scenario-heap.txt"
  fi
  echo "report: ${report:-none (see $work/$scenario-gatling.log)}"
  [ "$gatling_rc" -eq 0 ] || echo "$scenario: Gatling failed or an assertion did not hold (exit $gatling_rc; see $work/$scenario-gatling.log)"
  lines+=("$scenario: $(grep '^correctness:' "$work/$scenario-check.txt" || echo 'correctness: no result')")
  for h in "${heap_lines[@]}"; do lines+=("$scenario: $h"); done
  if [ "$gatling_rc" -ne 0 ] || [ "$check_rc" -ne 0 ] || { $self_test && [ "$self_rc" -eq 0 ]; }; then status=1; fi
done
printf '%s\n' "${lines[@]}"
exit "$status"
