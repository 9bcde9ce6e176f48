# shellcheck shell=bash
# Part of src/bench/import.sh and src/bench/search.sh, which source it after setting WORK, PG_BIN, PG_DIR, PG_PORT and
# NAME (the script's name in messages). Building the two flavours, and a private PostgreSQL 15 cluster.

PG_STARTED=no

say() { echo "--- $*" >&2; }
fail() { echo "$NAME: $*" >&2; exit 1; }

# The server refuses to run as root: as root, run its tools as postgres.
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_pg() {
    if [[ $PG_STARTED == yes ]]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null || true; fi
}

# Each flavour is built in a copy of the tree, so target/ keeps whatever the user built there. Prints the app folder.
build() {
    local kind=$1 out=$WORK/app-$1 tree=$WORK/tree-$1
    say "building the $kind flavour"
    rm -rf "$tree" && mkdir -p "$tree"
    tar --exclude=./target --exclude=./data --exclude=./.git -cf - . | tar -C "$tree" -xf -
    (cd "$tree" && ./mvnw -B -ntp -q package -DskipTests -Dbamboo.db-kind="$kind") >"$WORK/build-$kind.log" 2>&1 ||
        { tail -n 30 "$WORK/build-$kind.log"; fail "build of $kind"; }
    rm -rf "$out" && cp -r "$tree/target/quarkus-app" "$out" && rm -rf "$tree"
    echo "$out"
}

# Makes the cluster in $PG_DIR once (kept between runs) and starts it on 127.0.0.1:$PG_PORT. $1: what to set instead.
start_pg() {
    [[ -x $PG_BIN/postgres ]] || fail "PostgreSQL 15 is not installed (or $1)"
    if [[ ! -f $PG_DIR/data/PG_VERSION ]]; then
        mkdir -p "$PG_DIR/data" "$PG_DIR/run"
        ((EUID != 0)) || chown -R postgres:postgres "$PG_DIR"
        as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=trust --encoding=UTF8 \
            --locale=C.UTF-8 >"$PG_DIR/initdb.log"
    fi
    mkdir -p "$PG_DIR/run" && { ((EUID != 0)) || chown postgres:postgres "$PG_DIR/run"; }
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_DIR/run -c listen_addresses=127.0.0.1" start >/dev/null
    PG_STARTED=yes
}

# A fresh, empty database of this name in the private cluster.
fresh_pg_database() {
    as_pg "$PG_BIN/psql" -X -q -h "$PG_DIR/run" -p "$PG_PORT" -U postgres -d postgres \
        -c "drop database if exists $1 with (force)" -c "create database $1"
}

# The machine's load beside the figures: above 4 (two cores shared) they are indicative only.
print_load() { echo "load average at $1: $(cut -d' ' -f1-3 /proc/loadavg)"; }
