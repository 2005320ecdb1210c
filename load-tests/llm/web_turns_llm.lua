-- P4: every connection is one web-chat conversation whose every turn asks the (slow) model.
-- The business vouches for its users with its key (ADR 0020), so each connection keeps one userId.
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
init = function(args)
  conn = 0
end
request = function()
  conn = conn + 1
  local user = "p4-" .. tid .. "-" .. (conn % 1000)
  local body = '{"userId":"' .. user .. '","text":"are you open on saturday?"}'
  return wrk.format("POST", "/webhooks/web/demo", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("KEY")
  }, body)
end
