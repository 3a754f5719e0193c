// Watchlists: named, typed lists against which persons, phones and online
// accounts are checked (suspected traffickers, wanted persons, missing
// persons and potential victims, flagged phone numbers, flagged accounts).
// The identifying part of an entry is sealed at rest like a person's
// identity; entries of missing_persons lists are potential victims and are
// shown only to roles with victims' identity access.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/person.hpp"
#include "util/clock.hpp"

namespace frontline::domain {

enum class WatchlistType { kSuspectedTraffickers, kWantedPersons, kMissingPersons, kFlaggedPhones, kFlaggedAccounts };
enum class AccountPlatform { kFacebook, kZalo, kTelegram, kTiktok, kWhatsapp, kOther };

const char* watchlist_type_name(WatchlistType t);
std::optional<WatchlistType> parse_watchlist_type(const std::string& name);
std::vector<std::string> watchlist_type_names();
const char* account_platform_name(AccountPlatform p);
std::optional<AccountPlatform> parse_account_platform(const std::string& name);
std::vector<std::string> account_platform_names();

// True for the three lists whose entries are persons.
bool is_person_list(WatchlistType t);
// True where entries are potential victims (their identity needs victim access).
bool holds_potential_victims(WatchlistType t);

struct Watchlist {
  int64_t id = 0;
  std::string name;
  WatchlistType type = WatchlistType::kSuspectedTraffickers;
  std::string source;  // who issued it, e.g. "Cục Cảnh sát hình sự, công văn 123"
  int64_t owner_unit_id = 0;
  std::string owner_unit_code;  // filled by the store
  std::string owner_unit_path;  // filled by the store: "/1/7/"
  std::string description;
  int64_t created_by = 0;
  TimePoint created_at;
  TimePoint updated_at;
  bool active = true;
  int64_t version = 1;
  int64_t entry_count = 0;  // active entries (expired included); filled by the store
};

struct WatchlistDraft {
  std::string name;
  std::optional<WatchlistType> type;
  std::string source;
  std::string description;
  std::string owner_unit_code;  // "" for the caller's own unit
};

struct WatchlistPatch {
  std::optional<std::string> name;
  std::optional<std::string> source;
  std::optional<std::string> description;
  std::optional<bool> active;
  std::optional<int64_t> expected_version;
};

// One entry. Which fields are used depends on the list's type: person lists
// use identity (full_name required), sex and nationality; flagged_phones
// phone_raw/phone_e164; flagged_accounts platform and handle.
struct WatchlistEntry {
  int64_t id = 0;
  int64_t watchlist_id = 0;
  PersonIdentity identity;  // sealed
  Sex sex = Sex::kUnknown;
  std::string nationality;  // ISO alpha-2 or ""
  std::string phone_raw;    // sealed; as given
  std::string phone_e164;   // sealed; match::normalize_phone of phone_raw
  std::optional<AccountPlatform> platform;
  std::string handle;       // sealed; handle or profile URL
  std::string reason;       // sealed (free text may name people)
  std::string source_ref;   // e.g. "công văn 123/C02"
  std::string expires_on;   // "YYYY-MM-DD" or "" (never)
  int64_t added_by = 0;
  TimePoint added_at;
  TimePoint updated_at;
  bool active = true;       // false once deleted (deactivated)
  int64_t version = 1;
};

// True when the entry has an expiry date before `today` ("YYYY-MM-DD").
bool entry_expired(const WatchlistEntry& e, const std::string& today);

struct WatchlistEntryDraft {
  PersonIdentity identity;
  Sex sex = Sex::kUnknown;
  std::string nationality;
  std::string phone;
  std::string platform;  // checked against account_platform_names()
  std::string handle;
  std::string reason;
  std::string source_ref;
  std::string expires_on;
};

struct WatchlistEntryPatch {
  std::optional<std::string> full_name;
  std::optional<std::vector<std::string>> aliases;
  std::optional<std::string> date_of_birth;
  std::optional<std::string> citizen_id;
  std::optional<std::string> passport_number;
  std::optional<std::string> identity_phone;
  std::optional<std::string> address;
  std::optional<std::string> notes;
  std::optional<Sex> sex;
  std::optional<std::string> nationality;
  std::optional<std::string> phone;
  std::optional<std::string> platform;
  std::optional<std::string> handle;
  std::optional<std::string> reason;
  std::optional<std::string> source_ref;
  std::optional<std::string> expires_on;
  std::optional<int64_t> expected_version;
};

// An entry that takes part in matching: active, on an active list, not expired.
struct MatchableEntry {
  WatchlistEntry entry;
  WatchlistType list_type = WatchlistType::kSuspectedTraffickers;
  std::string list_name;
};

// An alert: a person linked to a case scored at or above the alert level
// against a watchlist entry (issue 5, point 5). Raised by the screening index
// when either side is written; one per (person, entry), so a dismissed alert
// is not raised again. API names "open", "confirmed", "dismissed".
enum class AlertStatus { kOpen, kConfirmed, kDismissed };
const char* alert_status_name(AlertStatus s);
std::optional<AlertStatus> parse_alert_status(const std::string& name);
std::vector<std::string> alert_status_names();

struct WatchlistAlert {
  int64_t id = 0;
  int64_t person_id = 0;
  int64_t entry_id = 0;
  double score = 0.0;
  AlertStatus status = AlertStatus::kOpen;
  TimePoint raised_at;
  int64_t reviewed_by = 0;  // 0 while open
  std::optional<TimePoint> reviewed_at;
  std::string note;         // sealed (free text may name people)
  int64_t version = 1;
  // Filled by the store on read.
  int64_t watchlist_id = 0;
  std::string list_name;
  WatchlistType list_type = WatchlistType::kSuspectedTraffickers;
  bool person_is_victim = false;  // a victim in any case: the label is "V-…"
  int64_t case_id = 0;            // the person's newest case in the scope asked
  std::string case_number;
};

struct AlertFilter {
  std::optional<AlertStatus> status;
  int64_t person_id = 0;  // 0: any
  int64_t offset = 0;
  int64_t limit = 50;
};

struct AlertPage {
  std::vector<WatchlistAlert> items;
  int64_t total = 0;
};

}  // namespace frontline::domain
