-- First turns of new conversations (issue 17's P2c): every request comes from a web customer never
-- seen before, so each one creates a customer, a conversation and a session.
local counter = 0
local id = 0
setup = function(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
request = function()
  id = id + 1
  local user = "new-" .. tid .. "-" .. id .. "-" .. math.random(1, 1000000000)
  local body = '{"userId":"' .. user .. '","text":"what are your opening hours?"}'
  return wrk.format("POST", "/webhooks/web/demo", {["Content-Type"] = "application/json"}, body)
end
