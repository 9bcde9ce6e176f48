#!/usr/bin/env bash
# What GET and its cache tags cost and save, against a running server: the Trong traversal as a POST, as a GET (which
# also reads the data version to build its ETag), and as a GET revalidated with If-None-Match (304, the query does not
# run). Usage: bash src/bench/get-cache.sh [base URL, default http://127.0.0.1:8080] [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")"
BASE=${1:-http://127.0.0.1:8080}
SECONDS_PER_RUN=${2:-10}
QUERY=$(cat bamboo-traversal.graphql)
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT
jq -n --arg q "$QUERY" '{query: $q}' >"$BODY"
URL="$BASE/graphql?query=$(jq -rn --arg q "$QUERY" '$q|@uri')"
TAG=$(curl -s -o /dev/null -w '%header{etag}' "$URL")
[[ -n $TAG ]] || { echo "no ETag from $URL" >&2; exit 1; }

run() {
    local name=$1; shift
    wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" --latency "$@" | awk -v name="$name" '
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /Non-2xx/ { non2xx = $5 }
        END { printf "%-22s %10s req/s  p50 %8s  p99 %8s  non-2xx %s\n", name, rps, p50, p99, non2xx ? non2xx : 0 }'
}

# Warm-up: the JIT compiles the paths measured below.
wrk -t2 -c8 -d20s -s wrk-post.lua "$BASE/graphql" -- "$BODY" >/dev/null
wrk -t2 -c8 -d20s "$URL" >/dev/null
run "POST" -s wrk-post.lua "$BASE/graphql" -- "$BODY"
run "GET" "$URL"
run "GET If-None-Match (304)" -H "If-None-Match: $TAG" "$URL"
