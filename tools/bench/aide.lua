-- wrk script for scripts/bench.sh: the help command "aide", a Teams personal-chat message activity shaped as the
-- Agents Playground sends it (tests/ConventionBot.Tests/Infrastructure/Activities.cs). Each request comes from the
-- next of CONVERSATIONS users (one personal conversation each, round robin), so no conversation exceeds Teams'
-- per-conversation send limits, as with real users.
-- Arguments (after --): SERVICE_URL CONVERSATIONS [FIRST], FIRST being the number of the first user (default 0), so
-- that successive warm-up runs go on where the last one stopped. done() prints one machine-readable BENCH line.
local template = [[{"type":"message","id":"msg-%d","timestamp":"2025-03-14T09:00:00.000Z","localTimestamp":"2025-03-14T10:00:00.000+01:00",]]
  .. [["channelId":"msteams","serviceUrl":"%s","locale":"fr-FR","textFormat":"plain","text":"aide",]]
  .. [["from":{"id":"29:user-%d","name":"Camille Martin","aadObjectId":"11111111-1111-1111-1111-%012d"},]]
  .. [["recipient":{"id":"28:conventionbot","name":"ConventionBot"},]]
  .. [["conversation":{"id":"a:personal-%d","conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000aa"},]]
  .. [["channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000aa"}}}]]

local serviceUrl, conversations
local sent = 0

function init(args)
  serviceUrl = args[1]
  conversations = tonumber(args[2])
  sent = tonumber(args[3] or "0")
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=utf-8"

function request()
  local user = sent % conversations
  sent = sent + 1
  return wrk.format(nil, "/api/messages", nil, string.format(template, sent, serviceUrl, user, user, user))
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
