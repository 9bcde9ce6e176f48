#!/usr/bin/env bash
# Container check of Bamboo Graph: builds the JVM image of src/main/docker/Dockerfile.jvm with podman on a Debian
# bookworm + OpenJDK 17 base image made locally, runs it with a named volume for its data and checks it over HTTP:
# readiness, a graph traversal, a write with an editor token, and that a restart keeps both.
#
# Run as root from the repository root, after `./mvnw package` (it packages the application itself otherwise).
# The first run installs podman and the tools it needs from Debian's packages, the linter from npm, and makes the
# base image with debootstrap (a few minutes); later runs reuse all of that. BAMBOO_REBUILD_BASE=1 makes the base
# image again, to pick up Debian's security updates.
set -Eeuo pipefail

BASE_IMAGE=localhost/bamboo-jre17:bookworm
IMAGE=localhost/bamboo-graph:jvm
CONTAINER=bamboo-graph-check
VOLUME=bamboo-graph-check-data
URL=http://127.0.0.1:18080
ISSUER=bamboo-graph-test
LINT_DIR=${BAMBOO_LINT_DIR:-/tmp/bamboo-graph-lint}
LINT_VERSION=0.16.3
READY_TIMEOUT=180

TRAVERSAL='{ leader(name: "Nguyen Phu Trong") { name visits { date hostState { code } resultingAgreements { kind date parties { code } } } } }'
EXPECTED_DATES='["2011","2015","2022-10"]'

ROOT=$PWD
passed=0
skipped=0
finished=false
rootfs=""
work=$(mktemp -d)

now_ms() { date +%s%3N; }
seconds_since() { local ms=$(( $(now_ms) - $1 )); printf '%d.%03d s' $((ms / 1000)) $((ms % 1000)); }

pass() { passed=$((passed + 1)); echo "  ok: $*"; }
skip() { skipped=$((skipped + 1)); echo "  $*"; }
# The container's log first, so that the reason is the last thing printed before the summary.
fail() {
    if podman container exists "$CONTAINER" 2>/dev/null; then
        echo "--- last lines of the container's log:" >&2
        podman logs --tail 40 "$CONTAINER" >&2 || true
    fi
    echo "FAILED: $*" >&2
    exit 1
}

# Each step is a function; print its name and how long it took.
step() {
    local name=$1 start
    shift
    start=$(now_ms)
    echo "--- $name"
    "$@"
    echo "--- $name: took $(seconds_since "$start")"
}

# Unmounts what is still mounted in the base image's tree and deletes it, never with a mount left in it.
release_rootfs() {
    [[ -n $rootfs ]] || return 0
    local mount
    for mount in $(findmnt -rno TARGET | grep "^$rootfs/" | sort -r || true); do
        umount "$mount" || umount -l "$mount" || true
    done
    findmnt -rno TARGET | grep -q "^$rootfs/" || rm -rf "$rootfs"
    rootfs=""
}

cleanup() {
    local rc=$?
    [[ -z $rootfs ]] || release_rootfs
    podman rm -f -t 10 "$CONTAINER" >/dev/null 2>&1 || true
    podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
    rm -rf "$work"
    if [[ $rc -ne 0 && $finished == false ]]; then
        echo "container stage: $passed passed, 1 failed"
    fi
}
trap cleanup EXIT
trap 'echo "FAILED: \"$BASH_COMMAND\" exited with $? (line $LINENO)" >&2' ERR

install_tools() {
    local -A wanted=([podman]=podman [debootstrap]=debootstrap [runc]=runc [openssl]=openssl [curl]=curl [jq]=jq
        [iptables]=iptables [npx]=npm [mountpoint]=util-linux)
    local missing=() cmd
    for cmd in "${!wanted[@]}"; do
        command -v "$cmd" >/dev/null 2>&1 || missing+=("${wanted[$cmd]}")
    done
    if ((${#missing[@]})); then
        echo "installing: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "${!wanted[*]}: all there"
    fi
    if [[ ! -x $LINT_DIR/node_modules/.bin/dockerfile-utils ]]; then
        npm install --silent --no-audit --no-fund --prefix "$LINT_DIR" "dockerfile-utils@$LINT_VERSION"
    fi
    echo "dockerfile-utils $LINT_VERSION in $LINT_DIR"
}

# Writes a config file unless someone else's is already there: that one is kept, and must give the same settings.
write_config() {
    local file=$1 content
    content="# Written by Bamboo Graph's src/test/container/run.sh, which keeps it up to date while this line is here.
$(cat)"
    if [[ -f $file ]] && ! grep -q "Bamboo Graph's src/test/container/run.sh" "$file"; then
        echo "keeping the existing $file"
        return
    fi
    mkdir -p "$(dirname "$file")"
    [[ -f $file && $(cat "$file") == "$content" ]] || printf '%s\n' "$content" >"$file"
}

# vfs storage and runc with cgroupfs work in plain virtual machines and nested containers alike; the open-files
# limit must stay within the host's hard limit, which podman's default (1048576) often exceeds.
configure_podman() {
    write_config /etc/containers/storage.conf <<'EOF'
[storage]
driver = "vfs"
runroot = "/run/containers/storage"
graphroot = "/var/lib/containers/storage"
EOF
    write_config /etc/containers/containers.conf <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
cgroup_manager = "cgroupfs"
runtime = "runc"
events_logger = "file"
EOF
    local driver
    driver=$(podman info --format '{{.Store.GraphDriverName}}') ||
        fail "podman does not start; if its storage was made with another driver, 'podman system reset' clears it"
    [[ $driver == vfs ]] || fail "podman uses the storage driver '$driver', not vfs: see /etc/containers/storage.conf"
    echo "podman $(podman version --format '{{.Client.Version}}'): storage vfs, runtime runc, cgroups cgroupfs"
}

# The archive URI apt uses for suffix "debian" or "debian-security", from one-line or deb822 sources.
apt_uri() {
    local suffix=$1
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
        sed -n -e 's/\[[^]]*\]//' -e 's/^deb[[:space:]]\+\([^[:space:]]*\).*/\1/p' -e 's/^URIs:[[:space:]]*//p' |
        tr ' ' '\n' | grep -E "^https?://.*/$suffix/?$" | head -n 1 | sed 's#/$##' || true
}

make_base_image() {
    if [[ ${BAMBOO_REBUILD_BASE:-} != 1 ]] && podman image exists "$BASE_IMAGE"; then
        echo "$BASE_IMAGE exists: reused"
        return
    fi
    local mirror security java_home
    mirror=$(apt_uri debian)
    security=$(apt_uri debian-security)
    mirror=${mirror:-http://deb.debian.org/debian}
    security=${security:-http://deb.debian.org/debian-security}
    echo "debootstrap bookworm from $mirror"
    rootfs=$(mktemp -d /var/tmp/bamboo-jre17.XXXXXX)
    chmod 755 "$rootfs" # it becomes the image's /, which mktemp would leave to root alone
    debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -n 30 "$work/debootstrap.log"; fail "debootstrap failed"; }

    cat >"$rootfs/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security bookworm-security main
EOF
    # The Java packages' install scripts run java, which needs /proc.
    mount -t proc proc "$rootfs/proc"
    chroot "$rootfs" apt-get update -qq
    chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        openjdk-17-jre-headless ca-certificates >"$work/apt.log" 2>&1 ||
        { tail -n 30 "$work/apt.log"; fail "installing the JRE into the base image failed"; }
    java_home=$(chroot "$rootfs" readlink -f /usr/bin/java)
    java_home=${java_home%/bin/java}
    umount "$rootfs/proc"
    chroot "$rootfs" apt-get clean
    rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/tmp/* "$rootfs"/var/log/*.log

    tar --numeric-owner -C "$rootfs" -c . | podman import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change "ENV JAVA_HOME=$java_home" \
        --change 'ENV LANG=C.UTF-8' \
        --change 'CMD ["/bin/bash"]' \
        - "$BASE_IMAGE" >/dev/null
    release_rootfs
    podman run --rm "$BASE_IMAGE" java -version 2>&1 | head -n 1
}

lint() {
    local file
    for file in Dockerfile src/main/docker/Dockerfile.jvm; do
        echo "dockerfile-utils lint $file"
        (cd "$LINT_DIR" && NPM_CONFIG_LOGLEVEL=error npx --no dockerfile-utils lint "$ROOT/$file") || fail "$file has lint errors (above)"
        pass "$file lints without errors"
    done
}

package_app() {
    if [[ -f target/quarkus-app/quarkus-run.jar ]]; then
        echo "target/quarkus-app is there"
    else
        ./mvnw -B -ntp -DskipTests package
    fi
}

# Without --layers=false podman would keep every step as an image, and vfs stores each layer as a full copy of
# the file tree: layer caching then costs more time than it saves (on 2 cores: about 15 s a build against 40-60 s).
build_image() {
    podman build --pull=never --layers=false -f src/main/docker/Dockerfile.jvm --build-arg "BASE_IMAGE=$BASE_IMAGE" \
        --label org.bamboograph.check=jvm -t "$IMAGE" . || fail "podman build failed"
    # The image this build replaced, if any: vfs keeps a full copy of every layer, so do not let them pile up.
    podman image prune -f --filter label=org.bamboograph.check=jvm >/dev/null
    pass "image $IMAGE built ($(podman image inspect -f '{{.Size}}' "$IMAGE" | numfmt --to=iec) on $BASE_IMAGE)"
}

# POSTs a GraphQL document, with a bearer token if one is given, and prints the response.
graphql() {
    local body auth=()
    body=$(jq -cn --arg q "$1" '{query: $q}')
    [[ -n ${2:-} ]] && auth=(-H "Authorization: Bearer $2")
    curl -sS --max-time 30 -H 'Content-Type: application/json' "${auth[@]}" --data "$body" "$URL/graphql"
}

# Waits until the service is ready: the health check where there is one, else a GraphQL request that answers.
wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT)) health=true code
    while :; do
        [[ $(podman inspect -f '{{.State.Running}}' "$CONTAINER") == true ]] || fail "the container stopped while starting"
        if $health; then
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$URL/q/health/ready" || true)
            [[ $code == 200 ]] && return
            if [[ $code == 404 ]]; then
                echo "  no /q/health/ready: waiting for GraphQL instead"
                health=false
            fi
        elif graphql '{ __typename }' 2>/dev/null | jq -e '.data.__typename' >/dev/null 2>&1; then
            return
        fi
        ((SECONDS < deadline)) || fail "the service was not ready within $READY_TIMEOUT s"
        sleep 0.2
    done
}

# Prints the time from $1 (ms) to the first answered GraphQL request, and what the container uses in memory.
report_start() {
    graphql '{ __typename }' | jq -e '.data.__typename == "Query"' >/dev/null || fail "GraphQL does not answer"
    echo "  start time (container start to first answered GraphQL request): $(seconds_since "$1")"
    echo "  Quarkus: $(podman logs "$CONTAINER" 2>&1 | grep -o 'started in [0-9.]*s' | tail -n 1 || true)"
    echo "  memory: $(podman stats --no-stream --format '{{.MemUsage}}' "$CONTAINER")"
}

make_token() {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
    openssl pkey -in "$work/key.pem" -pubout -out "$work/public.pem"
    local now header claims signature
    now=$(date +%s)
    header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | base64url)
    claims=$(jq -cjn --arg iss "$ISSUER" --argjson now "$now" \
        '{iss: $iss, sub: "ci-editor", upn: "ci-editor", groups: ["editor"], iat: $now, exp: ($now + 600)}' | base64url)
    signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$work/key.pem" -binary | base64url)
    token="$header.$claims.$signature"
    echo "  editor token for $ISSUER signed with a fresh RSA key (valid 10 min)"
}

base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

start_container() {
    podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
    podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
    podman volume create "$VOLUME" >/dev/null
    local start
    start=$(now_ms)
    podman run -d --name "$CONTAINER" -p 127.0.0.1:18080:8080 -v "$VOLUME:/deployments/data" \
        -e "MP_JWT_VERIFY_PUBLICKEY=$(cat "$work/public.pem")" -e "MP_JWT_VERIFY_ISSUER=$ISSUER" \
        "$IMAGE" >/dev/null || fail "podman run failed"
    wait_ready
    pass "ready on $URL"
    report_start "$start"
    [[ $(podman exec "$CONTAINER" id -u) == 185 ]] || fail "the service does not run as user 185"
    pass "runs as user 185"
}

check_traversal() {
    local response
    response=$(graphql "$TRAVERSAL")
    jq -e --argjson want "$EXPECTED_DATES" '(.errors | not) and ([.data.leader.visits[].date] == $want)' \
        <<<"$response" >/dev/null || fail "traversal: expected visit dates $EXPECTED_DATES, got: $response"
    pass "traversal: Nguyen Phu Trong's visits are dated $EXPECTED_DATES"
}

# Without the mutation (builds before it) the write and its read-back are skipped; with it they must work.
check_write() {
    title="Container check $(openssl rand -hex 6)"
    local response
    response=$(graphql "mutation { createSource(input: {title: \"$title\"}) { id title } }" "$token")
    if jq -e 'any(.errors[]?.message; test("createSource.*undefined"))' <<<"$response" >/dev/null; then
        skip "SKIP write/restart check: this build has no createSource mutation"
        title=""
        return
    fi
    jq -e --arg title "$title" '(.errors | not) and .data.createSource.title == $title and (.data.createSource.id | length > 0)' \
        <<<"$response" >/dev/null || fail "createSource with an editor token: $response"
    pass "createSource with an editor token: $(jq -c .data.createSource <<<"$response")"
    # The same write without a token must be refused, or the check above proves nothing about the token.
    response=$(graphql "mutation { createSource(input: {title: \"$title (anonymous)\"}) { id title } }")
    jq -e '(.errors | length > 0) and (.data.createSource == null)' <<<"$response" >/dev/null ||
        fail "createSource without a token was not refused: $response"
    pass "createSource without a token is refused: $(jq -r '.errors[0].message' <<<"$response")"
}

restart_container() {
    local start
    start=$(now_ms)
    podman restart -t 30 "$CONTAINER" >/dev/null || fail "podman restart failed"
    wait_ready
    pass "ready again after a restart, $(seconds_since "$start") after it began"
    echo "  memory: $(podman stats --no-stream --format '{{.MemUsage}}' "$CONTAINER")"
}

check_read_back() {
    if [[ -z $title ]]; then
        skip "SKIP read-back after restart: nothing was written"
        return
    fi
    local response
    response=$(graphql '{ sources { id title } }')
    jq -e --arg title "$title" 'any(.data.sources[]; .title == $title)' <<<"$response" >/dev/null ||
        fail "the source \"$title\" is gone after the restart: $response"
    pass "the source \"$title\" is still there after the restart"
}

check_volume() {
    local dir
    dir=$(podman volume inspect -f '{{.Mountpoint}}' "$VOLUME")
    ls "$dir"/bamboo*.db >/dev/null 2>&1 || fail "no H2 database files on the volume $VOLUME ($dir)"
    pass "the H2 database lives on the volume: $(cd "$dir" && ls -- bamboo*.db | tr '\n' ' ')"
}

total_start=$(now_ms)
token=""
title=""
step "tools" install_tools
step "podman setup" configure_podman
step "lint" lint
step "package" package_app
step "base image" make_base_image
step "image" build_image
step "token" make_token
step "start" start_container
step "traversal" check_traversal
step "write" check_write
step "restart" restart_container
step "traversal after restart" check_traversal
step "read back after restart" check_read_back
step "volume" check_volume
podman rm -f -t 30 "$CONTAINER" >/dev/null
podman volume rm -f "$VOLUME" >/dev/null
finished=true
echo "container check took $(seconds_since "$total_start")"
summary="container stage: $passed passed, 0 failed"
((skipped)) && summary+=", $skipped skipped"
echo "$summary"
