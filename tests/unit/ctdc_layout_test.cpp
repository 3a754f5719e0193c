// The CTDC layout as published (63 columns, their order and groups), the age
// bands, and the region hierarchy over every country of data/countries.json.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "ctdc/layout.hpp"
#include "ctdc/regions.hpp"

namespace frontline::ctdc {
namespace {

size_t count_prefix(const std::string& prefix) {
  size_t n = 0;
  for (const auto& c : columns()) {
    n += c.rfind(prefix, 0) == 0 ? 1 : 0;
  }
  return n;
}

TEST(CtdcLayout, HasThe63PublishedColumnsInOrder) {
  ASSERT_EQ(columns().size(), 63u);
  EXPECT_EQ(std::set<std::string>(columns().begin(), columns().end()).size(), 63u) << "duplicate column";
  EXPECT_EQ(columns().front(), "yearOfRegistration");
  EXPECT_EQ(columns()[1], "Datasource");
  EXPECT_EQ(columns()[7], "citizenship");
  EXPECT_EQ(columns()[8], "meansOfControlDebtBondage");
  EXPECT_EQ(columns().back(), "recruiterRelationUnknown");
  EXPECT_EQ(*column_index("CountryOfExploitation"), 57u);
  EXPECT_EQ(count_prefix("meansOfControl"), 19u);
  EXPECT_EQ(count_prefix("typeOfLabour"), 14u);
  EXPECT_EQ(count_prefix("typeOfSex"), 5u);
  EXPECT_EQ(count_prefix("recruiterRelation"), 5u);
  EXPECT_FALSE(column_index("fullName").has_value());
}

TEST(CtdcLayout, ColumnKinds) {
  EXPECT_EQ(column_kind(*column_index("yearOfRegistration")), ColumnKind::kYear);
  EXPECT_EQ(column_kind(*column_index("majorityEntry")), ColumnKind::kMajority);
  EXPECT_EQ(column_kind(*column_index("citizenship")), ColumnKind::kCountry);
  EXPECT_EQ(column_kind(*column_index("isForcedLabour")), ColumnKind::kFlag);
  EXPECT_EQ(column_kind(*column_index("meansOfControlConcatenated")), ColumnKind::kText);
  EXPECT_EQ(column_kind(*column_index("RecruiterRelationship")), ColumnKind::kText);
  EXPECT_EQ(column_kind(*column_index("recruiterRelationFamily")), ColumnKind::kFlag);
}

TEST(CtdcLayout, AgeBandsAtTheirEdges) {
  const std::vector<std::pair<int, std::string>> cases = {
      {0, "0--8"},    {8, "0--8"},    {9, "9--17"},   {17, "9--17"},  {18, "18--20"}, {20, "18--20"},
      {21, "21--23"}, {24, "24--26"}, {27, "27--29"}, {29, "27--29"}, {30, "30--38"}, {38, "30--38"},
      {39, "39--47"}, {47, "39--47"}, {48, "48+"},    {90, "48+"},    {-1, ""}};
  for (const auto& [age, band] : cases) {
    EXPECT_EQ(age_band(age), band) << age;
  }
  EXPECT_EQ(age_bands().size(), 9u);
}

TEST(CtdcLayout, QuasiIdentifiersAreLayoutColumns) {
  for (const auto& qi : default_quasi_identifiers()) {
    EXPECT_TRUE(column_index(qi).has_value()) << qi;
  }
  EXPECT_EQ(default_quasi_identifiers().size(), 6u + exploitation_flags().size());
}

TEST(CtdcRegions, EveryCountryButAntarcticaHasASubRegion) {
  std::ifstream f(std::filesystem::path(FRONTLINE_SOURCE_DIR) / "data" / "countries.json");
  ASSERT_TRUE(f) << "data/countries.json";
  const auto doc = nlohmann::json::parse(f);
  const auto subs = sub_regions();
  const std::set<std::string> sub_set(subs.begin(), subs.end());
  for (const auto& c : doc.at("countries")) {
    const std::string code = c.at("alpha2");
    const std::string up = generalize_place(code);
    if (code == "AQ") {
      EXPECT_EQ(up, kOtherRegion);
      continue;
    }
    EXPECT_EQ(sub_set.count(up), 1u) << code << " -> " << up;
  }
}

TEST(CtdcRegions, HierarchyClimbsToOther) {
  EXPECT_EQ(generalize_place("KH"), "South-eastern Asia");
  EXPECT_EQ(generalize_place("South-eastern Asia"), "Asia");
  EXPECT_EQ(generalize_place("Asia"), "Other");
  EXPECT_EQ(generalize_place("Other"), "Other");
  EXPECT_EQ(generalize_place("ZZ"), "Other");
  EXPECT_EQ(generalize_place(""), "");
  EXPECT_TRUE(is_place_group("Asia"));
  EXPECT_TRUE(is_place_group("Other"));
  EXPECT_FALSE(is_place_group("VN"));
}

}  // namespace
}  // namespace frontline::ctdc
