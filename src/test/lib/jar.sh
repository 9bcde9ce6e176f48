# Sourced by the check scripts that need the packaged service running: start_jar PORT starts
# target/quarkus-app/quarkus-run.jar (building it first when it is missing) on 127.0.0.1:PORT with a data directory
# of its own, waits until /q/health/ready answers, and stop_jar stops it. Extra arguments to start_jar go to the JVM.

JAR=target/quarkus-app/quarkus-run.jar

start_jar() {
    local port=$1
    shift
    if [[ ! -f $JAR ]]; then
        ./mvnw -B -ntp -q package -DskipTests
    fi
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "port $port is taken by another process" >&2
        return 1
    fi
    JAR_DIR=$(mktemp -d)
    BAMBOO_DATA_DIR=$JAR_DIR/data java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" "$@" \
        -jar "$JAR" >"$JAR_DIR/server.log" 2>&1 &
    JAR_PID=$!
    local i
    for ((i = 0; i < 120; i++)); do
        if curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; then
            echo "service ready on 127.0.0.1:$port after ${i} s"
            return 0
        fi
        if ! kill -0 "$JAR_PID" 2>/dev/null; then
            break
        fi
        sleep 1
    done
    echo "the service did not become ready; its log:" >&2
    tail -n 40 "$JAR_DIR/server.log" >&2
    stop_jar
    return 1
}

stop_jar() {
    if [[ -n ${JAR_PID:-} ]]; then
        kill "$JAR_PID" 2>/dev/null || true
        wait "$JAR_PID" 2>/dev/null || true
        JAR_PID=
    fi
    [[ -z ${JAR_DIR:-} ]] || rm -rf "$JAR_DIR"
}
