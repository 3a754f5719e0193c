#include "service/watchlist_validation.hpp"

#include "match/document.hpp"
#include "match/handle.hpp"
#include "match/phone.hpp"
#include "service/person_validation.hpp"
#include "util/text.hpp"

namespace frontline::service {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

bool any_identity(const domain::PersonIdentity& id) {
  return !id.full_name.empty() || !id.aliases.empty() || !id.date_of_birth.empty() || !id.citizen_id.empty() ||
         !id.passport_number.empty() || !id.phone.empty() || !id.address.empty() || !id.notes.empty();
}

bool valid_date(const std::string& d) {
  return d.size() == 10 && domain::is_valid_partial_date(d);
}

const char* kNotUsed = "is not used on this type of list";

}  // namespace

void check_watchlist_text(const std::string& name, const std::string& source, const std::string& description,
                          FieldErrors& bad) {
  size_t len = text::code_points(name);
  if (blank(name)) {
    bad["name"] = "is required";
  } else if (len < 2 || len > 200) {
    bad["name"] = "must be 2 to 200 characters";
  }
  if (text::code_points(source) > 500) {
    bad["source"] = "at most 500 characters";
  }
  if (text::code_points(description) > 5000) {
    bad["description"] = "at most 5,000 characters";
  }
}

Status build_entry(store::Transaction& tx, domain::WatchlistType type, const domain::WatchlistEntryDraft& d,
                   TimePoint now, domain::WatchlistEntry& e, FieldErrors& bad) {
  e.identity = d.identity;
  e.sex = d.sex;
  e.nationality = d.nationality;
  e.phone_raw = d.phone;
  e.phone_e164.clear();
  e.handle = d.handle;
  e.platform.reset();
  e.reason = d.reason;
  e.source_ref = d.source_ref;
  e.expires_on = d.expires_on;
  if (domain::is_person_list(type)) {
    check_identity(d.identity, true, now, bad);
    FL_TRY(check_person_codes(tx, d.nationality, "", bad));
    if (!d.phone.empty()) {
      bad["phone"] = kNotUsed;
    }
    if (!d.platform.empty()) {
      bad["platform"] = kNotUsed;
    }
    if (!d.handle.empty()) {
      bad["handle"] = kNotUsed;
    }
  } else {
    if (any_identity(d.identity)) {
      bad["identity"] = kNotUsed;
    }
    if (d.sex != domain::Sex::kUnknown) {
      bad["sex"] = kNotUsed;
    }
    if (!d.nationality.empty()) {
      bad["nationality"] = kNotUsed;
    }
  }
  if (type == domain::WatchlistType::kFlaggedPhones) {
    if (blank(d.phone)) {
      bad["phone"] = "is required";
    } else {
      auto e164 = match::normalize_phone(d.phone);
      if (!e164.ok()) {
        bad["phone"] = "is not a valid phone number";
      } else {
        e.phone_e164 = *e164;
      }
    }
    if (!d.platform.empty()) {
      bad["platform"] = kNotUsed;
    }
    if (!d.handle.empty()) {
      bad["handle"] = kNotUsed;
    }
  }
  if (type == domain::WatchlistType::kFlaggedAccounts) {
    if (!d.phone.empty()) {
      bad["phone"] = kNotUsed;
    }
    if (blank(d.platform)) {
      bad["platform"] = "is required";
    } else {
      e.platform = domain::parse_account_platform(d.platform);
      if (!e.platform) {
        std::string names;
        for (const auto& n : domain::account_platform_names()) {
          names += (names.empty() ? "" : ", ") + n;
        }
        bad["platform"] = "must be one of: " + names;
      }
    }
    if (blank(d.handle)) {
      bad["handle"] = "is required";
    } else if (text::code_points(d.handle) > 300) {
      bad["handle"] = "at most 300 characters";
    }
  }
  if (text::code_points(d.reason) > 2000) {
    bad["reason"] = "at most 2,000 characters";
  }
  if (text::code_points(d.source_ref) > 200) {
    bad["source_ref"] = "at most 200 characters";
  }
  if (!d.expires_on.empty() && !valid_date(d.expires_on)) {
    bad["expires_on"] = "must be a date as YYYY-MM-DD";
  }
  return {};
}

std::vector<std::string> entry_keys(const domain::WatchlistEntry& e) {
  std::vector<std::string> keys;
  const auto& id = e.identity;
  if (!id.citizen_id.empty()) {
    auto doc = match::normalize_identity_number(id.citizen_id);
    keys.push_back("citizen_id:" + (doc.ok() ? doc->number : id.citizen_id));
  }
  if (!id.passport_number.empty()) {
    auto doc = match::normalize_passport(id.passport_number);
    keys.push_back("passport_number:" + (doc.ok() ? doc->number : id.passport_number));
  }
  if (!id.phone.empty()) {
    auto e164 = match::normalize_phone(id.phone);
    if (e164.ok()) {
      keys.push_back("phone:" + *e164);
    }
  }
  if (!e.phone_e164.empty()) {
    keys.push_back("phone:" + e.phone_e164);
  }
  if (e.platform && !e.handle.empty()) {
    keys.push_back(std::string("handle:") + domain::account_platform_name(*e.platform) + ":" + match::handle_key(e.handle));
  }
  if (!id.full_name.empty() && !id.date_of_birth.empty()) {
    keys.push_back("name_and_date_of_birth:" + text::fold(id.full_name) + "|" + id.date_of_birth);
  }
  return keys;
}

domain::WatchlistEntryDraft entry_draft(const domain::WatchlistEntry& e) {
  domain::WatchlistEntryDraft d;
  d.identity = e.identity;
  d.sex = e.sex;
  d.nationality = e.nationality;
  d.phone = e.phone_raw;
  d.platform = e.platform ? domain::account_platform_name(*e.platform) : "";
  d.handle = e.handle;
  d.reason = e.reason;
  d.source_ref = e.source_ref;
  d.expires_on = e.expires_on;
  return d;
}

}  // namespace frontline::service
