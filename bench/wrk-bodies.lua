-- wrk script for Graph.Bench and bench/peers.sh: POST to the URL's path, in turn, the GraphQL requests in the file named by
-- BODIES (one JSON body a line: the bench's drawn with its skew, the peers' one), and print one line both read (latencies
-- in microseconds; errors are socket errors, timeouts and non-2xx answers).
-- The first thread sends the bodies in the file's order from the first, as the bench's store and .NET runs ask them, so a
-- run on one connection that ends before the list does compares the same draws; further threads start spread along it.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local headers = { ["Content-Type"] = "application/json" }
local threads = 0
local sent = 0

function setup(thread)
  thread:set("offset", math.floor(threads * 0.618 * #bodies) % #bodies)
  -- wrk asks the first thread for one request to check the script before it sends any; that one must not move the turn.
  thread:set("probe", threads == 0)
  threads = threads + 1
end

function request()
  local body = bodies[((sent + (offset or 0)) % #bodies) + 1]
  if probe then probe = false else sent = sent + 1 end
  return wrk.format("POST", wrk.path, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.status + e.timeout))
  -- wrk's percentiles count, for each request slower than the mean, the requests the connection would have sent meanwhile,
  -- so one stall of S seconds reads as a p99 near S; the slowest request tells a stall from a tail. A line of its own, so
  -- readers of the line above (bench/peers.sh) are unchanged.
  io.write(string.format("RESULT_MAX max_us=%d\n", latency.max))
end
