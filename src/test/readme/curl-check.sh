# Sourced by the README check's runner before an example: curl as the examples call it, plus the checks. The answer
# is printed as curl gives it; curl's own failure is returned, and so is an answer that carries GraphQL "errors".
# When the check runs the service on another port, localhost:8080 in the arguments is pointed at it.
curl() {
    local args=() arg out status=0
    for arg in "$@"; do
        args+=("${arg//localhost:8080/localhost:${README_PORT:-8080}}")
    done
    out=$(mktemp)
    command curl "${args[@]}" >"$out" || status=$?
    cat "$out"
    [[ ! -s $out ]] || echo
    if ((status == 0)) && grep -q '"errors"' "$out"; then
        echo "the answer carries errors" >&2
        status=1
    fi
    rm -f "$out"
    return $status
}
