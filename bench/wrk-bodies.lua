-- wrk script for Graph.Bench and bench/peers.sh: POST to the URL's path, in turn, the GraphQL requests in the file named by
-- BODIES (one JSON body a line: the bench's drawn with its skew, the peers' one), and print one line both read (latencies
-- in microseconds; errors are socket errors, timeouts and non-2xx answers).
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local headers = { ["Content-Type"] = "application/json" }
local sent = 0

function setup(thread)
  thread:set("offset", math.random(#bodies))
end

function request()
  sent = (sent + 1) % #bodies
  return wrk.format("POST", wrk.path, headers, bodies[((sent + (offset or 0)) % #bodies) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
end
