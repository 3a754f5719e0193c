#include "http/watchlist_json.hpp"

#include "http/json_mapping.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

const std::set<std::string> kEntryFields = {"identity", "sex",    "nationality", "phone",     "platform",
                                            "handle",   "reason", "source_ref",  "expires_on"};

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

json watchlist_json(const domain::Watchlist& w) {
  return {{"id", w.id},
          {"name", w.name},
          {"type", domain::watchlist_type_name(w.type)},
          {"source", w.source},
          {"owner_unit_code", w.owner_unit_code},
          {"description", w.description},
          {"created_by", w.created_by},
          {"created_at", format_utc(w.created_at)},
          {"updated_at", format_utc(w.updated_at)},
          {"active", w.active},
          {"entry_count", w.entry_count},
          {"version", w.version}};
}

json watchlist_entry_json(const service::WatchlistEntryView& v) {
  const auto& e = v.entry;
  json j = {{"id", e.id},
            {"watchlist_id", e.watchlist_id},
            {"masked", v.masked},
            {"label", or_null(v.label)},
            {"sex", domain::sex_name(e.sex)},
            {"nationality", or_null(e.nationality)},
            {"phone", or_null(e.phone_raw)},
            {"phone_e164", or_null(e.phone_e164)},
            {"platform", e.platform ? json(domain::account_platform_name(*e.platform)) : json(nullptr)},
            {"handle", or_null(e.handle)},
            {"source_ref", e.source_ref},
            {"expires_on", or_null(e.expires_on)},
            {"expired", v.expired},
            {"active", e.active},
            {"added_by", e.added_by},
            {"added_at", format_utc(e.added_at)},
            {"updated_at", format_utc(e.updated_at)},
            {"version", e.version}};
  if (v.masked) {
    j["identity"] = nullptr;
    j["reason"] = nullptr;
  } else {
    const auto& id = e.identity;
    j["identity"] = {{"full_name", id.full_name},       {"aliases", id.aliases},
                     {"date_of_birth", id.date_of_birth}, {"citizen_id", id.citizen_id},
                     {"passport_number", id.passport_number}, {"phone", id.phone},
                     {"address", id.address},           {"notes", id.notes}};
    j["reason"] = e.reason;
  }
  return j;
}

json import_report_json(const service::ImportReport& r) {
  json errors = json::array();
  for (const auto& e : r.errors) {
    errors.push_back({{"line", e.line}, {"fields", e.fields}});
  }
  json dups = json::array();
  for (const auto& d : r.duplicates) {
    dups.push_back({{"line", d.line},
                    {"key", d.key},
                    {"existing_entry_id", d.existing_entry_id == 0 ? json(nullptr) : json(d.existing_entry_id)},
                    {"first_line", d.first_line == 0 ? json(nullptr) : json(d.first_line)}});
  }
  return {{"rows", r.rows}, {"imported", r.imported}, {"entry_ids", r.entry_ids}, {"errors", errors},
          {"duplicates", dups}};
}

Result<domain::WatchlistDraft> parse_watchlist_draft(const json& body) {
  FieldReader r(body, {"name", "type", "source", "description", "owner_unit_code"});
  domain::WatchlistDraft d;
  d.name = r.text("name", Need::kRequired, 200).value_or("");
  d.type = r.choice("type", Need::kRequired, &domain::parse_watchlist_type, domain::watchlist_type_names());
  d.source = r.text("source", Need::kOptional, 500).value_or("");
  d.description = r.text("description", Need::kOptional, 5000).value_or("");
  d.owner_unit_code = r.text("owner_unit_code", Need::kOptional, 50).value_or("");
  if (!r.ok()) {
    return r.error("the watchlist has invalid fields");
  }
  return d;
}

Result<domain::WatchlistPatch> parse_watchlist_patch(const json& body) {
  FieldReader r(body, {"name", "source", "description", "active", "version"});
  domain::WatchlistPatch p;
  p.name = r.text("name", Need::kOptional, 200);
  p.source = r.text("source", Need::kOptional, 500);
  p.description = r.text("description", Need::kOptional, 5000);
  p.active = r.boolean("active", Need::kOptional);
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

Result<domain::WatchlistEntryDraft> parse_watchlist_entry_draft(const json& body) {
  FieldReader r(body, kEntryFields);
  domain::WatchlistEntryDraft d;
  r.object("identity", Need::kOptional, kIdentityFields,
           [&](FieldReader& in) { read_identity(in, d.identity, Need::kOptional); });
  d.sex = r.choice("sex", Need::kOptional, &domain::parse_sex, domain::sex_names()).value_or(domain::Sex::kUnknown);
  d.nationality = country_code(r, "nationality");
  d.phone = r.text("phone", Need::kOptional, 30).value_or("");
  d.platform = r.text("platform", Need::kOptional, 20).value_or("");
  d.handle = r.text("handle", Need::kOptional, 300).value_or("");
  d.reason = r.text("reason", Need::kOptional, 2000).value_or("");
  d.source_ref = r.text("source_ref", Need::kOptional, 200).value_or("");
  d.expires_on = r.text("expires_on", Need::kOptional, 10).value_or("");
  if (!r.ok()) {
    return r.error("the entry has invalid fields");
  }
  return d;
}

Result<domain::WatchlistEntryPatch> parse_watchlist_entry_patch(const json& body) {
  auto fields = kEntryFields;
  fields.insert("version");
  FieldReader r(body, fields);
  domain::WatchlistEntryPatch p;
  r.object("identity", Need::kOptional, kIdentityFields,
           [&](FieldReader& in) { read_identity_patch(in, p, &domain::WatchlistEntryPatch::identity_phone); });
  p.sex = r.choice("sex", Need::kOptional, &domain::parse_sex, domain::sex_names());
  if (r.has("nationality")) {
    p.nationality = country_code(r, "nationality");
  }
  p.phone = r.text("phone", Need::kOptional, 30);
  p.platform = r.text("platform", Need::kOptional, 20);
  p.handle = r.text("handle", Need::kOptional, 300);
  p.reason = r.text("reason", Need::kOptional, 2000);
  p.source_ref = r.text("source_ref", Need::kOptional, 200);
  p.expires_on = r.text("expires_on", Need::kOptional, 10);
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

nlohmann::json alert_json(const domain::WatchlistAlert& a) {
  const bool potential_victim = domain::holds_potential_victims(a.list_type);
  return {{"id", a.id},
          {"person_id", a.person_id},
          {"person_label", domain::pseudonym(a.person_id, a.person_is_victim)},
          {"entry_id", a.entry_id},
          {"entry_label", domain::pseudonym(a.entry_id, potential_victim)},
          {"watchlist", {{"id", a.watchlist_id}, {"name", a.list_name}, {"type", domain::watchlist_type_name(a.list_type)}}},
          {"case", a.case_id == 0 ? nlohmann::json(nullptr) : nlohmann::json{{"id", a.case_id}, {"number", a.case_number}}},
          {"score", a.score},
          {"status", domain::alert_status_name(a.status)},
          {"raised_at", format_utc(a.raised_at)},
          {"reviewed_by", a.reviewed_by == 0 ? nlohmann::json(nullptr) : nlohmann::json(a.reviewed_by)},
          {"reviewed_at", a.reviewed_at ? nlohmann::json(format_utc(*a.reviewed_at)) : nlohmann::json(nullptr)},
          {"note", a.note},
          {"version", a.version}};
}

void add_alert_digest(const service::Dashboard& d, nlohmann::json& body) {
  body["watchlist_alerts"] = nullptr;
  if (d.watchlist_alerts) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& a : d.watchlist_alerts->items) {
      items.push_back(alert_json(a));
    }
    body["watchlist_alerts"] = {{"count", d.watchlist_alerts->count}, {"items", items}};
  }
}

}  // namespace frontline::http
