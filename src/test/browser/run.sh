#!/usr/bin/env bash
# GraphiQL and the explorer in a real browser. First GraphiQL: starts the packaged service and, in headless Chromium
# driven by playwright-core, runs a query in /q/graphql-ui under the page's Content-Security-Policy, failing on any CSP
# violation or console error. Then the explorer at /, on the service with the shared historian data imported
# ($BAMBOO_SHARED_DIR, default ../shared; skipped, saying so, where it is absent): explorer.mjs uses every view and
# compares it with GraphQL, audits each with axe-core, writes screenshots to target/explorer/ and prints the first
# render of the timeline; then again, timing only, with a synthetic set about ten times larger written to
# target/synthetic-historian/ (BAMBOO_EXPLORER_LARGE=0 leaves that out).
# Run from the repository root after a build (or it builds). Chromium comes from Debian's package (installed here
# when missing, which needs root); playwright-core drives it and downloads no browser of its own. The npm package goes
# to $BAMBOO_NPM_DIR (default /tmp/bamboo-npm-browser); the service listens on 127.0.0.1:$BAMBOO_BROWSER_PORT (18282).
# BAMBOO_SCREENSHOT=file.png keeps a picture of the page after the query.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh

if [[ ! -x /usr/bin/chromium ]]; then
    ((EUID == 0)) || { echo "Chromium is missing, and installing it needs root" >&2; exit 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
echo "browser: $(/usr/bin/chromium --version 2>/dev/null)"
npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-browser}" playwright-core@1.65.1 axe-core@4.14.1
port=${BAMBOO_BROWSER_PORT:-18282}
trap stop_jar EXIT
start_jar "$port"
node src/test/browser/graphiql.mjs "http://127.0.0.1:$port" ${BAMBOO_SCREENSHOT:+"$BAMBOO_SCREENSHOT"}
stop_jar

shared=${BAMBOO_SHARED_DIR:-../shared}/data/historian
if [[ ! -d $shared ]]; then
    echo "SKIP: the explorer checks need the historian datasets in $shared"
    exit 0
fi
data=$(mktemp -d)
trap 'stop_jar; rm -rf "$data"' EXIT
import_historian() {
    java -XX:TieredStopAtLevel=1 -Dbamboo.data-dir="$data" -jar "$JAR" import "$@" | grep -v INFO | tail -n 2
}
import_historian "$shared"
start_jar "$port" -Dbamboo.data-dir="$data"
node src/test/browser/explorer.mjs "http://127.0.0.1:$port" target/explorer full
stop_jar

if [[ ${BAMBOO_EXPLORER_LARGE:-1} == 1 ]]; then
    rm -rf target/synthetic-historian
    node src/test/browser/synthetic-visits.mjs "$shared/visits" target/synthetic-historian/visits 12
    import_historian target/synthetic-historian
    start_jar "$port" -Dbamboo.data-dir="$data"
    echo "visits served: $(curl -s "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
        -d '{"query": "{ visits(first: 0) { totalCount } }"}')"
    node src/test/browser/explorer.mjs "http://127.0.0.1:$port" target/explorer-large timing
fi
