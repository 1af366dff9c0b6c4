-- What requests.lua and once.lua share: reading a request file and reporting one RESULT line.
-- wrk finds it through LUA_PATH, which the benchmark sets to this folder (Wrk.java, bench/startup.sh).
local M = {}

-- The file's requests, formatted once: one a line, METHOD<TAB>PATH<TAB>TOKEN[<TAB>BODY] (a JSON body).
function M.read(path)
  local requests = {}
  for line in io.lines(path) do
    local method, target, token, body = line:match("^(%S+)\t(%S+)\t(%S+)\t?(.*)$")
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "id" }
    if body ~= nil and body ~= "" then
      headers["Content-Type"] = "application/json"
    else
      body = nil
    end
    table.insert(requests, wrk.format(method, target, headers, body))
  end
  return requests
end

-- Each thread's status counts, summed, and wrk's figures as the one line Wrk.java reads.
function M.report(threads, summary, latency)
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

return M
