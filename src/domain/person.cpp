#include "domain/person.hpp"

#include "util/enum_names.hpp"

namespace frontline::domain {
namespace {

constexpr EnumNames<PersonRole, 4> kRoleNames{{{
    {PersonRole::kVictim, "victim"},
    {PersonRole::kSuspect, "suspect"},
    {PersonRole::kWitness, "witness"},
    {PersonRole::kReporter, "reporter"},
}}};

constexpr EnumNames<Sex, 3> kSexNames{{{
    {Sex::kFemale, "female"},
    {Sex::kMale, "male"},
    {Sex::kUnknown, "unknown"},
}}};

bool all_digits(const std::string& s) {
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return !s.empty();
}

}  // namespace

const char* person_role_name(PersonRole r) { return kRoleNames.name(r); }
std::optional<PersonRole> parse_person_role(const std::string& name) { return kRoleNames.parse(name); }
std::vector<std::string> person_role_names() { return kRoleNames.names(); }
const char* sex_name(Sex s) { return kSexNames.name(s); }
std::optional<Sex> parse_sex(const std::string& name) { return kSexNames.parse(name); }
std::vector<std::string> sex_names() { return kSexNames.names(); }

std::string pseudonym(int64_t person_id, bool victim) {
  // splitmix64: spreads consecutive ids over the whole range.
  uint64_t z = static_cast<uint64_t>(person_id) + 0x9e3779b97f4a7c15ULL;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  static constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string out = victim ? "V-" : "P-";
  for (int i = 0; i < 4; ++i) {
    out += kCrockford[(z >> (5 * i)) & 31];
  }
  return out;
}

bool is_valid_partial_date(const std::string& date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) {
    return false;
  }
  std::string y = date.substr(0, 4);
  if (!all_digits(y)) {
    return false;
  }
  int year = std::stoi(y);
  if (year < 1900 || year > 2100) {
    return false;
  }
  if (date.size() == 4) {
    return true;
  }
  if (date[4] != '-' || !all_digits(date.substr(5, 2))) {
    return false;
  }
  int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) {
    return false;
  }
  if (date.size() == 7) {
    return true;
  }
  return is_valid_date(date);
}

std::optional<int> partial_date_year(const std::string& date) {
  if (!is_valid_partial_date(date)) {
    return std::nullopt;
  }
  return std::stoi(date.substr(0, 4));
}

}  // namespace frontline::domain
