#!/usr/bin/env bash
# The README, tested as a new user would follow it: clones the commit checked out here into a temporary directory,
# with an empty Maven repository (HOME is a fresh directory), and runs the README's own examples, read from the
# clone's README.md, never from a copy:
#   1. the shell block under "Run it", verbatim, in the background, until /q/health/ready answers;
#   2. every ```graphql query block, posted to /graphql: each must answer with data and no errors;
#   3. the server stopped, the import command (its path/to/… placeholder replaced by ../shared/data/historian);
#   4. the shell block under "Tokens", verbatim: it starts the server again with an editor key and mints $TOKEN;
#   5. every ```graphql mutation block, posted with that token (./import/ is laid out from ../shared for the import
#      mutation);
#   6. every other shell block (curl examples), verbatim, with $TOKEN set.
# Every curl an example runs must answer without "errors". A failure names the README line whose example broke.
# "Test it" is CI's first stage; the PostgreSQL and container blocks have stages of their own.
#
# Run from anywhere in a clone, with ../shared beside it (the Office of the Historian datasets). The examples use
# port 8080, which must be free; BAMBOO_README_PORT=… runs the servers on another port (localhost:8080 in the
# examples' curl commands is then pointed at it). BAMBOO_README_KEEP=1 keeps the temporary directories.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
HARNESS=$ROOT/src/test/readme
PORT=${BAMBOO_README_PORT:-8080}
COMMIT=$(git -C "$ROOT" rev-parse HEAD)

WORK=$(mktemp -d /tmp/bamboo-readme.XXXXXX)
CLONE=$WORK/bamboo-graph
BLOCKS=$WORK/blocks
LOGS=$WORK/logs
mkdir -p "$BLOCKS" "$LOGS"
passed=0
failures=()
server=

note() { echo "--- $*"; }

fail() {
    echo "FAIL: $*" >&2
    failures+=("$*")
}

# The process group of a server an example started: the Run-it block or the Tokens block, and what they started.
stop_server() {
    if [[ -n $server ]]; then
        kill -TERM -- "-$server" 2>/dev/null || true
        local i
        for ((i = 0; i < 60; i++)); do
            kill -0 -- "-$server" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$server" 2>/dev/null || true
        server=
    fi
}

finish() {
    stop_server
    if [[ ${BAMBOO_README_KEEP:-} == 1 ]]; then
        echo "kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap finish EXIT
trap 'exit 130' INT TERM

wait_ready() {
    local line=$1 limit=$2 start=$SECONDS
    while ((SECONDS - start < limit)); do
        if curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; then
            note "ready on port $PORT after $((SECONDS - start)) s"
            return 0
        fi
        if ! kill -0 -- "-$server" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    return 1
}

# Runs README block $1 (its first line in README.md is $2) with bash in the clone. Its commands stay as written; the
# runner around them names the README line of a command that fails, gives curl the checks described above, and
# leaves $TOKEN in $LOGS/token. With "background", the block runs in a process group of its own, kept in $server.
run_block() {
    local block=$1 line=$2 mode=${3:-foreground} text=${4:-}
    local script=$LOGS/block-$line.sh
    [[ -n $text ]] || text=$(cat "$BLOCKS/$block")
    printf '%s\n' "$text" >"$LOGS/block-$line.txt"
    cat >"$script" <<EOF
cd '$CLONE'
source '$HARNESS/curl-check.sh'
README_PORT=$PORT
set -e
trap 'echo "FAIL: README line \$((LINENO + $line - 1)): exit \$? from: \$BASH_COMMAND" >&2' ERR
source '$LOGS/block-$line.txt'
trap - ERR
printf '%s' "\${TOKEN:-}" >'$LOGS/token'
EOF
    if [[ $mode == background ]]; then
        setsid bash "$script" >"$LOGS/server-$line.log" 2>&1 &
        server=$!
    else
        setsid bash "$script" >"$LOGS/out-$line.log" 2>&1 &
        local pid=$! status=0
        wait "$pid" || status=$?
        sed 's/^/    /' "$LOGS/out-$line.log"
        # A block that started a server in the background leaves it running in the runner's process group.
        if pgrep -g "$pid" >/dev/null; then
            server=$pid
        fi
        return $status
    fi
}

blocks_in() {
    awk -F'\t' -v lang="$1" -v pattern="$2" '$2 == lang && $4 ~ pattern { print $1 "\t" $3 }' "$BLOCKS/index.tsv"
}

graphql_blocks() {
    local kind=$1 block line token=${2:-}
    while IFS=$'\t' read -r block line; do
        if grep -Eq '^[[:space:]]*mutation\b' "$BLOCKS/$block"; then
            [[ $kind == mutation ]] || continue
        else
            [[ $kind == query ]] || continue
        fi
        if node "$HARNESS/blocks.mjs" post "http://localhost:$PORT/graphql" "$BLOCKS/$block" "$line" $token; then
            passed=$((passed + 1))
        else
            failures+=("README line $line: the $kind example")
        fi
    done < <(blocks_in graphql .)
}

note "commit $COMMIT cloned into $CLONE"
git clone -q "$ROOT" "$CLONE"
git -C "$CLONE" checkout -q "$COMMIT"
if [[ -d $ROOT/../shared ]]; then
    ln -s "$(cd "$ROOT/../shared" && pwd)" "$WORK/shared"
fi
export HOME=$WORK/home
mkdir -p "$HOME"
# Java takes user.home from the password database, not from HOME: tell Maven's JVM, or it would use the machine's
# repository. The wrapper itself reads HOME and downloads Maven into it.
export MAVEN_OPTS="-Duser.home=$HOME${MAVEN_OPTS:+ $MAVEN_OPTS}"
note "HOME=$HOME: an empty Maven repository"
if [[ $PORT != 8080 ]]; then
    export QUARKUS_HTTP_PORT=$PORT
fi
# Another process on the port would answer the examples in the service's stead: wait a minute for it to go.
for ((i = 0; i < 60; i++)); do
    curl -s -o /dev/null "http://localhost:$PORT/" || break
    sleep 1
done
if ((i == 60)); then
    echo "port $PORT is taken by another process: the README's examples need it" >&2
    exit 1
fi

node "$HARNESS/blocks.mjs" list "$CLONE/README.md" "$BLOCKS"
note "README.md: $(wc -l <"$BLOCKS/index.tsv") code blocks"

# Blocks that other stages run: said here, so that nothing is left out silently.
while IFS=$'\t' read -r block line; do
    note "README line $line: not run here (CI's test suite stage)"
done < <(blocks_in shell '/ Test it$')
while IFS=$'\t' read -r block line; do
    note "README line $line: not run here (the PostgreSQL and container stages)"
done < <(blocks_in shell 'PostgreSQL|/ Containers')

# 1. Run it.
read -r run_block_id run_line < <(blocks_in shell '/ Run it$' | head -n 1) || true
[[ -n ${run_block_id:-} ]] || { echo "FAIL: README.md has no shell block under \"Run it\"" >&2; exit 1; }
note "README line $run_line: the \"Run it\" block, as written"
start=$SECONDS
run_block "$run_block_id" "$run_line" background
if ! wait_ready "$run_line" 1200; then
    tail -n 40 "$LOGS/server-$run_line.log" >&2
    grep -h '^FAIL: README line' "$LOGS/server-$run_line.log" >&2 ||
        echo "FAIL: README line $run_line: the service did not become ready" >&2
    exit 1
fi
note "\"Run it\": build and start took $((SECONDS - start)) s, with $(find "$HOME/.m2/repository" -name '*.jar' 2>/dev/null | wc -l) jars downloaded"
passed=$((passed + 1))

# 2. The queries.
graphql_blocks query
stop_server

# 3. The import command, with the server stopped.
while IFS=$'\t' read -r block line; do
    if ! grep -q 'path/to/' "$BLOCKS/$block"; then
        continue
    fi
    if [[ ! -d $WORK/shared/data/historian ]]; then
        fail "README line $line: the import command needs ../shared/data/historian beside the clone"
        continue
    fi
    note "README line $line: the import command, path/to/… replaced by ../shared/data/historian"
    if run_block "$block" "$line" foreground \
        "$(sed -E 's#path/to/[^[:space:]]*#../shared/data/historian#g' "$BLOCKS/$block")"; then
        passed=$((passed + 1))
    else
        fail "README line $line: the import command"
    fi
    stop_server
done < <(blocks_in shell '.')

# 4. Tokens: the block starts the server with an editor key and mints a token.
read -r tokens_block tokens_line < <(blocks_in shell '/ Tokens$' | head -n 1) || true
[[ -n ${tokens_block:-} ]] || { echo "FAIL: README.md has no shell block under \"Tokens\"" >&2; exit 1; }
if [[ -d $WORK/shared/data/historian ]]; then
    mkdir -p "$CLONE/import"
    cp -R "$WORK/shared/data/historian/." "$CLONE/import/"
fi
note "README line $tokens_line: the \"Tokens\" block, as written"
if ! run_block "$tokens_block" "$tokens_line" foreground; then
    echo "FAIL: README line $tokens_line: the \"Tokens\" block" >&2
    exit 1
fi
TOKEN=$(cat "$LOGS/token")
[[ -n $TOKEN ]] || { echo "FAIL: README line $tokens_line: the \"Tokens\" block left no \$TOKEN" >&2; exit 1; }
[[ -n $server ]] || { echo "FAIL: README line $tokens_line: the \"Tokens\" block left no server running" >&2; exit 1; }
wait_ready "$tokens_line" 120 || { echo "FAIL: README line $tokens_line: no server ready" >&2; exit 1; }
passed=$((passed + 1))
export TOKEN

# 5. The mutations, as an editor.
graphql_blocks mutation "$TOKEN"

# 6. Every other shell block: the curl examples.
while IFS=$'\t' read -r block line; do
    if [[ $block == "$run_block_id" || $block == "$tokens_block" ]] || grep -q 'path/to/' "$BLOCKS/$block"; then
        continue
    fi
    section=$(awk -F'\t' -v b="$block" '$1 == b { print $4 }' "$BLOCKS/index.tsv")
    if [[ $section =~ (/\ Test\ it$|PostgreSQL|/\ Containers) ]]; then
        continue
    fi
    note "README line $line: shell example under \"${section##*/ }\""
    keep=$server
    if run_block "$block" "$line" foreground; then
        passed=$((passed + 1))
    else
        fail "README line $line: the shell example"
    fi
    server=$keep
done < <(blocks_in shell '.')
stop_server

if ((${#failures[@]})); then
    echo "README examples that broke:" >&2
    printf '  %s\n' "${failures[@]}" >&2
fi
echo "readme: $passed passed, ${#failures[@]} failed"
((${#failures[@]} == 0))
