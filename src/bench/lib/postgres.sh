# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. The private PostgreSQL cluster: start, a fresh database, statement and row counters.

psql_admin() { "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -At "$@"; }

start_postgres() {
    PG_DIR=$(mktemp -d /tmp/bamboo-bench-pg.XXXXXX)
    chown postgres: "$PG_DIR"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        >"$LOGS/initdb.log" 2>&1 || { cat "$LOGS/initdb.log"; fail "initdb"; }
    # Stock settings but for the address, the port and pg_stat_statements, which counts the statements of every
    # client alike (ours and PostGraphile's).
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o \
        "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements" \
        start >/dev/null || { cat "$PG_DIR/server.log"; fail "PostgreSQL did not start on 127.0.0.1:$PG_PORT"; }
    psql_admin -c "create role bamboo login password 'bamboo'"
    say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# A fresh, empty database 'bamboo'; pg_stat_statements lives in its own schema, out of PostGraphile's sight.
fresh_database() {
    psql_admin -c "drop database if exists bamboo with (force)" -c "create database bamboo owner bamboo"
    psql_admin -d bamboo -c "create schema monitor" -c "create extension pg_stat_statements schema monitor"
}

db_statements() {
    psql_admin -d bamboo -c "select coalesce(sum(s.calls), 0) from monitor.pg_stat_statements s
        join pg_database d on d.oid = s.dbid where d.datname = 'bamboo' and s.query not like '%pg_stat_statements%'"
}

rows_sql() {
    local t sql=""
    for t in "${TABLES[@]}"; do sql+="${sql:+ + }(select count(*) from $t)"; done
    echo "select $sql"
}

pg_rows() { psql_admin -d bamboo -c "$(rows_sql)"; }

h2_rows() { # data dir
    local jar
    jar=$(ls "$H2_APP"/lib/main/com.h2database.h2-*.jar)
    java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$1/bamboo" -user bamboo -password "" -sql "$(rows_sql)" |
        awk 'NR == 2 { print $1 }'
}
