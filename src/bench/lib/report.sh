# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. The plain-text tables the run prints, from the results the load runs wrote.

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

declare -A CFG_LABEL=([default]="default (java -jar)" [quarkus-cds]="AppCDS, the package step's archive"
    [trained-cds]="AppCDS, training-run archive" [tuned]="tuned (the README's options: AppCDS, serial GC, 256 MiB heap, late C2)")

record_start() { # config
    STARTS[$1-ms]+="$STARTUP_MS "
    STARTS[$1-cpu]+="$START_CPU_MS "
    STARTS[$1-rss]+="$START_RSS_KB "
}
