#!/usr/bin/env bash
# Subscriptions, measured: the time from a change's commit to its delivery at a graphql-ws subscriber, p50 and p99 of
# 1,000 changes written one after another, and the memory 1,000 idle subscriptions take (heap after a full GC, and
# the process's resident size, before and after). One instance on embedded H2 (the packaged jar); with
# BAMBOO_LIVE_OTHER_URL=http://host:port naming a second instance on the same PostgreSQL as BAMBOO_LIVE_URL, the
# subscriber listens on that one instead, and the figures are those of the other instance.
# Run from the repository root after a build (or it builds). Port: $BAMBOO_LIVE_PORT (18713).
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/test/lib/jar.sh
source src/test/lib/npm.sh

npm_tools "${BAMBOO_NPM_DIR:-/tmp/bamboo-npm-live}" graphql@16.15.0 graphql-ws@6.4.2 ws@8.23.0
keys=src/test/resources/test-keys
token=$(java -jar "$JAR" token --key "$keys/privateKey.pem" --name bench-editor --minutes 60)
if [[ -n ${BAMBOO_LIVE_URL:-} ]]; then
    node src/bench/live.mjs latency "$BAMBOO_LIVE_URL" "${BAMBOO_LIVE_OTHER_URL:-$BAMBOO_LIVE_URL}" "$token" 1000
    exit 0
fi
port=${BAMBOO_LIVE_PORT:-18713}
trap stop_jar EXIT
start_jar "$port" -Dmp.jwt.verify.publickey.location="$keys/publicKey.pem" -Dbamboo.live.max-connections-per-address=100
url=http://127.0.0.1:$port
node src/bench/live.mjs latency "$url" "$url" "$token" 1000

heap() {
    jcmd "$JAR_PID" GC.run >/dev/null
    sleep 1
    curl -s "$url/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ { sum += $NF + 0 } END { printf "%.1f", sum / 1048576 }'
}
rss() {
    awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$JAR_PID/status"
}
echo "before: heap $(heap) MiB, resident $(rss) MiB"
node src/bench/live.mjs idle "$url" 1000 10 &
idle=$!
# The idle subscribers say when all are in place, then hold them until killed.
for ((i = 0; i < 120; i++)); do
    [[ -f /tmp/bamboo-live-idle.ready ]] && break
    sleep 1
done
echo "with 1,000 idle subscriptions on 10 connections: heap $(heap) MiB, resident $(rss) MiB"
kill "$idle" 2>/dev/null || true
rm -f /tmp/bamboo-live-idle.ready
