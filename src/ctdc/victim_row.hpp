// One CTDC row from what Frontline knows about a victim of a case. Only the
// non-identifying facts below go in: never names, dates of birth, documents,
// phone numbers, addresses or case numbers (the input cannot carry them).
#pragma once

#include <optional>
#include <string>

#include "ctdc/layout.hpp"
#include "domain/case.hpp"
#include "domain/person.hpp"

namespace frontline::ctdc {

// What the row is built from: the victim's statistical attributes and their case's.
struct VictimFacts {
  domain::Sex sex = domain::Sex::kUnknown;
  std::optional<int> birth_year;
  std::string nationality;          // ISO alpha-2 or ""
  int registration_year = 0;        // year the case was reported
  domain::TraffickingForm trafficking_form = domain::TraffickingForm::kOther;
  std::string destination_country;  // ISO alpha-2 or ""
};

inline constexpr const char* kCaseManagementSource = "Case Management";

// The row in the CTDC layout:
//   yearOfRegistration  registration_year
//   Datasource          "Case Management"
//   gender              "Female" / "Male" / "" (unknown)
//   ageBroad            band of registration_year - birth_year; "" when unknown
//   majorityStatus      "Minor" under 18, "Adult" from 18, "" when unknown
//   citizenship         nationality
//   CountryOfExploitation destination_country ("" when the case has none)
//   is* flags, typeOfExploitConcatenated, typeOfLabour* from the form (below)
//   meansOfControlNotSpecified "1" (Frontline does not record the means)
// Every other column is "" (not recorded). Forms: sexual_exploitation ->
// isSexualExploit; forced_labour -> isForcedLabour with
// typeOfLabourNotSpecified; forced_criminality -> isForcedLabour with
// typeOfLabourIllicitActivities; forced_marriage -> isForcedMarriage;
// organ_removal -> isOrganRemoval; other -> isOtherExploit. The other
// exploitation flags are "0".
Row victim_row(const VictimFacts& facts);

}  // namespace frontline::ctdc
