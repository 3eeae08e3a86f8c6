-- The soak test's traffic for wrk: four requests in five read what visitors read most (pages and
-- API lists, from QUORUM_READS), one in five raises an action through the API as an administrator.
-- Every answer of 400 or above counts as an error; done() prints one line the script reads.
local token = os.getenv("QUORUM_TOKEN")
local meeting = os.getenv("QUORUM_MEETING")
local owner = os.getenv("QUORUM_OWNER")
local reads = {}
for path in string.gmatch(os.getenv("QUORUM_READS") or "/", "%S+") do
  table.insert(reads, path)
end

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  writes = 0
  count = 0
  math.randomseed(os.time() * 100 + id)
end

function request()
  count = count + 1
  if count % 5 == 0 then
    writes = writes + 1
    local body = string.format(
      '{"meetingId":%s,"ownerIds":[%s],"text":"Soak action %d-%d","dueDate":"2030-06-30"}', meeting, owner, id, count)
    return wrk.format("POST", "/api/v1/actions",
      { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
  end
  return wrk.format("GET", reads[math.random(#reads)])
end

function response(status, headers, body)
  if status >= 400 then
    errors = errors + 1
    if errors <= 3 then
      io.stderr:write("HTTP " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local failed, written = 0, 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
    written = written + thread:get("writes")
  end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d writes=%d errors=%d socket_errors=%d p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, written, failed, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
