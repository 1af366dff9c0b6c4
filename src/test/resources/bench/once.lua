-- Like requests.lua, but every request of the file is sent once: each wrk thread sends its own
-- share of the list and stops when it is used up (a cold benchmark must not come back to an
-- entry it has already put in a cache).
local requestfile = require("requestfile")
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local all = requestfile.read(args[1])
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
  requestfile.report(threads, summary, latency)
end
