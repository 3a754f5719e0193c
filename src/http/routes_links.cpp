// Cross-case link proposals, person merges and their undo
// (service/link_service.hpp, docs/links.md).
#include <memory>

#include "http/routes.hpp"
#include "service/link_service.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json time_or_null(const std::optional<TimePoint>& t) { return t ? json(format_utc(*t)) : json(nullptr); }
json id_or_null(int64_t id) { return id == 0 ? json(nullptr) : json(id); }

json link_person_json(const service::LinkPerson& p) {
  json cases = json::array();
  for (const service::ScreenCase& c : p.cases) {
    cases.push_back({{"case_id", c.case_id}, {"case_number", c.case_number}, {"role", domain::person_role_name(c.role)}});
  }
  return {{"person_id", p.person_id},
          {"pseudonym", p.pseudonym},
          {"victim", p.victim},
          {"in_scope", p.in_scope},
          {"masked", p.masked},
          {"full_name", p.masked ? json(nullptr) : json(p.full_name)},
          {"date_of_birth", p.masked || p.date_of_birth.empty() ? json(nullptr) : json(p.date_of_birth)},
          {"sex", domain::sex_name(p.sex)},
          {"birth_year", p.birth_year ? json(*p.birth_year) : json(nullptr)},
          {"nationality", p.nationality.empty() ? json(nullptr) : json(p.nationality)},
          {"cases", cases},
          {"contact_units", p.contact_units},
          {"merged_into", p.merged_into ? json(*p.merged_into) : json(nullptr)}};
}

json link_json(const service::LinkView& v) {
  const domain::LinkProposal& p = v.proposal;
  return {{"id", p.id},
          {"kind", domain::link_kind_name(p.kind)},
          {"identifier_kind", p.identifier_kind.empty() ? json(nullptr) : json(p.identifier_kind)},
          {"score", p.score},
          {"outcomes", p.outcomes},
          {"status", domain::link_status_name(p.status)},
          {"created_at", format_utc(p.created_at)},
          {"reviewed_by", id_or_null(p.reviewed_by)},
          {"reviewed_at", time_or_null(p.reviewed_at)},
          {"merge_id", id_or_null(p.merge_id)},
          {"version", p.version},
          {"actionable", v.actionable},
          {"a", link_person_json(v.a)},
          {"b", link_person_json(v.b)}};
}

json merge_json(const domain::PersonMerge& m) {
  json moved = json::object();
  for (const auto& [table, ids] : m.moved) {
    moved[table] = ids.size();
  }
  return {{"id", m.id},
          {"survivor_id", m.survivor_id},
          {"merged_id", m.merged_id},
          {"proposal_id", id_or_null(m.proposal_id)},
          {"moved", moved},
          {"dropped_case_links", m.dropped.size()},
          {"merged_by", m.merged_by},
          {"merged_at", format_utc(m.merged_at)},
          {"undone_by", id_or_null(m.undone_by)},
          {"undone_at", time_or_null(m.undone_at)}};
}

Result<domain::LinkFilter> link_filter(const ApiRequest& req) {
  domain::LinkFilter f;
  service::FieldErrors bad;
  if (auto s = req.query_value("status"); s && !s->empty()) {
    f.status = domain::parse_link_status(*s);
    if (!f.status) {
      bad["status"] = "must be one of: open, confirmed, rejected, merged";
    }
  }
  if (auto k = req.query_value("kind"); k && !k->empty()) {
    f.kind = domain::parse_link_kind(*k);
    if (!f.kind) {
      bad["kind"] = "must be one of: duplicate_person, shared_identifier";
    }
  }
  auto person = req.int_query("person_id", 0);
  auto offset = req.int_query("offset", 0);
  auto limit = req.int_query("limit", 20);
  for (const auto* r : {&person, &offset, &limit}) {
    if (!r->ok()) {
      bad.insert(r->error().fields.begin(), r->error().fields.end());
    }
  }
  if (!bad.empty()) {
    return Error::invalid("the link query has invalid fields", bad);
  }
  f.person_id = *person;
  f.offset = *offset;
  f.limit = *limit;
  return f;
}

}  // namespace

void add_link_routes(Router& router, Services& s) {
  auto links = std::make_shared<service::LinkService>(s.store, s.clock, &s.person_sink);

  router.add("GET", "/api/v1/link-proposals", Access::kSession, [links](const ApiRequest& req) {
    auto filter = link_filter(req);
    if (!filter.ok()) {
      return error_response(filter.error());
    }
    return respond(links->list(*req.principal, *filter), 200, [](const service::LinkViewPage& page) {
      json items = json::array();
      for (const auto& v : page.items) {
        items.push_back(link_json(v));
      }
      return json{{"items", items}, {"total", page.total}};
    });
  });

  router.add("GET", "/api/v1/link-proposals/{id}", Access::kSession, [links](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(links->get(*req.principal, *id), 200, link_json);
  });

  router.add("POST", "/api/v1/link-proposals/{id}/review", Access::kSession, [links](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"decision", "expected_version"});
      auto decision = r.text("decision", Need::kRequired, 20);
      auto version = r.integer("expected_version", Need::kOptional);
      if (!r.ok()) {
        return error_response(r.error("the review has invalid fields"));
      }
      return respond(links->review(*req.principal, *id, *decision, version), 200, link_json);
    });
  });

  router.add("POST", "/api/v1/link-proposals/{id}/merge", Access::kSession, [links](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return with_body(req, [&](const json& body) {
      FieldReader r(body, {"survivor_id"});
      auto survivor = r.integer("survivor_id", Need::kRequired);
      if (!r.ok()) {
        return error_response(r.error("the merge has invalid fields"));
      }
      return respond(links->merge(*req.principal, *id, *survivor), 201, merge_json);
    });
  });

  router.add("GET", "/api/v1/persons/{id}/merges", Access::kSession, [links](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(links->merges_of(*req.principal, *id), 200, [](const std::vector<domain::PersonMerge>& v) {
      json items = json::array();
      for (const auto& m : v) {
        items.push_back(merge_json(m));
      }
      return json{{"items", items}};
    });
  });

  router.add("POST", "/api/v1/person-merges/{id}/undo", Access::kSession, [links](const ApiRequest& req) {
    auto id = req.id_param("id");
    if (!id.ok()) {
      return error_response(id.error());
    }
    return respond(links->undo(*req.principal, *id), 200, merge_json);
  });
}

}  // namespace frontline::http
