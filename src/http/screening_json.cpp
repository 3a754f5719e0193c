#include "http/screening_json.hpp"

#include <cstdio>

namespace frontline::http {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

std::string partial_date_text(const match::PartialDate& d) {
  char buf[16];
  if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

json candidate_json(const service::ScreenCandidate& c) {
  json explanation = json::array();
  for (const match::FieldExplanation& f : c.explanation) {
    explanation.push_back({{"field", f.field},
                           {"outcome", match::field_outcome_name(f.outcome)},
                           {"contribution", static_cast<double>(static_cast<int64_t>(f.contribution * 1000.0 +
                                                                                     (f.contribution < 0 ? -0.5 : 0.5))) /
                                                1000.0},
                           {"detail", f.detail}});
  }
  json cases = json::array();
  for (const service::ScreenCase& sc : c.cases) {
    cases.push_back({{"case_id", sc.case_id},
                     {"case_number", sc.case_number},
                     {"role", domain::person_role_name(sc.role)}});
  }
  json display = {{"pseudonym", c.pseudonym},
                  {"full_name", c.masked ? json(nullptr) : json(c.full_name)},
                  {"date_of_birth", c.masked ? json(nullptr) : or_null(c.date_of_birth)},
                  {"sex", domain::sex_name(c.sex)},
                  {"birth_year", c.birth_year ? json(*c.birth_year) : json(nullptr)},
                  {"nationality", or_null(c.nationality)}};
  json list = nullptr;
  if (c.list) {
    list = {{"id", c.list->list_id},
            {"name", c.list->list_name},
            {"type", c.list->list_type},
            {"expires_on", or_null(c.list->expires_on)}};
  }
  return {{"source", match::source_kind_name(c.source)},
          {"person_id", c.list ? json(nullptr) : json(c.person_id)},
          {"entry_id", c.list ? json(c.person_id) : json(nullptr)},
          {"list", list},
          {"score", c.score},
          {"alert", c.alert},
          {"review", c.review},
          {"explanation", explanation},
          {"in_scope", c.in_scope},
          {"masked", c.masked},
          {"cases", cases},
          {"contact_units", c.contact_units},
          {"display", display}};
}

json query_json(const match::MatchProfile& p) {
  json names = json::array();
  for (const match::NormalizedName& n : p.names) {
    json tokens = json::array();
    for (const match::NameToken& t : n.tokens) {
      tokens.push_back({{"text", t.text}, {"role", match::token_role_name(t.role)}});
    }
    names.push_back({{"key", n.key()}, {"order", match::name_order_name(n.order)}, {"tokens", tokens}});
  }
  json documents = json::array();
  for (const match::Document& d : p.documents) {
    documents.push_back({{"type", match::document_type_name(d.type)}, {"number", d.number}});
  }
  return {{"names", names},
          {"date_of_birth", p.date_of_birth ? json(partial_date_text(*p.date_of_birth)) : json(nullptr)},
          {"sex", domain::sex_name(p.sex)},
          {"nationality", or_null(p.nationality)},
          {"documents", documents},
          {"phone", or_null(p.phone)}};
}

}  // namespace

json screen_result_json(const service::ScreenResult& r) {
  json candidates = json::array();
  for (const service::ScreenCandidate& c : r.candidates) {
    candidates.push_back(candidate_json(c));
  }
  return {{"candidates", candidates}, {"query", query_json(r.query)}, {"scored", r.scored}};
}

}  // namespace frontline::http
