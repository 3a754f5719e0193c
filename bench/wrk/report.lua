-- Shared by create.lua and list.lua (loaded with dofile). Defines wrk's
-- setup(), response() and done() callbacks:
--   * every response whose status is not 2xx is counted per thread, and the
--     first one's status and body are kept as a sample for the log;
--   * done() prints exactly one line holding one JSON object:
--     {"scenario", "requests", "duration_s", "rps",
--      "latency_ms": {"p50","p90","p99","max","mean"},
--      "errors": {"connect","read","write","timeout","status_4xx_5xx","non2xx"},
--      "bad_sample": null | {"status", "body"}}
-- The scenario script sets the global `scenario` and defines init()/request().

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_index", #threads)
end

non2xx = 0
bad_status = 0
bad_body = ""

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if bad_status == 0 then
      bad_status = status
      bad_body = string.sub(body or "", 1, 400)
    end
  end
end

local function json_string(s)
  s = string.gsub(s, '[%c"\\]', function(c)
    if c == '"' then return '\\"' end
    if c == "\\" then return "\\\\" end
    return string.format("\\u%04x", string.byte(c))
  end)
  return '"' .. s .. '"'
end

function done(summary, latency, requests)
  local bad = 0
  local sample = "null"
  for _, t in ipairs(threads) do
    bad = bad + (t:get("non2xx") or 0)
    local st = t:get("bad_status") or 0
    if sample == "null" and st ~= 0 then
      sample = string.format('{"status":%d,"body":%s}', st, json_string(t:get("bad_body") or ""))
    end
  end
  -- init() ran only in the threads' states, so the name comes from there.
  local name = threads[1] and threads[1]:get("scenario") or "unnamed"
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"scenario":%s,"requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"latency_ms":{"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f},' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status_4xx_5xx":%d,"non2xx":%d},' ..
    '"bad_sample":%s}\n',
    json_string(name), summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000,
    e.connect, e.read, e.write, e.timeout, e.status, bad, sample))
end
