# shellcheck shell=bash
# Sourced by http.sh and growth.sh: warm a server's JIT up under the load about to be measured.
#
# warm_up PID URL MODE TOKEN TAG WARMUP MAX: runs wrk (THREADS, CONNECTIONS; bench/wrk.lua MODE) against URL, unmeasured,
# and prints the seconds it took. WARMUP is seconds, 0, or "auto": 5-second slices until one in which the JIT of the
# server PID compiled fewer than 30 methods (jstat -compiler) and the rate moved less than 5 % from the slice before,
# after at least 3 slices and at most MAX seconds. On 2 cores the JIT competes with the load for a minute or more:
# after a fixed 5 s, serve on H2 answered 1,200 GET/s, and 12,000 after 50 s of the same load, while a bare Jetty
# warms in 10 s; the compile count alone can pause while the rate still climbs.
warm_up() {
  local pid=$1 url=$2 mode=$3 token=$4 tag=$5 warmup=$6 max=$7 slice=0 took=0 compiled before=-1 rate last=0
  if [ "$warmup" = 0 ]; then echo 0; return; fi
  if [ "$warmup" != auto ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${warmup}s" -s "$HERE/wrk.lua" "$url" -- "$mode" "$token" "$tag" >/dev/null
    echo "$warmup"; return
  fi
  while [ "$took" -lt "$max" ]; do
    slice=$((slice + 1)) took=$((took + 5))
    rate=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$HERE/wrk.lua" "$url" -- "$mode" "$token" "$tag-$slice" \
      | awk '/^RESULT/ {print int($2)}')
    compiled=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
    if [ "$slice" -ge 3 ] && [ $((compiled - before)) -lt 30 ] && [ $((rate * 20)) -ge $((last * 19)) ] \
      && [ $((rate * 20)) -le $((last * 21)) ]; then
      break
    fi
    before=$compiled last=${rate:-0}
  done
  echo "$took"
}

# WARMUP as the scripts take it: seconds or auto
valid_warmup() { [[ $1 =~ ^([0-9]+|auto)$ ]]; }
