#!/usr/bin/env bash
# Memory against speed: the packaged service started under several JVM option sets, one after the other, each driven
# with wrk on the Trong traversal and the 100-visit page; printed side by side: request rate, the server's CPU per
# request, p99, and the resident memory (RSS) after the load and at its peak.
#
# Run from the repository root, after ./mvnw package (or set MEMORY_APP to a packaged application folder):
#   bash src/bench/memory.sh
# On PostgreSQL: MEMORY_DB_URL=jdbc:postgresql://127.0.0.1:5432/bamboo (MEMORY_DB_USER, MEMORY_DB_PASSWORD) with an
# application built with -Dbamboo.db-kind=postgresql; otherwise an embedded H2 database under target/bench/memory,
# into which MEMORY_HISTORIAN (default ../shared/data/historian; empty for none) is imported first, so that lists are
# as long as after a real import. Settings: MEMORY_PORT=18096, MEMORY_WARMUP=15 and MEMORY_DURATION=10 seconds per
# query, MEMORY_SETS (names of the sets below, default all). Only 127.0.0.1 is used; what it starts, it stops.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
WORK=$ROOT/target/bench/memory
APP=$(cd "${MEMORY_APP:-$ROOT/target/quarkus-app}" && pwd)
PORT=${MEMORY_PORT:-18096}
WARMUP=${MEMORY_WARMUP:-15}
DURATION=${MEMORY_DURATION:-10}
HISTORIAN=${MEMORY_HISTORIAN-$ROOT/../shared/data/historian}
DB_URL=${MEMORY_DB_URL:-}
PID=""

# The option sets. "readme" is README.md's run command (keep them equal); "image" the JVM image's JAVA_OPTS
# (src/main/docker/Dockerfile.jvm), which has its own archive. Every start runs from the application folder, where
# Quarkus' class-data archive finds the jars it names.
README_OPTS="-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -XX:+UseSerialGC -Xmx256m -Xss512k"
declare -A SETS=(
    [default]=""
    [heap512]="-Xmx512m"
    [g1-heap256]="-XX:+UseG1GC -Xmx256m -Xss512k"
    [serial-heap256]="-XX:+UseSerialGC -Xmx256m"
    [readme]="$README_OPTS"
    [readme-heap512]="${README_OPTS/-Xmx256m/-Xmx512m}"
)
ORDER=(default heap512 g1-heap256 serial-heap256 readme readme-heap512)
read -r -a CHOSEN <<<"${MEMORY_SETS:-${ORDER[*]}}"

say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
fail() { echo "FAILED: $*" >&2; exit 1; }
cleanup() { [[ -z $PID ]] || { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }; }
trap cleanup EXIT
trap 'exit 130' INT TERM

body() { sed '/^[[:space:]]*#/d' "$SRC/$1.graphql" | jq -Rsc '{query: .}' >"$WORK/$1.json"; echo "$WORK/$1.json"; }
answers() {
    [[ $(curl -s --max-time 2 -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' \
        "http://127.0.0.1:$PORT/graphql" 2>/dev/null) == *'"__typename":"Query"'* ]]
}
ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }

start() { # options...
    local deadline=$((SECONDS + 300))
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" && fail "port $PORT is taken (set MEMORY_PORT)"
    local db=()
    [[ -z $DB_URL ]] || db=(QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME="${MEMORY_DB_USER:-bamboo}"
        QUARKUS_DATASOURCE_PASSWORD="${MEMORY_DB_PASSWORD:-bamboo}")
    (cd "$APP" && exec env "${db[@]}" java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dbamboo.data-dir="$WORK/data" -jar quarkus-run.jar) >"$WORK/server.log" 2>&1 &
    PID=$!
    until answers; do
        kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/server.log"; fail "the service exited while starting"; }
        ((SECONDS < deadline)) || fail "no answer within 300 s"
        sleep 0.05
    done
}

# One wrk run: prints "rps p99_ms cpu_ms_per_request"; a measured run (third argument "strict") fails on an error
# answer or a socket error; a warm-up only warns, since a cold JVM on a busy machine may overrun the timeout.
load() { # body seconds [strict]
    local t0 t1 out strict=${3:-}
    t0=$(ticks)
    out=$(wrk -t2 -c16 -d"$2"s --timeout 10s --latency -s "$SRC/wrk-post.lua" "http://127.0.0.1:$PORT/graphql" -- "$1")
    t1=$(ticks)
    echo "$out" | awk -v strict="$strict" -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" '/^RESULT/ {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        if (v["http_errors"] + v["socket_errors"] > 0) { print "errors: " $0 > "/dev/stderr"; if (strict) exit 1 }
        printf "%.0f %.1f %.2f\n", v["rps"], v["p99_ms"], 1000 * t / hz / (v["requests"] > 0 ? v["requests"] : 1) }'
}

mkdir -p "$WORK"
command -v wrk >/dev/null || fail "wrk is missing (apt-get install wrk)"
TRAVERSAL=$(body bamboo-traversal)
VISITS=$(body bamboo-visits100)
if [[ -z $DB_URL && ! -d $WORK/data && -n $HISTORIAN && -d $HISTORIAN ]]; then
    say "importing $HISTORIAN into $WORK/data"
    java -XX:TieredStopAtLevel=1 -Dbamboo.data-dir="$WORK/data" -jar "$APP/quarkus-run.jar" import "$HISTORIAN" \
        >"$WORK/import.log" 2>&1 || { tail -n 20 "$WORK/import.log"; fail "import"; }
fi
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg); ${WARMUP} s warm-up and ${DURATION} s measured per query"
printf '%-16s %10s %9s %9s %10s %9s %9s %9s %9s  %s\n' set "trav r/s" "trav ms" "trav p99" "100v r/s" "100v ms" \
    "100v p99" "RSS MiB" "peak MiB" options
for name in "${CHOSEN[@]}"; do
    [[ -v SETS[$name] ]] || fail "no option set '$name' (have: ${ORDER[*]})"
    # shellcheck disable=SC2086
    start ${SETS[$name]}
    for b in "$TRAVERSAL" "$VISITS"; do load "$b" "$WARMUP" >/dev/null 2>&1 || true; done
    read -r trps tp99 tcpu < <(load "$TRAVERSAL" "$DURATION" strict) || fail "errors in the measured run (above)"
    read -r vrps vp99 vcpu < <(load "$VISITS" "$DURATION" strict) || fail "errors in the measured run (above)"
    printf '%-16s %10s %9s %9s %10s %9s %9s %9d %9d  %s\n' "$name" "$trps" "$tcpu" "$tp99" "$vrps" "$vcpu" "$vp99" \
        $(($(kib "$PID" VmRSS) / 1024)) $(($(kib "$PID" VmHWM) / 1024)) "${SETS[$name]:-(none)}"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
done
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
