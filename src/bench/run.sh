#!/usr/bin/env bash
# Performance benchmark of Bamboo Graph: our GraphQL service on embedded H2 and on PostgreSQL, measured against the
# framework's own floor ({ __typename }) and against PostGraphile serving the same PostgreSQL database.
#
# Run as root from the repository root:   bash src/bench/run.sh
# It installs what it needs (wrk, PostgreSQL, jq, curl from Debian's packages; PostGraphile from npm into
# target/bench/postgraphile), builds both flavours, starts a private PostgreSQL cluster, imports the historian
# datasets, drives each server with wrk and prints plain-text tables. Everything it starts is stopped on exit.
# It takes 25-35 minutes on 2 cores. It is a benchmark, not a test: CI does not run it. See src/bench/README.md.
#
# Settings (environment):
#   BENCH_DURATION=15  seconds per measured wrk run      BENCH_REPS=3     runs per query (medians are printed)
#   BENCH_WARMUP=30    seconds of warm-up per query       BENCH_SKIP_BUILD=1  reuse the builds in target/
#   BENCH_HISTORIAN_DIR=../shared/data/historian          BENCH_PROFILE=0  skip the JFR profiles
#   BENCH_PG_PORT=55433  BENCH_APP_PORT=18090  BENCH_PGL_PORT=15090  BENCH_POSTGRAPHILE_WORKERS=2
#   BENCH_QUIET_MAX=15 BENCH_QUIET_WAIT=30: before each measured run, wait up to 30 s for the machine to be at most
#   15% busy with other work (on a shared machine; the table says how busy it was during each measurement)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/src/bench
BENCH=$ROOT/target/bench
LOGS=$BENCH/logs
RES=$BENCH/results
BODIES=$BENCH/bodies
HISTORIAN=$(cd "${BENCH_HISTORIAN_DIR:-$ROOT/../shared/data/historian}" 2>/dev/null && pwd || true)
DURATION=${BENCH_DURATION:-15}
REPS=${BENCH_REPS:-3}
WARMUP=${BENCH_WARMUP:-30}
CONNECTIONS=16
THREADS=2
SQL_SAMPLES=20
PG_PORT=${BENCH_PG_PORT:-55433}
APP_PORT=${BENCH_APP_PORT:-18090}
PGL_PORT=${BENCH_PGL_PORT:-15090}
PGL_WORKERS=${BENCH_POSTGRAPHILE_WORKERS:-2}
PGL_VERSION=4.14.1
QUIET_MAX=${BENCH_QUIET_MAX:-15}
QUIET_WAIT=${BENCH_QUIET_WAIT:-30}
H2_APP=$ROOT/target/quarkus-app   # the H2 flavour stays where it was built, with its AppCDS archive
PG_APP=$BENCH/app-pg
H2_DATA=$BENCH/h2-data
CDS_TRAINED=$BENCH/app-h2-trained.jsa
# The JVM of README.md's run command (keep them equal): the package step's trained archive, named relative to the
# application folder the H2 flavour starts from, the serial collector (no concurrent GC threads, the smallest
# footprint), a 256 MiB heap and smaller thread stacks. C2 stays on, at the JVM's thresholds: C1-only
# (-XX:TieredStopAtLevel=1) starts faster but serves far fewer requests per second, and a C2 ten times later cost the
# warm H2 traversal about a quarter of its rate (src/bench/README.md).
TUNED_OPTS=(-XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -XX:+UseSerialGC -Xmx256m -Xss512k)
DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo
PG_ENV=(QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME=bamboo QUARKUS_DATASOURCE_PASSWORD=bamboo)
QUERIES=(floor traversal visits100)
# Measured on H2 with the default JVM only, in the same rounds: what this stack costs at the least (see the report).
BOUNDS=(bound-fields bound-lookup bound-wide)
TABLES=(state leader leader_alias office visit agreement agreement_party statement statement_speaker statement_about
    event event_state source citation import_record)

PIDS=()
SERVER_PIDS=""
# PostGraphile 5 beside 4.14: its setup, measurement and report lines.
source "$SRC/postgraphile5.sh"
MEASURE_DB=no
PG_DIR=""
PG_BIN=""
T0=$SECONDS

say() { printf '[%3d:%02d] %s\n' $(((SECONDS - T0) / 60)) $(((SECONDS - T0) % 60)) "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

# The parts, each a few functions (they use the settings above).
for part in processes setup postgres imports service load report; do
    # shellcheck source=/dev/null
    source "$SRC/lib/$part.sh"
done

# ---- main ----------------------------------------------------------------------------------------------------------

cd "$ROOT"
[[ $(id -u) == 0 ]] || fail "run as root: it installs packages and runs PostgreSQL as the postgres user"
[[ -n $HISTORIAN && -d $HISTORIAN ]] || fail "no historian data: set BENCH_HISTORIAN_DIR (default ../shared/data/historian)"
mkdir -p "$LOGS" "$RES"
rm -f "$RES"/*.tsv "$RES"/*.json "$RES/profiles.txt" "$RES/not-quiet"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
say "load average before: $LOAD_BEFORE"

install_tools
build
make_bodies
start_postgres
run_imports

# Startup: the default and tuned configurations start REPS times, the last start of each carries on into the load.
make_trained_archive
declare -A CFG_OPTS=([default]="" [quarkus-cds]="-XX:SharedArchiveFile=$H2_APP/app-cds.jsa"
    [trained-cds]="-XX:SharedArchiveFile=$CDS_TRAINED" [tuned]="${TUNED_OPTS[*]}")
say "startup: $REPS starts of each JVM configuration"
for ((r = 1; r <= REPS; r++)); do
    for cfg in default quarkus-cds trained-cds tuned; do
        [[ $r == "$REPS" && ($cfg == default || $cfg == tuned) ]] && continue
        # shellcheck disable=SC2086
        start_bamboo "start-$cfg-$r" h2 ${CFG_OPTS[$cfg]}
        record_start "$cfg"
        say "  $cfg: first answer after $STARTUP_MS ms"
        stop_pid "$APP_PID"
    done
done

say "Bamboo on H2, default JVM"
start_bamboo "h2" h2
record_start default
SERVER_PIDS=$APP_PID
measure h2 bamboo "$APP_PORT" no "Bamboo H2"
RSS_AFTER_h2=$(rss_kb "$APP_PID")
profile h2-traversal "$APP_PID" "$(body bamboo traversal)" "Bamboo on H2, traversal"
profile h2-visits100 "$APP_PID" "$(body bamboo visits100)" "Bamboo on H2, 100-visit query"
stop_pid "$APP_PID"

say "Bamboo on H2, tuned JVM"
start_bamboo "h2-tuned" h2 "${TUNED_OPTS[@]}"
record_start tuned
SERVER_PIDS=$APP_PID
measure h2-tuned bamboo "$APP_PORT" no "Bamboo H2 tuned"
RSS_AFTER_h2_tuned=$(rss_kb "$APP_PID")
stop_pid "$APP_PID"

say "Bamboo on PostgreSQL"
start_bamboo "pg" pg
SERVER_PIDS=$APP_PID
measure pg bamboo "$APP_PORT" yes "Bamboo PostgreSQL"
RSS_AFTER_pg=$(rss_kb "$APP_PID")
statement_profile pg bamboo "$APP_PORT" visits100
profile pg-traversal "$APP_PID" "$(body bamboo traversal)" "Bamboo on PostgreSQL, traversal"
profile pg-visits100 "$APP_PID" "$(body bamboo visits100)" "Bamboo on PostgreSQL, 100-visit query"
stop_pid "$APP_PID"

say "PostGraphile $PGL_VERSION on the same PostgreSQL"
# Citations name their subject by type and id, with no foreign key PostGraphile could follow: a computed column
# (an SQL function PostgreSQL inlines) gives the Visit type its 'sources', as a PostGraphile user would add it.
psql_admin -d bamboo -c "create or replace function public.visit_sources(v public.visit) returns setof public.citation
    language sql stable as \$\$ select c.* from public.citation c where c.subject_type = 'VISIT' and c.subject_id = v.id
    order by c.position \$\$"
port_free "$PGL_PORT" || fail "something already answers on 127.0.0.1:$PGL_PORT (set BENCH_PGL_PORT)"
NODE_ENV=production "$BENCH/postgraphile/node_modules/.bin/postgraphile" \
    -c "postgres://bamboo:bamboo@127.0.0.1:$PG_PORT/bamboo" --schema public --host 127.0.0.1 --port "$PGL_PORT" \
    --disable-graphiql --disable-query-log --cluster-workers "$PGL_WORKERS" >"$LOGS/postgraphile.log" 2>&1 &
PGL_PID=$!
PIDS+=("$PGL_PID")
deadline=$((SECONDS + 120))
until answers "$PGL_PORT"; do
    kill -0 "$PGL_PID" 2>/dev/null || { cat "$LOGS/postgraphile.log"; fail "PostGraphile exited while starting"; }
    ((SECONDS < deadline)) || fail "PostGraphile did not answer within 120 s"
    sleep 0.1
done
SERVER_PIDS="$PGL_PID $(pgrep -P "$PGL_PID" | tr '\n' ' ')"
measure postgraphile postgraphile "$PGL_PORT" yes "PostGraphile"
RSS_AFTER_postgraphile=$(tree_rss_kb "$PGL_PID")
statement_profile postgraphile postgraphile "$PGL_PORT" visits100
stop_pid "$PGL_PID"

say "PostGraphile $PGL5_VERSION on the same PostgreSQL"
pg5_measure

report | tee "$BENCH/report.txt"
