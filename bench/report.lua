-- wrk script for `make bench`: requests rotate over the paths in BENCH_PATHS
-- (one per line); at the end, one line of JSON with the figures we report.
-- BENCH_STATUSES=1 also counts the answers by status and X-Page-Cache
-- ("200 hit", "200 stale", "503 -", …): used by the PostgreSQL restart run only,
-- since handing every response to Lua costs throughput.
local paths = {}
for line in string.gmatch(os.getenv("BENCH_PATHS") or "/", "[^\n]+") do
  table.insert(paths, line)
end
local counter = 0
local counting = os.getenv("BENCH_STATUSES") == "1"
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

if counting then
  statuses = {}
  response = function(status, headers, body)
    local key = tostring(status) .. " " .. (headers["X-Page-Cache"] or "-")
    statuses[key] = (statuses[key] or 0) + 1
  end
end

local function statuses_json()
  local totals = {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("statuses") or {}) do
      totals[key] = (totals[key] or 0) + count
    end
  end
  local parts = {}
  for key, count in pairs(totals) do
    table.insert(parts, string.format('"%s": %d', key, count))
  end
  table.sort(parts)
  return "{" .. table.concat(parts, ", ") .. "}"
end

done = function(summary, latency, requests)
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "errors_connect": %d, "errors_read": %d, ' ..
    '"errors_write": %d, "errors_status": %d, "errors_timeout": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"statuses": %s}\n',
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    counting and statuses_json() or "{}"))
end
