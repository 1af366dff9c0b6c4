-- Replays requests from a file, one per line: METHOD<TAB>PATH<TAB>TOKEN[<TAB>BODY].
-- Each wrk thread starts at its own share of the list (args[2]: how many threads, default 2), so a
-- list of one-time requests such as first check-ins is not replayed before it is used up;
-- status counts are summed in done().
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local method, path, token, body = line:match("^(%S+)\t(%S+)\t(%S+)\t?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "id" }
    if body ~= nil and body ~= "" then
      headers["Content-Type"] = "application/json"
    else
      body = nil
    end
    table.insert(requests, wrk.format(method, path, headers, body))
  end
  local shares = tonumber(args[2]) or 2
  position = math.floor(id * #requests / shares) % #requests
  statuses = {}
end

function request()
  position = position % #requests + 1
  return requests[position]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, n in pairs(s) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, string.format("\"%d\":%d", status, n))
  end
  local errors = summary.errors
  io.write(string.format(
    "RESULT {\"requests\":%d,\"durationMicros\":%d,\"socketErrors\":%d,\"p50\":%d,\"p90\":%d,\"p99\":%d,\"max\":%d,\"p95\":%d,\"statuses\":{%s}}\n",
    summary.requests, summary.duration, errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency:percentile(95), table.concat(parts, ",")))
end
