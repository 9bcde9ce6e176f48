#!/usr/bin/env bash
# GraphiQL in a real browser: starts the packaged service and, in headless Chromium driven by playwright-core, runs a
# query in /q/graphql-ui under the page's Content-Security-Policy, failing on any CSP violation or console error.
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
npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-browser}" playwright-core@1.65.1
port=${BAMBOO_BROWSER_PORT:-18282}
trap stop_jar EXIT
start_jar "$port"
node src/test/browser/graphiql.mjs "http://127.0.0.1:$port" ${BAMBOO_SCREENSHOT:+"$BAMBOO_SCREENSHOT"}
