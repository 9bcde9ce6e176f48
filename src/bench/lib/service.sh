# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. Starting our service (H2 or PostgreSQL, a JVM configuration), its memory and statement counters, the class-data archive.

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
