-- Filtered case list: GET /api/v1/cases with filters an officer really uses,
-- taken in turn (each thread starts at a different one).
-- Usage: wrk -s bench/wrk/list.lua URL -- TOKEN [SCENARIO_NAME]
-- report.lua sits beside this script (wrk loads scripts with luaL_dofile, so
-- the chunk name is "@" followed by the path given to -s).
dofile((string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./") .. "report.lua")

local queries = {
  "?status=under_investigation",
  "?province=LS",
  "?trafficking_form=forced_criminality&from=2024-01-01",
  "?q=campuchia",
  "?status=reported,under_verification&trafficking_form=forced_labour&from=2023-01-01&to=2025-12-31",
  "?province=TN&q=facebook",
  "?unit=BCH-LS&status=under_investigation",
  "",
  "?offset=200&limit=20",
  "?status=closed&offset=1000&limit=50",
}

function init(args)
  local token = args[1] or error("list.lua needs the bearer token as its first argument")
  scenario = args[2] or "list"
  local headers = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
  prepared = {}
  for i, q in ipairs(queries) do
    prepared[i] = wrk.format("GET", "/api/v1/cases" .. q, headers)
  end
  next_query = ((thread_index or 1) * 3) % #prepared
end

function request()
  next_query = next_query % #prepared + 1
  return prepared[next_query]
end
