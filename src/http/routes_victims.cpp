// Victim routes: the ILO/EC indicator catalog and stateless assessment,
// screenings of persons, identification decisions, receptions of returnees.
#include "http/routes.hpp"
#include "http/victim_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

template <typename T, typename F>
json items_of(const std::vector<T>& v, F to_json) {
  json items = json::array();
  for (const auto& x : v) {
    items.push_back(to_json(x));
  }
  return {{"items", items}, {"total", items.size()}};
}

// Runs `next(id, body)` for a route "{id}" with a JSON body, or answers 400.
template <typename F>
ApiResponse with_id_and_body(const ApiRequest& req, F next) {
  auto id = req.id_param("id");
  if (!id.ok()) {
    return error_response(id.error());
  }
  return with_body(req, [&](const json& body) { return next(*id, body); });
}

}  // namespace

void add_victim_routes(Router& router, Services& s) {
  const identify::Catalog& catalog = identify::builtin_catalog();
  auto victims = std::make_shared<service::VictimService>(s.store, s.clock, catalog);
  victims->set_index_sink(&s.person_sink);

  router.add("GET", "/api/v1/indicators", Access::kSession, [&catalog](const ApiRequest& req) {
    if (!req.principal->can(domain::Permission::kVictimScreen)) {
      return error_response(Error::denied("your role may not screen victims"));
    }
    return ApiResponse::json(200, catalog_json(catalog));
  });

  router.add("POST", "/api/v1/indicators/assess", Access::kSession, [victims](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto in = parse_assess_request(body);
      if (!in.ok()) {
        return error_response(in.error());
      }
      return respond(victims->assess(*req.principal, in->set_id, in->answers), 200, assessment_json);
    });
  });

  router.add("POST", "/api/v1/persons/{id}/screenings", Access::kSession, [victims](const ApiRequest& req) {
    return with_id_and_body(req, [&](int64_t id, const json& body) {
      auto in = parse_screening_input(body, ScreeningBody::kNew);
      if (!in.ok()) {
        return error_response(in.error());
      }
      return respond(victims->start_screening(*req.principal, id, *in), 201, screening_json);
    });
  });

  router.add("GET", "/api/v1/persons/{id}/screenings", Access::kSession, [victims](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(victims->list_screenings(*req.principal, *id), 200,
                   [](const auto& v) { return items_of(v, screening_json); });
  });

  router.add("GET", "/api/v1/screenings/{id}", Access::kSession, [victims](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(victims->get_screening(*req.principal, *id), 200, screening_json);
  });

  router.add("PATCH", "/api/v1/screenings/{id}", Access::kSession, [victims](const ApiRequest& req) {
    return with_id_and_body(req, [&](int64_t id, const json& body) {
      auto in = parse_screening_input(body, ScreeningBody::kChange);
      if (!in.ok()) {
        return error_response(in.error());
      }
      return respond(victims->update_screening(*req.principal, id, *in), 200, screening_json);
    });
  });

  router.add("GET", "/api/v1/persons/{id}/identification", Access::kSession, [victims](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(victims->decisions(*req.principal, *id), 200, identification_json);
  });

  router.add("POST", "/api/v1/persons/{id}/identification", Access::kSession, [victims](const ApiRequest& req) {
    return with_id_and_body(req, [&](int64_t id, const json& body) {
      auto in = parse_decision_input(body);
      if (!in.ok()) {
        return error_response(in.error());
      }
      return respond(victims->decide(*req.principal, id, *in), 201, decision_json);
    });
  });

  router.add("POST", "/api/v1/receptions", Access::kSession, [victims](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto in = parse_reception_input(body);
      if (!in.ok()) {
        return error_response(in.error());
      }
      return respond(victims->receive(*req.principal, *in), 201, reception_json);
    });
  });

  router.add("GET", "/api/v1/receptions", Access::kSession, [victims](const ApiRequest& req) {
    auto offset = req.int_query("offset", 0);
    auto limit = req.int_query("limit", 50);
    if (!offset.ok() || !limit.ok()) {
      return error_response(!offset.ok() ? offset.error() : limit.error());
    }
    return respond(victims->list_receptions(*req.principal, *offset, *limit), 200,
                   [&](const service::ReceptionPage& p) {
                     json out = items_of(p.items, reception_json);
                     out["total"] = p.total;
                     out["offset"] = *offset;
                     out["limit"] = *limit;
                     return out;
                   });
  });

  router.add("GET", "/api/v1/receptions/{id}", Access::kSession, [victims](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(victims->get_reception(*req.principal, *id), 200, reception_json);
  });
}

}  // namespace frontline::http
