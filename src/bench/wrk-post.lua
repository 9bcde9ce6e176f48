-- wrk script: POSTs one GraphQL request body, read from the file named by the first script argument
-- (wrk ... -s wrk-post.lua URL -- body.json), and prints one machine-readable line when the run is done.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
  local file = assert(io.open(args[1], "rb"), "cannot read the request body " .. tostring(args[1]))
  wrk.body = file:read("*a")
  file:close()
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f socket_errors=%d http_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
