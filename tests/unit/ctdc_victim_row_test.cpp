// Building a CTDC row from a victim's statistical facts.
#include <gtest/gtest.h>

#include "ctdc/victim_row.hpp"

namespace frontline::ctdc {
namespace {

VictimFacts facts() {
  VictimFacts f;
  f.sex = domain::Sex::kFemale;
  f.birth_year = 2008;
  f.nationality = "VN";
  f.registration_year = 2025;
  f.trafficking_form = domain::TraffickingForm::kSexualExploitation;
  f.destination_country = "CN";
  return f;
}

TEST(CtdcVictimRow, MapsEveryKnownFact) {
  const Row r = victim_row(facts());
  EXPECT_EQ(r.size(), columns().size()) << "every column present";
  EXPECT_EQ(cell(r, "yearOfRegistration"), "2025");
  EXPECT_EQ(cell(r, "Datasource"), "Case Management");
  EXPECT_EQ(cell(r, "gender"), "Female");
  EXPECT_EQ(cell(r, "ageBroad"), "9--17");
  EXPECT_EQ(cell(r, "majorityStatus"), "Minor");
  EXPECT_EQ(cell(r, "citizenship"), "VN");
  EXPECT_EQ(cell(r, "CountryOfExploitation"), "CN");
  EXPECT_EQ(cell(r, "isSexualExploit"), "1");
  EXPECT_EQ(cell(r, "isForcedLabour"), "0");
  EXPECT_EQ(cell(r, "typeOfExploitConcatenated"), "Sexual exploitation");
  EXPECT_EQ(cell(r, "meansOfControlNotSpecified"), "1");
  EXPECT_EQ(cell(r, "meansOfControlDebtBondage"), "");
  EXPECT_EQ(cell(r, "majorityStatusAtExploit"), "");
  EXPECT_EQ(cell(r, "RecruiterRelationship"), "");
}

TEST(CtdcVictimRow, AgeIsCountedAtTheCaseYear) {
  VictimFacts f = facts();
  f.birth_year = 2007;  // 18 in 2025
  EXPECT_EQ(cell(victim_row(f), "ageBroad"), "18--20");
  EXPECT_EQ(cell(victim_row(f), "majorityStatus"), "Adult");
  f.registration_year = 2020;  // 13 in 2020
  EXPECT_EQ(cell(victim_row(f), "ageBroad"), "9--17");
  f.birth_year = 1970;
  EXPECT_EQ(cell(victim_row(f), "ageBroad"), "48+");
}

TEST(CtdcVictimRow, UnknownsStayEmpty) {
  VictimFacts f = facts();
  f.sex = domain::Sex::kUnknown;
  f.birth_year.reset();
  f.nationality = "";
  f.destination_country = "";
  const Row r = victim_row(f);
  EXPECT_EQ(cell(r, "gender"), "");
  EXPECT_EQ(cell(r, "ageBroad"), "");
  EXPECT_EQ(cell(r, "majorityStatus"), "");
  EXPECT_EQ(cell(r, "citizenship"), "");
  EXPECT_EQ(cell(r, "CountryOfExploitation"), "");
  f.birth_year = 2030;  // after the case: a data error, not a negative age
  EXPECT_EQ(cell(victim_row(f), "ageBroad"), "");
  EXPECT_EQ(cell(victim_row(f), "majorityStatus"), "");
}

TEST(CtdcVictimRow, EveryFormSetsExactlyOneExploitationFlag) {
  using F = domain::TraffickingForm;
  const std::vector<std::pair<F, std::string>> forms = {
      {F::kSexualExploitation, "isSexualExploit"}, {F::kForcedLabour, "isForcedLabour"},
      {F::kForcedCriminality, "isForcedLabour"},   {F::kForcedMarriage, "isForcedMarriage"},
      {F::kOrganRemoval, "isOrganRemoval"},        {F::kOther, "isOtherExploit"}};
  for (const auto& [form, flag] : forms) {
    VictimFacts f = facts();
    f.trafficking_form = form;
    const Row r = victim_row(f);
    for (const auto& e : exploitation_flags()) {
      EXPECT_EQ(cell(r, e), e == flag ? "1" : "0") << e;
    }
  }
  VictimFacts scam = facts();
  scam.trafficking_form = F::kForcedCriminality;
  EXPECT_EQ(cell(victim_row(scam), "typeOfLabourIllicitActivities"), "1");
  EXPECT_EQ(cell(victim_row(scam), "typeOfLabourConcatenated"), "Illicit activities");
}

}  // namespace
}  // namespace frontline::ctdc
