# shellcheck shell=bash
# Part of src/bench/run.sh, which sources it after its settings. Stopping what the benchmark started, by process id, and the exit trap that stops all of it.

# Stops one process we started (and the children it forked, such as PostGraphile's cluster workers), by id.
stop_pid() {
    local pid=$1 limit=${2:-60} child
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    local children
    children=$(pgrep -P "$pid" || true)
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < limit * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    for child in $children; do kill -TERM "$child" 2>/dev/null || true; done
    wait "$pid" 2>/dev/null || true
    local keep=()
    for child in "${PIDS[@]}"; do [[ $child == "$pid" ]] || keep+=("$child"); done
    PIDS=("${keep[@]}")
}

cleanup() {
    local rc=$? pid
    for pid in "${PIDS[@]}"; do stop_pid "$pid" 20; done
    if [[ -n $PG_DIR && -d $PG_DIR ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    ((rc == 0)) || echo "benchmark stopped with exit code $rc; logs in $LOGS" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM
