#!/usr/bin/env bash
# The pure hot code under JMH, as one Markdown table: the codec reading and writing one iOS update status, the
# domain's create and advance, $filter reading, next to Jackson alone on the same bytes and UUID.randomUUID(),
# measured in the same run. See bench/README.md.
#
#   bench/jmh.sh [--no-build] [JMH options...]
#
#   --no-build  run bench/jmh/target/benchmarks.jar as it is (else it is rebuilt first, so that it measures the
#               code in this work tree: mvn -Pjmh -pl bench/jmh -am package, about a minute)
#   JMH options go to the jar, e.g. a regex of benchmarks and shorter runs: bench/jmh.sh filter -f 1 -i 3
#               (defaults: 2 forks, 10 warm-up and 5 measured iterations of 1 s each: about 5 minutes;
#               java -jar bench/jmh/target/benchmarks.jar -h lists them)
#
# The table goes to standard output, JMH's progress to standard error. Exit 0, 1 when JMH failed, 2 on a set-up error.
set -euo pipefail
command -v jq >/dev/null || { echo "jmh.sh: needs jq: apt-get install -y jq" >&2; exit 2; }

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAR=$HERE/jmh/target/benchmarks.jar

say() { printf '[jmh.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
case "${1:-}" in
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
  --no-build) shift; [ -f "$JAR" ] || { say "$JAR is missing; run without --no-build"; exit 2; } ;;
  *)
    say "building $JAR"
    (cd "$ROOT" && mvn -B -ntp -q -Pjmh -pl bench/jmh -am package -DskipTests) >&2 || { say "build failed"; exit 2; } ;;
esac

JSON=$(mktemp /tmp/device-status-jmh.XXXXXX)
trap 'rm -f "$JSON"' EXIT
java -jar "$JAR" -prof gc -rf json -rff "$JSON" "$@" >&2 || { say "JMH failed"; exit 1; }

# per benchmark: name, median, fastest and slowest measured iteration (ns/op), bytes allocated per operation
jq -r '.[] | [(.benchmark | sub(".*\\."; "")), .primaryMetric.scorePercentiles["50.0"],
  .primaryMetric.scorePercentiles["0.0"], .primaryMetric.scorePercentiles["100.0"],
  (.secondaryMetrics["gc.alloc.rate.norm"].score // "")] | @tsv' "$JSON" | awk -F'\t' '
  BEGIN {
    split("codecRead jacksonReadTree codecWrite jacksonWriteTree domainCreate domainAdvance filterSimple" \
      " filterCompound uuidRandom guidPerThread tokenFullCheck tokenRemembered", order, " ")
    label["codecRead"] = "codec read: one status, bytes to draft"
    label["jacksonReadTree"] = "reference: Jackson readTree of the same bytes"
    label["codecWrite"] = "codec write: one status to bytes"
    label["jacksonWriteTree"] = "reference: Jackson writes the same tree"
    label["domainCreate"] = "domain: IosUpdateDeviceStatus.create"
    label["domainAdvance"] = "domain: advance by a newer report"
    label["filterSimple"] = "$filter: installStatus eq ..."
    label["filterCompound"] = "$filter: in, ne, eq, and, ( )"
    label["uuidRandom"] = "reference: UUID.randomUUID()"
    label["guidPerThread"] = "ids: IdGeneratorPort.randomUuids(), a DRBG per thread"
    label["tokenFullCheck"] = "token: HS256 checked in full (first sight)"
    label["tokenRemembered"] = "token: the same token again (remembered)"
  }
  { median[$1] = $2; low[$1] = $3; high[$1] = $4; bytes[$1] = $5; if (!($1 in label)) order[length(order) + 1] = $1 }
  END {
    print ""
    print "| benchmark | ns/op (median) | fastest–slowest iteration | B/op | ÷ Jackson readTree |"
    print "|---|---:|---:|---:|---:|"
    for (i = 1; i in order; i++) {
      name = order[i]
      if (!(name in median)) continue
      ratio = ("jacksonReadTree" in median) ? sprintf("%.2f", median[name] / median["jacksonReadTree"]) : ""
      printf "| %s | %.0f | %.0f–%.0f | %s | %s |\n", (name in label) ? label[name] : name, median[name], low[name],
        high[name], bytes[name] == "" ? "" : sprintf("%.0f", bytes[name]), ratio
    }
  }'
echo
echo "$(date -u +%Y-%m-%d) · $(nproc) cores · $(java -version 2>&1 | head -1) · JMH options: ${*:-(the defaults)}"
