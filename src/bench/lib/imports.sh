# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. The historian import into H2 and PostgreSQL, row by row and batched, as the load runs use it.

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
