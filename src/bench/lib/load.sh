# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. The load runs: CPU ticks, waiting for a quiet machine, wrk, answer checks, statement counts, JFR profiles.

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
