// Support organizations, referrals and entitlement checklists in SQLite.
// Lists (provinces, services) are stored comma-framed: ",LS,CB,".
#include "store/sqlite/repos.hpp"

namespace frontline::store::sqlite {
namespace {

std::string framed(const std::vector<std::string>& items) {
  std::string out = ",";
  for (const auto& i : items) {
    out += i + ",";
  }
  return out;
}

std::vector<std::string> service_names(const std::vector<domain::SupportService>& services) {
  std::vector<std::string> out;
  for (auto s : services) {
    out.emplace_back(domain::support_service_name(s));
  }
  return out;
}

constexpr const char* kOrgColumns =
    "id, type, name, name_en, provinces, address, phone, email, contact_person, services, active, notes, "
    "created_at, updated_at, version";

Result<domain::SupportOrganization> read_org(const Stmt& q) {
  domain::SupportOrganization o;
  o.id = q.int64(0);
  auto type = domain::parse_support_org_type(q.text(1));
  if (!type) {
    return Error::corruption("support organization " + std::to_string(o.id) + " has an unknown type");
  }
  o.type = *type;
  o.name = q.text(2);
  o.name_en = q.text(3);
  o.provinces = split_csv(q.text(4));
  o.address = q.text(5);
  o.phone = q.text(6);
  o.email = q.text(7);
  o.contact_person = q.text(8);
  for (const auto& name : split_csv(q.text(9))) {
    auto s = domain::parse_support_service(name);
    if (!s) {
      return Error::corruption("support organization " + std::to_string(o.id) + " has an unknown service");
    }
    o.services.push_back(*s);
  }
  o.active = q.int64(10) != 0;
  o.notes = q.text(11);
  FL_ASSIGN_OR_RETURN(o.created_at, stored_time(q.text(12)));
  FL_ASSIGN_OR_RETURN(o.updated_at, stored_time(q.text(13)));
  o.version = q.int64(14);
  return o;
}

constexpr const char* kReferralColumns =
    "r.id, r.person_id, r.case_id, r.organization_id, r.service, r.consent_status, r.consent_date, "
    "r.consent_recorded_by, r.status, COALESCE(r.due_date, ''), r.outcome, r.notes, r.created_by, r.created_at, "
    "r.updated_by, r.updated_at, r.version, c.number, o.name";
constexpr const char* kReferralFrom =
    " FROM referrals r JOIN cases c ON c.id = r.case_id JOIN support_organizations o ON o.id = r.organization_id";

Result<domain::Referral> read_referral(const Stmt& q) {
  domain::Referral r;
  r.id = q.int64(0);
  r.person_id = q.int64(1);
  r.case_id = q.int64(2);
  r.organization_id = q.int64(3);
  auto service = domain::parse_support_service(q.text(4));
  auto consent = domain::parse_consent_status(q.text(5));
  auto status = domain::parse_referral_status(q.text(8));
  if (!service || !consent || !status) {
    return Error::corruption("referral " + std::to_string(r.id) + " has an unknown service, consent or status");
  }
  r.service = *service;
  r.consent.status = *consent;
  r.consent.date = q.text(6);
  r.consent.recorded_by = q.int64(7);
  r.status = *status;
  r.due_date = q.text(9);
  r.outcome = q.text(10);
  r.notes = q.text(11);
  r.created_by = q.int64(12);
  FL_ASSIGN_OR_RETURN(r.created_at, stored_time(q.text(13)));
  r.updated_by = q.int64(14);
  FL_ASSIGN_OR_RETURN(r.updated_at, stored_time(q.text(15)));
  r.version = q.int64(16);
  r.case_number = q.text(17);
  r.organization_name = q.text(18);
  return r;
}

}  // namespace

Result<int64_t> SqliteSupportOrgRepo::insert(const domain::SupportOrganization& o, const std::string& name_folded) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO support_organizations(type, name, name_en, name_folded, provinces, address, phone, email, "
      "contact_person, services, active, notes, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(domain::support_org_type_name(o.type), o.name, o.name_en, name_folded, framed(o.provinces), o.address,
             o.phone, o.email, o.contact_person, framed(service_names(o.services)), o.active, o.notes,
             format_utc(o.created_at), format_utc(o.updated_at), o.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::SupportOrganization> SqliteSupportOrgRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kOrgColumns + " FROM support_organizations WHERE id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("support organization " + std::to_string(id) + " not found");
  }
  return read_org(q);
}

Status SqliteSupportOrgRepo::update(const domain::SupportOrganization& o, const std::string& name_folded) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE support_organizations SET type=?, name=?, name_en=?, name_folded=?, provinces=?, address=?, phone=?, "
      "email=?, contact_person=?, services=?, active=?, notes=?, updated_at=?, version=? WHERE id=? AND version=?"));
  q.bind_all(domain::support_org_type_name(o.type), o.name, o.name_en, name_folded, framed(o.provinces), o.address,
             o.phone, o.email, o.contact_person, framed(service_names(o.services)), o.active, o.notes,
             format_utc(o.updated_at), o.version, o.id, o.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("support organization " + std::to_string(o.id) +
                           " was changed by someone else; reload and try again");
  }
  return {};
}

Result<std::vector<domain::SupportOrganization>> SqliteSupportOrgRepo::list(const domain::SupportOrgFilter& f) {
  std::string sql = std::string("SELECT ") + kOrgColumns + " FROM support_organizations WHERE 1=1";
  std::vector<std::string> params;
  if (f.type) {
    sql += " AND type=?";
    params.emplace_back(domain::support_org_type_name(*f.type));
  }
  if (!f.province.empty()) {
    sql += " AND instr(provinces, ?) > 0";
    params.push_back("," + f.province + ",");
  }
  if (f.service) {
    sql += " AND instr(services, ?) > 0";
    params.push_back(std::string(",") + domain::support_service_name(*f.service) + ",");
  }
  if (!f.q.empty()) {
    sql += " AND instr(name_folded, ?) > 0";
    params.push_back(f.q);
  }
  if (f.active_only) {
    sql += " AND active=1";
  }
  sql += " ORDER BY active DESC, name, id";
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(sql));
  for (size_t i = 0; i < params.size(); ++i) {
    q.bind(static_cast<int>(i + 1), params[i]);
  }
  return collect_rows<domain::SupportOrganization>(q, read_org);
}

Result<int64_t> SqliteReferralRepo::insert(const domain::Referral& r) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT INTO referrals(person_id, case_id, organization_id, service, consent_status, consent_date, "
      "consent_recorded_by, status, due_date, outcome, notes, created_by, created_at, updated_by, updated_at, version) "
      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
  q.bind_all(r.person_id, r.case_id, r.organization_id, domain::support_service_name(r.service),
             domain::consent_status_name(r.consent.status), r.consent.date, r.consent.recorded_by,
             domain::referral_status_name(r.status));
  q.bind_or_null(9, r.due_date);
  q.bind(10, r.outcome).bind(11, r.notes).bind(12, r.created_by).bind(13, format_utc(r.created_at));
  q.bind(14, r.updated_by).bind(15, format_utc(r.updated_at)).bind(16, r.version);
  FL_TRY(q.run());
  return c_.last_insert_rowid();
}

Result<domain::Referral> SqliteReferralRepo::get(int64_t id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kReferralColumns + kReferralFrom + " WHERE r.id=?"));
  q.bind(1, id);
  FL_ASSIGN_OR_RETURN(bool row, q.step());
  if (!row) {
    return Error::not_found("referral " + std::to_string(id) + " not found");
  }
  return read_referral(q);
}

Status SqliteReferralRepo::update(const domain::Referral& r) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "UPDATE referrals SET consent_status=?, consent_date=?, consent_recorded_by=?, status=?, due_date=?, outcome=?, "
      "notes=?, updated_by=?, updated_at=?, version=? WHERE id=? AND version=?"));
  q.bind_all(domain::consent_status_name(r.consent.status), r.consent.date, r.consent.recorded_by,
             domain::referral_status_name(r.status));
  q.bind_or_null(5, r.due_date);
  q.bind(6, r.outcome).bind(7, r.notes).bind(8, r.updated_by).bind(9, format_utc(r.updated_at));
  q.bind(10, r.version).bind(11, r.id).bind(12, r.version - 1);
  FL_TRY(q.run());
  if (c_.changes() == 0) {
    return Error::conflict("referral " + std::to_string(r.id) + " was changed by someone else; reload and try again");
  }
  return {};
}

Result<domain::ReferralPage> SqliteReferralRepo::list(const domain::ReferralFilter& f, const CaseScope& scope) {
  std::string where = " WHERE 1=1";
  std::vector<std::string> params;
  scope_sql(scope, "c.unit_id", where, params);
  if (f.status) {
    where += " AND r.status=?";
    params.emplace_back(domain::referral_status_name(*f.status));
  }
  if (!f.overdue_on.empty()) {
    where += " AND r.due_date IS NOT NULL AND r.due_date < ? AND r.status NOT IN ('completed','declined')";
    params.push_back(f.overdue_on);
  }
  if (f.person_id != 0) {
    where += " AND r.person_id=?";
    params.push_back(std::to_string(f.person_id));
  }
  domain::ReferralPage page;
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT COUNT(*)") + kReferralFrom + where));
    for (size_t i = 0; i < params.size(); ++i) {
      q.bind(static_cast<int>(i + 1), params[i]);
    }
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    page.total = row ? q.int64(0) : 0;
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(std::string("SELECT ") + kReferralColumns + kReferralFrom + where +
                                         " ORDER BY r.due_date IS NULL, r.due_date, r.id LIMIT ? OFFSET ?"));
  int next = 1;
  for (const auto& p : params) {
    q.bind(next++, p);
  }
  q.bind(next, f.limit);
  q.bind(next + 1, f.offset);
  FL_ASSIGN_OR_RETURN(page.items, collect_rows<domain::Referral>(q, read_referral));
  return page;
}

Result<std::pair<int64_t, std::vector<UnreferredVictim>>> SqliteReferralRepo::victims_without_referral(
    const CaseScope& scope, int64_t limit) {
  std::string where = " WHERE cp.role='victim' AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.person_id = cp.person_id)";
  std::vector<std::string> params;
  scope_sql(scope, "c.unit_id", where, params);
  const std::string from = " FROM case_persons cp JOIN cases c ON c.id = cp.case_id";
  std::pair<int64_t, std::vector<UnreferredVictim>> out{0, {}};
  {
    FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT COUNT(*)" + from + where));
    for (size_t i = 0; i < params.size(); ++i) {
      q.bind(static_cast<int>(i + 1), params[i]);
    }
    FL_ASSIGN_OR_RETURN(bool row, q.step());
    out.first = row ? q.int64(0) : 0;
  }
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare("SELECT cp.person_id, cp.case_id, c.number" + from + where +
                                         " ORDER BY cp.case_id, cp.person_id LIMIT ?"));
  int next = 1;
  for (const auto& p : params) {
    q.bind(next++, p);
  }
  q.bind(next, limit);
  FL_ASSIGN_OR_RETURN(out.second, collect_rows<UnreferredVictim>(q, [](const Stmt& r) -> Result<UnreferredVictim> {
                        return UnreferredVictim{r.int64(0), r.int64(1), r.text(2)};
                      }));
  return out;
}

Result<std::vector<domain::Entitlement>> SqliteReferralRepo::entitlements_of(int64_t person_id) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "SELECT item, status, date, note, updated_by, updated_at FROM entitlements WHERE person_id=?"));
  q.bind(1, person_id);
  return collect_rows<domain::Entitlement>(q, [](const Stmt& r) -> Result<domain::Entitlement> {
    domain::Entitlement e;
    auto item = domain::parse_entitlement_item(r.text(0));
    auto status = domain::parse_entitlement_status(r.text(1));
    if (!item || !status) {
      return Error::corruption("an entitlement has an unknown item or status");
    }
    e.item = *item;
    e.status = *status;
    e.date = r.text(2);
    e.note = r.text(3);
    e.updated_by = r.int64(4);
    FL_ASSIGN_OR_RETURN(TimePoint at, stored_time(r.text(5)));
    e.updated_at = at;
    return e;
  });
}

Status SqliteReferralRepo::put_entitlement(int64_t person_id, const domain::Entitlement& e) {
  FL_ASSIGN_OR_RETURN(Stmt q, c_.prepare(
      "INSERT OR REPLACE INTO entitlements(person_id, item, status, date, note, updated_by, updated_at) "
      "VALUES (?,?,?,?,?,?,?)"));
  q.bind_all(person_id, domain::entitlement_item_name(e.item), domain::entitlement_status_name(e.status), e.date,
             e.note, e.updated_by, format_utc(e.updated_at.value_or(TimePoint{})));
  return q.run();
}

}  // namespace frontline::store::sqlite
