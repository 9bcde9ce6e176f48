-- wrk script: POSTs one GraphQL request body, read from the file named by the first script argument, and counts the
-- responses by HTTP status; with a second argument, each connection waits that many milliseconds between requests
-- (a paced client, whose latency is not its own queue). Prints one machine-readable line when the run is done.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"), "cannot read the request body " .. tostring(args[1]))
  wrk.body = file:read("*a")
  file:close()
  pause = tonumber(args[2] or "0")
  statuses = {}
end

function delay()
  return pause
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local other = 0
  for status, n in pairs(counts) do
    if status ~= 200 and status ~= 429 then other = other + n end
  end
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f ok=%d limited=%d other=%d socket_errors=%d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    counts[200] or 0, counts[429] or 0, other, errors.connect + errors.read + errors.write + errors.timeout))
end
