#!/usr/bin/env bash
# Import benchmark: the historian datasets into a fresh embedded H2 and a fresh PostgreSQL database, then the same
# files again (unchanged: skipped whole), each run with the importer's own time (its summary line) and the whole
# command's wall time beside it. Prints one table.
#
# Run from the repository root:   bash src/bench/import.sh
# Settings (environment):
#   IMPORT_REPS=3                 runs of each kind (medians are printed)
#   IMPORT_DATA=../shared/data/historian   the files to import
#   IMPORT_H2_APP, IMPORT_PG_APP  built applications (quarkus-app folders) to use instead of building them
#   IMPORT_PG_URL, IMPORT_PG_USER, IMPORT_PG_PASSWORD   a PostgreSQL database to use (emptied before each fresh run);
#                                 without it a private PostgreSQL 15 cluster is made and started (needs root or an
#                                 installed PostgreSQL 15): IMPORT_PG_DIR (/tmp/bamboo-import-pg), IMPORT_PG_PORT (55433)
#   IMPORT_SKIP_PG=1              H2 only
#   IMPORT_JAVA_OPTS=...          JVM options of every import command (default, as the README's:
#                                 -XX:TieredStopAtLevel=1 -XX:+UseParallelGC)
# src/bench/run.sh may call it with these set.
# Beside the table it prints where the fresh imports' time went, phase by phase (the importer's debug log): wall time
# and the importing thread's CPU time, which other work on the machine inflates far less than wall time.
set -euo pipefail

REPS=${IMPORT_REPS:-3}
DATA=$(cd "${IMPORT_DATA:-../shared/data/historian}" && pwd)
WORK=${IMPORT_WORK:-target/bench-import}
# The JVM options of the README's import command: a one-shot command is done before the optimising compiler pays off,
# and the throughput collector spares it G1's bookkeeping on every reference written.
IMPORT_JAVA_OPTS=${IMPORT_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseParallelGC}
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=${IMPORT_PG_DIR:-/tmp/bamboo-import-pg}
PG_PORT=${IMPORT_PG_PORT:-55433}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
NAME="import benchmark"
# shellcheck source=lib/flavours.sh
source "$(dirname "$0")/lib/flavours.sh"
trap stop_pg EXIT

pg_fresh() {
    if [[ $PG_STARTED == yes ]]; then
        fresh_pg_database bamboo_import
    else
        PGPASSWORD=$PG_PASSWORD psql -X -q "${PG_URL#jdbc:}" -U "$PG_USER" \
            -c "drop schema public cascade" -c "create schema public" 2>/dev/null ||
            fail "cannot empty $PG_URL (give a database of its own)"
    fi
}

# One import: prints "importer_s wall_s records created skipped". $1 = h2|pg, $2 = label, $3 = h2 data dir
import_once() {
    local kind=$1 label=$2 dir=${3:-} log=$WORK/$1-$2-$RANDOM.log start end line
    start=$(date +%s%N)
    # The importer's phase log (debug), read below.
    export QUARKUS_LOG_CATEGORY__ORG_BAMBOOGRAPH_HISTORIAN__LEVEL=DEBUG
    if [[ $kind == h2 ]]; then
        java $IMPORT_JAVA_OPTS -Dbamboo.data-dir="$dir" -jar "$H2_APP/quarkus-run.jar" import "$DATA" >"$log" 2>&1 ||
            { tail -n 20 "$log"; fail "H2 import"; }
    else
        QUARKUS_DATASOURCE_JDBC_URL=$PG_URL QUARKUS_DATASOURCE_USERNAME=$PG_USER QUARKUS_DATASOURCE_PASSWORD=$PG_PASSWORD \
            java $IMPORT_JAVA_OPTS -Dbamboo.data-dir="$WORK/pg-app-data" -jar "$PG_APP/quarkus-run.jar" import "$DATA" >"$log" 2>&1 ||
            { tail -n 20 "$log"; fail "PostgreSQL import"; }
    fi
    end=$(date +%s%N)
    line=$(grep -E '^[0-9]+ files, [0-9]+ records read' "$log" | head -n 1)
    [[ -n $line ]] || fail "no summary line in $log"
    sed -nE "s/.*import phase ([a-z ]+): ([0-9]+) ms \(([0-9]+) ms CPU\).*/$kind $label \1|\2|\3/p" "$log" \
        >>"$WORK/phases.tsv"
    awk -v line="$line" -v wall=$(((end - start) / 1000000)) 'BEGIN {
        match(line, /[0-9]+ records read/); records = substr(line, RSTART, RLENGTH) + 0
        match(line, /: [0-9]+ created/); created = substr(line, RSTART + 2, RLENGTH - 2) + 0
        match(line, /[0-9]+ skipped/); skipped = substr(line, RSTART, RLENGTH) + 0
        match(line, /[0-9.]+ s \(/); importer = substr(line, RSTART, RLENGTH - 3) + 0
        printf "%.2f %.2f %d %d %d\n", importer, wall / 1000, records, created, skipped }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The command's own start, without an import: what any import run pays before the importer starts.
start_only() {
    local dir=$WORK/h2-empty start end
    mkdir -p "$WORK/empty" && rm -rf "$dir"
    java $IMPORT_JAVA_OPTS -Dbamboo.data-dir="$dir" -jar "$H2_APP/quarkus-run.jar" import "$WORK/empty" >/dev/null 2>&1 || true
    start=$(date +%s%N)
    java $IMPORT_JAVA_OPTS -Dbamboo.data-dir="$dir" -jar "$H2_APP/quarkus-run.jar" import "$WORK/empty" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000000))"
}

H2_APP=${IMPORT_H2_APP:-$(build h2)}
if [[ ${IMPORT_SKIP_PG:-} != 1 ]]; then
    PG_APP=${IMPORT_PG_APP:-$(build postgresql)}
    if [[ -n ${IMPORT_PG_URL:-} ]]; then
        PG_URL=$IMPORT_PG_URL PG_USER=${IMPORT_PG_USER:-bamboo} PG_PASSWORD=${IMPORT_PG_PASSWORD:-}
    else
        start_pg "set IMPORT_PG_URL, or IMPORT_SKIP_PG=1"
        PG_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo_import PG_USER=postgres PG_PASSWORD=
    fi
fi

files=$(find "$DATA" -name '*.xml' | wc -l)
print_load start
say "$files files of $DATA, $REPS runs each"
: >"$WORK/results.tsv"
: >"$WORK/phases.tsv"
for ((i = 1; i <= REPS; i++)); do
    dir=$WORK/h2-$i && rm -rf "$dir"
    echo "h2 fresh $(import_once h2 fresh "$dir")" >>"$WORK/results.tsv"
    echo "h2 again $(import_once h2 again "$dir")" >>"$WORK/results.tsv"
    if [[ ${IMPORT_SKIP_PG:-} != 1 ]]; then
        pg_fresh
        echo "pg fresh $(import_once pg fresh)" >>"$WORK/results.tsv"
        echo "pg again $(import_once pg again)" >>"$WORK/results.tsv"
    fi
done
start_ms=$(start_only)

printf '%-11s %-8s %12s %14s %9s %9s %9s\n' database run importer_s whole_command_s records created skipped
for kind in h2 pg; do
    for run in fresh again; do
        rows=$(awk -v k=$kind -v r=$run '$1 == k && $2 == r' "$WORK/results.tsv")
        [[ -n $rows ]] || continue
        printf '%-11s %-8s %12s %14s %9s %9s %9s\n' "$([[ $kind == h2 ]] && echo H2 || echo PostgreSQL)" "$run" \
            "$(awk '{ print $3 }' <<<"$rows" | median)" "$(awk '{ print $4 }' <<<"$rows" | median)" \
            "$(awk '{ print $5 }' <<<"$rows" | head -n 1)" "$(awk '{ print $6 }' <<<"$rows" | head -n 1)" \
            "$(awk '{ print $7 }' <<<"$rows" | head -n 1)"
    done
done
echo "start of an import command with nothing to import (H2, migrated): $(awk -v ms=$start_ms 'BEGIN { printf "%.2f", ms / 1000 }') s"
echo "fresh imports by phase (medians; wall ms / importing thread's CPU ms):"
for kind in h2 pg; do
    grep -q "^$kind fresh " "$WORK/phases.tsv" || continue
    out="  $([[ $kind == h2 ]] && echo H2 || echo PostgreSQL):"
    while IFS= read -r phase; do
        rows=$(grep "^$kind fresh $phase|" "$WORK/phases.tsv" | cut -d' ' -f3-)
        out+=" $phase $(cut -d'|' -f2 <<<"$rows" | median) / $(cut -d'|' -f3 <<<"$rows" | median);"
    done < <(grep "^$kind fresh " "$WORK/phases.tsv" | cut -d' ' -f3- | cut -d'|' -f1 | awk '!seen[$0]++')
    echo "${out%;}"
done
print_load end
echo "importer_s: the importer's own timer (files read, parsed, written, committed); whole_command_s: the java command"
