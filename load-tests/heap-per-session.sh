#!/usr/bin/env bash
# P5 (issue 17): the heap an idle session takes in an instance's Caffeine tier. Compiles the
# benchmarks' build (mvn -Pbenchmarks) and runs io.bookline.session.SessionHeapBenchmark on G1:
# 100,000 sessions as real conversations leave them, then the worst case of the default cap.
# Needs no database, Redis or network. Prints "bytes per idle cached session: N" and exits
# non-zero above LIMIT bytes or when the store did not keep every session.
#
#   load-tests/heap-per-session.sh [SESSIONS (100000)] [LIMIT (2048)]
#
# Environment: JAVA_HOME (a JDK 21+; else java on PATH), BENCH_HEAP (the JVM's -Xmx, 2g).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$root"
echo "compiling (mvn -Pbenchmarks test-compile)..."
mvn -B -q -Pbenchmarks -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
"$java" -version 2>&1 | head -n 1
uptime
# G1 named, so the figure does not depend on the machine's ergonomics (a one-core container would
# get Serial); object sizes depend on compressed oops, which any heap under 32 GB has.
exec "$java" "-Xmx${BENCH_HEAP:-2g}" -XX:+UseG1GC \
  -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  io.bookline.session.SessionHeapBenchmark "$@"
