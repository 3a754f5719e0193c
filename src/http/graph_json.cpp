#include "http/graph_json.hpp"

namespace frontline::http {

using nlohmann::json;

json identifier_json(const service::IdentifierView& v) {
  const domain::CaseIdentifier& i = v.identifier;
  return json{{"id", i.id},
              {"case_id", i.case_id},
              {"kind", domain::identifier_kind_name(i.kind)},
              {"value", i.value},
              {"qualifier", i.qualifier},
              {"key", i.key},
              {"note", i.note},
              {"person_id", i.person_id ? json(*i.person_id) : json(nullptr)},
              {"masked", v.masked},
              {"victim", v.victim},
              {"created_at", format_utc(i.created_at)}};
}

Result<domain::IdentifierDraft> parse_identifier_draft(const json& body) {
  FieldReader r(body, {"kind", "value", "qualifier", "note", "person_id"});
  domain::IdentifierDraft d;
  d.kind = r.choice<domain::IdentifierKind>("kind", Need::kRequired, domain::parse_identifier_kind,
                                            domain::identifier_kind_names());
  d.value = r.text("value", Need::kRequired, 300).value_or("");
  d.qualifier = r.text("qualifier", Need::kOptional, 100).value_or("");
  d.note = r.text("note", Need::kOptional, 1000).value_or("");
  d.person_id = r.integer("person_id", Need::kOptional);
  if (d.person_id && *d.person_id <= 0) {
    r.fail("person_id", "must be a positive id");
  }
  if (!r.ok()) {
    return r.error("the identifier has invalid fields");
  }
  return d;
}

namespace {

json node_json(const service::GraphNodeView& n) {
  json j = {{"id", n.id},
            {"kind", graph::node_kind_name(n.kind)},
            {"label", n.label},
            {"masked", n.masked},
            {"in_scope", n.in_scope},
            {"hops", n.hops},
            {"degree", n.degree}};
  if (n.kind == graph::NodeKind::kCase) {
    j["unit_code"] = n.unit_code;
    j["case_id"] = n.case_id ? json(*n.case_id) : json(nullptr);
    if (n.case_id) {
      j["title"] = n.title;
      j["status"] = n.status;
      j["province_code"] = n.province_code;
    }
  }
  if (n.person_id) {
    j["person_id"] = *n.person_id;
    j["victim"] = n.victim;
    j["roles"] = n.roles;
  }
  return j;
}

}  // namespace

json graph_view_json(const service::GraphView& v) {
  json nodes = json::array();
  for (const auto& n : v.nodes) {
    nodes.push_back(node_json(n));
  }
  json edges = json::array();
  for (const auto& e : v.edges) {
    edges.push_back({{"source", e.source}, {"target", e.target}, {"kind", e.kind}});
  }
  return json{{"start", v.start}, {"truncated", v.truncated}, {"nodes", nodes}, {"edges", edges}};
}

json network_page_json(const service::NetworkPage& page, int64_t offset, int64_t limit) {
  json items = json::array();
  for (const auto& s : page.items) {
    json sample = json::array();
    for (const auto& c : s.sample) {
      json cj = {{"id", c.id}, {"in_scope", c.in_scope}, {"unit_code", c.unit_code}};
      if (c.case_id) {
        cj["case_id"] = *c.case_id;
        cj["number"] = c.number;
        cj["status"] = c.status;
        cj["province_code"] = c.province_code;
      }
      sample.push_back(cj);
    }
    items.push_back({{"id", s.id},
                     {"cases", s.cases},
                     {"cases_in_scope", s.cases_in_scope},
                     {"persons", s.persons},
                     {"victims", s.victims},
                     {"suspects", s.suspects},
                     {"identifiers", s.identifiers},
                     {"provinces", s.provinces},
                     {"provinces_partial", s.provinces_partial},
                     {"sample", sample}});
  }
  return json{{"items", items}, {"total", page.total}, {"offset", offset}, {"limit", limit}};
}

}  // namespace frontline::http
