#!/usr/bin/env bash
# Isolation benchmark: does a heavy request starve light ones? For each hostile query of src/bench/isolation/, four
# clients loop on it (wrk, 4 connections) while a paced client times { __typename }; the light client is also timed
# alone. The goal: { __typename } keeps a p99 under 50 ms while the heavy clients run (their 429s are counted).
#
# Run from the repository root, as root if wrk must be installed:
#   bash src/bench/isolation.sh [APP_DIR[=LABEL] ...]       default: target/quarkus-app=after
# Give a build of an older commit as well to print before and after, e.g.
#   git worktree add /tmp/before main && (cd /tmp/before && ./mvnw -q package -DskipTests)
#   bash src/bench/isolation.sh /tmp/before/target/quarkus-app=before target/quarkus-app=after
# Each application gets a fresh embedded H2 database under target/bench/isolation/, with the historian datasets
# imported into it first when they are there (so that lists are as long as after a real import).
#
# The hostile queries are the .graphql files of src/bench/isolation/ and the bodies its hostile-bodies.sh writes
# (shapes too long to keep as files: duplicated arguments, thousands of directives, errors by the hundred, batched
# arrays, deeply nested variables, many operations in one document, the widest statistics).
#
# Settings (environment): ISOLATION_PORT=18320  ISOLATION_SECONDS=20 (per measured run)  ISOLATION_CLIENTS=4
#   ISOLATION_WARMUP=15  ISOLATION_HISTORIAN=../shared/data/historian (empty: no import)  ISOLATION_JAVA_OPTS=""
#   ISOLATION_ONLY="top-allowed bad-enum-errors" (names of the queries to run; default all)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
WORK=$ROOT/target/bench/isolation
PORT=${ISOLATION_PORT:-18320}
SECONDS_PER_RUN=${ISOLATION_SECONDS:-20}
CLIENTS=${ISOLATION_CLIENTS:-4}
WARMUP=${ISOLATION_WARMUP:-15}
HISTORIAN=${ISOLATION_HISTORIAN-$ROOT/../shared/data/historian}
read -r -a JAVA_OPTS <<< "${ISOLATION_JAVA_OPTS:-}"
URL=http://127.0.0.1:$PORT/graphql
SERVER_PID=""

command -v wrk > /dev/null || { apt-get install -y wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 1; }; }
command -v jq > /dev/null || { echo "needs jq" >&2; exit 1; }

stop_server() {
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill -TERM "$SERVER_PID"
        for _ in $(seq 1 300); do kill -0 "$SERVER_PID" 2> /dev/null || break; sleep 0.1; done
        kill -0 "$SERVER_PID" 2> /dev/null && kill -KILL "$SERVER_PID"
        wait "$SERVER_PID" 2> /dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT

# A request body per query file: the document without its comment lines.
body() {
    grep -v '^#' "$1" | jq -Rs '{query: .}' > "$2"
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$2"; }

mkdir -p "$WORK"
body "$SRC/floor.graphql" "$WORK/light.json"
wanted() { [[ -z ${ISOLATION_ONLY:-} || " $ISOLATION_ONLY " == *" $1 "* ]]; }
QUERIES=()
for file in "$SRC"/isolation/*.graphql; do
    name=$(basename "$file" .graphql)
    wanted "$name" || continue
    body "$file" "$WORK/$name.json"
    QUERIES+=("$name")
done
bash "$SRC/isolation/hostile-bodies.sh" "$WORK/hostile"
for file in "$WORK"/hostile/*.json; do
    name=$(basename "$file" .json)
    wanted "$name" || continue
    cp "$file" "$WORK/$name.json"
    QUERIES+=("$name")
done

APPS=("$@")
[[ ${#APPS[@]} -gt 0 ]] || APPS=("$ROOT/target/quarkus-app=after")

REPORT=$WORK/report.txt
: > "$REPORT"
for spec in "${APPS[@]}"; do
    app=${spec%%=*}
    label=${spec#*=}
    [[ $label != "$spec" ]] || label=$(basename "$(dirname "$(dirname "$app")")")
    [[ -f $app/quarkus-run.jar ]] || { echo "no $app/quarkus-run.jar: build it first" >&2; exit 1; }
    data=$WORK/$label-data
    rm -rf "$data" "$WORK/$label-import"
    mkdir -p "$WORK/$label-import"
    log=$WORK/$label.log
    props=(-Dbamboo.data-dir="$data" -Dbamboo.import.dir="$WORK/$label-import" -Dquarkus.http.port="$PORT")
    if [[ -n $HISTORIAN && -d $HISTORIAN ]]; then
        echo "[$label] importing $HISTORIAN"
        java "${props[@]}" -jar "$app/quarkus-run.jar" import "$HISTORIAN" > "$WORK/$label-import.log" 2>&1
    fi
    echo "[$label] starting on port $PORT"
    java "${JAVA_OPTS[@]}" "${props[@]}" -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1 && break
        sleep 1
    done
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "[$label] did not start, see $log" >&2; exit 1; }

    echo "[$label] warming up for ${WARMUP}s"
    wrk -t1 -c2 -d"${WARMUP}s" -s "$SRC/wrk-status.lua" "$URL" -- "$WORK/light.json" > /dev/null
    {
        echo "== $label ($app), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
        printf '%-20s %-44s %9s %9s %9s | %8s %6s %6s %6s\n' "heavy query" "one request alone: status, code, time, size" \
            "light p50" "light p99" "light max" "heavy ok" "429" "other" "errors"
    } | tee -a "$REPORT"
    light=$(wrk -t1 -c2 -d"${SECONDS_PER_RUN}s" --timeout 30s -s "$SRC/wrk-status.lua" "$URL" -- "$WORK/light.json" 10 \
        | grep RESULT)
    printf '%-20s %-44s %9s %9s %9s | %8s %6s %6s %6s\n' "(none)" "" "$(field p50_ms "$light")" \
        "$(field p99_ms "$light")" "$(field max_ms "$light")" - - - - | tee -a "$REPORT"
    for name in "${QUERIES[@]}"; do
        probe=$(curl -s -o "$WORK/$label-$name.out" -w '%{http_code} %{time_total} %{size_download}' --max-time 180 \
            -H 'Content-Type: application/json' --data-binary @"$WORK/$name.json" "$URL" || echo "000 - 0")
        code=$(jq -r 'if type == "object" then (.errors[0].extensions.code // "answer") else "answer" end' \
            "$WORK/$label-$name.out" 2> /dev/null || echo "-")
        read -r status time size <<< "$probe"
        alone=$(printf '%s %s %.2fs %sB' "$status" "$code" "$time" "$size")
        wrk -t1 -c"$CLIENTS" -d"$((SECONDS_PER_RUN + 4))s" --timeout 120s -s "$SRC/wrk-status.lua" "$URL" \
            -- "$WORK/$name.json" > "$WORK/$label-$name.heavy" &
        heavy_pid=$!
        sleep 2
        light=$(wrk -t1 -c2 -d"${SECONDS_PER_RUN}s" --timeout 120s -s "$SRC/wrk-status.lua" "$URL" \
            -- "$WORK/light.json" 10 | grep RESULT || echo "RESULT")
        wait "$heavy_pid" || true
        heavy=$(grep RESULT "$WORK/$label-$name.heavy" || echo "RESULT")
        printf '%-20s %-44s %9s %9s %9s | %8s %6s %6s %6s\n' "$name" "$alone" "$(field p50_ms "$light")" \
            "$(field p99_ms "$light")" "$(field max_ms "$light")" "$(field ok "$heavy")" "$(field limited "$heavy")" \
            "$(field other "$heavy")" "$(field socket_errors "$heavy")" | tee -a "$REPORT"
        # Let a server that is still working off the heavy load settle before the next query.
        for _ in $(seq 1 60); do
            curl -sf --max-time 1 "http://127.0.0.1:$PORT/q/health/live" > /dev/null 2>&1 && break
            sleep 1
        done
    done
    echo "   heap after: $(jcmd "$SERVER_PID" GC.heap_info 2> /dev/null | grep -m1 -o 'used [0-9]*K' || echo '-')" \
        | tee -a "$REPORT"
    stop_server
done
echo
echo "light: { __typename } from 2 connections, each pausing 10 ms between requests; heavy: $CLIENTS connections"
echo "looping for ${SECONDS_PER_RUN}+4 s on the query; times in ms. Report: $REPORT"
