# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. Tools (Debian packages, PostGraphile from npm), the two builds, and the request bodies.

install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v jq >/dev/null || missing+=(jq)
    command -v curl >/dev/null || missing+=(curl)
    [[ -x /usr/bin/time ]] || missing+=(time)
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
    if ((${#missing[@]})); then
        say "installing from Debian's packages: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$LOGS/apt.log"
    fi
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    command -v jcmd >/dev/null && command -v jfr >/dev/null || fail "jcmd and jfr (JDK 17) must be on the PATH"
    local have
    have=$(jq -r .version "$BENCH/postgraphile/node_modules/postgraphile/package.json" 2>/dev/null || true)
    if [[ $have != "$PGL_VERSION" ]]; then
        say "installing postgraphile@$PGL_VERSION from npm into target/bench/postgraphile"
        npm install --prefix "$BENCH/postgraphile" --no-audit --no-fund --loglevel=error "postgraphile@$PGL_VERSION" \
            >"$LOGS/npm.log" 2>&1 || { cat "$LOGS/npm.log"; fail "npm install postgraphile@$PGL_VERSION"; }
    fi
    local versions
    versions="$(wrk -v 2>&1 | awk 'NR == 1 { print $1, $2 }'), PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }')"
    versions+=", PostGraphile $PGL_VERSION, node $(node --version), java $(java -version 2>&1 | awk -F'"' 'NR == 1 { print $2 }')"
    say "tools: $versions"
    pg5_install
}

build() {
    if [[ ${BENCH_SKIP_BUILD:-0} == 1 && -f $PG_APP/quarkus-run.jar && -f $H2_APP/app-cds.jsa ]]; then
        say "BENCH_SKIP_BUILD=1: reusing target/bench/app-pg and target/quarkus-app"
        return
    fi
    # PostgreSQL flavour first, copied away; then the H2 flavour, with Quarkus' build-time AppCDS archive, which
    # stays in target/quarkus-app.
    say "building the PostgreSQL flavour (./mvnw package -Dbamboo.db-kind=postgresql)"
    ./mvnw -B -ntp -q -DskipTests package -Dbamboo.db-kind=postgresql >"$LOGS/build-pg.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-pg.log"; fail "PostgreSQL build"; }
    rm -rf "$PG_APP"
    cp -a target/quarkus-app "$PG_APP"
    say "building the H2 flavour with -Dquarkus.package.jar.appcds.enabled=true"
    ./mvnw -B -ntp -q -DskipTests package -Dquarkus.package.jar.appcds.enabled=true >"$LOGS/build-h2.log" 2>&1 ||
        { tail -n 40 "$LOGS/build-h2.log"; fail "H2 build"; }
    [[ -f $H2_APP/app-cds.jsa ]] || fail "the H2 build made no target/quarkus-app/app-cds.jsa"
}

# Request bodies: the .graphql files (comment lines dropped) as {"query": ...}.
make_bodies() {
    local f
    mkdir -p "$BODIES"
    for f in floor bamboo-traversal bamboo-visits100 postgraphile-traversal postgraphile-visits100 \
        postgraphile5-traversal postgraphile5-visits100 "${BOUNDS[@]}"; do
        sed '/^[[:space:]]*#/d' "$SRC/$f.graphql" | jq -Rsc '{query: .}' >"$BODIES/$f.json"
    done
}

body() { # target-kind query
    case $2 in
        floor | bound-*) echo "$BODIES/$2.json" ;;
        *) echo "$BODIES/$1-$2.json" ;;
    esac
}
