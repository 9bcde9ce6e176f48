#!/usr/bin/env bash
# Speed of the counts and the CSV export with the curated graph and every shared historian file imported, on the
# embedded H2: the median latency of visitStats(groupBy: [YEAR, HOST_STATE]) and of the worked balance (one client,
# one request at a time, after a warm-up), and the time of the CSV of every visit (median of 5 downloads).
# Run from the repository root, after ./mvnw package -DskipTests:   bash src/bench/stats.sh
#   STATS_PORT=18412                 the port of the server it starts (and stops)
#   STATS_DATA=../shared/data/historian   the files to import
#   STATS_SECONDS=10                 seconds of each latency run
#   STATS_APP=target/quarkus-app     the built application
set -euo pipefail
PORT=${STATS_PORT:-18412}
DATA=$(cd "${STATS_DATA:-../shared/data/historian}" && pwd)
SECS=${STATS_SECONDS:-10}
APP=${STATS_APP:-target/quarkus-app}
WORK=$(mktemp -d /tmp/bamboo-stats-bench.XXXXXX)
BASE=http://127.0.0.1:$PORT
fail() { echo "stats benchmark: $*" >&2; exit 1; }
[[ -f $APP/quarkus-run.jar ]] || fail "no $APP/quarkus-run.jar: run ./mvnw package -DskipTests first"
SERVER=
cleanup() { if [[ -n $SERVER ]]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; fi; rm -rf "$WORK"; }
trap cleanup EXIT

java -XX:TieredStopAtLevel=1 -Dbamboo.data-dir="$WORK/data" -jar "$APP/quarkus-run.jar" import "$DATA" >"$WORK/import.log" 2>&1 \
    || { cat "$WORK/import.log" >&2; fail "the import failed"; }
java -Dbamboo.data-dir="$WORK/data" -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -jar "$APP/quarkus-run.jar" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 90); do curl -sf -o /dev/null "$BASE/q/health/ready" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/q/health/ready" || fail "the server did not get ready"

latency() {
    local name=$1
    local file=$2
    local body
    body="$WORK/$(basename "$file").json"
    jq -n --rawfile q "$file" '{query: $q}' >"$body"
    local answer
    answer=$(curl -s "$BASE/graphql" -H 'Content-Type: application/json' --data-binary @"$body")
    [[ $(jq '.errors == null' <<<"$answer") == true ]] || fail "$name answered errors: $answer"
    wrk -t1 -c1 -d"${SECS}s" -s "$(dirname "$0")/wrk-post.lua" "$BASE/graphql" -- "$body" >/dev/null   # warm-up
    wrk -t1 -c1 -d"${SECS}s" --latency -s "$(dirname "$0")/wrk-post.lua" "$BASE/graphql" -- "$body" | awk -v name="$name" '
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
        END { printf "%-34s median %8s  p99 %8s  (%s req/s, one client)\n", name, p50, p99, rps }'
}

echo "records: $(curl -s "$BASE/graphql" -H 'Content-Type: application/json' \
    -d '{"query":"{ visitStats(groupBy: []) { count } }"}' | jq '.data.visitStats[0].count') visits"
# The floor of this stack on this machine at this moment: what any answer costs, for reading the figures below.
latency "{ __typename } (floor)" "$(dirname "$0")/floor.graphql"
latency "visitStats(groupBy: [YEAR, HOST_STATE])" "$(dirname "$0")/stats-visits.graphql"
latency "balance (worked example)" "$(dirname "$0")/stats-balance.graphql"
for _ in 1 2 3; do curl -s -o /dev/null "$BASE/export/visits.csv"; done   # warm-up
times=()
for _ in 1 2 3 4 5; do
    times+=("$(curl -s -o "$WORK/visits.csv" -w '%{time_total}' "$BASE/export/visits.csv")")
done
LINES=$(wc -l <"$WORK/visits.csv")
BYTES=$(wc -c <"$WORK/visits.csv")
printf '%s\n' "${times[@]}" | sort -n | awk -v rows="$((LINES - 1))" -v bytes="$BYTES" \
    'NR == 3 { printf "%-34s median %8.3f s  (%d rows, %d bytes)\n", "GET /export/visits.csv", $1, rows, bytes }'
