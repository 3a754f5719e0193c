// The directory of support organizations (ReferralService, part 1).
#include "service/audit_helpers.hpp"
#include "service/case_service.hpp"
#include "service/case_validation.hpp"
#include "service/referral_service.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

std::string folded_names(const domain::SupportOrganization& o) { return text::fold(o.name + " " + o.name_en); }

Status require_directory_read(const Principal& who) {
  if (!who.can(domain::Permission::kCaseRead) && !who.can(domain::Permission::kSupportDirectoryManage)) {
    return Error::denied("your role may not read support organizations");
  }
  return {};
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// Checks every field of `o`; provinces must be current province codes.
Status check_organization(store::Transaction& tx, const domain::SupportOrganization& o, FieldErrors& bad) {
  size_t len = text::code_points(o.name);
  if (blank(o.name)) {
    bad["name"] = "is required";
  } else if (len < 2 || len > 200) {
    bad["name"] = "must be 2 to 200 characters";
  }
  if (text::code_points(o.name_en) > 200) {
    bad["name_en"] = "at most 200 characters";
  }
  if (o.provinces.empty()) {
    bad["provinces"] = "at least one province is required";
  }
  for (const auto& code : o.provinces) {
    FL_ASSIGN_OR_RETURN(auto p, tx.reference().find_province(code));
    if (!p) {
      bad["provinces"] = "unknown province code '" + code + "'";
    } else if (!p->current) {
      bad["provinces"] = "'" + code + "' is a former province; use a current province code";
    }
  }
  if (!o.phone.empty() && o.phone.find_first_not_of("+0123456789 .-()x") != std::string::npos) {
    bad["phone"] = "must be a phone number of digits, spaces and + . - ( )";
  }
  if (!o.email.empty()) {
    auto at = o.email.find('@');
    if (at == std::string::npos || at == 0 || o.email.find('.', at) == std::string::npos ||
        o.email.find(' ') != std::string::npos) {
      bad["email"] = "must be an e-mail address";
    }
  }
  return {};
}

}  // namespace

store::CaseScope unit_scope(const Principal& who) {
  store::CaseScope scope;
  if (!domain::sees_all_units(who.roles) && !who.is_system()) {
    scope.unit_path_prefix = who.unit_path;
  }
  return scope;
}

Result<std::vector<domain::SupportOrganization>> ReferralService::list_organizations(
    const Principal& who, domain::SupportOrgFilter filter) {
  FL_TRY(require_directory_read(who));
  filter.q = text::fold(filter.q);
  return store::read_value<std::vector<domain::SupportOrganization>>(
      store_, [&](store::Transaction& tx) -> Result<std::vector<domain::SupportOrganization>> {
        if (!filter.province.empty()) {
          FieldErrors bad;
          FL_TRY(discard_value(check_province(tx, filter.province, "province", bad)));
          if (!bad.empty()) {
            return Error::invalid("invalid filters", bad);
          }
        }
        return tx.support_orgs().list(filter);
      });
}

Result<domain::SupportOrganization> ReferralService::get_organization(const Principal& who, int64_t id) {
  FL_TRY(require_directory_read(who));
  return store::read_value<domain::SupportOrganization>(
      store_, [&](store::Transaction& tx) { return tx.support_orgs().get(id); });
}

Result<domain::SupportOrganization> ReferralService::create_organization(const Principal& who,
                                                                         const domain::SupportOrgDraft& d) {
  FL_TRY(require(who, domain::Permission::kSupportDirectoryManage, "manage support organizations"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::SupportOrganization>(
      store_, [&](store::Transaction& tx) -> Result<domain::SupportOrganization> {
        domain::SupportOrganization o;
        o.type = d.type.value_or(domain::SupportOrgType::kNgo);
        o.name = d.name;
        o.name_en = d.name_en;
        o.provinces = d.provinces;
        o.address = d.address;
        o.phone = d.phone;
        o.email = d.email;
        o.contact_person = d.contact_person;
        o.services = d.services;
        o.active = d.active;
        o.notes = d.notes;
        o.created_at = now;
        o.updated_at = now;
        FieldErrors bad;
        if (!d.type) {
          bad["type"] = "is required";
        }
        FL_TRY(check_organization(tx, o, bad));
        if (!bad.empty()) {
          return Error::invalid("the support organization has invalid fields", bad);
        }
        FL_ASSIGN_OR_RETURN(o.id, tx.support_orgs().insert(o, folded_names(o)));
        FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "support_org.create", "support_org",
                                                   std::to_string(o.id), audit::Outcome::kOk,
                                                   {{"type", domain::support_org_type_name(o.type)}})));
        return o;
      });
}

Result<domain::SupportOrganization> ReferralService::update_organization(const Principal& who, int64_t id,
                                                                         const domain::SupportOrgPatch& patch) {
  FL_TRY(require(who, domain::Permission::kSupportDirectoryManage, "manage support organizations"));
  const TimePoint now = clock_.now();
  return store::write_value<domain::SupportOrganization>(
      store_, [&](store::Transaction& tx) -> Result<domain::SupportOrganization> {
        FL_ASSIGN_OR_RETURN(domain::SupportOrganization o, tx.support_orgs().get(id));
        if (patch.expected_version && *patch.expected_version != o.version) {
          return Error::conflict("support organization " + std::to_string(id) +
                                 " has changed; reload and try again");
        }
        FieldChanges changes;
        changes.apply(patch.type, o.type, "type");
        changes.apply(patch.name, o.name, "name");
        changes.apply(patch.name_en, o.name_en, "name_en");
        changes.apply(patch.provinces, o.provinces, "provinces");
        changes.apply(patch.address, o.address, "address");
        changes.apply(patch.phone, o.phone, "phone");
        changes.apply(patch.email, o.email, "email");
        changes.apply(patch.contact_person, o.contact_person, "contact_person");
        changes.apply(patch.services, o.services, "services");
        changes.apply(patch.active, o.active, "active");
        changes.apply(patch.notes, o.notes, "notes");
        FieldErrors bad;
        FL_TRY(check_organization(tx, o, bad));
        if (!bad.empty()) {
          return Error::invalid("the change has invalid fields", bad);
        }
        if (!changes.empty()) {
          o.updated_at = now;
          o.version += 1;
          FL_TRY(tx.support_orgs().update(o, folded_names(o)));
          FL_TRY(store::append_audit(tx, audit_entry(who, clock_, "support_org.update", "support_org",
                                                     std::to_string(o.id), audit::Outcome::kOk,
                                                     {{"changed", changes.names()}})));
        }
        return o;
      });
}

}  // namespace frontline::service
