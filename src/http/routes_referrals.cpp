// Support organizations, referrals of victims and their Art. 37 checklists.
#include "http/referral_json.hpp"
#include "http/routes.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

template <typename T, typename F>
json items_json(const std::vector<T>& items, F one) {
  json out = json::array();
  for (const auto& i : items) {
    out.push_back(one(i));
  }
  return json{{"items", out}, {"total", out.size()}};
}

}  // namespace

void add_referral_routes(Router& router, Services& s) {
  router.add("GET", "/api/v1/support-organizations", Access::kSession, [&s](const ApiRequest& req) {
    auto filter = parse_support_org_filter(req.query);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(s.referrals.list_organizations(*req.principal, *filter), 200,
                   [](const std::vector<domain::SupportOrganization>& v) { return items_json(v, support_org_json); });
  });

  router.add("POST", "/api/v1/support-organizations", Access::kSession, [&s](const ApiRequest& req) {
    return with_body(req, [&](const json& body) {
      auto draft = parse_support_org_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(s.referrals.create_organization(*req.principal, *draft), 201, support_org_json);
    });
  });

  router.add("GET", "/api/v1/support-organizations/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.referrals.get_organization(*req.principal, *id), 200, support_org_json);
  });

  router.add("PATCH", "/api/v1/support-organizations/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_support_org_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(s.referrals.update_organization(*req.principal, *id, *patch), 200, support_org_json);
    });
  });

  router.add("GET", "/api/v1/persons/{id}/referrals", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.referrals.list_for_person(*req.principal, *id), 200,
                   [](const std::vector<domain::Referral>& v) { return items_json(v, referral_json); });
  });

  router.add("POST", "/api/v1/persons/{id}/referrals", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto draft = parse_referral_draft(body);
      if (!draft.ok()) {
        return error_response(draft.error());
      }
      return respond(s.referrals.refer(*req.principal, *id, *draft), 201, referral_json);
    });
  });

  router.add("GET", "/api/v1/referrals", Access::kSession, [&s](const ApiRequest& req) {
    auto query = parse_referral_query(req.query);
    if (!query.ok()) {
      return error_response(query.error());
    }
    return respond(s.referrals.list(*req.principal, query->filter, query->overdue), 200,
                   [&](const domain::ReferralPage& page) {
                     json items = json::array();
                     for (const auto& r : page.items) {
                       items.push_back(referral_json(r));
                     }
                     return json{{"items", items},
                                 {"total", page.total},
                                 {"offset", query->filter.offset},
                                 {"limit", query->filter.limit}};
                   });
  });

  router.add("PATCH", "/api/v1/referrals/{id}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      auto patch = parse_referral_patch(body);
      if (!patch.ok()) {
        return error_response(patch.error());
      }
      return respond(s.referrals.update(*req.principal, *id, *patch), 200, referral_json);
    });
  });

  router.add("GET", "/api/v1/persons/{id}/entitlements", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(s.referrals.entitlements(*req.principal, *id), 200,
                   [](const std::vector<domain::Entitlement>& v) { return items_json(v, entitlement_json); });
  });

  router.add("PUT", "/api/v1/persons/{id}/entitlements/{item}", Access::kSession, [&s](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    auto it = req.path_params.find("item");
    auto item = domain::parse_entitlement_item(it == req.path_params.end() ? "" : it->second);
    if (!item) {
      return error_response(Error::invalid_field("item", "unknown support item"));
    }
    return with_body(req, [&](const json& body) {
      auto e = parse_entitlement(body, *item);
      if (!e.ok()) {
        return error_response(e.error());
      }
      return respond(s.referrals.set_entitlement(*req.principal, *id, *e), 200, entitlement_json);
    });
  });
}

}  // namespace frontline::http
