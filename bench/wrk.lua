-- wrk script of bench/http.sh:  wrk ... -s bench/wrk.lua URL -- MODE TOKEN RUN
--   MODE post: POST a valid iOS update status (the README's create) with a fresh deviceId per request
--              ("bench-RUN-THREAD-N": unique per run, so no create meets a held natural key, a 409);
--   MODE get:  GET the URL as given.
-- done() prints one line for http.sh: "RESULT requests/s p99-ms non-2xx socket-errors".

local body = [[{"@odata.type":"#microsoft.graph.iosUpdateDeviceStatus","installStatus":"available",]]
  .. [["osVersion":"Os Version value","deviceId":"bench-%s-%d-%d","userId":"User Id value",]]
  .. [["deviceDisplayName":"Device Display Name value","userName":"User Name value",]]
  .. [["deviceModel":"Device Model value","complianceGracePeriodExpirationDateTime":"2016-12-31T23:56:44.951111-08:00",]]
  .. [["status":"notApplicable","lastReportedDateTime":"2017-01-01T00:00:17.7769392-08:00",]]
  .. [["userPrincipalName":"User Principal Name value"}]]

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local mode, run, sent, fixed = "get", "0", 0, nil
function init(args)
  mode, run = args[1] or "get", args[3] or "0"
  if args[2] and args[2] ~= "" then wrk.headers["Authorization"] = "Bearer " .. args[2] end
  if mode == "post" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  else
    fixed = wrk.format()
  end
end

function request()
  if fixed then return fixed end
  sent = sent + 1
  return wrk.format(nil, nil, nil, string.format(body, run, thread_no, sent))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %d %d\n", summary.requests / summary.duration * 1e6,
    latency:percentile(99) / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end
