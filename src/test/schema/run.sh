#!/usr/bin/env bash
# The schema as client tools read it: starts the packaged service, builds /graphql/schema.graphql with graphql-js and
# diffs it against the schema printed from introspection with graphql-inspector; fails on any difference.
# Run from the repository root after a build (or it builds). Needs Node 20 and npm; the npm packages go to
# $BAMBOO_NPM_DIR (default /tmp/bamboo-npm-schema). The service listens on 127.0.0.1:$BAMBOO_SCHEMA_PORT (18281).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh

npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-schema}" graphql@16.15.0 @graphql-inspector/cli@7.0.0
port=${BAMBOO_SCHEMA_PORT:-18281}
trap stop_jar EXIT
start_jar "$port"
node src/test/schema/check.mjs "http://127.0.0.1:$port"
