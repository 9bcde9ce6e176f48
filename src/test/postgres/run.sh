#!/usr/bin/env bash
# The whole test suite on PostgreSQL: the PostgreSQL flavour of the application (-Dbamboo.db-kind=postgresql) against
# a private PostgreSQL 15 server, with the durability and two-instance checks among the integration tests.
#
# Run from the repository root, as root (it installs PostgreSQL 15 from Debian's packages when it is missing, and runs
# the server as the user postgres) or as a user who can run an installed PostgreSQL 15. The cluster lives under
# $BAMBOO_PG_DIR (default /tmp/bamboo-pg-15) and listens on 127.0.0.1:$BAMBOO_PG_PORT (default 55432) only; it is
# kept between runs and made only once, started here and stopped at the end (BAMBOO_PG_KEEP=1 leaves it running).
# Every run starts on freshly created test databases. The suite runs in a copy of the work tree, so that the H2 build
# in ./target, which later stages package, is left as it is. Arguments are passed on to Maven, e.g.
# -Dit.test=TwoInstancesIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false.
set -euo pipefail

PG_VERSION=15
PG_PORT=${BAMBOO_PG_PORT:-55432}
PG_DIR=${BAMBOO_PG_DIR:-/tmp/bamboo-pg-$PG_VERSION}
PG_DATA=$PG_DIR/data
PG_SOCKETS=$PG_DIR/run
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
WORK=${BAMBOO_PG_WORK:-/tmp/bamboo-pg-suite}

# A throwaway user on a server that listens on the loopback only.
DB_USER=bamboo_test
DB_PASSWORD=bamboo_test
MAIN_DB=bamboo_test
# The package-built jar never has the test fixture migrations (quarkus.flyway.locations is fixed at build time), so
# the @QuarkusIntegrationTest launches cannot share the database the @QuarkusTest classes migrated with them: Flyway
# would refuse to start ("applied migration not resolved locally"). On H2 each launch has a fresh in-memory database;
# here they get a fresh database of their own, IT_DB.
IT_DB=${MAIN_DB}_it
# The main test database, those of the test profiles with a database of their own (TestDatabases: main db + suffix,
# read from the tests themselves so that a new profile gets its database), the packaged-jar tests' one, and those of
# the process-level ITs in org.bamboograph.durability.
mapfile -t PROFILE_DBS < <(grep -rhoE 'TestDatabases\.url\("[a-z0-9-]+"\)' src/test/java | sed -E 's/.*\("([a-z0-9-]+)"\).*/\1/' \
    | sort -u | sed "s/-/_/g; s/^/${MAIN_DB}_/")
DATABASES=("$MAIN_DB" "${PROFILE_DBS[@]}" "$IT_DB" "${MAIN_DB}_durability" "${MAIN_DB}_two")

ROOT=$PWD
SHARED=${BAMBOO_SHARED_DIR:-$ROOT/../shared}

step() {
    local name=$1 start=$SECONDS
    shift
    echo "--- $name"
    "$@"
    echo "--- $name: took $((SECONDS - start)) s"
}

# The server refuses to run as root: as root, run its tools as postgres.
as_pg() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

admin_sql() {
    as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKETS" -p "$PG_PORT" -U postgres -d postgres "$@"
}

install_postgres() {
    if [[ -x $PG_BIN/postgres ]]; then
        echo "PostgreSQL $PG_VERSION is installed"
        return
    fi
    ((EUID == 0)) || { echo "PostgreSQL $PG_VERSION is missing, and installing it needs root" >&2; exit 1; }
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "postgresql-$PG_VERSION" >/dev/null
}

init_cluster() {
    if [[ -f $PG_DATA/PG_VERSION && $(cat "$PG_DATA/PG_VERSION") == "$PG_VERSION" ]]; then
        echo "cluster in $PG_DATA: reused"
        return
    fi
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA" "$PG_SOCKETS"
    ((EUID != 0)) || chown -R postgres:postgres "$PG_DIR"
    # C.UTF-8 sorts by code point, as H2 does, so ordered results compare between the two.
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" ||
        { cat "$PG_DIR/initdb.log" >&2; exit 1; }
    echo "cluster made in $PG_DATA"
}

start_cluster() {
    mkdir -p "$PG_SOCKETS"
    ((EUID != 0)) || chown postgres:postgres "$PG_SOCKETS"
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        echo "the cluster is running already: reused"
    else
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-p $PG_PORT -k $PG_SOCKETS -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null ||
            { tail -n 20 "$PG_DIR/server.log" >&2; exit 1; }
    fi
    running=true
    echo "server: $("$PG_BIN/postgres" --version), on 127.0.0.1:$PG_PORT"
}

stop_cluster() {
    if [[ ${running:-false} == true && ${BAMBOO_PG_KEEP:-} != 1 ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
        echo "PostgreSQL stopped"
    fi
}

make_databases() {
    admin_sql <<SQL
do \$\$ begin
    if not exists (select from pg_roles where rolname = '$DB_USER') then
        create role $DB_USER login password '$DB_PASSWORD';
    else
        alter role $DB_USER login password '$DB_PASSWORD';
    end if;
end \$\$;
SQL
    local db
    for db in "${DATABASES[@]}"; do
        admin_sql -c "drop database if exists $db with (force)" -c "create database $db owner $DB_USER"
    done
    echo "fresh databases owned by $DB_USER: ${DATABASES[*]}"
    # Over TCP with the password, as the tests connect.
    echo "version: $(PGPASSWORD=$DB_PASSWORD "$PG_BIN/psql" -X -At -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" \
        -d "$MAIN_DB" -c 'select version()')"
}

copy_tree() {
    rm -rf "$WORK"
    mkdir -p "$WORK"
    tar -C "$ROOT" --exclude=./target --exclude=./data --exclude=./.git -cf - . | tar -C "$WORK" -xf -
    echo "work tree copied to $WORK"
}

run_suite() {
    local shared_opt=()
    [[ -d $SHARED ]] && shared_opt=("-Dbamboo.shared.dir=$(cd "$SHARED" && pwd)")
    (
        cd "$WORK"
        export BAMBOO_TEST_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$MAIN_DB"
        export BAMBOO_TEST_DB_USER=$DB_USER
        export BAMBOO_TEST_DB_PASSWORD=$DB_PASSWORD
        ./mvnw -B -ntp verify -Dbamboo.db-kind=postgresql "${shared_opt[@]}" \
            "-Dquarkus.test.arg-line=-Dbamboo.test.jdbc-url=jdbc:postgresql://127.0.0.1:$PG_PORT/$IT_DB" "$@"
    )
}

running=false
trap stop_cluster EXIT
trap 'exit 130' INT TERM

step "install" install_postgres
step "cluster" init_cluster
step "start" start_cluster
step "databases" make_databases
step "copy" copy_tree
step "suite on PostgreSQL (./mvnw verify -Dbamboo.db-kind=postgresql)" run_suite "$@"
