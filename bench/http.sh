#!/usr/bin/env bash
# The HTTP path under load, as one Markdown table: wrk against a bare Jetty 12 (the HTTP stack's ceiling) and against
# `serve` on each store (memory, embedded H2, PostgreSQL), and pgbench as PostgreSQL's own ceiling. See bench/README.md.
#
#   bench/http.sh [--duration SECONDS] [--warmup SECONDS|auto] [--stores "memory h2 postgresql"] [--build]
#
#   --duration  seconds each measured case runs (default 15)
#   --warmup    seconds of the same load, not measured, before each case; default "auto": 5-second slices until
#               the server's JIT has settled and the rate with it (bench/warmup.sh; at most WARMUP_MAX, 120 s): on
#               2 cores the JIT competes with the load for a minute or more; 0: none
#   --stores    which serve modes to run (default: all three; pgbench runs with postgresql)
#   --build     build app/target/device-status.jar first (else only when it is missing)
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; trust auth, or PGPASSWORD): a database
# device_status_bench_PID is created there and dropped at the end. BENCH_JAVA_OPTS (-Xmx1g) for the baseline and
# serve alike; SERVE_OPTS (none) added to serve's options, e.g. "--log-level WARN"; THREADS (2), CONNECTIONS (32);
# WARMUP_MAX (120), the longest automatic warm-up of one case, in seconds.
#
# The table goes to standard output, progress to standard error. Exit 0, 1 when a case failed, 2 on a set-up error.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAR=$ROOT/app/target/device-status.jar

DURATION=15 WARMUP=auto STORES="memory h2 postgresql" BUILD=false
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=${2%s}; shift 2 ;;
    --warmup) WARMUP=${2%s}; shift 2 ;;
    --stores) STORES=$2; shift 2 ;;
    --build) BUILD=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "http.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
WARMUP_MAX=${WARMUP_MAX:-120}
# shellcheck source=warmup.sh
. "$HERE/warmup.sh"
valid_warmup "$WARMUP" || { echo "http.sh: --warmup takes seconds or auto, not $WARMUP" >&2; exit 2; }
THREADS=${THREADS:-2} CONNECTIONS=${CONNECTIONS:-32} BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g} SERVE_OPTS=${SERVE_OPTS:-}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=device_status_bench_$$
# serve takes every option from DEVICE_STATUS_* too: none of the caller's may change what is measured
unset "${!DEVICE_STATUS_@}"

say() { printf '[http.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

# --- prerequisites -----------------------------------------------------------------------------------------------
missing=()
for tool in java:openjdk-17-jdk-headless jstat:openjdk-17-jdk-headless curl:curl wrk:wrk psql:postgresql-client pgbench:postgresql-client; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
[ ${#missing[@]} -eq 0 ] || die "missing tools; install them with: apt-get install -y $(printf '%s\n' "${missing[@]}" | sort -u | xargs)"
if $BUILD || [ ! -f "$JAR" ]; then
  say "building $JAR"
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests) || die "build failed"
fi

WORK=$(mktemp -d /tmp/device-status-bench.XXXXXX)
PIDS=()
stop() { # pid: SIGTERM, then SIGKILL after 15 s
  kill -TERM "$1" 2>/dev/null || return 0
  for _ in $(seq 1 150); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  if [ "${DB_CREATED:-}" = true ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || say "could not drop $DB"
  fi
  if [ "$code" = 0 ]; then rm -rf "$WORK"; else say "logs kept in $WORK"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME COMMAND...: runs it in the background, logs in NAME.log; sets URL from its "serving http://..." line
start() {
  local name=$1 pid; shift
  "$@" >"$WORK/$name.log" 2>&1 </dev/null &
  pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 600); do
    URL=$(sed -nE 's#.*serving (http://[0-9.]+:[0-9]+).*#\1#p' "$WORK/$name.log" | head -1)
    [ -n "$URL" ] && { say "$name up at $URL (pid $pid)"; return 0; }
    kill -0 "$pid" 2>/dev/null || { tail -20 "$WORK/$name.log" >&2; die "$name exited"; }
    sleep 0.2
  done
  die "$name did not start within 120 s"
}
stop_last() { stop "${PIDS[-1]}"; unset 'PIDS[-1]'; }

# --- wrk cases ---------------------------------------------------------------------------------------------------
declare -A RPS P99 ERRORS WARMED
RUN=0
wrk_case() { # key url mode(post|get)
  local key=$1 url=$2 mode=$3 result
  RUN=$((RUN + 1))
  WARMED[$key]=$(warm_up "${PIDS[-1]}" "$url" "$mode" "$TOKEN" "$$-$RUN-w" "$WARMUP" "$WARMUP_MAX")
  say "$key: warmed up for ${WARMED[$key]} s"
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$HERE/wrk.lua" "$url" \
    -- "$mode" "$TOKEN" "$$-$RUN" | tee "$WORK/wrk-${key// /-}.out" | grep '^RESULT') || { say "wrk failed for $key"; exit 1; }
  read -r _ rps p99 non2xx socket <<<"$result"
  RPS[$key]=$rps P99[$key]=$p99 ERRORS[$key]="$non2xx / $socket"
  say "$key: $rps requests/s, p99 $p99 ms, non-2xx / socket errors: $non2xx / $socket"
}
# the three cases against one server: create, then get one created status, then list the first 100
http_cases() { # name base-url
  local collection=$2/v1.0/deviceManagement/iosUpdateStatuses id
  wrk_case "$1 post" "$collection" post
  if [ "$1" = postgresql ]; then # fresh statistics for the reads, whenever autovacuum would have come by
    psql -X -q -d "$DB" -c 'VACUUM ANALYZE ios_update_status' || die "cannot analyze $DB"
  fi
  id=$(curl -sf -X POST "$collection" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"installStatus\":\"available\",\"deviceId\":\"bench-get-$$\",\"status\":\"compliant\",
         \"complianceGracePeriodExpirationDateTime\":\"2016-12-31T23:56:44Z\",\"lastReportedDateTime\":\"2017-01-01T00:00:00Z\"}" \
    | sed -nE 's/.*"id":"([^"]+)".*/\1/p') || true
  [ -n "$id" ] || { say "$1: cannot create the status to get"; exit 1; }
  LAST_ID=$id
  wrk_case "$1 get" "$collection/$id" get
  [ "$1" = bare ] || say "$1: $(curl -sf "$collection/\$count" -H "Authorization: Bearer $TOKEN" || echo '?') statuses stored"
  wrk_case "$1 list" "$collection?\$top=100" get
}

# --- pgbench cases -----------------------------------------------------------------------------------------------
pgbench_case() { # key sql
  local key=$1 name=pgbench-${1// /-}
  printf '%s\n' "$2" >"$WORK/$name.sql"
  local args=(-n -M prepared -c "$CONNECTIONS" -j "$THREADS" -D "tenant=$TENANT" -D "id=$LAST_ID" -f "$WORK/$name.sql" "$DB")
  # no JIT to warm: a fixed 5 s (or --warmup's seconds) fills the caches
  local warm=$WARMUP; [ "$warm" = auto ] && warm=5
  if [ "$warm" != 0 ]; then pgbench -T "$warm" "${args[@]}" >/dev/null 2>&1; fi
  WARMED[$key]=$warm
  pgbench -T "$DURATION" -l --log-prefix="$WORK/$name-log" "${args[@]}" >"$WORK/$name.out" 2>&1 \
    || { cat "$WORK/$name.out" >&2; say "pgbench failed for $key"; exit 1; }
  RPS[$key]=$(sed -nE 's/^tps = ([0-9.]+) .*/\1/p' "$WORK/$name.out")
  P99[$key]=$(cat "$WORK/$name-log".* | awk '{print $3}' | sort -n \
    | awk '{l[NR] = $1} END {i = int(NR * 0.99); if (i < 1) i = 1; printf "%.2f", l[i] / 1000}')
  ERRORS[$key]="$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$WORK/$name.out") failed"
  rm -f "$WORK/$name-log".*
  say "$key: ${RPS[$key]} transactions/s, p99 ${P99[$key]} ms"
}

# --- the run -----------------------------------------------------------------------------------------------------
say "work directory $WORK; $THREADS threads, $CONNECTIONS connections, ${DURATION}s per case after warm-up ($WARMUP)"
TENANT=00000000-0000-0000-0000-0000000000d5 # the development tenant, token's default
TOKEN=$(java -jar "$JAR" token --data-dir "$WORK/data" --scope DeviceManagementConfiguration.ReadWrite.All \
  --minutes 600 | tail -1)

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS and SERVE_OPTS are word lists
{
  start bare-jetty java $BENCH_JAVA_OPTS -cp "$JAR" "$HERE/BareJetty.java"
  http_cases bare "$URL"; stop_last

  serve() { start "serve-$1" java $BENCH_JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port 0 --data-dir "$WORK/data" "${@:2}" $SERVE_OPTS; }
  for store in $STORES; do
    case "$store" in
      memory) serve memory --store memory ;;
      h2) serve h2 ;;
      postgresql)
        psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $DB" >/dev/null \
          || die "cannot create database $DB on $PGHOST:$PGPORT as $PGUSER"
        DB_CREATED=true
        DEVICE_STATUS_JDBC_PASSWORD=${PGPASSWORD:-} serve postgresql \
          --jdbc-url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --jdbc-user "$PGUSER" ;;
      *) die "unknown store $store (memory, h2 or postgresql)" ;;
    esac
    http_cases "$store" "$URL"; stop_last
    if [ "$store" = postgresql ]; then
      # the same statements on the same table, straight to the database (serve is stopped); the insert last, so
      # that the reads see the table serve read
      pgbench_case "pgbench get" "SELECT * FROM ios_update_status WHERE tenant_id = :tenant AND id = :id;"
      pgbench_case "pgbench list" "SELECT * FROM ios_update_status WHERE tenant_id = :tenant ORDER BY tenant_id, id LIMIT 101;"
      pgbench_case "pgbench post" "INSERT INTO ios_update_status (tenant_id, id, install_status, os_version, device_id,
  user_id, device_display_name, user_name, device_model, platform, compliance_grace_period_expiration_ticks,
  compliance_grace_period_expiration_offset, status, last_reported_ticks, last_reported_offset, user_principal_name,
  version) VALUES (:tenant, gen_random_uuid()::text, 'available', 'Os Version value', gen_random_uuid()::text,
  'User Id value', 'Device Display Name value', 'User Name value', 'Device Model value', 0, 14832574049511110,
  -28800, 'notApplicable', 14832576177769392, -28800, 'User Principal Name value', 1);"
    fi
  done
}

# --- the table ---------------------------------------------------------------------------------------------------
ratio() { # key reference-key: their requests/s divided, or nothing when one is missing
  if [ -n "${RPS[$1]:-}" ] && [ -n "${RPS[$2]:-}" ]; then
    awk -v a="${RPS[$1]}" -v b="${RPS[$2]}" 'BEGIN {printf "%.2f", a / b}'
  fi
}
row() { # label key
  [ -n "${RPS[$2]:-}" ] || return 0
  local store=${2% *} op=${2#* } bare pg=""
  bare=$(ratio "$2" "bare $op")
  case $store in
    postgresql) pg=$(ratio "$2" "pgbench $op") ;;
    pgbench) bare="" pg="1.00" ;;
  esac
  printf '| %s | %.0f | %s | %s | %s | %s | %s |\n' "$1" "${RPS[$2]}" "${P99[$2]}" "${ERRORS[$2]}" "$bare" "$pg" \
    "${WARMED[$2]}"
}
echo
echo "| case | requests/s | p99 ms | non-2xx / socket errors | ÷ bare Jetty | ÷ pgbench | warm-up s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for op in post get list; do
  case $op in
    post) what="POST create" sql="pgbench: INSERT one row" ;;
    get) what="GET by id" sql="pgbench: SELECT one row by key" ;;
    list) what="GET list \$top=100" sql="pgbench: SELECT 101 rows in key order" ;;
  esac
  row "$what, bare Jetty 12" "bare $op"
  row "$what, serve memory" "memory $op"
  row "$what, serve H2" "h2 $op"
  row "$what, serve PostgreSQL" "postgresql $op"
  row "$sql" "pgbench $op"
done
echo
echo "$(date -u +%Y-%m-%d) · $(nproc) cores · wrk -t$THREADS -c$CONNECTIONS, pgbench -c$CONNECTIONS -j$THREADS · ${DURATION}s per case after warm-up ($WARMUP)"
