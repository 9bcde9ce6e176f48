#!/usr/bin/env bash
# Search benchmark: the historian datasets imported into a fresh embedded H2 and a fresh PostgreSQL database, then
# `search` for journalists' phrases, one request after another over HTTP, each answered by the running service.
# Prints, per database and phrase, the matches and the median and 90th percentile of the request's time (curl's
# time_total on the loopback: the service's whole answer, HTTP included).
#
# Run from the repository root:   bash src/bench/search.sh
# Settings (environment):
#   SEARCH_REQUESTS=300           timed requests per phrase (after as many to warm up)
#   SEARCH_DATA=../shared/data/historian   the files to import
#   SEARCH_H2_APP, SEARCH_PG_APP  built applications (quarkus-app folders) to use instead of building them
#   SEARCH_PORT=18520             the port the service listens on while measured
#   SEARCH_PG_DIR=/tmp/bamboo-search-pg, SEARCH_PG_PORT=55434   the private PostgreSQL 15 cluster it makes and starts
#                                 (needs root or an installed PostgreSQL 15)
#   SEARCH_SKIP_PG=1              H2 only;   SEARCH_SKIP_H2=1   PostgreSQL only
set -euo pipefail

REQUESTS=${SEARCH_REQUESTS:-300}
DATA=$(cd "${SEARCH_DATA:-../shared/data/historian}" && pwd)
WORK=${SEARCH_WORK:-target/bench-search}
PORT=${SEARCH_PORT:-18520}
PG_BIN=/usr/lib/postgresql/15/bin
PG_DIR=${SEARCH_PG_DIR:-/tmp/bamboo-search-pg}
PG_PORT=${SEARCH_PG_PORT:-55434}
PHRASES=("South China Sea" "oil rig" "comprehensive strategic partnership" "Trong" "state visit" "Hanoi")
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
SERVER=
NAME="search benchmark"
# shellcheck source=lib/flavours.sh
source "$(dirname "$0")/lib/flavours.sh"

cleanup() {
    [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
    stop_pg
}
trap cleanup EXIT

# The JVM options that point a flavour at its fresh database.
db_opts() {
    if [[ $1 == h2 ]]; then
        echo "-Dbamboo.data-dir=$WORK/h2-data"
    else
        echo "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$PG_PORT/bamboo_search -Dquarkus.datasource.username=postgres -Dquarkus.datasource.password="
    fi
}

query() {
    jq -cn --arg t "$1" '{query: "query($t: String!) { search(text: $t, first: 10) { totalCount edges { score field snippet node { __typename } } } }", variables: {t: $t}}'
}

measure() {
    local kind=$1 app=$2 opts
    opts=$(db_opts "$kind")
    [[ $kind == h2 ]] && rm -rf "$WORK/h2-data"
    say "$kind: importing $DATA"
    # shellcheck disable=SC2086
    java -XX:TieredStopAtLevel=1 $opts -jar "$app/quarkus-run.jar" import "$DATA" >"$WORK/import-$kind.log" 2>&1 ||
        { tail -n 20 "$WORK/import-$kind.log"; fail "$kind import"; }
    # shellcheck disable=SC2086
    java $opts -Dquarkus.http.port="$PORT" -jar "$app/quarkus-run.jar" >"$WORK/server-$kind.log" 2>&1 &
    SERVER=$!
    until curl -sf -o /dev/null "localhost:$PORT/q/health/ready"; do
        kill -0 "$SERVER" 2>/dev/null || { tail -n 20 "$WORK/server-$kind.log"; fail "$kind server did not start"; }
        sleep 1
    done
    local phrase body
    for phrase in "${PHRASES[@]}"; do
        body=$(query "$phrase")
        for ((i = 0; i < REQUESTS; i++)); do
            curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "localhost:$PORT/graphql"
        done
        local total
        total=$(curl -s -H 'Content-Type: application/json' -d "$body" "localhost:$PORT/graphql" | jq '.data.search.totalCount')
        for ((i = 0; i < REQUESTS; i++)); do
            curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "localhost:$PORT/graphql"
        done | sort -n | awk -v kind="$kind" -v phrase="$phrase" -v total="$total" \
            '{ t[NR] = $1 * 1000 } END { printf "| %s | %s | %d | %.2f | %.2f |\n", kind, phrase, total, t[int((NR + 1) / 2)], t[int(NR * 0.9)] }'
    done
    kill "$SERVER" && wait "$SERVER" 2>/dev/null || true
    SERVER=
}

command -v jq >/dev/null || fail "jq is needed"
print_load start
echo "| database | phrase | matches | median ms | p90 ms |"
echo "| --- | --- | ---: | ---: | ---: |"
if [[ ${SEARCH_SKIP_H2:-} != 1 ]]; then
    H2_APP=${SEARCH_H2_APP:-$(build h2)}
    measure h2 "$H2_APP"
fi
if [[ ${SEARCH_SKIP_PG:-} != 1 ]]; then
    PG_APP=${SEARCH_PG_APP:-$(build postgresql)}
    start_pg "SEARCH_SKIP_PG=1"
    fresh_pg_database bamboo_search
    measure pg "$PG_APP"
fi
print_load end
