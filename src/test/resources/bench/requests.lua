-- Replays requests from a file, one per line: METHOD<TAB>PATH<TAB>TOKEN[<TAB>BODY] (requestfile.lua).
-- Each wrk thread starts at its own share of the list (args[2]: how many threads, default 2), so a
-- list of one-time requests such as first check-ins is not replayed before it is used up;
-- status counts are summed in done().
local requestfile = require("requestfile")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = requestfile.read(args[1])
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
  requestfile.report(threads, summary, latency)
end
