-- wrk script for the R22 benchmark: POSTs {"ids":[...1000 ids...]} to the URL given on the command line.
-- Each batch: 900 ids drawn uniformly from the 1,000,000 loaded items (so ~10 % of them demoted, plus the
-- removed, labelled, rated and repeat-offender ones at their rates in load-data.sql) and 100 ids Veracity
-- has never seen, in random order. Every thread pre-builds 256 different batches (the generator's own cost
-- stays out of the measurement) and sends them in random order.
-- Environment: BENCH_TOKEN (bearer token; omitted when empty), BENCH_LABEL (name printed in the result line),
-- BENCH_SEED (the batches' random seed; the same seed sends the same batches).
local BATCH, KNOWN, ITEMS, PREBUILT = 1000, 900, 1000000, 256
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

local requests = {}

function init(args)
  -- BENCH_SEED makes runs send the same batches (a warm-up then the measurement); without it every run differs.
  math.randomseed((tonumber(os.getenv("BENCH_SEED") or "") or os.time()) * 1000 + (seed or 0) * 7919)
  local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
  local token = os.getenv("BENCH_TOKEN")
  if token ~= nil and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  for r = 1, PREBUILT do
    local ids = {}
    for i = 1, BATCH do
      if i <= KNOWN then
        ids[i] = '"post_' .. (1000000000000 + math.random(1, ITEMS)) .. '"'
      else
        ids[i] = '"post_' .. (2000000000000 + math.random(1, 1000000000)) .. '"'
      end
    end
    for i = BATCH, 2, -1 do
      local j = math.random(1, i)
      ids[i], ids[j] = ids[j], ids[i]
    end
    requests[r] = wrk.format("POST", nil, headers, '{"ids":[' .. table.concat(ids, ",") .. ']}')
  end
end

function request()
  return requests[math.random(1, PREBUILT)]
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT label=%s batches=%d seconds=%.1f batches_per_s=%.1f answers_per_s=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f mean_ms=%.2f bytes_per_batch=%.0f non2xx=%d socket_errors=%d\n",
    os.getenv("BENCH_LABEL") or "run", summary.requests, seconds, summary.requests / seconds,
    summary.requests * BATCH / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000,
    summary.bytes / math.max(summary.requests, 1), summary.errors.status, errors))
end
