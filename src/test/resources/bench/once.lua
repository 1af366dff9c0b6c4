-- Like requests.lua, but every request of the file is sent once: each wrk thread sends its own
-- share of the list and stops when it is used up (a cold benchmark must not come back to an
-- entry it has already put in a cache).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local all = {}
  for line in io.lines(args[1]) do
    local method, path, token = line:match("^(%S+)\t(%S+)\t(%S+)")
    local headers = { ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "id" }
    table.insert(all, wrk.format(method, path, headers, nil))
  end
  local shares = 2
  requests = {}
  for i = 1, #all do
    if (i - 1) % shares == id then
      table.insert(requests, all[i])
    end
  end
  position = 0
  answered = 0
  statuses = {}
end

function request()
  position = position + 1
  if position > #requests then
    -- used up: repeat the last one until the thread stops (its answers are not counted)
    return requests[#requests]
  end
  return requests[position]
end

function response(status, headers, body)
  answered = answered + 1
  if answered <= #requests then
    statuses[status] = (statuses[status] or 0) + 1
  end
  if answered >= #requests then
    wrk.thread:stop()
  end
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
