#include "http/referral_json.hpp"

#include <charconv>
#include <set>

#include "http/json_input.hpp"
#include "util/text.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json date_or_null(const std::string& d) { return d.empty() ? json(nullptr) : json(d); }

json status_names_json(const std::vector<domain::ReferralStatus>& statuses) {
  json out = json::array();
  for (auto s : statuses) {
    out.push_back(domain::referral_status_name(s));
  }
  return out;
}

std::optional<std::vector<domain::SupportService>> services(FieldReader& r, const std::string& name, Need need) {
  auto names = r.text_list(name, need, 10, 40);
  if (!names) {
    return std::nullopt;
  }
  std::vector<domain::SupportService> out;
  for (const auto& n : *names) {
    auto s = domain::parse_support_service(n);
    if (!s) {
      r.fail(name, "must be one of: " + [] {
        std::string all;
        for (const auto& x : domain::support_service_names()) {
          all += (all.empty() ? "" : ", ") + x;
        }
        return all;
      }());
      return std::nullopt;
    }
    out.push_back(*s);
  }
  return out;
}

std::optional<std::vector<std::string>> provinces(FieldReader& r, Need need) {
  return r.text_list("provinces", need, 40, 8);
}

const std::set<std::string> kOrgFields = {"type",  "name",           "name_en",  "provinces", "address", "phone",
                                          "email", "contact_person", "services", "active",    "notes"};

}  // namespace

json support_org_json(const domain::SupportOrganization& o) {
  json svc = json::array();
  for (auto s : o.services) {
    svc.push_back(domain::support_service_name(s));
  }
  return {{"id", o.id},
          {"type", domain::support_org_type_name(o.type)},
          {"name", o.name},
          {"name_en", o.name_en},
          {"provinces", o.provinces},
          {"address", o.address},
          {"phone", o.phone},
          {"email", o.email},
          {"contact_person", o.contact_person},
          {"services", svc},
          {"active", o.active},
          {"notes", o.notes},
          {"created_at", format_utc(o.created_at)},
          {"updated_at", format_utc(o.updated_at)},
          {"version", o.version}};
}

json referral_json(const domain::Referral& r) {
  return {{"id", r.id},
          {"person_id", r.person_id},
          {"case_id", r.case_id},
          {"case_number", r.case_number},
          {"organization_id", r.organization_id},
          {"organization_name", r.organization_name},
          {"service", domain::support_service_name(r.service)},
          {"consent",
           {{"status", domain::consent_status_name(r.consent.status)},
            {"date", r.consent.date},
            {"recorded_by", r.consent.recorded_by}}},
          {"status", domain::referral_status_name(r.status)},
          {"allowed_moves", status_names_json(domain::offered_referral_moves(r.status, r.consent.status))},
          {"due_date", date_or_null(r.due_date)},
          {"outcome", r.outcome},
          {"notes", r.notes},
          {"created_by", r.created_by},
          {"created_at", format_utc(r.created_at)},
          {"updated_by", r.updated_by},
          {"updated_at", format_utc(r.updated_at)},
          {"version", r.version}};
}

json entitlement_json(const domain::Entitlement& e) {
  return {{"item", domain::entitlement_item_name(e.item)},
          {"status", domain::entitlement_status_name(e.status)},
          {"date", date_or_null(e.date)},
          {"note", e.note},
          {"updated_by", e.updated_at ? json(e.updated_by) : json(nullptr)},
          {"updated_at", e.updated_at ? json(format_utc(*e.updated_at)) : json(nullptr)}};
}

json overdue_referral_json(const domain::Referral& r) {
  return {{"referral_id", r.id},
          {"person_id", r.person_id},
          {"case_id", r.case_id},
          {"case_number", r.case_number},
          {"organization_name", r.organization_name},
          {"service", domain::support_service_name(r.service)},
          {"due_date", r.due_date},
          {"status", domain::referral_status_name(r.status)}};
}

json unreferred_victim_json(const store::UnreferredVictim& v) {
  return {{"person_id", v.person_id}, {"case_id", v.case_id}, {"case_number", v.case_number}};
}

void add_referral_digests(const service::Dashboard& d, json& body) {
  body["overdue_referrals"] = nullptr;
  body["victims_without_referral"] = nullptr;
  if (d.overdue_referrals) {
    json items = json::array();
    for (const auto& r : d.overdue_referrals->items) {
      items.push_back(overdue_referral_json(r));
    }
    body["overdue_referrals"] = {{"count", d.overdue_referrals->count}, {"items", items}};
  }
  if (d.victims_without_referral) {
    json items = json::array();
    for (const auto& v : d.victims_without_referral->items) {
      items.push_back(unreferred_victim_json(v));
    }
    body["victims_without_referral"] = {{"count", d.victims_without_referral->count}, {"items", items}};
  }
}

Result<domain::SupportOrgDraft> parse_support_org_draft(const json& body) {
  FieldReader r(body, kOrgFields);
  domain::SupportOrgDraft d;
  d.type = r.choice("type", Need::kRequired, &domain::parse_support_org_type, domain::support_org_type_names());
  d.name = r.text("name", Need::kRequired, 200).value_or("");
  d.name_en = r.text("name_en", Need::kOptional, 200).value_or("");
  d.provinces = provinces(r, Need::kRequired).value_or(std::vector<std::string>{});
  d.address = r.text("address", Need::kOptional, 500).value_or("");
  d.phone = r.text("phone", Need::kOptional, 30).value_or("");
  d.email = r.text("email", Need::kOptional, 200).value_or("");
  d.contact_person = r.text("contact_person", Need::kOptional, 200).value_or("");
  d.services = services(r, "services", Need::kOptional).value_or(std::vector<domain::SupportService>{});
  d.active = r.boolean("active", Need::kOptional).value_or(true);
  d.notes = r.text("notes", Need::kOptional, 5000).value_or("");
  if (!r.ok()) {
    return r.error("the support organization has invalid fields");
  }
  return d;
}

Result<domain::SupportOrgPatch> parse_support_org_patch(const json& body) {
  auto fields = kOrgFields;
  fields.insert("version");
  FieldReader r(body, fields);
  domain::SupportOrgPatch p;
  p.type = r.choice("type", Need::kOptional, &domain::parse_support_org_type, domain::support_org_type_names());
  p.name = r.text("name", Need::kOptional, 200);
  p.name_en = r.text("name_en", Need::kOptional, 200);
  p.provinces = provinces(r, Need::kOptional);
  p.address = r.text("address", Need::kOptional, 500);
  p.phone = r.text("phone", Need::kOptional, 30);
  p.email = r.text("email", Need::kOptional, 200);
  p.contact_person = r.text("contact_person", Need::kOptional, 200);
  p.services = services(r, "services", Need::kOptional);
  p.active = r.boolean("active", Need::kOptional);
  p.notes = r.text("notes", Need::kOptional, 5000);
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

Result<domain::SupportOrgFilter> parse_support_org_filter(const std::multimap<std::string, std::string>& q) {
  static const std::set<std::string> kKnown = {"type", "province", "service", "q", "active"};
  std::map<std::string, std::string> bad;
  domain::SupportOrgFilter f;
  for (const auto& [key, value] : q) {
    if (kKnown.count(key) == 0) {
      bad[key] = "unknown filter";
    } else if (!text::is_valid_utf8(value)) {
      bad[key] = "is not valid UTF-8";
    } else if (key == "type") {
      f.type = domain::parse_support_org_type(value);
      if (!f.type) {
        bad[key] = "unknown organization type '" + value + "'";
      }
    } else if (key == "service") {
      f.service = domain::parse_support_service(value);
      if (!f.service) {
        bad[key] = "unknown service '" + value + "'";
      }
    } else if (key == "province") {
      f.province = value;
    } else if (key == "q") {
      if (text::code_points(value) > 200) {
        bad[key] = "at most 200 characters";
      }
      f.q = value;
    } else if (key == "active") {
      if (value != "true" && value != "false") {
        bad[key] = "must be true or false";
      }
      f.active_only = value == "true";
    }
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", bad);
  }
  return f;
}

Result<domain::ReferralDraft> parse_referral_draft(const json& body) {
  FieldReader r(body, {"case_id", "organization_id", "service", "consent", "due_date", "notes"});
  domain::ReferralDraft d;
  auto case_id = r.integer("case_id", Need::kRequired);
  auto org = r.integer("organization_id", Need::kRequired);
  if (case_id && *case_id <= 0) {
    r.fail("case_id", "must be a positive integer id");
  }
  if (org && *org <= 0) {
    r.fail("organization_id", "must be a positive integer id");
  }
  d.case_id = case_id.value_or(0);
  d.organization_id = org.value_or(0);
  d.service = r.choice("service", Need::kRequired, &domain::parse_support_service, domain::support_service_names());
  r.object("consent", Need::kRequired, {"status", "date"}, [&](FieldReader& in) {
    d.consent_status =
        in.choice("status", Need::kRequired, &domain::parse_consent_status, domain::consent_status_names());
    d.consent_date = in.text("date", Need::kOptional, 10).value_or("");
  });
  d.due_date = r.text("due_date", Need::kOptional, 10).value_or("");
  d.notes = r.text("notes", Need::kOptional, 5000).value_or("");
  if (!r.ok()) {
    return r.error("the referral has invalid fields");
  }
  return d;
}

Result<domain::ReferralPatch> parse_referral_patch(const json& body) {
  FieldReader r(body, {"status", "consent", "due_date", "outcome", "notes", "version"});
  domain::ReferralPatch p;
  p.status = r.choice("status", Need::kOptional, &domain::parse_referral_status, domain::referral_status_names());
  r.object("consent", Need::kOptional, {"status", "date"}, [&](FieldReader& in) {
    p.consent_status =
        in.choice("status", Need::kOptional, &domain::parse_consent_status, domain::consent_status_names());
    p.consent_date = in.text("date", Need::kOptional, 10);
  });
  if (r.has("due_date") && body.at("due_date").is_null()) {
    p.due_date = "";
  } else {
    p.due_date = r.text("due_date", Need::kOptional, 10);
  }
  p.outcome = r.text("outcome", Need::kOptional, 5000);
  p.notes = r.text("notes", Need::kOptional, 5000);
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

Result<ReferralQuery> parse_referral_query(const std::multimap<std::string, std::string>& q) {
  static const std::set<std::string> kKnown = {"status", "overdue", "offset", "limit"};
  std::map<std::string, std::string> bad;
  ReferralQuery out;
  for (const auto& [key, value] : q) {
    if (kKnown.count(key) == 0) {
      bad[key] = "unknown filter";
    } else if (key == "status") {
      out.filter.status = domain::parse_referral_status(value);
      if (!out.filter.status) {
        bad[key] = "unknown status '" + value + "'";
      }
    } else if (key == "overdue") {
      if (value != "true" && value != "false") {
        bad[key] = "must be true or false";
      }
      out.overdue = value == "true";
    }
  }
  auto offset = query_int(q, "offset", 0);
  auto limit = query_int(q, "limit", 50);
  if (!offset.ok() || *offset < 0) {
    bad["offset"] = "must be 0 or more";
  } else {
    out.filter.offset = *offset;
  }
  if (!limit.ok() || *limit < 1 || *limit > 200) {
    bad["limit"] = "must be 1 to 200";
  } else {
    out.filter.limit = *limit;
  }
  if (!bad.empty()) {
    return Error::invalid("invalid filters", bad);
  }
  return out;
}

Result<domain::Entitlement> parse_entitlement(const json& body, domain::EntitlementItem item) {
  FieldReader r(body, {"status", "date", "note"});
  domain::Entitlement e;
  e.item = item;
  e.status = r.choice("status", Need::kRequired, &domain::parse_entitlement_status, domain::entitlement_status_names())
                 .value_or(domain::EntitlementStatus::kNotAssessed);
  if (r.has("date") && body.at("date").is_null()) {
    e.date = "";
  } else {
    e.date = r.text("date", Need::kOptional, 10).value_or("");
  }
  e.note = r.text("note", Need::kOptional, 2000).value_or("");
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return e;
}

}  // namespace frontline::http
