#!/usr/bin/env bash
# The GraphQL-over-HTTP audit of the npm package graphql-http (auditServer, pinned: other releases grade */*, a
# missing Accept and 200 against 400 differently) against the packaged jar in target/quarkus-app, started on a free
# local port with a data directory of its own. Prints what was missed and the pass / MUST / SHOULD / MAY counts;
# fails on any MUST or SHOULD missed. Needs Node 20 and npm, and a packaged build (./mvnw package).
set -euo pipefail
cd "$(dirname "$0")/../../.."

GRAPHQL_HTTP_VERSION=1.23.1
GRAPHQL_VERSION=16.15.0
JAR=target/quarkus-app/quarkus-run.jar
[[ -f $JAR ]] || { echo "no $JAR: run ./mvnw package first" >&2; exit 1; }

WORK=$(mktemp -d)
SERVER=
cleanup() {
    if [[ -n $SERVER ]]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$WORK" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
    "graphql-http@$GRAPHQL_HTTP_VERSION" "graphql@$GRAPHQL_VERSION" >/dev/null)

# A free port unless AUDIT_PORT names one.
PORT=${AUDIT_PORT:-$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => {
    console.log(s.address().port); s.close(); });')}
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dbamboo.data-dir="$WORK/data" \
    -Dbamboo.import.dir="$WORK/import" -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER=$!

for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$SERVER" 2>/dev/null; then
        echo "the server stopped before it was ready:" >&2
        cat "$WORK/server.log" >&2
        exit 1
    fi
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "not ready after 120 s" >&2; exit 1; }

echo "graphql-http $GRAPHQL_HTTP_VERSION against http://127.0.0.1:$PORT/graphql"
NODE_PATH="$WORK/node_modules" node src/test/http/audit.cjs "http://127.0.0.1:$PORT/graphql"
