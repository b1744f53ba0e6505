#!/usr/bin/env bash
# Cost as data grows, as one Markdown table: PostgreSQL loaded with 10,000, 1,000,000 (and more) iOS update statuses of
# one tenant, and at each size `serve` measured under wrk over real sockets (GET by id, the first and a deep list page
# of 100 by lastReportedDateTime desc, $count with a filter) and the `import` command's rate. See bench/README.md.
#
#   bench/growth.sh [--sizes "10000 1000000"] [--duration SECONDS] [--warmup SECONDS] [--import-items N] [--build]
#
#   --sizes         stored statuses to measure at, ascending (default "10000 1000000"; add 10000000 when you have
#                   the time: its load takes many minutes); ratios are to the first size
#   --duration      seconds each measured wrk case runs (default 10)
#   --warmup        seconds of the same load, not measured, before each case, or auto (the default): until the
#                   JIT has settled, as bench/warmup.sh says; WARMUP_MAX (120) caps it
#   --import-items  new statuses the import case creates at each size (default 20000)
#   --build         build app/target/device-status.jar first (else only when it is missing)
#
# Rows are loaded by PostgreSQL itself (INSERT ... SELECT over generate_series: COPY's speed, no client), then
# VACUUM ANALYZE, as an operator would after a bulk load. Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER
# (postgres; trust auth, or PGPASSWORD): a database device_status_growth_PID is created there and dropped at the end.
# BENCH_JAVA_OPTS (-Xmx1g) for serve and import; THREADS (2), CONNECTIONS (32); BENCH_JAR, a jar to run instead of
# app/target/device-status.jar (e.g. a copy, so that a rebuild during a long run cannot change it).
#
# The table goes to standard output, progress to standard error. Exit 0, 1 when a case failed, 2 on a set-up error.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAR=${BENCH_JAR:-$ROOT/app/target/device-status.jar}

SIZES="10000 1000000" DURATION=10 WARMUP=auto IMPORT_ITEMS=20000 BUILD=false
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --duration) DURATION=${2%s}; shift 2 ;;
    --warmup) WARMUP=${2%s}; shift 2 ;;
    --import-items) IMPORT_ITEMS=$2; shift 2 ;;
    --build) BUILD=true; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "growth.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
THREADS=${THREADS:-2} CONNECTIONS=${CONNECTIONS:-32} BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx1g}
WARMUP_MAX=${WARMUP_MAX:-120}
# shellcheck source=warmup.sh
. "$HERE/warmup.sh"
valid_warmup "$WARMUP" || { echo "growth.sh: --warmup takes seconds or auto, not $WARMUP" >&2; exit 2; }
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=device_status_growth_$$
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
TENANT=00000000-0000-0000-0000-0000000000d5 # the development tenant, the token's default
unset "${!DEVICE_STATUS_@}" # serve and import take options from DEVICE_STATUS_* too: none may change what is measured

say() { printf '[growth.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

missing=()
for tool in java:openjdk-17-jdk-headless jstat:openjdk-17-jdk-headless curl:curl wrk:wrk psql:postgresql-client; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
[ ${#missing[@]} -eq 0 ] || die "missing tools; install them with: apt-get install -y ${missing[*]}"
prev=0
for size in $SIZES; do
  [[ $size =~ ^[0-9]+$ ]] && [ "$size" -gt "$prev" ] || die "--sizes must be ascending whole numbers: $SIZES"
  prev=$size
done
if $BUILD || [ ! -f "$JAR" ]; then
  say "building $JAR"
  (cd "$ROOT" && mvn -B -ntp -q package -DskipTests) || die "build failed"
fi

WORK=$(mktemp -d /tmp/device-status-growth.XXXXXX)
SERVE_PID=""
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  stop_serve
  if [ "${DB_CREATED:-}" = true ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || say "could not drop $DB"
  fi
  if [ "$code" = 0 ]; then rm -rf "$WORK"; else say "logs kept in $WORK"; fi
  exit "$code"
}
stop_serve() {
  [ -n "$SERVE_PID" ] || return 0
  kill -TERM "$SERVE_PID" 2>/dev/null || true
  for _ in $(seq 1 150); do kill -0 "$SERVE_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$SERVE_PID" 2>/dev/null || true
  wait "$SERVE_PID" 2>/dev/null || true
  SERVE_PID=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -At "$@"; }
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a word list
app() { DEVICE_STATUS_JDBC_PASSWORD=${PGPASSWORD:-} java $BENCH_JAVA_OPTS -jar "$JAR" "$@"; }

# --- loading -----------------------------------------------------------------------------------------------------
# Row g of the generated table: id md5('growth-g') as a GUID, device growth-device-g, one of 5 install statuses and
# 4 compliance statuses in turn, a report time spread over ~25 days by a hash of g (so time order is not id order).
NEXT_G=1 # rows 1..NEXT_G-1 are loaded (the imports' rows come on top, so the table holds more than NEXT_G-1)
load_to() { # size: insert rows until the table holds size, a million per statement, then VACUUM ANALYZE
  local size=$1 from to last started
  from=$NEXT_G
  last=$((NEXT_G - 1 + size - $(sql -c "SELECT count(*) FROM ios_update_status")))
  started=$(date +%s)
  while [ "$from" -le "$last" ]; do
    to=$((from + 999999 < last ? from + 999999 : last))
    sql -v tenant="$TENANT" -v from="$from" -v to="$to" <<'SQL'
INSERT INTO ios_update_status (tenant_id, id, install_status, os_version, device_id, user_id, device_display_name,
  user_name, device_model, platform, compliance_grace_period_expiration_ticks, compliance_grace_period_expiration_offset,
  status, last_reported_ticks, last_reported_offset, user_principal_name, version)
SELECT :'tenant', md5('growth-' || g)::uuid::text,
  (ARRAY['available', 'downloading', 'installing', 'success', 'installFailed'])[1 + g % 5], 'Os Version value',
  'growth-device-' || g, 'User Id value', 'Device ' || g, 'User Name value', 'Device Model value', 0,
  14832574049511110, 0, (ARRAY['compliant', 'nonCompliant', 'notApplicable', 'unknown'])[1 + g % 4],
  14832576177769392 + (hashtext('t' || g)::bigint & 2147483647) * 10000, 0, 'User Principal Name value', 1
FROM generate_series(:from::bigint, :to::bigint) AS g;
SQL
    say "loaded rows $from..$to"
    from=$((to + 1))
  done
  NEXT_G=$from
  sql -c "VACUUM ANALYZE ios_update_status"
  LOAD_SECONDS=$(($(date +%s) - started))
}

# --- serve and its cases -----------------------------------------------------------------------------------------
start_serve() { # java started here, not through app(): $! must be java's own pid for stop_serve to stop it
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a word list
  DEVICE_STATUS_JDBC_PASSWORD=${PGPASSWORD:-} java $BENCH_JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port 0 \
    --data-dir "$WORK/data" --jdbc-url "$JDBC_URL" --jdbc-user "$PGUSER" --no-migrate \
    >"$WORK/serve-$1.log" 2>&1 </dev/null &
  SERVE_PID=$!
  for _ in $(seq 1 600); do
    URL=$(sed -nE 's#.*serving (http://[0-9.]+:[0-9]+).*#\1#p' "$WORK/serve-$1.log" | head -1)
    [ -n "$URL" ] && { say "serve up at $URL (pid $SERVE_PID)"; return 0; }
    kill -0 "$SERVE_PID" 2>/dev/null || { tail -20 "$WORK/serve-$1.log" >&2; die "serve exited"; }
    sleep 0.2
  done
  die "serve did not start within 120 s"
}

declare -A RPS P99 ERRORS WARMED
wrk_case() { # key url
  local key=$1 url=$2 status result
  status=$(curl -s -o "$WORK/probe.out" -w '%{http_code}' "$url" -H "Authorization: Bearer $TOKEN")
  [ "$status" = 200 ] || { cat "$WORK/probe.out" >&2; say "$key: $url answered $status"; exit 1; }
  WARMED[$key]=$(warm_up "$SERVE_PID" "$url" get "$TOKEN" "growth-w" "$WARMUP" "$WARMUP_MAX")
  say "$key: warmed up for ${WARMED[$key]} s"
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$HERE/wrk.lua" "$url" -- get "$TOKEN" \
    | tee "$WORK/wrk-${key// /-}.out" | grep '^RESULT') || { say "wrk failed for $key"; exit 1; }
  read -r _ rps p99 non2xx socket <<<"$result"
  RPS[$key]=$rps P99[$key]=$p99 ERRORS[$key]="$non2xx / $socket"
  say "$key: $rps requests/s, p99 $p99 ms, non-2xx / socket errors: $non2xx / $socket"
}

# The cursor serve puts in the nextLink after a status, in report-time-descending order (Cursors.after): "r2d", the
# tenant's 32 hex digits, the report time's 16, then 4 per character of the id. Built for the status halfway down.
deep_cursor() { # size
  sql -v tenant="$TENANT" -v offset="$(($1 / 2))" <<'SQL'
SELECT 'r2d' || replace(:'tenant', '-', '') || lpad(to_hex(last_reported_ticks), 16, '0')
  || (SELECT string_agg(lpad(to_hex(ascii(c)), 4, '0'), '' ORDER BY n)
      FROM unnest(string_to_array(id, NULL)) WITH ORDINALITY AS u(c, n))
FROM ios_update_status WHERE tenant_id = :'tenant'
ORDER BY last_reported_ticks DESC, id DESC OFFSET :offset LIMIT 1;
SQL
}

import_case() { # key size: IMPORT_ITEMS new statuses as NDJSON through the import command
  local key=$1 file=$WORK/import-$2.ndjson line
  awk -v n="$IMPORT_ITEMS" -v size="$2" 'BEGIN { for (i = 1; i <= n; i++) printf "{\"@odata.type\":\"#microsoft.graph.iosUpdateDeviceStatus\",\"installStatus\":\"available\",\"osVersion\":\"Os Version value\",\"deviceId\":\"growth-import-%d-%d\",\"userId\":\"User Id value\",\"deviceDisplayName\":\"Device Display Name value\",\"userName\":\"User Name value\",\"deviceModel\":\"Device Model value\",\"complianceGracePeriodExpirationDateTime\":\"2016-12-31T23:56:44.951111-08:00\",\"status\":\"notApplicable\",\"lastReportedDateTime\":\"2017-01-01T00:00:17.7769392-08:00\",\"userPrincipalName\":\"User Principal Name value\"}\n", size, i }' >"$file"
  app import --tenant "$TENANT" --jdbc-url "$JDBC_URL" --jdbc-user "$PGUSER" --progress-seconds 60 "$file" \
    >"$WORK/$key.log" 2>&1 || { cat "$WORK/$key.log" >&2; say "import failed"; exit 1; }
  line=$(grep -E "^import: .* items/s" "$WORK/$key.log" | tail -1)
  [[ $line == *"$IMPORT_ITEMS created"* ]] || { echo "$line" >&2; say "import did not create $IMPORT_ITEMS"; exit 1; }
  RPS[$key]=$(sed -nE 's/.* ([0-9]+) items\/s$/\1/p' <<<"$line") P99[$key]="" ERRORS[$key]="0 rejected"
  say "$key: ${RPS[$key]} items/s"
}

# --- the run -----------------------------------------------------------------------------------------------------
say "work directory $WORK; sizes $SIZES; $THREADS threads, $CONNECTIONS connections, ${DURATION}s per case after warm-up ($WARMUP)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $DB" >/dev/null \
  || die "cannot create database $DB on $PGHOST:$PGPORT as $PGUSER"
DB_CREATED=true
app migrate --jdbc-url "$JDBC_URL" --jdbc-user "$PGUSER" >"$WORK/migrate.log" 2>&1 \
  || { cat "$WORK/migrate.log" >&2; die "migrate failed"; }
TOKEN=$(java -jar "$JAR" token --data-dir "$WORK/data" --scope DeviceManagementConfiguration.ReadWrite.All \
  --minutes 600 | tail -1)
declare -A LOADED
for size in $SIZES; do
  load_to "$size"
  LOADED[$size]="$(sql -c "SELECT count(*) FROM ios_update_status") rows, load ${LOAD_SECONDS}s"
  say "$size: ${LOADED[$size]}; $(sql -c "SELECT pg_size_pretty(pg_total_relation_size('ios_update_status'))") on disk"
  start_serve "$size"
  collection=$URL/v1.0/deviceManagement/iosUpdateStatuses
  order='$top=100&$orderby=lastReportedDateTime%20desc'
  wrk_case "$size get" "$collection/$(sql -c "SELECT md5('growth-' || $((NEXT_G / 2)))::uuid")"
  wrk_case "$size first" "$collection?$order"
  wrk_case "$size deep" "$collection?$order&\$skiptoken=$(deep_cursor "$size")"
  wrk_case "$size count" "$collection/\$count?\$filter=installStatus%20eq%20'installing'"
  stop_serve
  import_case "$size import" "$size"
done

# --- the table ---------------------------------------------------------------------------------------------------
first=${SIZES%% *}
echo
echo "| case | stored statuses | requests/s | p99 ms | non-2xx / socket errors | ÷ $first rows | warm-up s |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for op in get first deep count import; do
  case $op in
    get) what="GET by id" ;;
    first) what="list \$top=100 by lastReportedDateTime desc, first page" ;;
    deep) what="the same, a page halfway down (\$skiptoken)" ;;
    count) what="\$count with \$filter=installStatus eq 'installing'" ;;
    import) what="import of $IMPORT_ITEMS new statuses (items/s)" ;;
  esac
  for size in $SIZES; do
    ratio=$(awk -v a="${RPS[$size $op]}" -v b="${RPS[$first $op]}" 'BEGIN {printf "%.2f", a / b}')
    printf '| %s | %s | %.0f | %s | %s | %s | %s |\n' "$what" "$size" "${RPS[$size $op]}" "${P99[$size $op]}" \
      "${ERRORS[$size $op]}" "$ratio" "${WARMED[$size $op]:-}"
  done
done
echo
for size in $SIZES; do echo "- $size: ${LOADED[$size]}"; done
echo
echo "$(date -u +%Y-%m-%d) · $(nproc) cores · wrk -t$THREADS -c$CONNECTIONS · ${DURATION}s per case after warm-up ($WARMUP)"
