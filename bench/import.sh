#!/usr/bin/env bash
# Bulk import into PostgreSQL, as one Markdown table: the import use case against PostgreSQL's own COPY of the same
# rows (ImportBenchmark, median of rounds), and a stream of generated items through the import use case with a small
# heap and with an ample one (StreamingImportBenchmark: items/s and the heap it took). See bench/README.md.
#
#   bench/import.sh [--rows N] [--rounds N] [--stream-rows N] [--small-heap SIZE] [--no-build]
#
#   --rows         items per ImportBenchmark round (default 100000), held in memory with their COPY CSV
#   --rounds       ImportBenchmark rounds, of each of import and COPY; the table has the medians (default 3)
#   --stream-rows  items streamed (default 1000000), with -Xmx of --small-heap (default 64m), then with -Xmx1g
#   --no-build     use the test classes as they are (else: mvn -pl adapter-sql -am test-compile, about a minute)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; trust auth), PGDATABASE (test): each run works
# in a schema of its own there and drops it. BATCH (500), the import use case's batch size.
#
# The table goes to standard output, progress to standard error. Exit 0, 1 when a case failed, 2 on a set-up error.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MODULE=$ROOT/adapter-sql

ROWS=100000 ROUNDS=3 STREAM_ROWS=1000000 SMALL_HEAP=64m BUILD=true
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --stream-rows) STREAM_ROWS=$2; shift 2 ;;
    --small-heap) SMALL_HEAP=$2; shift 2 ;;
    --no-build) BUILD=false; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "import.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-test}
export PGHOST PGPORT PGUSER PGDATABASE
URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER"
BATCH=${BATCH:-500}

say() { printf '[import.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

if $BUILD || [ ! -f "$MODULE/target/bench-classpath.txt" ]; then
  say "compiling adapter-sql's test classes and writing their classpath"
  (cd "$ROOT" && mvn -B -ntp -q -pl adapter-sql -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt) >&2 || die "build failed"
fi
CLASSPATH=$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$MODULE/target/bench-classpath.txt")
export CLASSPATH

LOG=$(mktemp /tmp/device-status-import.XXXXXX)
trap 'rm -f "$LOG"' EXIT
run() { # heap main: runs it, its lines to standard error; sets RESULT to the words after its "RESULT"
  say "java -Xmx$1 $2"
  java "-Xmx$1" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dbench.url="$URL" -Dbench.batch="$BATCH" \
    -Dbench.rows="$3" -Dbench.rounds="$ROUNDS" "io.devicestatus.adapter.sql.$2" >"$LOG" 2>&1 \
    || { cat "$LOG" >&2; say "$2 failed"; exit 1; }
  grep -v '^RESULT' "$LOG" | grep -v '^\[main\] INFO' >&2 || true
  RESULT=$(sed -n 's/^RESULT //p' "$LOG")
  [ -n "$RESULT" ] || { cat "$LOG" >&2; say "$2 printed no RESULT"; exit 1; }
}

run 1g ImportBenchmark "$ROWS"
read -r USE_CASE COPY <<<"$RESULT"
run "$SMALL_HEAP" StreamingImportBenchmark "$STREAM_ROWS"
read -r SMALL SMALL_PEAK SMALL_LIVE SMALL_MAX <<<"$RESULT"
run 1g StreamingImportBenchmark "$STREAM_ROWS"
read -r LARGE LARGE_PEAK LARGE_LIVE LARGE_MAX <<<"$RESULT"

ratio() { awk -v a="$1" -v b="$COPY" 'BEGIN {printf "%.2f", a / b}'; }
echo
echo "| case | items/s | ÷ COPY | heap max MiB | peak heap used MiB | largest heap after a GC MiB |"
echo "|---|---:|---:|---:|---:|---:|"
printf '| import use case, %s items in memory, median of %s | %.0f | %s | 1024 |  |  |\n' "$ROWS" "$ROUNDS" "$USE_CASE" "$(ratio "$USE_CASE")"
printf '| PostgreSQL COPY of the same rows, median of %s (reference) | %.0f | 1.00 | 1024 |  |  |\n' "$ROUNDS" "$COPY"
printf '| import use case, %s items streamed, -Xmx%s | %.0f | %s | %s | %s | %s |\n' \
  "$STREAM_ROWS" "$SMALL_HEAP" "$SMALL" "$(ratio "$SMALL")" "$SMALL_MAX" "$SMALL_PEAK" "$SMALL_LIVE"
printf '| import use case, %s items streamed, -Xmx1g | %.0f | %s | %s | %s | %s |\n' \
  "$STREAM_ROWS" "$LARGE" "$(ratio "$LARGE")" "$LARGE_MAX" "$LARGE_PEAK" "$LARGE_LIVE"
echo
echo "$(date -u +%Y-%m-%d) · $(nproc) cores · batch $BATCH · PostgreSQL $(psql -X -At -c 'SHOW server_version' 2>/dev/null || echo '?')"
