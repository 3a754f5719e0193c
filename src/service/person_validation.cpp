#include "service/person_validation.hpp"

#include "util/text.hpp"

namespace frontline::service {
namespace {

bool digits_only(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

void check_identity(const domain::PersonIdentity& id, bool name_required, TimePoint now, FieldErrors& bad) {
  size_t name_len = text::code_points(id.full_name);
  if (name_required && id.full_name.find_first_not_of(" \t\r\n") == std::string::npos) {
    bad["identity.full_name"] = "is required";
  } else if (name_len > 200) {
    bad["identity.full_name"] = "at most 200 characters";
  }
  if (id.aliases.size() > 10) {
    bad["identity.aliases"] = "at most 10 aliases";
  }
  for (const auto& a : id.aliases) {
    if (a.empty() || text::code_points(a) > 200) {
      bad["identity.aliases"] = "each alias must be 1 to 200 characters";
    }
  }
  if (!id.date_of_birth.empty()) {
    if (!domain::is_valid_partial_date(id.date_of_birth)) {
      bad["identity.date_of_birth"] = "must be YYYY, YYYY-MM or YYYY-MM-DD";
    } else if (id.date_of_birth > today_vn(now).substr(0, id.date_of_birth.size())) {
      bad["identity.date_of_birth"] = "cannot be in the future";
    }
  }
  if (!id.citizen_id.empty() && !(digits_only(id.citizen_id) && (id.citizen_id.size() == 12 || id.citizen_id.size() == 9))) {
    bad["identity.citizen_id"] = "must be 12 digits (or 9 for an old identity card)";
  }
  if (!id.passport_number.empty()) {
    bool ok = id.passport_number.size() >= 6 && id.passport_number.size() <= 20;
    for (char c : id.passport_number) {
      ok = ok && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
    if (!ok) {
      bad["identity.passport_number"] = "must be 6 to 20 upper-case letters and digits";
    }
  }
  if (!id.phone.empty()) {
    bool ok = id.phone.size() <= 30 && id.phone.find_first_not_of("+0123456789 .-()") == std::string::npos;
    if (!ok) {
      bad["identity.phone"] = "must be a phone number of digits, spaces and + . - ( )";
    }
  }
  if (text::code_points(id.address) > 500) {
    bad["identity.address"] = "at most 500 characters";
  }
  if (text::code_points(id.notes) > 5000) {
    bad["identity.notes"] = "at most 5,000 characters";
  }
}

Status check_person_codes(store::Transaction& tx, const std::string& nationality, const std::string& home_province,
                          FieldErrors& bad) {
  if (!nationality.empty()) {
    FL_ASSIGN_OR_RETURN(bool known, tx.reference().country_exists(nationality));
    if (!known) {
      bad["nationality"] = "unknown country code '" + nationality + "'";
    }
  }
  if (!home_province.empty()) {
    FL_TRY(discard_value(check_province(tx, home_province, "home_province", bad)));
  }
  return {};
}

}  // namespace frontline::service
