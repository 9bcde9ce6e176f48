#!/usr/bin/env bash
# Subscriptions as a new user makes them: the npm client graphql-ws (with ws as its WebSocket, on Node 20) subscribes
# to recordChanged on the packaged service, once anonymously and once with an editor's token; writes go through the
# API; what arrives is checked (order, kinds, versions, the record, changedBy for editors only), then the change log
# catch-up. Run from the repository root after a build (or it builds). The npm packages go to $BAMBOO_NPM_DIR
# (default /tmp/bamboo-npm-live); the service listens on 127.0.0.1:$BAMBOO_LIVE_PORT (18282).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh

npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-live}" graphql@16.15.0 graphql-ws@6.4.2 ws@8.23.0
port=${BAMBOO_LIVE_PORT:-18282}
keys=src/test/resources/test-keys
trap stop_jar EXIT
start_jar "$port" -Dmp.jwt.verify.publickey.location="$keys/publicKey.pem"
token=$(java -jar "$JAR" token --key "$keys/privateKey.pem" --name ci-editor)
node src/test/live/check.mjs "http://127.0.0.1:$port" "$token"
