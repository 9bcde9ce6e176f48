#!/usr/bin/env bash
# Per-request cost of our service on PostgreSQL alone: the floor, the traversal and the 100 visits under wrk, with
# request rate, latency, statements per request and CPU per request of the server and of PostgreSQL. The part of
# run.sh that a change to the engine moves, in a few minutes instead of half an hour (no H2, no startup rounds, no
# PostGraphile), to compare a branch before and after a change on the same machine. See src/bench/README.md.
#
# Run as root from the repository root:   bash src/bench/engine.sh
# Settings: those of run.sh (BENCH_DURATION, BENCH_REPS, BENCH_WARMUP, BENCH_SKIP_BUILD, BENCH_HISTORIAN_DIR,
# BENCH_PG_PORT, BENCH_APP_PORT, BENCH_PROFILE=1 for a JFR summary of each query), and BENCH_JAVA_OPTS, JVM options
# of the server. BENCH_SKIP_BUILD=1 reuses target/bench-engine/app-pg.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
BENCH=$ROOT/target/bench-engine
LOGS=$BENCH/logs
RES=$BENCH/results
BODIES=$BENCH/bodies
HISTORIAN=$(cd "${BENCH_HISTORIAN_DIR:-$ROOT/../shared/data/historian}" 2>/dev/null && pwd || true)
DURATION=${BENCH_DURATION:-10}
REPS=${BENCH_REPS:-3}
WARMUP=${BENCH_WARMUP:-15}
CONNECTIONS=16
THREADS=2
SQL_SAMPLES=20
PG_PORT=${BENCH_PG_PORT:-55433}
APP_PORT=${BENCH_APP_PORT:-18090}
QUIET_MAX=${BENCH_QUIET_MAX:-15}
QUIET_WAIT=${BENCH_QUIET_WAIT:-30}
PG_APP=$BENCH/app-pg
H2_APP=$ROOT/target/quarkus-app
DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo
PG_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=bamboo QUARKUS_DATASOURCE_PASSWORD=bamboo)
QUERIES=(floor traversal visits100)
BOUNDS=()
TABLES=(state leader visit agreement citation)
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

PIDS=()
SERVER_PIDS=""
MEASURE_DB=no
PG_DIR=""
PG_BIN=""
T0=$SECONDS

say() { printf '[%3d:%02d] %s\n' $(((SECONDS - T0) / 60)) $(((SECONDS - T0) % 60)) "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

for part in processes postgres imports service load report; do
    # shellcheck source=/dev/null
    source "$SRC/lib/$part.sh"
done
# make_bodies and body() of setup.sh, without its tool installation and builds.
eval "$(sed -n '/^make_bodies()/,/^}/p; /^body()/,/^}/p' "$SRC/lib/setup.sh")"

cd "$ROOT"
[[ $(id -u) == 0 ]] || fail "run as root: it runs PostgreSQL as the postgres user"
[[ -n $HISTORIAN && -d $HISTORIAN ]] || fail "no historian data: set BENCH_HISTORIAN_DIR (default ../shared/data/historian)"
command -v wrk >/dev/null && command -v jq >/dev/null || fail "wrk and jq must be installed (run.sh installs them)"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
mkdir -p "$LOGS" "$RES"
rm -f "$RES"/*.tsv "$RES"/*.json "$RES/profiles.txt" "$RES/not-quiet"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before: $LOAD_BEFORE; commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

if [[ ${BENCH_SKIP_BUILD:-0} == 1 && -f $PG_APP/quarkus-run.jar ]]; then
    say "BENCH_SKIP_BUILD=1: reusing $PG_APP"
else
    say "building the PostgreSQL flavour (./mvnw package -Dbamboo.db-kind=postgresql)"
    ./mvnw -B -ntp -q -DskipTests package -Dbamboo.db-kind=postgresql >"$LOGS/build-pg.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-pg.log"; fail "PostgreSQL build"; }
    rm -rf "$PG_APP"
    cp -a target/quarkus-app "$PG_APP"
fi
make_bodies
start_postgres
fresh_database
say "importing $HISTORIAN into PostgreSQL"
env "${PG_ENV[@]}" java -Dbamboo.data-dir="$BENCH/pg-app-data" -jar "$PG_APP/quarkus-run.jar" import "$HISTORIAN" \
    >"$LOGS/import.log" 2>&1 || { tail -n 30 "$LOGS/import.log"; fail "PostgreSQL import"; }

start_bamboo pg pg "${JAVA_OPTS[@]}"
SERVER_PIDS=$APP_PID
measure pg bamboo "$APP_PORT" yes "Bamboo PostgreSQL"
RSS_AFTER=$(rss_kb "$APP_PID")
profile pg-traversal "$APP_PID" "$(body bamboo traversal)" "Bamboo on PostgreSQL, traversal"
profile pg-visits100 "$APP_PID" "$(body bamboo visits100)" "Bamboo on PostgreSQL, 100-visit query"
stop_pid "$APP_PID"

{
    echo
    echo "Bamboo on PostgreSQL, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "wrk -t$THREADS -c$CONNECTIONS, $WARMUP s warm-up per query, $REPS x $DURATION s, medians;" \
        "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-10s %9s %8s %8s %12s %13s %15s %11s\n' query req/s "p50 ms" "p99 ms" "server ms/req" \
        "PostgreSQL ms" "statements/req" "others' CPU"
    for q in "${QUERIES[@]}"; do
        printf '%-10s %9.0f %8s %8s %12s %13s %15s %10s%%\n' "$q" "$(wrk_median pg "$q" 4)" "$(wrk_median pg "$q" 5)" \
            "$(wrk_median pg "$q" 6)" "$(wrk_median pg "$q" 9)" "$(wrk_median pg "$q" 10)" "$(sql_of pg "$q" 4)" \
            "$(wrk_median pg "$q" 11)"
    done
    echo "RSS after the load: $((RSS_AFTER / 1024)) MiB; errors in all runs: $(awk -F'\t' '{ s += $7 } END { print s + 0 }' "$RES/wrk.tsv")"
    echo "'others' CPU' is the share of the machine's CPU used by neither the server, PostgreSQL nor wrk; figures"
    echo "taken while others' work was high, or at a load average above the core count, are indicative."
    [[ -f $RES/profiles.txt ]] && echo "JFR summaries: $RES/profiles.txt"
} | tee "$BENCH/report.txt"
