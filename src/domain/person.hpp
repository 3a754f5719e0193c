// Persons linked to cases (victims, suspects, witnesses, reporters). The
// identifying part of a person is sealed at rest and shown only to roles with
// need to know; every view of it is audited by the service layer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "util/clock.hpp"

namespace frontline::domain {

enum class PersonRole { kVictim, kSuspect, kWitness, kReporter };
enum class Sex { kFemale, kMale, kUnknown };

const char* person_role_name(PersonRole r);
std::optional<PersonRole> parse_person_role(const std::string& name);
std::vector<std::string> person_role_names();
const char* sex_name(Sex s);
std::optional<Sex> parse_sex(const std::string& name);
std::vector<std::string> sex_names();

// What identifies a person. Sealed as one record; never logged.
struct PersonIdentity {
  std::string full_name;               // NFC, Vietnamese order (family middle given)
  std::vector<std::string> aliases;
  std::string date_of_birth;           // partial date: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::string citizen_id;              // 12-digit Vietnamese citizen identity number
  std::string passport_number;
  std::string phone;
  std::string address;
  std::string notes;
};

struct Person {
  int64_t id = 0;
  PersonIdentity identity;
  Sex sex = Sex::kUnknown;
  std::optional<int> birth_year;  // kept in clear for statistics (age bands)
  std::string nationality;        // ISO alpha-2, may be empty when unknown
  std::string home_province;      // province code, may be empty
  TimePoint created_at;
  TimePoint updated_at;
  int64_t version = 1;
};

// A person as linked to one case.
struct CasePerson {
  Person person;
  PersonRole role = PersonRole::kWitness;
  TimePoint linked_at;
};

struct PersonDraft {
  PersonIdentity identity;
  std::optional<Sex> sex;
  std::string nationality;
  std::string home_province;
};

struct PersonPatch {
  std::optional<std::string> full_name;
  std::optional<std::vector<std::string>> aliases;
  std::optional<std::string> date_of_birth;
  std::optional<std::string> citizen_id;
  std::optional<std::string> passport_number;
  std::optional<std::string> phone;
  std::optional<std::string> address;
  std::optional<std::string> notes;
  std::optional<Sex> sex;
  std::optional<std::string> nationality;
  std::optional<std::string> home_province;
  std::optional<int64_t> expected_version;
};

// The name shown instead of a person's identity where it is withheld:
// "V-" for victims, "P-" for others, then four characters (Crockford base32)
// derived from the id, e.g. "V-7F3A". Stable for a person; not secret (the id
// is visible too) and not unique — it is a label, not a key.
std::string pseudonym(int64_t person_id, bool victim);

// The year of a valid partial date, or nullopt.
std::optional<int> partial_date_year(const std::string& date);
// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" that name a real (partial) date
// between 1900 and the year 2100.
bool is_valid_partial_date(const std::string& date);

}  // namespace frontline::domain
