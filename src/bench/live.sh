#!/usr/bin/env bash
# Subscriptions, measured: the time from a change's commit to its delivery at a graphql-ws subscriber, p50 and p99 of
# 1,000 changes written one after another, and the memory 1,000 idle subscriptions take (heap after a full GC, and
# the process's resident size, before and after).
#   bash src/bench/live.sh       one instance on embedded H2 (the packaged jar). Port: $BAMBOO_LIVE_PORT (18713).
#   bash src/bench/live.sh two   two instances of the PostgreSQL flavour on one private PostgreSQL cluster (as root:
#                                the server runs as the user postgres): writes through the first, and times delivery
#                                at a subscriber of the first and at one of the second; the idle subscriptions sit on
#                                the second. It builds the PostgreSQL flavour in a copy of the tree, so target/ stays
#                                as it is. Ports: $BAMBOO_LIVE_PORT and the next one, PostgreSQL $BAMBOO_LIVE_PG_PORT
#                                (55434); BAMBOO_LIVE_PG_APP=DIR takes a PostgreSQL build's quarkus-app directory.
# With BAMBOO_LIVE_URL (and BAMBOO_LIVE_OTHER_URL, a second instance on the same PostgreSQL) it measures latency
# against running instances instead. The load average is printed with the figures: above the cores' count they are
# indicative only. Run from the repository root after a build (or it builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh

npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-live}" graphql@16.15.0 graphql-ws@6.4.2 ws@8.23.0
keys=src/test/resources/test-keys
[[ -f $JAR ]] || ./mvnw -B -ntp -q package -DskipTests
token=$(java -jar "$JAR" token --key "$keys/privateKey.pem" --name bench-editor --minutes 60)
if [[ -n ${BAMBOO_LIVE_URL:-} ]]; then
    node src/bench/live.mjs latency "$BAMBOO_LIVE_URL" "${BAMBOO_LIVE_OTHER_URL:-$BAMBOO_LIVE_URL}" "$token" 1000
    exit 0
fi
port=${BAMBOO_LIVE_PORT:-18713}
say() { echo "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }

heap() { # pid url
    jcmd "$1" GC.run >/dev/null
    sleep 1
    curl -s "$2/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ { sum += $NF + 0 } END { printf "%.1f", sum / 1048576 }'
}
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

idle_memory() { # pid url
    echo "before: heap $(heap "$1" "$2") MiB, resident $(rss "$1") MiB"
    rm -f /tmp/bamboo-live-idle.ready
    node src/bench/live.mjs idle "$2" 1000 10 &
    local idle=$! i
    # The idle subscribers say when all are in place, then hold them until killed.
    for ((i = 0; i < 120; i++)); do
        [[ -f /tmp/bamboo-live-idle.ready ]] && break
        sleep 1
    done
    [[ -f /tmp/bamboo-live-idle.ready ]] || fail "the 1,000 idle subscriptions were not all in place within 120 s"
    echo "with 1,000 idle subscriptions on 10 connections: heap $(heap "$1" "$2") MiB, resident $(rss "$1") MiB ($(load))"
    kill "$idle" 2>/dev/null || true
    rm -f /tmp/bamboo-live-idle.ready
}

if [[ ${1:-} != two ]]; then
    trap stop_jar EXIT
    start_jar "$port" -Dmp.jwt.verify.publickey.location="$keys/publicKey.pem" -Dbamboo.live.max-connections-per-address=100
    url=http://127.0.0.1:$port
    echo "$(load) before the run"
    node src/bench/live.mjs latency "$url" "$url" "$token" 1000
    echo "($(load))"
    idle_memory "$JAR_PID" "$url"
    exit 0
fi

# Two instances on one PostgreSQL.
((EUID == 0)) || fail "the two-instance run starts a private PostgreSQL as the user postgres: run it as root"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[[ -x $PG_BIN/postgres ]] || fail "PostgreSQL is not installed (apt-get install postgresql)"
PG_PORT=${BAMBOO_LIVE_PG_PORT:-55434}
WORK=$(mktemp -d /tmp/bamboo-live-two.XXXXXX)
LOGS=$WORK/logs
mkdir -p "$LOGS"
source src/bench/lib/postgres.sh
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    if [[ -n ${PG_DIR:-} ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# BAMBOO_LIVE_PG_APP names a PostgreSQL build made already (its quarkus-app directory), to skip the build.
PG_JAR=${BAMBOO_LIVE_PG_APP:-$WORK/tree/target/quarkus-app}/quarkus-run.jar
if [[ -z ${BAMBOO_LIVE_PG_APP:-} ]]; then
    say "building the PostgreSQL flavour in $WORK/tree"
    mkdir -p "$WORK/tree"
    tar --exclude=./target --exclude=./data --exclude=./.git -cf - . | tar -C "$WORK/tree" -xf -
    (cd "$WORK/tree" && ./mvnw -B -ntp -q -DskipTests package -Dbamboo.db-kind=postgresql >"$LOGS/build.log" 2>&1) ||
        { tail -n 30 "$LOGS/build.log"; fail "the PostgreSQL build"; }
fi
[[ -f $PG_JAR ]] || fail "no PostgreSQL build at $PG_JAR"
start_postgres
fresh_database

start_instance() { # name port
    mkdir -p "$WORK/$1"
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo" QUARKUS_DATASOURCE_USERNAME=bamboo \
        QUARKUS_DATASOURCE_PASSWORD=bamboo BAMBOO_DATA_DIR=$WORK/$1/data \
        java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
        -Dmp.jwt.verify.publickey.location="$keys/publicKey.pem" -Dbamboo.live.max-connections-per-address=100 \
        -jar "$PG_JAR" >"$LOGS/$1.log" 2>&1 &
    PIDS+=($!)
    local i
    for ((i = 0; i < 120; i++)); do
        curl -sf -o /dev/null "http://127.0.0.1:$2/q/health/ready" && { say "$1 ready on 127.0.0.1:$2"; return 0; }
        sleep 1
    done
    tail -n 30 "$LOGS/$1.log"
    fail "$1 did not become ready"
}
# One after the other: the first migrates the empty database.
start_instance first "$port"
start_instance second "$((port + 1))"
first=http://127.0.0.1:$port
second=http://127.0.0.1:$((port + 1))
echo "$(load) before the run"
node src/bench/live.mjs latency "$first" "$first" "$token" 1000
echo "($(load))"
node src/bench/live.mjs latency "$first" "$second" "$token" 1000
echo "($(load))"
idle_memory "${PIDS[1]}" "$second"
