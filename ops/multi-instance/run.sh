#!/usr/bin/env bash
# Three `serve` instances on one PostgreSQL database behind HAProxy, under a read-modify-write load, with one
# instance killed (or restarted) half-way; checks that no update is lost and that nothing failed outside the kill.
#
#   ops/multi-instance/run.sh [--mode kill|term|none] [--threads 8] [--reports 10000] [--devices 100]
#                             [--window 5] [--migrate once|concurrent]
#
#   --mode kill     SIGKILL instance 2 after half the reports; it stays down (default)
#   --mode term     SIGTERM instance 2 after half the reports (graceful stop), then start it again
#   --mode none     no event
#   --reports N     reports per thread (default 10000: 8 x 10000 = 80000 reports)
#   --window S      seconds after the event in which 5xx and transport errors are reported, not failed (default 5)
#   --migrate once  run `device-status migrate` once, then start the three with --no-migrate (default)
#   --migrate concurrent  start the three at once, each migrating the empty database at start
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres; trust auth, or PGPASSWORD), BASE_PORT (28180:
# the balancer on it, the instances on +1..+3, HAProxy's stats on +9), HEALTH_PATH (/health/ready), DRAIN_DELAY (3s: serve --drain-delay),
# SERVE_JAVA_OPTS (-Xmx256m), CLIENT_JAVA_OPTS (-Xmx512m).
#
# Exit status: 0 when every check passed, 1 when one failed, 2 on a usage or set-up error. Logs stay in the
# directory printed at the end.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR=$ROOT/app/target/device-status.jar

MODE=kill THREADS=8 REPORTS=10000 DEVICES=100 WINDOW=5 MIGRATE=once
while [ $# -gt 0 ]; do
  case "$1" in
    --mode) MODE=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --reports) REPORTS=$2; shift 2 ;;
    --devices) DEVICES=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --migrate) MIGRATE=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$MODE" in kill|term|none) ;; *) echo "run.sh: --mode must be kill, term or none" >&2; exit 2 ;; esac
case "$MIGRATE" in once|concurrent) ;; *) echo "run.sh: --migrate must be once or concurrent" >&2; exit 2 ;; esac

PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=device_status_multi
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
BASE_PORT=${BASE_PORT:-28180}
LB_PORT=$BASE_PORT
STATS_PORT=$((BASE_PORT + 9))
INSTANCES=(1 2 3)
# HAProxy's health check: readiness (the store answers, and the instance is not stopping).
HEALTH_PATH=${HEALTH_PATH:-/health/ready}
# On SIGTERM an instance answers 503 to readiness this long before it stops taking requests: more than HAProxy's
# check interval (1 s) times its fall count (2), so the balancer takes it out first.
DRAIN_DELAY=${DRAIN_DELAY:-3s}
SERVE_JAVA_OPTS=${SERVE_JAVA_OPTS:--Xmx256m}
CLIENT_JAVA_OPTS=${CLIENT_JAVA_OPTS:--Xmx512m}
TENANT=72f988bf-86f1-41af-91ab-2d7cd011db47
VICTIM=2

say() { printf '[run.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { say "$*"; exit 2; }

# --- prerequisites -----------------------------------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }
need() { # command, Debian package
  command -v "$1" >/dev/null && return 0
  say "installing $2 (for $1)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null \
    || { as_root apt-get update -q >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null; } \
    || die "cannot install $2; install it and run again"
}
need haproxy haproxy
need psql postgresql-client
need curl curl
command -v java >/dev/null || die "needs a JDK 17+ (java on the PATH)"
if [ ! -f "$JAR" ]; then
  command -v mvn >/dev/null || die "$JAR is missing and mvn is not installed"
  say "building $JAR"
  (cd "$ROOT" && mvn -B -ntp -q -pl app -am package -DskipTests) || die "build failed"
fi
for port in "$LB_PORT" "$STATS_PORT" $(for i in "${INSTANCES[@]}"; do echo $((BASE_PORT + i)); done); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is in use; choose another BASE_PORT"; fi
done

WORK=$(mktemp -d /tmp/device-status-multi.XXXXXX)
LOGS=$WORK
cleanup() {
  local code=$?
  trap - EXIT INT TERM
  for pidfile in "$WORK"/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pidfile in "$WORK"/*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
  say "logs: $LOGS (serve-N.log, haproxy.log, haproxy.cfg, client.log, result.md)"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database, key, token ----------------------------------------------------------------------------------------
say "work directory $WORK; database $DB on $PGHOST:$PGPORT"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" \
  || die "cannot create database $DB on $PGHOST:$PGPORT as $PGUSER"
JDBC_OPTS=(--jdbc-url "$JDBC_URL" --jdbc-user "$PGUSER")
[ -n "${PGPASSWORD:-}" ] && JDBC_OPTS+=(--jdbc-password "$PGPASSWORD")
# `token` makes the development key before any instance starts: three instances making it at once could race
TOKEN=$(java -jar "$JAR" token --data-dir "$WORK/data" --tenant "$TENANT" \
  --scope DeviceManagementConfiguration.ReadWrite.All --minutes 600 | tail -1)

if [ "$MIGRATE" = once ]; then
  say "migrating once: device-status migrate"
  java -jar "$JAR" migrate "${JDBC_OPTS[@]}" >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log" >&2; die "migrate failed"; }
  NO_MIGRATE=--no-migrate
else
  NO_MIGRATE=
fi

# start.sh N: starts instance N in the background, its pid in serve-N.pid (also used by the restart event)
cat >"$WORK/start.sh" <<EOF
#!/bin/sh
n=\$1
nohup java $SERVE_JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port \$(($BASE_PORT + n)) --data-dir "$WORK/data" \\
  --drain-delay $DRAIN_DELAY $(printf '%q ' "${JDBC_OPTS[@]}") $NO_MIGRATE >>"$WORK/serve-\$n.log" 2>&1 </dev/null &
echo \$! >"$WORK/serve-\$n.pid"
EOF
chmod +x "$WORK/start.sh"

wait_up() { # instance: until /health answers 200
  local n=$1 port=$((BASE_PORT + $1)) pid
  pid=$(cat "$WORK/serve-$n.pid")
  for _ in $(seq 1 900); do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$WORK/serve-$n.log" >&2; die "instance $n (pid $pid) exited"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ] && return 0
    sleep 0.2
  done
  die "instance $n did not answer on port $port within 180 s"
}

say "starting instances ${INSTANCES[*]} on ports $((BASE_PORT + 1))-$((BASE_PORT + ${#INSTANCES[@]})) (migrate: $MIGRATE)"
for n in "${INSTANCES[@]}"; do "$WORK/start.sh" "$n"; done
for n in "${INSTANCES[@]}"; do wait_up "$n"; say "instance $n up (pid $(cat "$WORK/serve-$n.pid"))"; done
if [ "$MIGRATE" = concurrent ]; then
  # each says what it found; exactly one should have applied the migrations
  grep -h "store postgresql" "$WORK"/serve-*.log | sed 's/^/  /' >&2 || true
  psql -X -d "$DB" -c 'SELECT installed_rank, version, description, success FROM device_status_schema_history ORDER BY 1' >&2
fi

# --- HAProxy -------------------------------------------------------------------------------------------------------
{
  cat <<EOF
global
    log stderr format iso local0 info
    maxconn 2000

defaults
    mode http
    log global
    option httplog
    # per request: round-robin over the servers that pass their health check
    balance roundrobin
    # a request whose server fails is sent again, to another server on every retry (redispatch 1). Retried on a
    # refused connection, a connection closed with no response, a response that never came, and a 503: serve
    # answers 503 to a request that arrives on an open connection once it is stopping (SIGTERM), before the
    # health check has seen it go. Safe here: a GET is idempotent, a PATCH carries If-Match (a replay of an
    # applied one is 412), a POST carries its id (a replay is 409). A POST without an id could be stored twice.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 503
    timeout connect 1s
    timeout client 30s
    timeout server 10s
    timeout http-request 10s
    timeout http-keep-alive 10s
    timeout queue 10s
    timeout check 2s

frontend api
    bind 127.0.0.1:$LB_PORT
    default_backend device_status

backend device_status
    option httpchk GET $HEALTH_PATH
    http-check expect status 200
    # checked every second; down after 2 failed checks, up again after 2 passed ones
    default-server check inter 1s fall 2 rise 2
EOF
  for n in "${INSTANCES[@]}"; do echo "    server s$n 127.0.0.1:$((BASE_PORT + n))"; done
  cat <<EOF

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
    stats refresh 2s
EOF
} >"$WORK/haproxy.cfg"
haproxy -c -q -f "$WORK/haproxy.cfg" || die "HAProxy refuses $WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 </dev/null &
echo $! >"$WORK/haproxy.pid"

stats() { curl -s "http://127.0.0.1:$STATS_PORT/stats;csv"; }
servers_up() {
  stats | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "device_status" && $2 ~ /^s[0-9]/ && $col["status"] ~ /^UP/' | wc -l
}
for _ in $(seq 1 100); do [ "$(servers_up)" = "${#INSTANCES[@]}" ] && break; sleep 0.2; done
[ "$(servers_up)" = "${#INSTANCES[@]}" ] || { stats >&2; die "HAProxy does not see ${#INSTANCES[@]} servers up"; }
say "HAProxy on 127.0.0.1:$LB_PORT (stats http://127.0.0.1:$STATS_PORT/stats), checks GET $HEALTH_PATH; ${#INSTANCES[@]} servers UP"

# --- the event -----------------------------------------------------------------------------------------------------
TOTAL=$((THREADS * REPORTS))
EVENT_ARGS=()
case "$MODE" in
  kill)
    cat >"$WORK/event.sh" <<EOF
#!/bin/sh
pid=\$(cat "$WORK/serve-$VICTIM.pid")
kill -KILL "\$pid" && echo "[event \$(date -u +%H:%M:%S.%3N)] SIGKILL instance $VICTIM (pid \$pid)" >&2
EOF
    EVENT_ARGS=(--event-at $((TOTAL / 2)) --event-command "$WORK/event.sh" --event-name "SIGKILL of instance $VICTIM")
    ;;
  term)
    cat >"$WORK/event.sh" <<EOF
#!/bin/sh
# graceful restart, in the background so the client carries on: SIGTERM, wait for the exit, start again
pid=\$(cat "$WORK/serve-$VICTIM.pid")
(
  kill -TERM "\$pid"; echo "[event \$(date -u +%H:%M:%S.%3N)] SIGTERM instance $VICTIM (pid \$pid)" >&2
  while kill -0 "\$pid" 2>/dev/null; do sleep 0.05; done
  echo "[event \$(date -u +%H:%M:%S.%3N)] instance $VICTIM exited; starting it again" >&2
  "$WORK/start.sh" $VICTIM
  until [ "\$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$((BASE_PORT + VICTIM))/health)" = 200 ]; do sleep 0.1; done
  echo "[event \$(date -u +%H:%M:%S.%3N)] instance $VICTIM serving again (pid \$(cat "$WORK/serve-$VICTIM.pid"))" >&2
) &
EOF
    EVENT_ARGS=(--event-at $((TOTAL / 2)) --event-command "$WORK/event.sh" --event-name "SIGTERM restart of instance $VICTIM")
    ;;
esac
[ -f "$WORK/event.sh" ] && chmod +x "$WORK/event.sh"

# --- load ----------------------------------------------------------------------------------------------------------
say "load client: $THREADS threads x $REPORTS reports on $DEVICES devices, mode $MODE"
{
  echo
  echo "Setup: ${#INSTANCES[@]} x \`serve\` ($SERVE_JAVA_OPTS) on one PostgreSQL database ($(psql -X -At -d "$DB" -c 'SHOW server_version' | cut -d' ' -f1)," \
    "migrate: $MIGRATE), one development key; $(haproxy -v | head -1 | cut -d' ' -f1-3) round-robin, health check GET" \
    "$HEALTH_PATH every 1 s (down after 2 failures), retries 3 with redispatch on conn-failure, empty-response," \
    "response-timeout, 503; mode $MODE; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
} | tee "$WORK/result.md"
set +e
# in the background, so that a signal to this script runs the cleanup at once rather than after the client
# shellcheck disable=SC2086
java $CLIENT_JAVA_OPTS -cp "$JAR" "$HERE/LoadClient.java" --base "http://127.0.0.1:$LB_PORT" --token "$TOKEN" \
  --threads "$THREADS" --reports "$REPORTS" --devices "$DEVICES" --window-seconds "$WINDOW" "${EVENT_ARGS[@]}" \
  > >(tee -a "$WORK/result.md") 2> >(tee "$WORK/client.log" >&2) &
echo $! >"$WORK/client.pid"
wait "$(cat "$WORK/client.pid")"
CLIENT=$?
rm -f "$WORK/client.pid"
set -e
sleep 0.5 # let tee finish

# --- what HAProxy saw ----------------------------------------------------------------------------------------------
RESULT=$CLIENT
if [ "$MODE" = term ]; then
  for _ in $(seq 1 300); do [ "$(servers_up)" = "${#INSTANCES[@]}" ] && break; sleep 0.2; done
fi
{
  echo
  echo "| HAProxy server | state | requests | 2xx | 4xx | 5xx | retries | redispatches | failed checks | down |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  stats | awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "device_status" { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s s |\n", $2, $col["status"],
      $col["stot"], $col["hrsp_2xx"], $col["hrsp_4xx"], $col["hrsp_5xx"], $col["wretr"], $col["wredis"],
      $col["chkfail"], $col["downtime"] }'
  echo
  # the retries field (actconn/feconn/beconn/srv_conn/retries) of each request: "+1" when sent again elsewhere
  retried=$(awk '$12 ~ /\/\+?[1-9][0-9]*$/' "$WORK/haproxy.log")
  count() { printf '%s' "$retried" | grep -c "$1" || true; }
  echo "Requests HAProxy retried (redispatched to another server): $(count .): $(count '"GET ') GET," \
    "$(count '"PATCH ') PATCH, $(count '"POST ') POST. Retried PATCHes answered 412 (another client wrote" \
    "first, or the PATCH was applied before the failure and its replay is refused; the client re-reads and" \
    "tells which by its token):"
  echo '```'
  printf '%s\n' "$retried" | awk '$7 == 412 && /"PATCH /' | grep . || echo "(none)"
  echo '```'
  echo
  echo "HAProxy's health-check events:"
  echo '```'
  grep -E "^[0-9-]+T.*(is (DOWN|UP)|has no server available)" "$WORK/haproxy.log" || echo "(none)"
  echo '```'
} | tee -a "$WORK/result.md"
down_logged() { grep -q "Server device_status/s$VICTIM is DOWN" "$WORK/haproxy.log"; }
case "$MODE" in
  kill) if down_logged; then say "check: HAProxy marked s$VICTIM down: PASS"; else say "check: HAProxy marked s$VICTIM down: FAIL"; RESULT=1; fi ;;
  term) if [ "$(servers_up)" = "${#INSTANCES[@]}" ]; then say "check: all ${#INSTANCES[@]} servers up again after the restart: PASS"
        else say "check: all ${#INSTANCES[@]} servers up again after the restart: FAIL"; RESULT=1; fi ;;
esac
errors=$(cat "$WORK"/serve-*.log | grep -c -E " ERROR " || true)
say "ERROR lines in the instances' logs: $errors"
[ "$errors" = 0 ] || grep -h -E " ERROR " "$WORK"/serve-*.log | head -5 >&2
[ "$RESULT" = 0 ] && say "all checks passed" || say "a check FAILED"
exit "$RESULT"
