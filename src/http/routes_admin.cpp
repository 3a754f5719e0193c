#include <charconv>

#include "http/json_mapping.hpp"
#include "http/routes.hpp"
#include "store/audit_append.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json users_json(const std::vector<domain::User>& users) {
  json items = json::array();
  for (const auto& u : users) {
    items.push_back(user_json(u));
  }
  return {{"items", items}, {"total", items.size()}};
}

int64_t int_or(const std::optional<std::string>& v, int64_t fallback, bool& bad) {
  if (!v) {
    return fallback;
  }
  int64_t out = 0;
  auto [ptr, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  bad = bad || ec != std::errc() || ptr != v->data() + v->size();
  return out;
}

}  // namespace

void add_admin_routes(Router& router, Services& s) {
  router.add("GET", "/api/v1/users", Access::kSession, [&s](const ApiRequest& req) {
    return respond(s.users.list_users(*req.principal), 200, users_json);
  });

  router.add("POST", "/api/v1/users", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto u = parse_new_user(body);
      if (!u.ok()) {
        return error_response(u.error());
      }
      return respond(s.users.add_user(*req.principal, *u), 201, user_json);
    });
  });

  router.add("GET", "/api/v1/users/{username}", Access::kSession, [&s](const ApiRequest& req) {
    return respond(s.users.get_user(*req.principal, req.path_params.at("username")), 200, user_json);
  });

  router.add("PATCH", "/api/v1/users/{username}", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto patch = parse_user_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(s.users.update_user(*req.principal, req.path_params.at("username"), *patch), 200, user_json);
    });
  });

  router.add("POST", "/api/v1/users/{username}/password", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"password"});
      auto password = r.text("password", Need::kRequired, 512);
      if (!r.ok()) {
        return error_response(r.error());
      }
      Status st = s.users.reset_password(*req.principal, req.path_params.at("username"), *password);
      return st.ok() ? ApiResponse::no_content() : error_response(st.error());
    });
  });

  router.add("GET", "/api/v1/audit", Access::kSession, [&s](const ApiRequest& req) {
    if (!req.principal->can(domain::Permission::kAuditRead)) {
      return error_response(Error::denied("reading the audit log needs the admin role"));
    }
    store::AuditQuery q;
    bool bad = false;
    q.action_prefix = req.query_value("action").value_or("");
    q.record_type = req.query_value("record_type").value_or("");
    q.record_id = req.query_value("record_id").value_or("");
    q.actor_id = int_or(req.query_value("actor_id"), 0, bad);
    q.offset = int_or(req.query_value("offset"), 0, bad);
    q.limit = int_or(req.query_value("limit"), 50, bad);
    if (bad || q.limit < 1 || q.limit > 500 || q.offset < 0) {
      return error_response(Error::invalid("invalid audit query", {{"query", "actor_id, offset and limit (1-500) must be integers"}}));
    }
    auto entries = store::read_value<std::vector<audit::Entry>>(
        s.store, [&](store::Transaction& tx) { return tx.audit().query(q); });
    return respond(std::move(entries), 200, [](const std::vector<audit::Entry>& es) {
      json items = json::array();
      for (const auto& e : es) {
        items.push_back(audit_entry_json(e));
      }
      return json{{"items", items}};
    });
  });

  router.add("GET", "/api/v1/audit/verify", Access::kSession, [&s](const ApiRequest& req) {
    if (!req.principal->can(domain::Permission::kAuditRead)) {
      return error_response(Error::denied("verifying the audit log needs the admin role"));
    }
    return respond(store::verify_audit(s.store), 200, [](const audit::VerifyReport& r) {
      return json{{"entries", r.entries},
                  {"intact", !r.first_broken_seq.has_value()},
                  {"first_broken_seq", r.first_broken_seq ? json(*r.first_broken_seq) : json(nullptr)},
                  {"problem", r.problem}};
    });
  });
}

}  // namespace frontline::http
