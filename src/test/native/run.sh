#!/usr/bin/env bash
# Native readiness without a native compiler: builds the PostgreSQL flavour's native-image sources
# (./mvnw package -Dnative -Dquarkus.native.sources-only=true -Dbamboo.db-kind=postgresql: every Quarkus build step of
# a native build, with the configuration and the native-image command written out instead of compiled), then checks
# with check.mjs that the reflection and resource configuration covers the data file, the state map CSVs, the
# service-loaded classes and every GraphQL type served, and that the build carries no H2 driver.
#
# Run from the repository root. Needs a JDK 17, Node 20, curl, unzip. The build runs in a copy of the work tree
# ($BAMBOO_NATIVE_WORK, default /tmp/bamboo-native-sources), so that target/ keeps its H2 build; the GraphQL types
# come from that H2 build, started on 127.0.0.1:$BAMBOO_NATIVE_PORT (default 18283; built first when missing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/test/lib/jar.sh

ROOT=$PWD
WORK=${BAMBOO_NATIVE_WORK:-/tmp/bamboo-native-sources}
PORT=${BAMBOO_NATIVE_PORT:-18283}

step() {
    local name=$1 start=$SECONDS
    shift
    echo "--- $name"
    "$@"
    echo "--- $name: took $((SECONDS - start)) s"
}

copy_tree() {
    rm -rf "$WORK"
    mkdir -p "$WORK"
    tar -C "$ROOT" --exclude=./target --exclude=./data --exclude=./.git -cf - . | tar -C "$WORK" -xf -
}

native_sources() {
    (cd "$WORK" && ./mvnw -B -ntp -q package -DskipTests -Dnative -Dquarkus.native.sources-only=true \
        -Dbamboo.db-kind=postgresql) >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log" >&2; return 1; }
    local sources=$WORK/target/native-sources
    [[ -f $sources/native-image.args ]] || { echo "no native-image.args in $sources" >&2; return 1; }
    local jar
    jar=$(ls "$sources"/*-runner.jar)
    mkdir -p "$WORK/config"
    unzip -qo "$jar" 'META-INF/native-image/*' -d "$WORK/config"
    echo "native-image sources in $sources: $(ls "$sources/lib" | wc -l) jars in lib/, $(tr ' ' '\n' <"$sources/native-image.args" | grep -c .) arguments"
}

served_types() {
    trap stop_jar RETURN
    start_jar "$PORT"
    curl -sf -H 'Content-Type: application/json' "http://127.0.0.1:$PORT/graphql" --data-binary \
        '{"query":"{ __schema { queryType { name } mutationType { name } subscriptionType { name } types { name kind } } }"}' \
        >"$WORK/types.json"
    echo "$(grep -o '"kind"' "$WORK/types.json" | wc -l) types served"
}

step "copy the work tree to $WORK" copy_tree
step "native-image sources (-Dnative -Dquarkus.native.sources-only=true -Dbamboo.db-kind=postgresql)" native_sources
step "GraphQL types served (H2 build in target/)" served_types
step "check the native-image configuration" node src/test/native/check.mjs "$WORK/target/native-sources" \
    "$WORK/config/META-INF/native-image" "$ROOT" "$WORK/types.json"
