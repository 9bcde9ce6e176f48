#!/usr/bin/env bash
# First render of the explorer's timeline, measured in headless Chromium with the Performance API: the default view
# (Vietnam over the whole record: records drawn) and every state over the whole record (counts drawn), with every
# shared historian file imported, then with a synthetic set about ten times larger (12 copies of every visit, written
# under target/synthetic-historian/, never data of the project). Each figure is taken after one load that warms the
# service up, and printed beside the machine's load.
# Run from the repository root, after ./mvnw package -DskipTests, with Chromium at /usr/bin/chromium:
#   bash src/bench/explorer.sh
#   EXPLORER_PORT=18413                   the port of the server it starts (and stops)
#   EXPLORER_DATA=../shared/data/historian  the files to import
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh
port=${EXPLORER_PORT:-18413}
shared=${EXPLORER_DATA:-../shared/data/historian}
[[ -x /usr/bin/chromium ]] || { echo "explorer benchmark: no /usr/bin/chromium (bash src/test/browser/run.sh installs it)" >&2; exit 1; }
[[ -f $JAR ]] || { echo "explorer benchmark: no $JAR: run ./mvnw package -DskipTests first" >&2; exit 1; }
npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-browser}" playwright-core@1.65.1 axe-core@4.14.1
data=$(mktemp -d)
trap 'stop_jar; rm -rf "$data"' EXIT
measure() {
    start_jar "$port" -Dbamboo.data-dir="$data"
    echo "$1: $(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
        -d '{"query": "{ visits(first: 0) { totalCount } }"}' | jq -r '.data.visits.totalCount') visits; load: $(uptime)"
    node src/test/browser/explorer.mjs "http://127.0.0.1:$port" target/explorer-bench timing | grep FIGURE
    stop_jar
}
java -XX:TieredStopAtLevel=1 -Dbamboo.data-dir="$data" -jar "$JAR" import "$shared" >/dev/null
measure "shared historian data"
rm -rf target/synthetic-historian
node src/test/browser/synthetic-visits.mjs "$shared/visits" target/synthetic-historian/visits 12
java -XX:TieredStopAtLevel=1 -Dbamboo.data-dir="$data" -jar "$JAR" import target/synthetic-historian >/dev/null
measure "with the synthetic set"
