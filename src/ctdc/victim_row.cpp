#include "ctdc/victim_row.hpp"

namespace frontline::ctdc {
namespace {

struct FormColumns {
  const char* flag;
  const char* concatenated;
  const char* labour_type;  // typeOfLabour* flag set to 1, or nullptr
  const char* labour_concatenated;
};

FormColumns form_columns(domain::TraffickingForm form) {
  using F = domain::TraffickingForm;
  switch (form) {
    case F::kSexualExploitation:
      return {"isSexualExploit", "Sexual exploitation", nullptr, nullptr};
    case F::kForcedLabour:
      return {"isForcedLabour", "Forced labour", "typeOfLabourNotSpecified", nullptr};
    case F::kForcedCriminality:
      return {"isForcedLabour", "Forced labour", "typeOfLabourIllicitActivities", "Illicit activities"};
    case F::kForcedMarriage:
      return {"isForcedMarriage", "Forced marriage", nullptr, nullptr};
    case F::kOrganRemoval:
      return {"isOrganRemoval", "Organ removal", nullptr, nullptr};
    case F::kOther:
      break;
  }
  return {"isOtherExploit", "Other", nullptr, nullptr};
}

}  // namespace

Row victim_row(const VictimFacts& facts) {
  Row row;
  for (const auto& c : columns()) {
    row[c] = "";
  }
  row[kYear] = facts.registration_year > 0 ? std::to_string(facts.registration_year) : "";
  row[kDatasource] = kCaseManagementSource;
  if (facts.sex == domain::Sex::kFemale) {
    row[kGender] = "Female";
  } else if (facts.sex == domain::Sex::kMale) {
    row[kGender] = "Male";
  }
  if (facts.birth_year && facts.registration_year > 0) {
    const int age = facts.registration_year - *facts.birth_year;
    row[kAgeBroad] = age_band(age);
    if (age >= 0) {
      row[kMajorityStatus] = age < 18 ? "Minor" : "Adult";
    }
  }
  row[kCitizenship] = facts.nationality;
  row[kCountryOfExploitation] = facts.destination_country;
  row["meansOfControlNotSpecified"] = "1";

  const FormColumns form = form_columns(facts.trafficking_form);
  for (const auto& flag : exploitation_flags()) {
    row[flag] = flag == form.flag ? "1" : "0";
  }
  row["typeOfExploitConcatenated"] = form.concatenated;
  if (form.labour_type != nullptr) {
    row[form.labour_type] = "1";
  }
  if (form.labour_concatenated != nullptr) {
    row["typeOfLabourConcatenated"] = form.labour_concatenated;
  }
  return row;
}

}  // namespace frontline::ctdc
