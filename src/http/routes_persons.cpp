#include "http/json_mapping.hpp"
#include "http/routes.hpp"

namespace frontline::http {

void add_person_routes(Router& router, Services& s) {
  using nlohmann::json;

  router.add("GET", "/api/v1/cases/{id}/persons", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.list_persons(*req.principal, *id), 200, [](const std::vector<service::PersonView>& v) {
      json items = json::array();
      for (const auto& p : v) {
        items.push_back(person_json(p));
      }
      return json{{"items", items}, {"total", items.size()}};
    });
  });

  router.add("POST", "/api/v1/cases/{id}/persons", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto in = parse_person_on_case(body);
      if (!in.ok()) {
        return error_response(in.error());
      }
      if (in->person_id) {
        return respond(s.cases.link_person(*req.principal, *id, *in->person_id, in->role), 201, person_json);
      }
      return respond(s.cases.add_person(*req.principal, *id, in->draft, in->role), 201, person_json);
    });
  });

  router.add("DELETE", "/api/v1/cases/{id}/persons/{person_id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    auto person = req.id_param("person_id");
    if (!id.ok() || !person.ok()) {
      return error_response(!id.ok() ? id.error() : person.error());
    }
    Status st = s.cases.unlink_person(*req.principal, *id, *person);
    return st.ok() ? ApiResponse::no_content() : error_response(st.error());
  });

  router.add("GET", "/api/v1/persons/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.cases.get_person(*req.principal, *id), 200, person_json);
  });

  router.add("PATCH", "/api/v1/persons/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_person_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(s.cases.update_person(*req.principal, *id, *patch), 200, person_json);
    });
  });
}

}  // namespace frontline::http
