#!/usr/bin/env bash
# Does running GraphQL on a worker thread from the start (quarkus.smallrye-graphql.nonblocking.enabled=false, what
# application.properties sets) cost the floor's throughput, against SmallRye's default of starting on the event loop?
# For each mode: one service on curated data only, warmed up, then REPS runs of wrk on { __typename } (and on the Trong
# traversal), printing requests/s, p50/p99 and the service's CPU per request (from /proc, user + system).
#
# Run from the repository root after ./mvnw package -DskipTests, as root if wrk must be installed:
#   bash src/bench/worker-threads.sh
# Settings (environment): WORKERS_PORT=18330  WORKERS_REPS=3  WORKERS_SECONDS=10  WORKERS_WARMUP=15
#   WORKERS_THREADS=2  WORKERS_CONNECTIONS=16  WORKERS_APP=target/quarkus-app
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
WORK=$ROOT/target/bench/worker-threads
PORT=${WORKERS_PORT:-18330}
REPS=${WORKERS_REPS:-3}
RUN=${WORKERS_SECONDS:-10}
WARMUP=${WORKERS_WARMUP:-15}
THREADS=${WORKERS_THREADS:-2}
CONNECTIONS=${WORKERS_CONNECTIONS:-16}
APP=${WORKERS_APP:-$ROOT/target/quarkus-app}
URL=http://127.0.0.1:$PORT/graphql
TICK=$(getconf CLK_TCK)
SERVER_PID=""

command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }; }
command -v jq > /dev/null || { echo "needs jq" >&2; exit 1; }
[[ -f $APP/quarkus-run.jar ]] || { echo "no $APP/quarkus-run.jar: build it first" >&2; exit 1; }

stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill -TERM "$SERVER_PID"
        wait "$SERVER_PID" 2> /dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT

mkdir -p "$WORK"
grep -v '^#' "$SRC/floor.graphql" | jq -Rs '{query: .}' > "$WORK/floor.json"
grep -v '^#' "$SRC/bamboo-traversal.graphql" | jq -Rs '{query: .}' > "$WORK/traversal.json"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }

echo "$(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg); wrk -t$THREADS -c$CONNECTIONS -d${RUN}s after ${WARMUP}s of warm-up"
printf '%-10s %-10s %4s %10s %9s %9s %12s %s\n' mode query run "req/s" "p50 ms" "p99 ms" "CPU ms/req" load
for mode in worker event-loop; do
    blocking=$([[ $mode == worker ]] && echo false || echo true)
    data=$WORK/$mode-data
    rm -rf "$data"
    java -Dbamboo.data-dir="$data" -Dquarkus.http.port="$PORT" -Dquarkus.smallrye-graphql.nonblocking.enabled="$blocking" \
        -jar "$APP/quarkus-run.jar" > "$WORK/$mode.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && break
        sleep 1
    done
    for query in floor traversal; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$SRC/wrk-post.lua" "$URL" -- "$WORK/$query.json" > /dev/null
        for run in $(seq 1 "$REPS"); do
            before=$(cpu_ticks)
            result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${RUN}s" -s "$SRC/wrk-post.lua" "$URL" -- "$WORK/$query.json" \
                | grep RESULT)
            after=$(cpu_ticks)
            requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<< "$result")
            printf '%-10s %-10s %4s %10s %9s %9s %12s %s\n' "$mode" "$query" "$run" \
                "$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<< "$result")" \
                "$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<< "$result")" \
                "$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<< "$result")" \
                "$(awk -v t=$((after - before)) -v n="$requests" -v hz="$TICK" 'BEGIN { printf "%.3f", n ? t * 1000 / hz / n : 0 }')" \
                "$(cut -d' ' -f1 /proc/loadavg)"
        done
    done
    stop_server
done
