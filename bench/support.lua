-- wrk script for the support button: POST /ideas/<ref>/support with the session cookie and
-- the CSRF token, alternating action=support and action=withdraw (each answers 302).
-- Arguments after "--": the path, the Cookie header value, the URL-encoded CSRF token.

local path, cookie, token
local sent = 0

function init(args)
  path, cookie, token = args[1], args[2], args[3]
end

function request()
  sent = sent + 1
  local action = (sent % 2 == 1) and "support" or "withdraw"
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }
  return wrk.format("POST", path, headers, "csrf_token=" .. token .. "&action=" .. action)
end
