-- Case creation: POST /api/v1/cases with realistic bodies taken in turn. The
-- bench user belongs to the Border Guard Command (no province of its own), so
-- every body names the province; unit_code is left out (the user's unit).
-- Usage: wrk -s bench/wrk/create.lua URL -- TOKEN [SCENARIO_NAME]
-- report.lua sits beside this script (wrk loads scripts with luaL_dofile, so
-- the chunk name is "@" followed by the path given to -s).
dofile((string.match(debug.getinfo(1, "S").source, "^@(.*/)") or "./") .. "report.lua")

local bodies = {
  '{"title":"Nghi vấn mua bán người qua biên giới","trafficking_form":"forced_criminality",' ..
  '"province_code":"TN","route":{"origin_country":"VN","destination_country":"KH","border_crossing":"Mộc Bài"},' ..
  '"recruitment":{"channel":"online_platform","platform":"facebook","platform_name":"Việc làm Campuchia"}}',

  '{"title":"Ba phụ nữ bị dụ sang Trung Quốc lấy chồng","trafficking_form":"forced_marriage",' ..
  '"province_code":"LS","summary":"Người môi giới hứa hẹn kết hôn với người nước ngoài, thu giữ giấy tờ tùy thân.",' ..
  '"route":{"origin_country":"VN","destination_country":"CN","border_crossing":"Hữu Nghị"},' ..
  '"recruitment":{"channel":"broker"}}',

  '{"title":"Lao động bị giữ tại sòng bạc trực tuyến","trafficking_form":"forced_labour",' ..
  '"province_code":"AG","reported_on":"2026-01-15",' ..
  '"route":{"origin_country":"VN","transit_countries":["KH"],"destination_country":"MM","border_crossing":"Tịnh Biên"},' ..
  '"recruitment":{"channel":"online_platform","platform":"telegram","platform_name":"Tuyển dụng lương cao 2000 USD"}}',

  '{"title":"Thiếu nữ bị bán vào cơ sở mại dâm","trafficking_form":"sexual_exploitation",' ..
  '"province_code":"LC","route":{"origin_country":"VN","destination_country":"CN","border_crossing":"Lào Cai"},' ..
  '"recruitment":{"channel":"acquaintance"}}',
}

function init(args)
  local token = args[1] or error("create.lua needs the bearer token as its first argument")
  scenario = args[2] or "create"
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
  }
  prepared = {}
  for i, b in ipairs(bodies) do
    prepared[i] = wrk.format("POST", "/api/v1/cases", headers, b)
  end
  next_body = (thread_index or 1) % #prepared
end

function request()
  next_body = next_body % #prepared + 1
  return prepared[next_body]
end
