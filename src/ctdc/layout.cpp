#include "ctdc/layout.hpp"

#include <map>

namespace frontline::ctdc {
namespace {

// The published column order (CTDC global k-anonymised dataset and its data
// dictionary, release of 15 July 2021).
const std::vector<std::string> kColumns = {
    "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit",
    "majorityEntry", "citizenship",
    // Means of control (19).
    "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess",
    "meansOfControlThreats", "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse",
    "meansOfControlSexualAbuse", "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances",
    "meansOfControlRestrictsMovement", "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours",
    "meansOfControlUsesChildren", "meansOfControlThreatOfLawEnforcement", "meansOfControlWithholdsNecessities",
    "meansOfControlWithholdsDocuments", "meansOfControlOther", "meansOfControlNotSpecified",
    "meansOfControlConcatenated",
    // Type of exploitation.
    "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary",
    "isOrganRemoval", "isSlaveryAndPractices", "typeOfExploitConcatenated",
    // Type of labour (14).
    "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging", "typeOfLabourConstruction",
    "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
    "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling",
    "typeOfLabourTransportation", "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfLabourConcatenated",
    // Type of sexual exploitation (5).
    "typeOfSexProstitution", "typeOfSexPornography", "typeOfSexRemoteInteractiveServices",
    "typeOfSexPrivateSexualServices", "typeOfSexConcatenated",
    // Recruitment and destination.
    "isAbduction", "RecruiterRelationship", "CountryOfExploitation", "recruiterRelationIntimatePartner",
    "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther", "recruiterRelationUnknown",
};

const std::vector<std::string> kAgeBands = {"0--8",   "9--17",  "18--20", "21--23", "24--26",
                                            "27--29", "30--38", "39--47", "48+"};

const std::vector<std::string> kExploitationFlags = {"isForcedLabour",   "isSexualExploit",  "isOtherExploit",
                                                     "isSexAndLabour",   "isForcedMarriage", "isForcedMilitary",
                                                     "isOrganRemoval",   "isSlaveryAndPractices"};

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

ColumnKind kind_of(const std::string& name) {
  if (name == kYear) {
    return ColumnKind::kYear;
  }
  if (name == kGender) {
    return ColumnKind::kGender;
  }
  if (name == kAgeBroad) {
    return ColumnKind::kAgeBand;
  }
  if (name.rfind("majority", 0) == 0) {
    return ColumnKind::kMajority;
  }
  if (name == kCitizenship || name == kCountryOfExploitation) {
    return ColumnKind::kCountry;
  }
  if (name == kDatasource || name == "RecruiterRelationship" || ends_with(name, "Concatenated")) {
    return ColumnKind::kText;
  }
  return ColumnKind::kFlag;
}

}  // namespace

const std::vector<std::string>& columns() { return kColumns; }

std::optional<size_t> column_index(const std::string& name) {
  static const std::map<std::string, size_t> index = [] {
    std::map<std::string, size_t> m;
    for (size_t i = 0; i < kColumns.size(); ++i) {
      m.emplace(kColumns[i], i);
    }
    return m;
  }();
  auto it = index.find(name);
  if (it == index.end()) {
    return std::nullopt;
  }
  return it->second;
}

ColumnKind column_kind(size_t index) { return kind_of(kColumns.at(index)); }

const std::vector<std::string>& age_bands() { return kAgeBands; }

std::string age_band(int age) {
  struct Band {
    int upper;  // inclusive
    const char* name;
  };
  static const Band kBands[] = {{8, "0--8"},   {17, "9--17"},  {20, "18--20"}, {23, "21--23"},
                                {26, "24--26"}, {29, "27--29"}, {38, "30--38"}, {47, "39--47"}};
  if (age < 0) {
    return "";
  }
  for (const auto& b : kBands) {
    if (age <= b.upper) {
      return b.name;
    }
  }
  return "48+";
}

const std::vector<std::string>& exploitation_flags() { return kExploitationFlags; }

const std::vector<std::string>& default_quasi_identifiers() {
  static const std::vector<std::string> qi = [] {
    std::vector<std::string> v = {kYear, kGender, kAgeBroad, kMajorityStatus, kCitizenship, kCountryOfExploitation};
    v.insert(v.end(), kExploitationFlags.begin(), kExploitationFlags.end());
    return v;
  }();
  return qi;
}

const std::string& cell(const Row& row, const std::string& column) {
  static const std::string kEmpty;
  auto it = row.find(column);
  return it == row.end() ? kEmpty : it->second;
}

}  // namespace frontline::ctdc
