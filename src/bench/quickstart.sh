#!/usr/bin/env bash
# Quick start: how long a second start takes (database migrated, curated file unchanged) to the first answered GraphQL
# request, for Bamboo Graph and for a minimal Quarkus application with the same extensions and none of our code
# (src/bench/quickstart/minimal: one entity, one migration, one query), each under several JVM options, side by side.
#
# Run from the repository root:   bash src/bench/quickstart.sh
# It builds ours with ./mvnw package (which trains target/quarkus-app/app-cds.jsa on the service's first requests) and
# the minimal one (target/bench/quickstart/minimal) with Quarkus' build-time AppCDS archive; it makes Quarkus' archive
# of ours and a trained archive of the minimal one the same ways, starts each once to migrate its database, then
# QUICK_STARTS times per configuration, and prints medians. Settings (environment): QUICK_STARTS=3, QUICK_PORT=18095,
# QUICK_SKIP_BUILD=1 (reuse the builds), QUICK_PROFILE=0 (no JFR of a start), QUICK_BREAKDOWN=0 (no step timings), QUICK_THROUGHPUT=0 (no request rates
# of the start options), QUICK_JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java (a JDK 25 for its AOT cache; skipped
# when missing). Only 127.0.0.1 is used; every process started is stopped.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$ROOT/target/bench/quickstart
STARTS=${QUICK_STARTS:-3}
PORT=${QUICK_PORT:-18095}
JAVA25=${QUICK_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OURS=$ROOT/target/quarkus-app
MINIMAL=$WORK/minimal/target/quarkus-app
PID=""
# The JVM options of README.md's run command ("Run it"), kept equal to it by hand, without its archive (each
# application has its own): run from the application folder. LATE_C2, ten times the JVM's Tier4 thresholds, leaves the
# start's one-off code to C1 (a faster start) but also delays C2 on what stays hot (a lower warm rate): measured beside
# the README's command, not in it.
LEAN_OPTS=(-Xshare:auto -XX:+UseSerialGC -Xmx256m -Xss512k)
LATE_C2=(-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000
    -XX:Tier4BackEdgeThreshold=400000)
README_OPTS=("${LEAN_OPTS[@]}")
OURS_QUARKUS_CDS=$WORK/ours-quarkus-cds.jsa
MIN_TRAINED_CDS=$WORK/minimal-trained-cds.jsa

say() { echo "[$(date -u +%H:%M:%S)] $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
cleanup() { [[ -z $PID ]] || { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }; }
trap cleanup EXIT
trap 'exit 130' INT TERM

build() {
    if [[ ${QUICK_SKIP_BUILD:-0} == 1 && -f $OURS/app-cds.jsa && -f $MINIMAL/app-cds.jsa ]]; then
        say "QUICK_SKIP_BUILD=1: reusing the builds"
        return
    fi
    mkdir -p "$WORK"
    say "building ours (./mvnw package: the trained archive)"
    (cd "$ROOT" && ./mvnw -B -ntp -q package -DskipTests) \
        >"$WORK/build-ours.log" 2>&1 || { tail -n 30 "$WORK/build-ours.log"; fail "build of ours"; }
    say "building the minimal application"
    rm -rf "$WORK/minimal" && cp -a "$ROOT/src/bench/quickstart/minimal" "$WORK/minimal"
    (cd "$WORK/minimal" && "$ROOT/mvnw" -B -ntp -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true) \
        >"$WORK/build-minimal.log" 2>&1 || { tail -n 30 "$WORK/build-minimal.log"; fail "build of the minimal application"; }
}

answers() {
    [[ $(curl -s --max-time 2 -H 'Content-Type: application/json' --data '{"query":"{ __typename }"}' \
        "http://127.0.0.1:$PORT/graphql" 2>/dev/null) == *'"__typename":"Query"'* ]]
}

# One start: prints "ms rss_mib cpu_ms"; $1 = app folder, $2 = data dir, $3 = log, then the java command's options.
# The working directory is the application folder, so that Quarkus' archive finds the jars where it recorded them.
start_once() {
    local app=$1 data=$2 log=$3 java=java t0 ms rss cpu
    shift 3
    if [[ ${1:-} == --java=* ]]; then java=${1#--java=}; shift; fi
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" && fail "port $PORT is taken"
    t0=$(date +%s%N)
    (cd "$app" && exec "$java" "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dbamboo.data-dir="$data" -Dminimal.data-dir="$data" -jar quarkus-run.jar) >"$log" 2>&1 &
    PID=$!
    until answers; do
        kill -0 "$PID" 2>/dev/null || { tail -n 20 "$log"; fail "the application exited while starting ($log)"; }
        sleep 0.01
    done
    ms=$((($(date +%s%N) - t0) / 1000000))
    rss=$(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status")
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$PID/stat")
    kill "$PID" && wait "$PID" 2>/dev/null || true
    PID=""
    if grep -qi 'shared archive\|Unable to use\|AOT cache' "$log"; then
        echo "note: $(grep -i -m1 'shared archive\|Unable to use\|AOT cache' "$log")" >&2
    fi
    echo "$ms $rss $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# A JDK 25 AOT cache (JEP 483/514): a training run that answers a few requests, written when the JVM exits.
aot_cache() { # app data name
    local cache=$WORK/$3.aot
    [[ -f $cache ]] && return
    (cd "$1" && exec "$JAVA25" -XX:AOTCacheOutput="$cache" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dbamboo.data-dir="$2" -Dminimal.data-dir="$2" -jar quarkus-run.jar) >"$WORK/aot-$3.log" 2>&1 &
    PID=$!
    until answers; do kill -0 "$PID" 2>/dev/null || fail "AOT training run of $3 exited ($WORK/aot-$3.log)"; sleep 0.1; done
    for _ in 1 2 3 4 5; do answers || true; done
    kill "$PID"; wait "$PID" 2>/dev/null || true
    PID=""
    [[ -f $cache ]] || fail "no AOT cache written for $3 ($WORK/aot-$3.log)"
}

# Quarkus' own archive of ours, made as its package step makes it (up to the static init, no database), for comparison.
quarkus_cds_of_ours() {
    rm -f "$OURS_QUARKUS_CDS"
    (cd "$OURS" && exec java -XX:ArchiveClassesAtExit="$OURS_QUARKUS_CDS" -Dquarkus.appcds.generate=true \
        -jar quarkus-run.jar) >"$WORK/quarkus-cds-ours.log" 2>&1 || true
    [[ -f $OURS_QUARKUS_CDS ]] || fail "no Quarkus archive written for ours ($WORK/quarkus-cds-ours.log)"
}

# A trained archive of the minimal application, as ours gets one at package time: a second start that answers a few
# requests, then a clean stop, and the JVM writes what it loaded.
trained_cds_of_minimal() {
    rm -f "$MIN_TRAINED_CDS"
    (cd "$MINIMAL" && exec java -XX:ArchiveClassesAtExit="$MIN_TRAINED_CDS" -Xlog:disable -Xlog:all=error:stderr \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dminimal.data-dir="$MIN_DATA" -jar quarkus-run.jar) \
        >"$WORK/trained-cds-minimal.log" 2>&1 &
    PID=$!
    until answers; do kill -0 "$PID" 2>/dev/null || fail "training run of the minimal application exited"; sleep 0.1; done
    curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"query":"{ greetings { id text } }"}' \
        "http://127.0.0.1:$PORT/graphql"
    for _ in 1 2 3; do answers || true; done
    curl -s -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    PID=""
    [[ -f $MIN_TRAINED_CDS ]] || fail "no trained archive written for the minimal application"
}

declare -A RESULT=()
run_config() { # name app data label options...
    local name=$1 app=$2 data=$3 label=$4 i line ms=() rss=() cpu=()
    shift 4
    for ((i = 1; i <= STARTS; i++)); do
        # On a saturated machine a start can fail on a timeout of its own (a pool's acquisition timeout): once more.
        line=$(start_once "$app" "$data" "$WORK/$name-$i.log" "$@") ||
            line=$(start_once "$app" "$data" "$WORK/$name-$i-again.log" "$@")
        read -r a b c <<<"$line"
        ms+=("$a") rss+=("$b") cpu+=("$c")
    done
    RESULT[$name]=$(printf '%-58s %8s %13s %9s %9s' "$label" "$(printf '%s\n' "${ms[@]}" | median)" \
        "$(printf '%s\n' "${ms[@]}" | sort -n | sed -n '1p;$p' | paste -sd-)" "$(printf '%s\n' "${cpu[@]}" | median)" \
        "$(printf '%s\n' "${rss[@]}" | median)")
    say "  ${RESULT[$name]}"
}

cd "$ROOT"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
build
OURS_DATA=$WORK/data-ours MIN_DATA=$WORK/data-minimal
rm -rf "$OURS_DATA" "$MIN_DATA" "$WORK"/*.aot
say "first starts (migrate the databases)"
start_once "$OURS" "$OURS_DATA" "$WORK/first-ours.log" >/dev/null
start_once "$MINIMAL" "$MIN_DATA" "$WORK/first-minimal.log" >/dev/null
say "Quarkus' archive of ours, a trained archive of the minimal application"
quarkus_cds_of_ours
trained_cds_of_minimal

CONFIGS=(
    "min-plain|$MINIMAL|$MIN_DATA|minimal, java -jar|"
    "ours-plain|$OURS|$OURS_DATA|ours, java -jar|"
    "min-cds|$MINIMAL|$MIN_DATA|minimal, Quarkus AppCDS archive|-XX:SharedArchiveFile=app-cds.jsa"
    "ours-cds|$OURS|$OURS_DATA|ours, Quarkus AppCDS archive|-XX:SharedArchiveFile=$OURS_QUARKUS_CDS"
    "min-trained|$MINIMAL|$MIN_DATA|minimal, trained archive|-XX:SharedArchiveFile=$MIN_TRAINED_CDS"
    "ours-trained|$OURS|$OURS_DATA|ours, trained archive (./mvnw package's)|-XX:SharedArchiveFile=app-cds.jsa"
    "ours-late-c2|$OURS|$OURS_DATA|ours, ten times the Tier4 thresholds|${LATE_C2[*]}"
    "ours-c1|$OURS|$OURS_DATA|ours, -XX:TieredStopAtLevel=1|-XX:TieredStopAtLevel=1"
    "ours-cds-c1|$OURS|$OURS_DATA|ours, trained archive + -XX:TieredStopAtLevel=1|-XX:SharedArchiveFile=app-cds.jsa -XX:TieredStopAtLevel=1"
    "ours-noflyway|$OURS|$OURS_DATA|ours, Flyway off at start (what Flyway costs)|-Dquarkus.flyway.migrate-at-start=false"
    "min-former|$MINIMAL|$MIN_DATA|minimal, the former README options (Quarkus archive)|-XX:SharedArchiveFile=app-cds.jsa ${LEAN_OPTS[*]}"
    "ours-former|$OURS|$OURS_DATA|ours, the former README command (Quarkus archive)|-XX:SharedArchiveFile=$OURS_QUARKUS_CDS ${LEAN_OPTS[*]}"
    "min-readme|$MINIMAL|$MIN_DATA|minimal, the README's JVM options (trained archive)|-XX:SharedArchiveFile=$MIN_TRAINED_CDS ${README_OPTS[*]}"
    "ours-readme|$OURS|$OURS_DATA|ours, the README's run command|-XX:SharedArchiveFile=app-cds.jsa ${README_OPTS[*]}"
    "ours-readme-late|$OURS|$OURS_DATA|ours, the README's command + ten times the Tier4 thresholds|-XX:SharedArchiveFile=app-cds.jsa ${README_OPTS[*]} ${LATE_C2[*]}"
)
say "$STARTS second starts per configuration: first answer ms (median, min-max), CPU ms, RSS MiB"
for entry in "${CONFIGS[@]}"; do
    IFS='|' read -r name app data label opts <<<"$entry"
    # shellcheck disable=SC2086
    run_config "$name" "$app" "$data" "$label" $opts
done
if [[ -x $JAVA25 ]]; then
    say "JDK 25 AOT cache: training runs"
    aot_cache "$MINIMAL" "$MIN_DATA" minimal
    aot_cache "$OURS" "$OURS_DATA" ours
    run_config min-jdk25 "$MINIMAL" "$MIN_DATA" "minimal, JDK 25, java -jar" "--java=$JAVA25"
    run_config ours-jdk25 "$OURS" "$OURS_DATA" "ours, JDK 25, java -jar" "--java=$JAVA25"
    run_config min-aot "$MINIMAL" "$MIN_DATA" "minimal, JDK 25 AOT cache" "--java=$JAVA25" "-XX:AOTCache=$WORK/minimal.aot"
    run_config ours-aot "$OURS" "$OURS_DATA" "ours, JDK 25 AOT cache" "--java=$JAVA25" "-XX:AOTCache=$WORK/ours.aot"
    run_config ours-aot-c1 "$OURS" "$OURS_DATA" "ours, JDK 25 AOT cache + -XX:TieredStopAtLevel=1" "--java=$JAVA25" \
        "-XX:AOTCache=$WORK/ours.aot" -XX:TieredStopAtLevel=1
    run_config ours-aot-readme "$OURS" "$OURS_DATA" "ours, JDK 25 AOT cache + the README's other options" \
        "--java=$JAVA25" "-XX:AOTCache=$WORK/ours.aot" -XX:+UseSerialGC -Xmx256m -Xss512k "${LATE_C2[@]}"
fi

# What the start options cost later: the first Trong traversals after a start, and the request rate once warm (wrk, QUICK_WARMUP seconds, then
# three runs of QUICK_DURATION seconds, median), under the former README command and the present one.
declare -A RATE=()
rate_of() { # name options...
    local name=$1 body=$WORK/traversal.json i rates=()
    shift
    jq -Rs '{query: .}' <(grep -v '^#' "$ROOT/src/bench/bamboo-traversal.graphql") >"$body"
    (cd "$OURS" && exec java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
        -Dbamboo.data-dir="$OURS_DATA" -jar quarkus-run.jar) >"$WORK/rate-$name.log" 2>&1 &
    PID=$!
    until answers; do kill -0 "$PID" 2>/dev/null || fail "the application exited ($WORK/rate-$name.log)"; sleep 0.1; done
    # The first traversal, and the 300 after it one at a time: what the compiler settings cost a client that comes early.
    local t0 t1 t2
    t0=$(date +%s%N)
    curl -s -o /dev/null -H 'Content-Type: application/json' --data @"$body" "http://127.0.0.1:$PORT/graphql"
    t1=$(date +%s%N)
    for i in $(seq 300); do
        curl -s -o /dev/null -H 'Content-Type: application/json' --data @"$body" "http://127.0.0.1:$PORT/graphql"
    done
    t2=$(date +%s%N)
    wrk -t2 -c16 -d"${QUICK_WARMUP:-15}s" -s "$ROOT/src/bench/wrk-post.lua" "http://127.0.0.1:$PORT/graphql" -- "$body" >/dev/null
    for i in 1 2 3; do
        rates+=("$(wrk -t2 -c16 -d"${QUICK_DURATION:-10}s" -s "$ROOT/src/bench/wrk-post.lua" \
            "http://127.0.0.1:$PORT/graphql" -- "$body" | sed -n 's/^RESULT .* rps=\([0-9.]*\) .*/\1/p' | cut -d. -f1)")
    done
    RATE[$name]="first traversal $(((t1 - t0) / 1000000)) ms, next 300 $(((t2 - t1) / 1000000)) ms; warm $(printf '%s\n' "${rates[@]}" | median) req/s (runs: ${rates[*]}), RSS $(awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status") MiB"
    kill "$PID"; wait "$PID" 2>/dev/null || true
    PID=""
    say "  $name: ${RATE[$name]}"
}
if [[ ${QUICK_THROUGHPUT:-1} == 1 ]] && command -v wrk >/dev/null && command -v jq >/dev/null; then
    say "request rates of the Trong traversal once warm"
    rate_of "former README command" -XX:SharedArchiveFile="$OURS_QUARKUS_CDS" "${LEAN_OPTS[@]}"
    rate_of "README's run command" -XX:SharedArchiveFile=app-cds.jsa "${README_OPTS[@]}"
    rate_of "README's + late C2" -XX:SharedArchiveFile=app-cds.jsa "${README_OPTS[@]}" "${LATE_C2[@]}"
fi

# Where a start's time goes, under the README's options: Quarkus' step timings (-Dquarkus.debug.print-startup-times)
# side by side, the steps that differ most first, and where the classes a start loads come from (-Xlog:class+load):
# the archive, the JDK's own, or read and verified from the jars.
steps_of() { # log -> "step ms" lines
    sed -n 's/.*Build step \([^ ]*\) completed in: \([0-9]*\)ms.*/\1 \2/p' "$1" | sort
}
classes_of() { # class+load log -> "archive jdk jars other" counts
    awk '/source: shared objects file/ { a++; next } /source: jrt:/ { j++; next } /source: file:/ { f++; next }
        { o++ } END { printf "%d %d %d %d", a, j, f, o }' "$1"
}
breakdown() {
    start_once "$MINIMAL" "$MIN_DATA" "$WORK/steps-minimal.log" -XX:SharedArchiveFile="$MIN_TRAINED_CDS" \
        "${README_OPTS[@]}" -Dquarkus.debug.print-startup-times=true -Xlog:class+load:file="$WORK/classes-minimal.txt" >/dev/null
    start_once "$OURS" "$OURS_DATA" "$WORK/steps-ours.log" -XX:SharedArchiveFile=app-cds.jsa \
        "${README_OPTS[@]}" -Dquarkus.debug.print-startup-times=true -Xlog:class+load:file="$WORK/classes-ours.txt" >/dev/null
    start_once "$OURS" "$OURS_DATA" "$WORK/steps-ours-quarkus-cds.log" -XX:SharedArchiveFile="$OURS_QUARKUS_CDS" \
        "${LEAN_OPTS[@]}" -Xlog:class+load:file="$WORK/classes-ours-quarkus-cds.txt" >/dev/null
    start_once "$MINIMAL" "$MIN_DATA" "$WORK/steps-minimal-quarkus-cds.log" -XX:SharedArchiveFile=app-cds.jsa \
        "${LEAN_OPTS[@]}" -Xlog:class+load:file="$WORK/classes-minimal-quarkus-cds.txt" >/dev/null
    echo "Quarkus' start steps under the README's options, ms (one start each; the 20 that differ most)"
    printf '%-60s %8s %8s %8s\n' step minimal ours difference
    join -a1 -a2 -e0 -o 0,1.2,2.2 <(steps_of "$WORK/steps-minimal.log") <(steps_of "$WORK/steps-ours.log") |
        awk '{ d = $3 - $2; printf "%-60s %8d %8d %8d\n", $1, $2, $3, d }' | sort -k4 -rn | sed -n '1,20p' # reads all: no SIGPIPE
    echo
    echo "Classes a start loads (to the first answer), by where they come from"
    printf '%-52s %8s %8s %10s %8s\n' start archive "JDK jrt" "jars" other
    local name
    for name in minimal-quarkus-cds ours-quarkus-cds minimal ours; do
        read -r a j f o <<<"$(classes_of "$WORK/classes-$name.txt")"
        printf '%-52s %8d %8d %10d %8d\n' "$name$([[ $name == *quarkus-cds ]] && echo ", Quarkus archive" || echo ", trained archive")" "$a" "$j" "$f" "$o"
    done
}
if [[ ${QUICK_BREAKDOWN:-1} == 1 ]]; then
    say "breakdown: step timings and class sources"
    breakdown >"$WORK/breakdown.txt"
fi

# Where a start's time goes: a JFR recording of one more start per application, the main thread's samples (the
# thread that runs Quarkus' startup steps) by layer, through jfr-summary.awk.
start_profile() { # app data name
    local jfr=$WORK/start-$3.jfr
    rm -f "$jfr"
    start_once "$1" "$2" "$WORK/profile-$3.log" "-XX:StartFlightRecording=filename=$jfr,settings=profile" >/dev/null
    [[ -s $jfr ]] || { echo "no JFR recording of $3's start" >&2; return 0; }
    echo "Start of $3: JFR samples of the main thread up to the first answer"
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" | awk -v RS= -v ORS='\n\n' '/sampledThread = "main"/' |
        awk -f "$ROOT/src/bench/jfr-summary.awk"
}
if [[ ${QUICK_PROFILE:-1} == 1 ]]; then
    say "profiling one start of each (JFR)"
    { start_profile "$MINIMAL" "$MIN_DATA" minimal; start_profile "$OURS" "$OURS_DATA" ours; } >"$WORK/start-profiles.txt"
fi

echo
echo "Quick start, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Second start to the first answered { __typename }, $STARTS starts each (JDK $(java -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }') unless named)"
printf '%-58s %8s %13s %9s %9s\n' configuration "ms" "min-max ms" "CPU ms" "RSS MiB"
for entry in "${CONFIGS[@]}" min-jdk25 ours-jdk25 min-aot ours-aot ours-aot-c1 ours-aot-readme; do
    name=${entry%%|*}
    [[ -z ${RESULT[$name]:-} ]] || echo "${RESULT[$name]}"
done
echo "  the README's options: ${README_OPTS[*]}"
if [[ -n ${RATE[*]:-} ]]; then
    echo
    echo "Trong traversal once warm (wrk -t2 -c16, ${QUICK_WARMUP:-15} s warm-up, 3 x ${QUICK_DURATION:-10} s, median):"
    for name in "former README command" "README's run command" "README's + late C2"; do
        [[ -z ${RATE[$name]:-} ]] || printf '  %-24s %s\n' "$name" "${RATE[$name]}"
    done
fi
[[ ! -s $WORK/breakdown.txt ]] || { echo; cat "$WORK/breakdown.txt"; }
[[ ! -s $WORK/start-profiles.txt ]] || { echo; cat "$WORK/start-profiles.txt"; }
