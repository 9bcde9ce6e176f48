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
#
# Before and after: BENCH_BASELINE=<a quarkus-app folder built with -Dbamboo.db-kind=postgresql, say of main> runs
# that build beside this one (on BENCH_BASE_PORT, default BENCH_APP_PORT + 1), on the same database, and measures the
# two in alternate runs (each query on one, then on the other), so that a change of load on a shared machine falls on
# both alike. The report then has a row per build and query, and the ratio of this build to the baseline.
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

# statement_profile, the per-statement table of pg_stat_statements, comes with PostGraphile 5's part of run.sh.
source "$SRC/postgraphile5.sh"
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
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD 2>/dev/null || echo ' (with changes)')
say "load average before: $LOAD_BEFORE; commit $COMMIT"

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

# The servers measured: this build ("pg") and, when asked, the baseline ("base"), both warmed and counted first.
TARGETS=(pg)
declare -A PORT_OF=([pg]=$APP_PORT) PID_OF=()
LABEL[base]="Baseline, PostgreSQL"
BUILD_APP=$PG_APP
start_bamboo pg pg "${JAVA_OPTS[@]}"
PID_OF[pg]=$APP_PID
if [[ -n ${BENCH_BASELINE:-} ]]; then
    [[ -f $BENCH_BASELINE/quarkus-run.jar ]] || fail "BENCH_BASELINE=$BENCH_BASELINE holds no quarkus-run.jar"
    TARGETS+=(base)
    PORT_OF[base]=${BENCH_BASE_PORT:-$((APP_PORT + 1))}
    APP_PORT=${PORT_OF[base]} PG_APP=$(cd "$BENCH_BASELINE" && pwd)
    start_bamboo base pg "${JAVA_OPTS[@]}"
    PID_OF[base]=$APP_PID
    APP_PORT=${PORT_OF[pg]} PG_APP=$BUILD_APP
fi
: >"$LOGS/wrk.log"
MEASURE_DB=yes
for t in "${TARGETS[@]}"; do
    check_answers "$t" bamboo "${PORT_OF[$t]}"
    say "$t: warm-up (${WARMUP} s per query)"
    SERVER_PIDS=${PID_OF[$t]}
    for q in "${QUERIES[@]}"; do wrk_run "${PORT_OF[$t]}" "$(body bamboo "$q")" "$WARMUP" "$LOGS/wrk.log" >/dev/null; done
    APP_PORT=${PORT_OF[$t]} count_statements "$t" bamboo "${PORT_OF[$t]}" yes
done
[[ ${#TARGETS[@]} == 1 ]] || cmp -s "$RES/pg-visits100.json" "$RES/base-visits100.json" ||
    echo "WARNING: the two builds answer the 100-visit query differently (see $RES)" >&2
for ((r = 1; r <= REPS; r++)); do
    for q in "${QUERIES[@]}"; do
        for t in "${TARGETS[@]}"; do
            wait_quiet
            SERVER_PIDS=${PID_OF[$t]}
            line=$(wrk_run "${PORT_OF[$t]}" "$(body bamboo "$q")" "$DURATION" "$LOGS/wrk.log")
            printf '%s\t%s\t%s\t%s\n' "$t" "$q" "$r" "${line// /$'\t'}" >>"$RES/wrk.tsv"
            say "$t: $q run $r: $(echo "$line" | awk '{ printf "%s req/s, p50 %s ms, server %s + PostgreSQL %s ms CPU per request", $1, $2, $6, $7 }')"
        done
    done
done
declare -A RSS_OF=()
for t in "${TARGETS[@]}"; do
    RSS_OF[$t]=$(rss_kb "${PID_OF[$t]}")
    for q in traversal visits100; do APP_PORT=${PORT_OF[$t]} statement_profile "$t" bamboo "${PORT_OF[$t]}" "$q"; done
done
APP_PORT=${PORT_OF[pg]}
profile pg-floor "${PID_OF[pg]}" "$(body bamboo floor)" "Bamboo on PostgreSQL, floor"
profile pg-traversal "${PID_OF[pg]}" "$(body bamboo traversal)" "Bamboo on PostgreSQL, traversal"
profile pg-visits100 "${PID_OF[pg]}" "$(body bamboo visits100)" "Bamboo on PostgreSQL, 100-visit query"
for t in "${TARGETS[@]}"; do stop_pid "${PID_OF[$t]}"; done

{
    echo
    echo "Bamboo on PostgreSQL, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT" \
        "${BENCH_BASELINE:+beside the baseline $BENCH_BASELINE}"
    echo "wrk -t$THREADS -c$CONNECTIONS, $WARMUP s warm-up per query, $REPS x $DURATION s, medians;" \
        "load average before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    printf '%-9s %-10s %9s %8s %8s %13s %14s %11s %12s\n' build query req/s "p50 ms" "p99 ms" "server ms/req" \
        "PostgreSQL ms" statements "others' CPU"
    for q in "${QUERIES[@]}"; do
        for t in "${TARGETS[@]}"; do
            printf '%-9s %-10s %9.0f %8s %8s %13s %14s %11s %11s%%\n' "$t" "$q" "$(wrk_median "$t" "$q" 4)" \
                "$(wrk_median "$t" "$q" 5)" "$(wrk_median "$t" "$q" 6)" "$(wrk_median "$t" "$q" 9)" \
                "$(wrk_median "$t" "$q" 10)" "$(sql_of "$t" "$q" 4)" "$(wrk_median "$t" "$q" 11)"
        done
        if [[ ${#TARGETS[@]} == 2 ]]; then
            awk -v q="$q" -v a="$(wrk_median pg "$q" 4)" -v b="$(wrk_median base "$q" 4)" \
                -v ca="$(wrk_median pg "$q" 9)" -v cb="$(wrk_median base "$q" 9)" \
                -v da="$(wrk_median pg "$q" 10)" -v db="$(wrk_median base "$q" 10)" 'BEGIN {
                    printf "%-9s %-10s %8.2fx %31s %13.2fx of the baseline'"'"'s CPU (server + PostgreSQL)\n", "ratio", q,
                        a / b, "", (ca + da) / (cb + db) }'
        fi
    done
    for t in "${TARGETS[@]}"; do printf 'RSS after the load, %s: %d MiB\n' "$t" $((RSS_OF[$t] / 1024)); done
    echo "errors in all runs: $(awk -F'\t' '{ s += $7 } END { print s + 0 }' "$RES/wrk.tsv")"
    echo "'others' CPU' is the share of the machine's CPU used by neither the servers, PostgreSQL nor wrk; figures"
    echo "taken while others' work was high, or at a load average above the core count, are indicative."
    echo
    echo "The database's part, statement by statement (pg_stat_statements, reset before $SQL_SAMPLES sequential requests)"
    cat "$RES"/statements-*.txt
    [[ -f $RES/profiles.txt ]] && echo "JFR summaries: $RES/profiles.txt"
} | tee "$BENCH/report.txt"
