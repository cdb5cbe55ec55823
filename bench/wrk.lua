-- wrk script for bench/run.py.
--   BENCH_PATHS     file with one request path per line; more than one rotates through them
--   BENCH_UNCACHED  "1": every request gets a distinct Accept header (same media type), so a
--                   response cache keyed on it misses while the query itself stays the same
--   BENCH_FIRST_REQUEST  where this run's request numbers start (distinct for every run)
-- done() prints one line, "BENCH {json}", read by the harness.

local paths = {}
local file = os.getenv("BENCH_PATHS")
if file then
  for line in io.lines(file) do
    if #line > 0 then paths[#paths + 1] = line end
  end
end
local uncached = os.getenv("BENCH_UNCACHED") == "1"
local counter = tonumber(os.getenv("BENCH_FIRST_REQUEST") or "0")

if #paths > 1 or uncached then
  request = function()
    counter = counter + 1
    local path = paths[(counter - 1) % #paths + 1]
    if uncached then
      wrk.headers["Accept"] = "application/json, application/x-bench-" .. counter .. ";q=0.1"
    end
    return wrk.format(nil, path)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,' ..
    '"timeout":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"mean_us":%.1f,"max_us":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
