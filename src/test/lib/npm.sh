# Sourced by the check scripts that run npm tools: npm_tools DIR PACKAGE@VERSION… installs the pinned packages into
# DIR (kept between runs, so a repeat run installs nothing) and leaves NODE_PATH and PATH pointing at them. The
# packages stay out of the repository; the versions are pinned where the scripts name them.

npm_tools() {
    local dir=$1
    shift
    mkdir -p "$dir"
    local wanted="$*"
    if [[ $(cat "$dir/.installed" 2>/dev/null) != "$wanted" ]]; then
        [[ -f $dir/package.json ]] || echo '{"private": true}' >"$dir/package.json"
        (cd "$dir" && npm install --no-audit --no-fund --loglevel=error --save-exact "$@" >/dev/null)
        echo "$wanted" >"$dir/.installed"
    fi
    echo "npm tools in $dir: $wanted"
    export NODE_PATH=$dir/node_modules
    export PATH=$dir/node_modules/.bin:$PATH
}
