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
# A small-container JVM: serial GC (no concurrent GC threads, smallest footprint), a capped heap, smaller thread
# stacks, no perf-data file, and the class-data archive of a training run. C2 stays on: C1-only
# (-XX:TieredStopAtLevel=1) starts faster but serves far fewer requests per second.
TUNED_OPTS=(-XX:SharedArchiveFile="$CDS_TRAINED" -XX:+UseG1GC -Xmx512m -Xss512k -XX:-UsePerfData)
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

# ---- processes ---------------------------------------------------------------------------------------------------

# Stops one process we started (and the children it forked, such as PostGraphile's cluster workers), by id.
stop_pid() {
    local pid=$1 limit=${2:-60} child
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    local children
    children=$(pgrep -P "$pid" || true)
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < limit * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    for child in $children; do kill -TERM "$child" 2>/dev/null || true; done
    wait "$pid" 2>/dev/null || true
    local keep=()
    for child in "${PIDS[@]}"; do [[ $child == "$pid" ]] || keep+=("$child"); done
    PIDS=("${keep[@]}")
}

cleanup() {
    local rc=$? pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid" 20; done
    if [[ -n $PG_DIR && -d $PG_DIR ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    ((rc == 0)) || echo "benchmark stopped with exit code $rc; logs in $LOGS" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- setup -------------------------------------------------------------------------------------------------------

install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v jq >/dev/null || missing+=(jq)
    command -v curl >/dev/null || missing+=(curl)
    [[ -x /usr/bin/time ]] || missing+=(time)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    if ((${#missing[@]})); then
        say "installing from Debian's packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$LOGS/apt.log"
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    command -v jcmd >/dev/null && command -v jfr >/dev/null || fail "jcmd and jfr (JDK 17) must be on the PATH"
    local have
    have=$(jq -r .version "$BENCH/postgraphile/node_modules/postgraphile/package.json" 2>/dev/null || true)
    if [[ $have != "$PGL_VERSION" ]]; then
        say "installing postgraphile@$PGL_VERSION from npm into target/bench/postgraphile"
        npm install --prefix "$BENCH/postgraphile" --no-audit --no-fund --loglevel=error "postgraphile@$PGL_VERSION" \
            >"$LOGS/npm.log" 2>&1 || { cat "$LOGS/npm.log"; fail "npm install postgraphile@$PGL_VERSION"; }
    fi
    local versions
    versions="$(wrk -v 2>&1 | awk 'NR == 1 { print $1, $2 }'), PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')"
    versions+=", PostGraphile $PGL_VERSION, node $(node --version), java $(java -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }')"
    say "tools: $versions"
    pg5_install
}

build() {
    if [[ ${BENCH_SKIP_BUILD:-0} == 1 && -f $PG_APP/quarkus-run.jar && -f $H2_APP/app-cds.jsa ]]; then
        say "BENCH_SKIP_BUILD=1: reusing target/bench/app-pg and target/quarkus-app"
        return
    fi
    # PostgreSQL flavour first, copied away; then the H2 flavour, with Quarkus' build-time AppCDS archive, which
    # stays in target/quarkus-app.
    say "building the PostgreSQL flavour (./mvnw package -Dbamboo.db-kind=postgresql)"
    ./mvnw -B -ntp -q -DskipTests package -Dbamboo.db-kind=postgresql >"$LOGS/build-pg.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-pg.log"; fail "PostgreSQL build"; }
    rm -rf "$PG_APP"
    cp -a target/quarkus-app "$PG_APP"
    say "building the H2 flavour with -Dquarkus.package.jar.appcds.enabled=true"
    ./mvnw -B -ntp -q -DskipTests package -Dquarkus.package.jar.appcds.enabled=true >"$LOGS/build-h2.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-h2.log"; fail "H2 build"; }
    [[ -f $H2_APP/app-cds.jsa ]] || fail "the H2 build made no target/quarkus-app/app-cds.jsa"
}

# Request bodies: the .graphql files (comment lines dropped) as {"query": ...}.
make_bodies() {
    local f
    mkdir -p "$BODIES"
    for f in floor bamboo-traversal bamboo-visits100 postgraphile-traversal postgraphile-visits100 \
        postgraphile5-traversal postgraphile5-visits100 "${BOUNDS[@]}"; do
        sed '/^[[:space:]]*#/d' "$SRC/$f.graphql" | jq -Rsc '{query: .}' >"$BODIES/$f.json"
    done
}

body() { # target-kind query
    case $2 in
        floor | bound-*) echo "$BODIES/$2.json" ;;
        *) echo "$BODIES/$1-$2.json" ;;
    esac
}

# ---- PostgreSQL --------------------------------------------------------------------------------------------------

psql_admin() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -At "$@"; }

start_postgres() {
    PG_DIR=$(mktemp -d /tmp/bamboo-bench-pg.XXXXXX)
    chown postgres: "$PG_DIR"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$LOGS/initdb.log" 2>&1 || { cat "$LOGS/initdb.log"; fail "initdb"; }
    # Stock settings but for the address, the port and pg_stat_statements, which counts the statements of every
    # client alike (ours and PostGraphile's).
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o \
        "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements" \
        start >/dev/null || { cat "$PG_DIR/server.log"; fail "PostgreSQL did not start on 127.0.0.1:$PG_PORT"; }
    psql_admin -c "create role bamboo login password 'bamboo'"
    say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# A fresh, empty database 'bamboo'; pg_stat_statements lives in its own schema, out of PostGraphile's sight.
fresh_database() {
    psql_admin -c "drop database if exists bamboo with (force)" -c "create database bamboo owner bamboo"
    psql_admin -d bamboo -c "create schema monitor" -c "create extension pg_stat_statements schema monitor"
}

db_statements() {
    psql_admin -d bamboo -c "select coalesce(sum(s.calls), 0) from monitor.pg_stat_statements s
        join pg_database d on d.oid = s.dbid where d.datname = 'bamboo' and s.query not like '%pg_stat_statements%'"
}

rows_sql() {
    local t sql=""
    for t in "${TABLES[@]}"; do sql+="${sql:+ + }(select count(*) from $t)"; done
    echo "select $sql"
}

pg_rows() { psql_admin -d bamboo -c "$(rows_sql)"; }

h2_rows() { # data dir
    local jar
    jar=$(ls "$H2_APP"/lib/main/com.h2database.h2-*.jar)
    java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$1/bamboo" -user bamboo -password "" -sql "$(rows_sql)" |
        awk 'NR == 2 { print $1 }'
}

# ---- import --------------------------------------------------------------------------------------------------------

# One import run: prints "records import_s records_per_s rows wall_s". $1 = h2|pg, $2 = data dir (h2), $3 = baseline rows,
# $4 = run number, $5 = rows per JDBC batch (1 = row by row, the untuned baseline; the service's default is 500).
import_once() {
    local kind=$1 dir=$2 baseline=$3 batch=$5 log=$LOGS/import-$1-$5-$4.log start end line rows
    start=$(date +%s%N)
    if [[ $kind == h2 ]]; then
        java -Dbamboo.data-dir="$dir" -Dbamboo.import.batch-size="$batch" -jar "$H2_APP/quarkus-run.jar" \
            import "$HISTORIAN" >"$log" 2>&1 || { tail -n 30 "$log"; fail "H2 import"; }
    else
        env "${PG_ENV[@]}" java -Dbamboo.data-dir="$BENCH/pg-app-data" -Dbamboo.import.batch-size="$batch" \
            -jar "$PG_APP/quarkus-run.jar" import "$HISTORIAN" >"$log" 2>&1 || { tail -n 30 "$log"; fail "PostgreSQL import"; }
    fi
    end=$(date +%s%N)
    line=$(awk '/^[0-9]+ files, [0-9]+ records read/ { print; exit }' "$log")
    [[ -n $line ]] || fail "no summary line in $log"
    if [[ $kind == h2 ]]; then rows=$(h2_rows "$dir"); else rows=$(pg_rows); fi
    echo "$line" | awk -v rows=$((rows - baseline)) -v wall=$(((end - start) / 1000000)) '{
        match($0, /[0-9]+ records read/); records = substr($0, RSTART, RLENGTH) + 0
        match($0, /[0-9.]+ s \([0-9]+ records\/s\)/); split(substr($0, RSTART, RLENGTH), p, " ")
        printf "%d %.2f %.0f %d %.2f\n", records, p[1], records / p[1], rows, wall / 1000 }'
}

# The schema and curated rows only: an import of an empty folder migrates the database and writes nothing.
baseline_rows() {
    local kind=$1 dir=$2 empty=$BENCH/empty
    mkdir -p "$empty"
    if [[ $kind == h2 ]]; then
        java -Dbamboo.data-dir="$dir" -jar "$H2_APP/quarkus-run.jar" import "$empty" >"$LOGS/migrate-h2.log" 2>&1 || true
        h2_rows "$dir"
    else
        env "${PG_ENV[@]}" java -Dbamboo.data-dir="$BENCH/pg-app-data" -jar "$PG_APP/quarkus-run.jar" import "$empty" \
            >"$LOGS/migrate-pg.log" 2>&1 || true
        pg_rows
    fi
}

# Row by row first, then batched: the last batched import is the data the load runs read.
IMPORT_BATCHES=(1 500)

run_imports() {
    local i dir baseline files batch
    files=$(find "$HISTORIAN" -name '*.xml' | wc -l)
    say "importing $files files of $HISTORIAN, $REPS times per JDBC batch size (${IMPORT_BATCHES[*]}) into a fresh H2 and a fresh PostgreSQL database"
    : >"$RES/import.tsv"
    rm -rf "$BENCH"/h2-import-* && mkdir -p "$BENCH/h2-import-0"
    baseline=$(baseline_rows h2 "$BENCH/h2-import-0")
    for batch in "${IMPORT_BATCHES[@]}"; do
        for ((i = 1; i <= REPS; i++)); do
            dir=$BENCH/h2-import-$batch-$i
            mkdir -p "$dir"
            echo "H2:$batch $(import_once h2 "$dir" "$baseline" "$i" "$batch")" >>"$RES/import.tsv"
        done
    done
    rm -rf "$H2_DATA" && mv "$BENCH/h2-import-$batch-$REPS" "$H2_DATA"
    rm -rf "$BENCH"/h2-import-*
    fresh_database
    baseline=$(baseline_rows pg "")
    for batch in "${IMPORT_BATCHES[@]}"; do
        for ((i = 1; i <= REPS; i++)); do
            fresh_database
            echo "PostgreSQL:$batch $(import_once pg "" "$baseline" "$i" "$batch")" >>"$RES/import.tsv"
        done
    done
    echo "$files" >"$RES/import-files"
}

# ---- our service ---------------------------------------------------------------------------------------------------

answers() { # port: the floor query answers
    local out
    out=$(curl -s --max-time 5 -H 'Content-Type: application/json' --data-binary "@$BODIES/floor.json" \
        "http://127.0.0.1:$1/graphql" 2>/dev/null || true)
    [[ $out == *'"__typename":"Query"'* ]]
}

port_free() { ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" 2>/dev/null; }

# Starts our service and waits for its first answered GraphQL request. Sets APP_PID, STARTUP_MS, START_CPU_MS,
# START_RSS_KB. $1 = log name, $2 = h2|pg, then JVM options.
start_bamboo() {
    local name=$1 kind=$2 log=$LOGS/$1.log t0 deadline
    shift 2
    port_free "$APP_PORT" || fail "something already answers on 127.0.0.1:$APP_PORT (set BENCH_APP_PORT)"
    t0=$(date +%s%N)
    if [[ $kind == h2 ]]; then
        # From inside the application folder: Quarkus' AppCDS archive names the jars relative to it.
        (cd "$H2_APP" && exec java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
            -Dbamboo.data-dir="$H2_DATA" -jar quarkus-run.jar) >"$log" 2>&1 &
    else
        env "${PG_ENV[@]}" java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
            -Dbamboo.data-dir="$BENCH/pg-app-data" -jar "$PG_APP/quarkus-run.jar" >"$log" 2>&1 &
    fi
    APP_PID=$!
    PIDS+=("$APP_PID")
    deadline=$((SECONDS + 300))
    until answers "$APP_PORT"; do
        kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$log"; fail "$name exited while starting"; }
        ((SECONDS < deadline)) || fail "$name did not answer within 300 s"
        sleep 0.02
    done
    STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
    START_CPU_MS=$(awk '{ print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"' }' "/proc/$APP_PID/stat")
    START_RSS_KB=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
    if grep -q 'Unable to use shared archive\|An error has occurred while processing the shared archive' "$log"; then
        echo "WARNING: $name could not use its class-data archive (see $log)" >&2
        CDS_FAILED+=("$name")
    fi
}

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }

hibernate_statements() {
    curl -s --max-time 10 "http://127.0.0.1:$APP_PORT/q/metrics" |
        awk '/^hibernate_statements_total\{/ && /status="prepared"/ { v = $NF } END { printf "%d\n", v }'
}

# Training run: serve each query a few times with -XX:ArchiveClassesAtExit; the archive is written at exit.
make_trained_archive() {
    say "AppCDS training run (-XX:ArchiveClassesAtExit) on the H2 flavour"
    rm -f "$CDS_TRAINED"
    start_bamboo cds-training h2 -XX:ArchiveClassesAtExit="$CDS_TRAINED"
    local q i
    for q in "${QUERIES[@]}"; do
        for ((i = 0; i < 20; i++)); do
            curl -s -o /dev/null --max-time 30 -H 'Content-Type: application/json' \
                --data-binary "@$(body bamboo "$q")" "http://127.0.0.1:$APP_PORT/graphql"
        done
    done
    stop_pid "$APP_PID" 300
    [[ -s $CDS_TRAINED ]] || fail "the training run wrote no archive (see $LOGS/cds-training.log)"
}

# ---- load ----------------------------------------------------------------------------------------------------------

# CPU time (clock ticks) used so far by the given processes, and by PostgreSQL's server processes when asked.
proc_ticks() {
    local pid total=0 t
    for pid in "$@"; do
        t=$(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + t))
    done
    echo "$total"
}
# PostgreSQL: the postmaster with the backends it has reaped (cutime, cstime), plus the backends still running, so
# that a connection closed during the run still counts.
pg_ticks() {
    local master live
    master=$(head -n 1 "$PG_DIR/data/postmaster.pid")
    # shellcheck disable=SC2046
    live=$(proc_ticks $(pgrep -P "$master" || true))
    echo $(($(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$master/stat") + live))
}

# The whole machine's CPU: "busy total" in clock ticks, summed over all cores.
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# Waits (at most QUIET_WAIT s) until other work keeps the machine at most QUIET_MAX% busy over 2 s, our servers
# being idle then. Others' builds on a shared machine are what makes a run noisy.
wait_quiet() {
    local deadline=$((SECONDS + QUIET_WAIT)) b0 t0 b1 t1
    while :; do
        read -r b0 t0 < <(machine_ticks)
        sleep 2
        read -r b1 t1 < <(machine_ticks)
        ((100 * (b1 - b0) <= QUIET_MAX * (t1 - t0))) && return 0
        if ((SECONDS >= deadline)); then
            echo "$((100 * (b1 - b0) / (t1 - t0)))" >>"$RES/not-quiet"
            return 0
        fi
    done
}

# One wrk run; prints "rps p50_ms p99_ms errors requests server_cpu_ms_per_request db_cpu_ms_per_request others%":
# the CPU columns from the ticks of SERVER_PIDS (and of PostgreSQL when MEASURE_DB=yes) around the run, others% the
# share of the machine's CPU that neither the server, PostgreSQL nor wrk used during the run.
wrk_run() { # port body seconds log
    local out s0 s1 d0=0 d1=0 m0 m1 mt0 mt1
    # shellcheck disable=SC2086
    s0=$(proc_ticks $SERVER_PIDS)
    if [[ $MEASURE_DB == yes ]]; then d0=$(pg_ticks); fi
    read -r m0 mt0 < <(machine_ticks)
    out=$(/usr/bin/time -f 'WRKCPU %U %S' wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3"s --timeout 10s --latency -s "$SRC/wrk-post.lua" \
        "http://127.0.0.1:$1/graphql" -- "$2" 2>&1) || { echo "$out" >&2; fail "wrk"; }
    # shellcheck disable=SC2086
    s1=$(proc_ticks $SERVER_PIDS)
    if [[ $MEASURE_DB == yes ]]; then d1=$(pg_ticks); fi
    read -r m1 mt1 < <(machine_ticks)
    echo "$out" >>"$4"
    echo "$out" | awk -v s=$((s1 - s0)) -v d=$((d1 - d0)) -v db="$MEASURE_DB" -v hz="$(getconf CLK_TCK)" \
        -v busy=$((m1 - m0)) -v total=$((mt1 - mt0)) '
        /^WRKCPU/ { w = ($2 + $3) * hz }
        /^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
        END {
            n = v["requests"] > 0 ? v["requests"] : 1
            others = total > 0 ? 100 * (busy - s - d - w) / total : 0
            printf "%s %s %s %d %d %.2f %s %.0f\n", v["rps"], v["p50_ms"], v["p99_ms"], v["socket_errors"] + v["http_errors"],
                v["requests"], 1000 * s / hz / n, db == "yes" ? sprintf("%.2f", 1000 * d / hz / n) : "-", others < 0 ? 0 : others }'
}

# Fetches a query's answer once and keeps it in the shape normalize.jq gives both servers.
check_answers() { # target kind port
    local q raw
    local try
    for q in traversal visits100; do
        raw=$RES/$1-$q.raw.json
        # A cold JVM on a busy machine may overrun the query deadline on its first requests: up to 5 tries.
        for ((try = 1; try <= 5; try++)); do
            curl -s --max-time 60 -H 'Content-Type: application/json' --data-binary "@$(body "$2" "$q")" \
                "http://127.0.0.1:$3/graphql" >"$raw"
            grep -q '"code":"TIMEOUT"' "$raw" || break
        done
        jq -S --arg q "$q" --arg side "$2" -f "$SRC/normalize.jq" "$raw" >"$RES/$1-$q.json" ||
            fail "$1 answered $q with: $(head -c 400 "$raw")"
    done
    [[ $1 == h2 ]] || return 0
    for q in "${BOUNDS[@]}"; do
        raw=$RES/$1-$q.raw.json
        curl -s --max-time 60 -H 'Content-Type: application/json' --data-binary "@$(body "$2" "$q")" \
            "http://127.0.0.1:$3/graphql" >"$raw"
        jq -e '.errors == null and .data != null' "$raw" >/dev/null || fail "$1 answered $q with: $(head -c 400 "$raw")"
    done
}

# Waits until the server has finished what a wrk run left queued (no statement counted for 1 s).
counters() { # kind db(yes|no)
    if [[ $1 == bamboo ]]; then hibernate_statements; fi
    if [[ $2 == yes ]]; then db_statements; fi
}
settle() { # kind db(yes|no)
    local a b i
    for ((i = 0; i < 30; i++)); do
        a=$(counters "$1" "$2")
        sleep 1
        b=$(counters "$1" "$2")
        if [[ $a == "$b" ]]; then return 0; fi
    done
}

# Statements per request: N sequential requests of one query, with nothing else running, counter read around them.
count_statements() { # target kind port db(yes|no)
    local q i before after dbefore dafter
    settle "$2" "$4"
    for q in "${QUERIES[@]}"; do
        before=0 after=0 dbefore=0 dafter=0
        [[ $2 == bamboo ]] && before=$(hibernate_statements)
        [[ $4 == yes ]] && dbefore=$(db_statements)
        for ((i = 0; i < SQL_SAMPLES; i++)); do
            curl -s -o /dev/null --max-time 30 -H 'Content-Type: application/json' \
                --data-binary "@$(body "$2" "$q")" "http://127.0.0.1:$3/graphql"
        done
        [[ $2 == bamboo ]] && after=$(hibernate_statements)
        [[ $4 == yes ]] && dafter=$(db_statements)
        printf '%s\t%s\t%s\t%s\n' "$1" "$q" \
            "$([[ $2 == bamboo ]] && awk -v d=$((after - before)) -v n=$SQL_SAMPLES 'BEGIN { printf "%.1f", d / n }' || echo -)" \
            "$([[ $4 == yes ]] && awk -v d=$((dafter - dbefore)) -v n=$SQL_SAMPLES 'BEGIN { printf "%.1f", d / n }' || echo -)" \
            >>"$RES/sql.tsv"
    done
}

# Warm-up, statement counts, then REPS rounds of the three queries (interleaved, so that a burst of load from
# elsewhere on the machine hits all three alike).
measure() { # target kind port db(yes|no) label; SERVER_PIDS = the server's processes
    local target=$1 kind=$2 port=$3 q r line load0 queries=("${QUERIES[@]}")
    [[ $target != h2 ]] || queries+=("${BOUNDS[@]}")
    MEASURE_DB=$4
    local log=$LOGS/wrk-$target.log
    : >"$log"
    check_answers "$target" "$kind" "$port"
    say "$5: warm-up (${WARMUP} s per query)"
    for q in "${queries[@]}"; do wrk_run "$port" "$(body "$kind" "$q")" "$WARMUP" "$log" >/dev/null; done
    count_statements "$target" "$kind" "$port" "$4"
    load0=$(loadavg)
    for ((r = 1; r <= REPS; r++)); do
        for q in "${queries[@]}"; do
            wait_quiet
            line=$(wrk_run "$port" "$(body "$kind" "$q")" "$DURATION" "$log")
            printf '%s\t%s\t%s\t%s\n' "$target" "$q" "$r" "${line// /$'\t'}" >>"$RES/wrk.tsv"
            say "$5: $q run $r: $(echo "$line" | awk '{ printf "%s req/s, p50 %s ms, p99 %s ms", $1, $2, $3 }')"
        done
    done
    printf '%s\t%s\t%s\n' "$target" "$load0" "$(loadavg)" >>"$RES/load.tsv"
}

# A JFR profile of one query under the same load; prints where the CPU samples of Java threads fall.
profile() { # target pid body label
    [[ ${BENCH_PROFILE:-1} == 1 ]] || return 0
    local jfr=$BENCH/profile-$1.jfr
    say "profiling $4 (JFR, 20 s of load)"
    jcmd "$2" JFR.start name=bench settings=profile filename="$jfr" >/dev/null
    MEASURE_DB=no wrk_run "$APP_PORT" "$3" 20 "$LOGS/wrk-profile-$1.log" >/dev/null
    jcmd "$2" JFR.stop name=bench >/dev/null
    {
        echo "$4"
        jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" |
            TOP_INCLUSIVE='^(org\.bamboograph\.|io\.smallrye\.graphql\.execution\.(context|datafetcher)\.)' \
                awk -f "$SRC/jfr-summary.awk"
        echo
    } >>"$RES/profiles.txt"
}

# ---- report --------------------------------------------------------------------------------------------------------

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Median of column $3 (4=rps 5=p50 6=p99 7=errors 8=requests 9=server CPU ms/req 10=PostgreSQL CPU ms/req
# 11=others' share of the machine's CPU, %) of
# wrk.tsv for target $1 and query $2 ('-' where there is no figure).
wrk_median() { awk -F'\t' -v t="$1" -v q="$2" -v c="$3" '$1 == t && $2 == q && $c != "-" { print $c }' "$RES/wrk.tsv" | median; }
wrk_sum() { awk -F'\t' -v t="$1" -v q="$2" -v c="$3" '$1 == t && $2 == q { s += $c } END { print s + 0 }' "$RES/wrk.tsv"; }
sql_of() { awk -F'\t' -v t="$1" -v q="$2" -v c="$3" '$1 == t && $2 == q { print $c }' "$RES/sql.tsv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f%%", 100 * a / b; else print "-" }'; }
speed_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }
verdict() { [[ $1 == 1 ]] && echo "met" || echo "MISSED"; }

TARGETS=(h2 h2-tuned pg postgraphile postgraphile5)
declare -A LABEL=([h2]="Bamboo, H2, default JVM" [h2-tuned]="Bamboo, H2, tuned JVM" [pg]="Bamboo, PostgreSQL"
    [postgraphile]="PostGraphile 4, PostgreSQL" [postgraphile5]="PostGraphile 5, PostgreSQL")
declare -A STARTS=()
CDS_FAILED=()

# What the stack costs at the least, measured beside the floor: if even these bounds miss a target, no work on our
# resolvers or SQL can meet it on this stack.
bounds() {
    grep -q "^h2	bound-" "$RES/wrk.tsv" 2>/dev/null || return 0
    local floor fields lookup wide least
    floor=$(wrk_median h2 floor 4)
    fields=$(wrk_median h2 bound-fields 4)
    lookup=$(wrk_median h2 bound-lookup 4)
    wide=$(wrk_median h2 bound-wide 4)
    # A traversal that cost one lookup plus the engine's work on 17 more fields (no more statements, no batching):
    # per-request times add, the floor's own work counted once.
    least=$(awk -v f="$floor" -v a="$fields" -v b="$lookup" 'BEGIN { printf "%.0f", 1 / (1 / a + 1 / b - 1 / f) }')
    echo
    echo "Stack bounds (Bamboo, H2, default JVM; medians of $REPS runs, same rounds as the floor)"
    printf '  %-62s %8.0f req/s  %6s of floor  p99 %6.2f ms\n' \
        "bound-fields: 17 fields from graphql-java's in-memory schema" "$fields" "$(ratio "$fields" "$floor")" \
        "$(wrk_median h2 bound-fields 6)" \
        "bound-lookup: leader(name:) { name }, one statement" "$lookup" "$(ratio "$lookup" "$floor")" \
        "$(wrk_median h2 bound-lookup 6)" \
        "bound-wide: ~1,400 fields from the in-memory schema" "$wide" "$(ratio "$wide" "$floor")" \
        "$(wrk_median h2 bound-wide 6)"
    printf '  a traversal costing no more than the lookup and 17 fields: at most %s req/s, %s of floor (target 50%%)\n' \
        "$least" "$(ratio "$least" "$floor")"
    printf '  the 100-visit answer from memory, no database at all: %s of floor (target 10%%)\n' "$(ratio "$wide" "$floor")"
}

report() {
    local t q rps floor
    echo
    echo "==================================================================================================="
    echo "Bamboo Graph benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/^Mem/ { print $2 }') GiB"
    echo "load average before: $LOAD_BEFORE    after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "wrk: $CONNECTIONS connections, $THREADS threads, 127.0.0.1, ${DURATION} s per run, $REPS runs per query (medians),"
    echo "     after ${WARMUP} s of warm-up per query; servers measured one at a time; wrk shares the 2 cores with them"
    echo "==================================================================================================="

    echo
    echo "Import of every file of $HISTORIAN ($(cat "$RES/import-files") files), $REPS runs into a fresh database, medians"
    printf '%-11s %-13s %8s %10s %10s %13s %8s %14s\n' database "JDBC batch" records "import s" records/s \
        "rows written" rows/s "command wall s"
    local t batch
    for t in H2 PostgreSQL; do
        for batch in "${IMPORT_BATCHES[@]}"; do
            awk -v t="$t:$batch" '$1 == t' "$RES/import.tsv" >"$RES/import-$t-$batch.tsv"
            local c=() k
            for k in 2 3 4 5 6; do c+=("$(awk -v k=$k '{ print $k }' "$RES/import-$t-$batch.tsv" | median)"); done
            printf '%-11s %-13s %8s %10s %10s %13s %8s %14s\n' "$t" "$( ((batch == 1)) && echo "row by row" ||
                echo "$batch rows")" "${c[0]}" "${c[1]}" "${c[2]}" "${c[3]}" \
                "$(awk -v r="${c[3]}" -v s="${c[1]}" 'BEGIN { printf "%.0f", r / s }')" "${c[4]}"
        done
    done
    echo "  import s and records/s as the importer reports them (its own timer); rows written = rows in all graph tables"
    echo "  after the import minus before it; wall = the whole command, JVM start and Flyway included;"
    echo "  row by row = -Dbamboo.import.batch-size=1 (one statement per row), the baseline for the batched default"

    echo
    echo "Startup to the first answered GraphQL request, and memory, H2 flavour ($REPS starts each, medians)"
    printf '%-44s %9s %13s %12s %14s %16s\n' "JVM options" "start ms" "min-max ms" "CPU s used" "RSS start MiB" "RSS after load"
    local cfg
    for cfg in default quarkus-cds trained-cds tuned; do
        local ms cpu rss after=""
        ms=$(printf '%s\n' ${STARTS[$cfg-ms]} | median)
        cpu=$(printf '%s\n' ${STARTS[$cfg-cpu]} | median)
        rss=$(printf '%s\n' ${STARTS[$cfg-rss]} | median)
        [[ $cfg == default ]] && after="$((RSS_AFTER_h2 / 1024)) MiB"
        [[ $cfg == tuned ]] && after="$((RSS_AFTER_h2_tuned / 1024)) MiB"
        printf '%-44s %9s %13s %12s %14s %16s\n' "${CFG_LABEL[$cfg]}" "$ms" \
            "$(printf '%s\n' ${STARTS[$cfg-ms]} | sort -n | awk 'NR == 1 { a = $1 } { b = $1 } END { print a "-" b }')" \
            "$(awk -v c="$cpu" 'BEGIN { printf "%.1f", c / 1000 }')" "$((${rss%.*} / 1024))" "${after:--}"
    done
    echo "  tuned = $(echo "${TUNED_OPTS[*]}" | sed "s|$BENCH/|target/bench/|g")"
    echo "  RSS after load: VmRSS once the $REPS x 3 measured runs are over (same load for both)"
    ((${#CDS_FAILED[@]} == 0)) || echo "  WARNING: class-data archive not used by: ${CDS_FAILED[*]}"

    echo
    echo "Throughput and latency (medians of $REPS runs); SQL/req from Hibernate's statement counter, DB/req from"
    echo "pg_stat_statements (every statement the database ran, whoever sent it); 'of floor' = req/s / the floor's"
    echo "req/s of the same server in the same configuration; CPU ms/req = CPU time the server's processes (JVM, or"
    echo "PostGraphile's node processes) and PostgreSQL's processes used per request during the measured runs;"
    echo "others = share of the machine's CPU taken by work that was not ours (server, PostgreSQL, wrk) during the runs"
    printf '%-27s %-10s %8s %8s %8s %7s %6s %8s %8s %8s %6s %7s\n' target query req/s "p50 ms" "p99 ms" SQL/req \
        DB/req "of floor" "CPU ms" "PG CPU" errors others
    printf '%-27s %-10s %8s %8s %8s %7s %6s %8s %8s %8s %6s %7s\n' "" "" "" "" "" "" "" "" "/req" "ms/req" "" ""
    for t in "${TARGETS[@]}"; do
        grep -q "^$t	" "$RES/wrk.tsv" 2>/dev/null || continue
        floor=$(wrk_median "$t" floor 4)
        for q in "${QUERIES[@]}"; do
            rps=$(wrk_median "$t" "$q" 4)
            printf '%-27s %-10s %8.0f %8.2f %8.2f %7s %6s %8s %8s %8s %6s %6s%%\n' "${LABEL[$t]}" "$q" "$rps" \
                "$(wrk_median "$t" "$q" 5)" "$(wrk_median "$t" "$q" 6)" "$(sql_of "$t" "$q" 3)" "$(sql_of "$t" "$q" 4)" \
                "$( [[ $q == floor ]] && echo 100% || ratio "$rps" "$floor")" "$(wrk_median "$t" "$q" 9)" \
                "$(wrk_median "$t" "$q" 10)" "$(wrk_sum "$t" "$q" 7)" "$(wrk_median "$t" "$q" 11)"
        done
    done

    echo
    echo "1-minute load average at the start and end of each target's measured runs: $(awk -F'\t' \
        '{ printf "%s%s %s->%s", (NR > 1 ? ", " : ""), $1, $2, $3 }' "$RES/load.tsv")"
    [[ ! -s $RES/not-quiet ]] || echo "$(wc -l <"$RES/not-quiet") measured runs started with the machine still busier than" \
        "${QUIET_MAX}% with other work after waiting ${QUIET_WAIT} s"
    echo
    echo "Targets (Bamboo, default JVM)"
    for t in h2 pg; do
        floor=$(wrk_median "$t" floor 4)
        local tr v1 p99t
        tr=$(wrk_median "$t" traversal 4)
        v1=$(wrk_median "$t" visits100 4)
        p99t=$(wrk_median "$t" traversal 6)
        printf '  %-22s traversal >= 50%% of floor: %-7s %-6s  100-visit >= 10%% of floor: %-7s %-6s  traversal p99 < 10 ms: %6.2f ms %s\n' \
            "${LABEL[$t]#Bamboo, }:" "$(ratio "$tr" "$floor")" "$(verdict "$(awk -v a="$tr" -v b="$floor" 'BEGIN { print (a >= b / 2) }')")" \
            "$(ratio "$v1" "$floor")" "$(verdict "$(awk -v a="$v1" -v b="$floor" 'BEGIN { print (a >= b / 10) }')")" \
            "$p99t" "$(verdict "$(awk -v a="$p99t" 'BEGIN { print (a < 10) }')")"
    done

    bounds
    echo
    echo "Bamboo on PostgreSQL against PostGraphile $PGL_VERSION ($PGL_WORKERS worker processes) on the same PostgreSQL"
    printf '%-10s %12s %13s %10s %11s %12s %12s %14s %10s\n' query "Bamboo req/s" "PostGraphile" "Bamboo/PG" \
        "Bamboo p99" "PostGr. p99" "SQL/req B/P" "CPU ms/req B/P" "Bamboo H2"
    for q in "${QUERIES[@]}"; do
        local a b ca cb
        a=$(wrk_median pg "$q" 4)
        b=$(wrk_median postgraphile "$q" 4)
        ca=$(awk -v x="$(wrk_median pg "$q" 9)" -v y="$(wrk_median pg "$q" 10)" 'BEGIN { printf "%.2f", x + y }')
        cb=$(awk -v x="$(wrk_median postgraphile "$q" 9)" -v y="$(wrk_median postgraphile "$q" 10)" 'BEGIN { printf "%.2f", x + y }')
        printf '%-10s %12.0f %13.0f %10s %8.2f ms %9.2f ms %12s %14s %10.0f\n' "$q" "$a" "$b" "$(speed_ratio "$a" "$b")" \
            "$(wrk_median pg "$q" 6)" "$(wrk_median postgraphile "$q" 6)" \
            "$(sql_of pg "$q" 4)/$(sql_of postgraphile "$q" 4)" "$ca/$cb" "$(wrk_median h2 "$q" 4)"
    done
    echo "  Bamboo/PG = our req/s divided by PostGraphile's (above 1.00x we are faster); SQL/req B/P = statements the"
    echo "  database ran per request for us and for PostGraphile; CPU ms/req B/P = server plus PostgreSQL CPU per request"
    pg5_report
    pg5_statement_report

    echo
    echo "Same data?"
    for q in traversal visits100; do
        local ref=$RES/h2-$q.json same=yes
        for t in h2-tuned pg postgraphile postgraphile5; do
            [[ -f $RES/$t-$q.json ]] && ! cmp -s "$ref" "$RES/$t-$q.json" && same=no
        done
        if [[ $q == traversal ]]; then
            echo "  traversal: $(jq -r '"\(length) visits, \([.[].agreements[]] | length) agreements, \([.[].agreements[].parties[]] | length) parties"' "$ref");" \
                "identical in every target: $same"
        else
            echo "  visits100: $(jq -r '"totalCount \(.total), \(.visits | length) visits, \([.visits[].offices[]] | length) offices, \([.visits[].agreements[]] | length) agreements, \([.visits[].sources[]] | length) citations"' "$ref");" \
                "identical in every target: $same"
        fi
        [[ $same == yes ]] || echo "  WARNING: answers differ, compare $RES/*-$q.json"
    done

    if [[ -s $RES/profiles.txt ]]; then
        echo
        echo "Where the time goes: JFR execution samples (Java threads on CPU) during 20 s of the same load"
        cat "$RES/profiles.txt"
    fi
    echo "benchmark took $(((SECONDS - T0) / 60)) min $(((SECONDS - T0) % 60)) s; logs and raw results in target/bench"
}

declare -A CFG_LABEL=([default]="default (java -jar)" [quarkus-cds]="AppCDS, Quarkus build archive"
    [trained-cds]="AppCDS, training-run archive" [tuned]="tuned (trained AppCDS + small-container flags)")

record_start() { # config
    STARTS[$1-ms]+="$STARTUP_MS "
    STARTS[$1-cpu]+="$START_CPU_MS "
    STARTS[$1-rss]+="$START_RSS_KB "
}

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
