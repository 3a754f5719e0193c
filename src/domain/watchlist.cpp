#include "domain/watchlist.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<WatchlistType, 5> kTypeNames{{{
    {WatchlistType::kSuspectedTraffickers, "suspected_traffickers"},
    {WatchlistType::kWantedPersons, "wanted_persons"},
    {WatchlistType::kMissingPersons, "missing_persons"},
    {WatchlistType::kFlaggedPhones, "flagged_phones"},
    {WatchlistType::kFlaggedAccounts, "flagged_accounts"},
}}};

constexpr EnumNames<AccountPlatform, 6> kPlatformNames{{{
    {AccountPlatform::kFacebook, "facebook"},
    {AccountPlatform::kZalo, "zalo"},
    {AccountPlatform::kTelegram, "telegram"},
    {AccountPlatform::kTiktok, "tiktok"},
    {AccountPlatform::kWhatsapp, "whatsapp"},
    {AccountPlatform::kOther, "other"},
}}};

constexpr EnumNames<AlertStatus, 3> kAlertStatusNames{{{
    {AlertStatus::kOpen, "open"},
    {AlertStatus::kConfirmed, "confirmed"},
    {AlertStatus::kDismissed, "dismissed"},
}}};

}  // namespace

const char* alert_status_name(AlertStatus s) { return kAlertStatusNames.name(s); }
std::optional<AlertStatus> parse_alert_status(const std::string& name) { return kAlertStatusNames.parse(name); }
std::vector<std::string> alert_status_names() { return kAlertStatusNames.names(); }

const char* watchlist_type_name(WatchlistType t) { return kTypeNames.name(t); }
std::optional<WatchlistType> parse_watchlist_type(const std::string& name) { return kTypeNames.parse(name); }
std::vector<std::string> watchlist_type_names() { return kTypeNames.names(); }
const char* account_platform_name(AccountPlatform p) { return kPlatformNames.name(p); }
std::optional<AccountPlatform> parse_account_platform(const std::string& name) { return kPlatformNames.parse(name); }
std::vector<std::string> account_platform_names() { return kPlatformNames.names(); }

bool is_person_list(WatchlistType t) {
  return t == WatchlistType::kSuspectedTraffickers || t == WatchlistType::kWantedPersons ||
         t == WatchlistType::kMissingPersons;
}

bool holds_potential_victims(WatchlistType t) { return t == WatchlistType::kMissingPersons; }

bool entry_expired(const WatchlistEntry& e, const std::string& today) {
  return !e.expires_on.empty() && e.expires_on < today;
}

}  // namespace frontline::domain
