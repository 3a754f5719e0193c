#include "http/json_mapping.hpp"
#include "http/routes.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json me_json(const service::Principal& p) {
  json roles = json::array();
  for (auto r : p.roles) {
    roles.push_back(domain::role_name(r));
  }
  return {{"id", p.user_id},         {"username", p.username}, {"display_name", p.display_name},
          {"unit_code", p.unit_code}, {"roles", roles},         {"language", p.language}};
}

std::string cookie(const std::string& token, long max_age_seconds) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age_seconds);
}

}  // namespace

void add_session_routes(Router& router, Services& s) {
  router.add("POST", "/api/v1/session", Access::kPublic, [&s](const ApiRequest& req) {
    auto body = parse_json_object(req.body);
    if (!body.ok()) {
      return error_response(body.error());
    }
    FieldReader r(*body, {"username", "password"});
    auto username = r.text("username", Need::kRequired, 64);
    auto password = r.text("password", Need::kRequired, 512);
    if (!r.ok()) {
      return error_response(r.error("log-in needs a username and a password"));
    }
    auto login = s.auth.login(*username, *password);
    if (!login.ok()) {
      return error_response(login.error());
    }
    json out = {{"token", login->token},
                {"csrf_token", login->csrf_token},
                {"expires_at", format_utc(login->expires_at)},
                {"user", user_json(login->user)}};
    ApiResponse res = ApiResponse::json(200, out);
    auto ttl = std::chrono::duration_cast<std::chrono::seconds>(s.auth.policy().session_ttl).count();
    res.headers.emplace_back("Set-Cookie", cookie(login->token, static_cast<long>(ttl)));
    return res;
  });

  router.add("DELETE", "/api/v1/session", Access::kSession, [&s](const ApiRequest& req) {
    Status st = s.auth.logout(req.token);
    if (!st.ok()) {
      return error_response(st.error());
    }
    ApiResponse res = ApiResponse::no_content();
    res.headers.emplace_back("Set-Cookie", cookie("", 0));
    return res;
  });

  router.add("GET", "/api/v1/me", Access::kSession, [](const ApiRequest& req) {
    json me = me_json(*req.principal);
    me["csrf_token"] = req.principal->csrf_token;
    return ApiResponse::json(200, me);
  });

  // The caller's own preferences (today only the interface language); any
  // logged-in user may change their own, unlike PATCH /users/{username}.
  router.add("PATCH", "/api/v1/me", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto patch = parse_me_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      auto user = s.users.set_own_language(*req.principal, patch->language);
      if (!user.ok()) {
        return error_response(user.error());
      }
      json me = me_json(*req.principal);
      me["language"] = user->language;
      me["csrf_token"] = req.principal->csrf_token;
      return ApiResponse::json(200, me);
    });
  });
}

}  // namespace frontline::http
