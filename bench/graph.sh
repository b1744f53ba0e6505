#!/usr/bin/env bash
# The outbound Graph store, as two Markdown tables, each with its reference measured in the same run:
#  1. $batch at a fixed latency (GraphBatchBenchmark): writeAll in $batches of 20, one at a time and a few at a time,
#     and the import use case, against one request per status;
#  2. throttling (GraphThrottlingBenchmark): callers creating through serve --store graph against a Graph that
#     throttles writes as Intune does (a token bucket per tenant, 429 with Retry-After), against the rate the bucket
#     allows, and the same creates without throttling. See bench/README.md.
#
#   bench/graph.sh [--only batch|throttling] [--statuses N] [--latency MS] [--rounds N] [--at-once N]
#                  [--creates N] [--callers N] [--capacity N] [--window SECONDS] [--no-build]
#
#   --only      run one of the two (default: both; batch about 1-2 minutes, throttling about 80 s)
#   --statuses  statuses per $batch round (default 400); --latency ms added to every request (20); --rounds (3,
#               after 2 of warm-up); --at-once $batch requests under way at once in the last case (8, the default)
#   --creates   creates of the throttling case (default 400), by --callers concurrent callers (8), against a bucket
#               of --capacity writes (100) refilled per --window seconds (20)
#   --no-build  use the test classes as they are (else: mvn -pl app -am test-compile, a minute or more)
#
# Environment: BENCH_JAVA_OPTS (-Xmx1g). Everything listens on 127.0.0.1, on free ports, in one JVM per table.
#
# The tables go to standard output, progress to standard error. Exit 0, 1 when a case failed, 2 on a set-up error.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MODULE=$ROOT/app

ONLY="" STATUSES=400 LATENCY=20 ROUNDS=3 AT_ONCE=8 CREATES=400 CALLERS=8 CAPACITY=100 WINDOW=20 BUILD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY=$2; shift 2 ;;
    --statuses) STATUSES=$2; shift 2 ;;
    --latency) LATENCY=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --at-once) AT_ONCE=$2; shift 2 ;;
    --creates) CREATES=$2; shift 2 ;;
    --callers) CALLERS=$2; shift 2 ;;
    --capacity) CAPACITY=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "graph.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$ONLY" in ""|batch|throttling) ;; *) echo "graph.sh: --only takes batch or throttling, not $ONLY" >&2; exit 2 ;; esac
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}

say() { printf '[graph.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

if $BUILD || [ ! -f "$MODULE/target/bench-classpath.txt" ]; then
  say "compiling app's test classes (and the modules it needs) and writing their classpath"
  (cd "$ROOT" && mvn -B -ntp -q -pl app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt) >&2 || die "build failed"
fi
CLASSPATH=$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench-classpath.txt")
export CLASSPATH

run() { # main args...: its table to standard output, the rest to standard error
  say "java $BENCH_JAVA_OPTS $*"
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a word list
  java $BENCH_JAVA_OPTS "io.devicestatus.app.bench.$1" "${@:2}" || { say "$1 failed"; exit 1; }
}

if [ "$ONLY" != throttling ]; then
  run GraphBatchBenchmark "$STATUSES" "$LATENCY" "$ROUNDS" "$AT_ONCE"
fi
if [ "$ONLY" != batch ]; then
  run GraphThrottlingBenchmark "$CREATES" "$CALLERS" "$CAPACITY" "$WINDOW"
fi
