#include "http/json_mapping.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json links_json(const std::vector<std::pair<int64_t, domain::PersonRole>>& links) {
  json out = json::array();
  for (const auto& [case_id, role] : links) {
    out.push_back({{"case_id", case_id}, {"role", domain::person_role_name(role)}});
  }
  return out;
}

}  // namespace

const std::set<std::string> kIdentityFields = {"full_name", "aliases", "date_of_birth", "citizen_id",
                                               "passport_number", "phone", "address", "notes"};

std::string country_code(FieldReader& r, const std::string& name) {
  auto v = r.text(name, Need::kOptional, 2);
  if (v && !v->empty() && v->size() != 2) {
    r.fail(name, "must be an ISO 3166-1 alpha-2 code such as VN");
  }
  return v.value_or("");
}

void read_identity(FieldReader& in, domain::PersonIdentity& id, Need name) {
  id.full_name = in.text("full_name", name, 200).value_or("");
  id.aliases = in.text_list("aliases", Need::kOptional, 10, 200).value_or(std::vector<std::string>{});
  id.date_of_birth = in.text("date_of_birth", Need::kOptional, 10).value_or("");
  id.citizen_id = in.text("citizen_id", Need::kOptional, 12).value_or("");
  id.passport_number = in.text("passport_number", Need::kOptional, 20).value_or("");
  id.phone = in.text("phone", Need::kOptional, 30).value_or("");
  id.address = in.text("address", Need::kOptional, 500).value_or("");
  id.notes = in.text("notes", Need::kOptional, 5000).value_or("");
}

const std::set<std::string> kPersonDraftFields = {"identity", "sex", "nationality", "home_province"};

void read_person_draft(FieldReader& r, domain::PersonDraft& d) {
  r.object("identity", Need::kRequired, kIdentityFields,
           [&](FieldReader& in) { read_identity(in, d.identity, Need::kRequired); });
  d.sex = r.choice("sex", Need::kOptional, &domain::parse_sex, domain::sex_names());
  d.nationality = country_code(r, "nationality");
  d.home_province = r.text("home_province", Need::kOptional, 8).value_or("");
}

json person_json(const service::PersonView& v) {
  const auto& p = v.person;
  json j = {{"id", p.id},
            {"sex", domain::sex_name(p.sex)},
            {"birth_year", p.birth_year ? json(*p.birth_year) : json(nullptr)},
            {"nationality", p.nationality},
            {"home_province", p.home_province},
            {"masked", v.masked},
            {"pseudonym", domain::pseudonym(p.id, v.victim)},
            {"version", p.version},
            {"created_at", format_utc(p.created_at)},
            {"updated_at", format_utc(p.updated_at)}};
  if (v.role) {
    j["role"] = domain::person_role_name(*v.role);
  }
  if (!v.cases.empty()) {
    j["cases"] = links_json(v.cases);
  }
  if (v.masked) {
    j["identity"] = nullptr;
  } else {
    const auto& id = p.identity;
    j["identity"] = {{"full_name", id.full_name},       {"aliases", id.aliases},
                     {"date_of_birth", id.date_of_birth}, {"citizen_id", id.citizen_id},
                     {"passport_number", id.passport_number}, {"phone", id.phone},
                     {"address", id.address},           {"notes", id.notes}};
  }
  return j;
}

Result<PersonOnCase> parse_person_on_case(const json& body) {
  PersonOnCase out;
  if (body.contains("person_id")) {
    FieldReader r(body, {"person_id", "role"});
    out.person_id = r.integer("person_id", Need::kRequired);
    out.role = r.choice("role", Need::kRequired, &domain::parse_person_role, domain::person_role_names())
                   .value_or(domain::PersonRole::kWitness);
    if (out.person_id && *out.person_id <= 0) {
      r.fail("person_id", "must be a positive integer id");
    }
    if (!r.ok()) {
      return r.error("the link has invalid fields");
    }
    return out;
  }
  FieldReader r(body, {"role", "identity", "sex", "nationality", "home_province"});
  out.role = r.choice("role", Need::kRequired, &domain::parse_person_role, domain::person_role_names())
                 .value_or(domain::PersonRole::kWitness);
  read_person_draft(r, out.draft);
  if (!r.ok()) {
    return r.error("the person has invalid fields");
  }
  return out;
}

Result<domain::PersonPatch> parse_person_patch(const json& body) {
  FieldReader r(body, {"identity", "sex", "nationality", "home_province", "version"});
  domain::PersonPatch p;
  r.object("identity", Need::kOptional, kIdentityFields,
           [&](FieldReader& in) { read_identity_patch(in, p, &domain::PersonPatch::phone); });
  p.sex = r.choice("sex", Need::kOptional, &domain::parse_sex, domain::sex_names());
  if (r.has("nationality")) {
    p.nationality = country_code(r, "nationality");
  }
  p.home_province = r.text("home_province", Need::kOptional, 8);
  p.expected_version = r.integer("version", Need::kOptional);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

// A status name, or null when the event is not a status change.
json status_or_null(const std::optional<domain::CaseStatus>& s) {
  return s ? json(domain::case_status_name(*s)) : json(nullptr);
}

json event_json(const domain::TimelineEvent& e) {
  return {{"id", e.id},
          {"case_id", e.case_id},
          {"occurred_at", format_utc(e.occurred_at)},
          {"kind", domain::event_kind_name(e.kind)},
          {"status_from", status_or_null(e.status_from)},
          {"status_to", status_or_null(e.status_to)},
          {"description", e.description},
          {"location", e.location},
          {"created_by", e.created_by},
          {"created_at", format_utc(e.created_at)}};
}

json activity_item_json(const service::ActivityItem& a) {
  return {{"event_id", a.event_id},
          {"case_id", a.case_id},
          {"case_number", a.case_number},
          {"kind", domain::event_kind_name(a.kind)},
          {"occurred_at", format_utc(a.occurred_at)},
          {"status_from", status_or_null(a.status_from)},
          {"status_to", status_or_null(a.status_to)},
          {"description", a.description},
          {"location", a.location}};
}

Result<domain::EventDraft> parse_event_draft(const json& body) {
  FieldReader r(body, {"occurred_at", "kind", "description", "location"});
  domain::EventDraft d;
  auto when = r.text("occurred_at", Need::kOptional, 40);
  if (when) {
    d.occurred_at = parse_utc(*when);
    if (!d.occurred_at) {
      r.fail("occurred_at", "must be an ISO 8601 time such as 2026-11-22T08:30:00Z");
    }
  }
  d.kind = r.choice("kind", Need::kRequired, &domain::parse_event_kind, domain::event_kind_names());
  d.description = r.text("description", Need::kRequired, 5000).value_or("");
  d.location = r.text("location", Need::kOptional, 200).value_or("");
  if (!r.ok()) {
    return r.error("the event has invalid fields");
  }
  return d;
}

json evidence_json(const domain::EvidenceItem& e) {
  return {{"id", e.id},
          {"case_id", e.case_id},
          {"title", e.title},
          {"kind", domain::evidence_kind_name(e.kind)},
          {"description", e.description},
          {"file_name", e.file_name},
          {"media_type", e.media_type},
          {"size_bytes", e.size_bytes},
          {"sha256", e.sha256},
          {"collected_on", e.collected_on},
          {"created_by", e.created_by},
          {"created_at", format_utc(e.created_at)},
          {"download", "/api/v1/evidence/" + std::to_string(e.id) + "/content"}};
}

json user_json(const domain::User& u) {
  json roles = json::array();
  for (auto r : u.roles) {
    roles.push_back(domain::role_name(r));
  }
  return {{"id", u.id},
          {"username", u.username},
          {"display_name", u.display_name},
          {"unit_code", u.unit_code},
          {"roles", roles},
          {"disabled", u.disabled},
          {"locked_until", u.locked_until ? json(format_utc(*u.locked_until)) : json(nullptr)},
          {"language", u.language},
          {"created_at", format_utc(u.created_at)}};
}

json audit_entry_json(const audit::Entry& e) {
  json detail = json::parse(e.detail, nullptr, false);
  return {{"seq", e.seq},
          {"at", format_utc(e.at)},
          {"actor_id", e.actor_id},
          {"actor", e.actor},
          {"action", e.action},
          {"record_type", e.record_type},
          {"record_id", e.record_id},
          {"outcome", audit::outcome_name(e.outcome)},
          {"detail", detail.is_discarded() ? json(e.detail) : detail},
          {"hash", e.hash}};
}

Result<service::NewUser> parse_new_user(const json& body) {
  FieldReader r(body, {"username", "display_name", "unit_code", "roles", "password", "language"});
  service::NewUser u;
  u.username = r.text("username", Need::kRequired, 32).value_or("");
  u.display_name = r.text("display_name", Need::kOptional, 120).value_or("");
  u.unit_code = r.text("unit_code", Need::kRequired, 64).value_or("");
  u.roles = r.text_list("roles", Need::kRequired, 8, 40).value_or(std::vector<std::string>{});
  u.password = r.text("password", Need::kRequired, 512).value_or("");
  u.language = r.text("language", Need::kOptional, 2).value_or("vi");
  if (!r.ok()) {
    return r.error("the account has invalid fields");
  }
  return u;
}

Result<service::UserPatch> parse_user_patch(const json& body) {
  FieldReader r(body, {"display_name", "unit_code", "roles", "disabled", "language"});
  service::UserPatch p;
  p.display_name = r.text("display_name", Need::kOptional, 120);
  p.unit_code = r.text("unit_code", Need::kOptional, 64);
  p.roles = r.text_list("roles", Need::kOptional, 8, 40);
  p.disabled = r.boolean("disabled", Need::kOptional);
  p.language = r.text("language", Need::kOptional, 2);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return p;
}

Result<MePatch> parse_me_patch(const json& body) {
  FieldReader r(body, {"language"});
  auto language = r.text("language", Need::kRequired, 2);
  if (!r.ok()) {
    return r.error("the change has invalid fields");
  }
  return MePatch{*language};
}

}  // namespace frontline::http
