// The k-anonymizer: generalization of rare places and years, suppression of
// rare combinations, the report, and two properties over random data: every
// exported quasi-identifier combination occurs at least k times, and k = 1
// changes nothing.
#include <gtest/gtest.h>

#include <map>
#include <random>

#include "ctdc/anonymize.hpp"
#include "ctdc/regions.hpp"

namespace frontline::ctdc {
namespace {

AnonymizeOptions small_options(int k) {
  AnonymizeOptions o;
  o.k = k;
  o.quasi_identifiers = {kYear, kGender, kCitizenship, kCountryOfExploitation};
  return o;
}

Row row(const std::string& year, const std::string& gender, const std::string& citizenship,
        const std::string& country) {
  return {{kYear, year}, {kGender, gender}, {kCitizenship, citizenship}, {kCountryOfExploitation, country}};
}

std::vector<Row> copies(const Row& r, int n) { return std::vector<Row>(static_cast<size_t>(n), r); }

void append(std::vector<Row>& to, const std::vector<Row>& more) { to.insert(to.end(), more.begin(), more.end()); }

std::map<std::string, int64_t> combination_counts(const std::vector<Row>& rows, const std::vector<std::string>& qi) {
  std::map<std::string, int64_t> counts;
  for (const auto& r : rows) {
    counts[qi_key(r, qi)] += 1;
  }
  return counts;
}

TEST(CtdcAnonymize, CommonCombinationsPassUnchanged) {
  std::vector<Row> rows = copies(row("2024", "Female", "VN", "CN"), 11);
  auto out = anonymize(rows, small_options(11));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->rows, rows);
  EXPECT_TRUE(out->report.generalized.empty());
  EXPECT_EQ(out->report.suppressed_rows, 0);
  EXPECT_EQ(out->report.output_rows, 11);
}

TEST(CtdcAnonymize, RareCountriesClimbToTheirRegion) {
  std::vector<Row> rows = copies(row("2024", "Female", "VN", "KH"), 6);
  append(rows, copies(row("2024", "Female", "VN", "LA"), 5));
  auto out = anonymize(rows, small_options(11));
  ASSERT_TRUE(out.ok());
  ASSERT_EQ(out->rows.size(), 11u);
  for (const auto& r : out->rows) {
    EXPECT_EQ(cell(r, kCountryOfExploitation), "South-eastern Asia");
  }
  ASSERT_EQ(out->report.generalized.size(), 2u);
  EXPECT_EQ(out->report.generalized[0].column, kCountryOfExploitation);
  EXPECT_EQ(out->report.generalized[0].from, "KH");
  EXPECT_EQ(out->report.generalized[0].to, "South-eastern Asia");
  EXPECT_EQ(out->report.generalized[0].rows, 6);
  EXPECT_EQ(out->report.suppressed_rows, 0);
}

TEST(CtdcAnonymize, ARegionStillRareClimbsToItsContinentThenOther) {
  std::vector<Row> rows = copies(row("2024", "Male", "VN", "CN"), 20);
  append(rows, copies(row("2024", "Male", "VN", "TH"), 3));   // South-eastern Asia: 3 < 11
  append(rows, copies(row("2024", "Male", "VN", "IN"), 4));   // Southern Asia: 4 < 11
  append(rows, copies(row("2024", "Male", "VN", "AE"), 5));   // Western Asia: 5 < 11; Asia: 12
  append(rows, copies(row("2024", "Male", "VN", "DE"), 2));   // Europe: 2 -> Other
  auto out = anonymize(rows, small_options(11));
  ASSERT_TRUE(out.ok());
  std::map<std::string, int64_t> places;
  for (const auto& r : out->rows) {
    places[cell(r, kCountryOfExploitation)] += 1;
  }
  EXPECT_EQ(places["CN"], 20);
  EXPECT_EQ(places["Asia"], 12);
  EXPECT_EQ(places.count("Other"), 0u) << "2 rows of Other must be suppressed";
  EXPECT_EQ(out->report.suppressed_rows, 2);
  EXPECT_EQ(out->report.suppressed_combinations, 1);
}

TEST(CtdcAnonymize, RareYearsMergeIntoRanges) {
  std::vector<Row> rows = copies(row("2019", "Female", "VN", "CN"), 12);
  append(rows, copies(row("2020", "Female", "VN", "CN"), 4));
  append(rows, copies(row("2021", "Female", "VN", "CN"), 8));
  append(rows, copies(row("2022", "Female", "VN", "CN"), 2));
  auto out = anonymize(rows, small_options(11));
  ASSERT_TRUE(out.ok());
  std::map<std::string, int64_t> years;
  for (const auto& r : out->rows) {
    years[cell(r, kYear)] += 1;
  }
  // 2019 alone has 12; 2020+2021 reach 12; 2022's 2 join the last range.
  EXPECT_EQ(years, (std::map<std::string, int64_t>{{"2019", 12}, {"2020-2022", 14}}));
  EXPECT_EQ(out->report.suppressed_rows, 0);
}

TEST(CtdcAnonymize, RareCombinationsAreSuppressedAndCounted) {
  std::vector<Row> rows = copies(row("2024", "Female", "VN", "CN"), 11);
  append(rows, copies(row("2024", "Male", "VN", "CN"), 10));
  auto out = anonymize(rows, small_options(11));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->rows.size(), 11u);
  EXPECT_EQ(out->report.input_rows, 21);
  EXPECT_EQ(out->report.output_rows, 11);
  EXPECT_EQ(out->report.suppressed_rows, 10);
  EXPECT_EQ(out->report.suppressed_combinations, 1);
}

TEST(CtdcAnonymize, EmptyInputAndBadOptions) {
  auto empty = anonymize({}, small_options(11));
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->rows.empty());
  auto zero = anonymize({}, small_options(0));
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().fields.count("k"), 1u);
  AnonymizeOptions o = small_options(11);
  o.quasi_identifiers = {kGender};
  auto missing = anonymize({}, o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields.count("quasi_identifiers"), 1u);
}

// Random rows over the default quasi-identifiers, skewed so that some values
// are common and many are rare.
std::vector<Row> random_rows(std::mt19937& rng, size_t n) {
  static const std::vector<std::string> countries = {"VN", "VN", "VN", "CN", "CN", "KH", "LA", "TH", "MM", "MY",
                                                     "KR", "JP", "TW", "AE", "DE", "US", "AU", "NG", "",   "ZZ"};
  static const std::vector<std::string> genders = {"Female", "Female", "Male", ""};
  std::vector<std::string> years;
  for (int y = 2010; y <= 2026; ++y) {
    years.push_back(std::to_string(y));
  }
  std::vector<Row> rows;
  for (size_t i = 0; i < n; ++i) {
    Row r;
    r[kYear] = years[rng() % years.size()];
    r[kGender] = genders[rng() % genders.size()];
    r[kAgeBroad] = rng() % 10 == 0 ? "" : age_bands()[rng() % age_bands().size()];
    r[kMajorityStatus] = rng() % 2 == 0 ? "Adult" : "Minor";
    r[kCitizenship] = countries[rng() % 4];
    r[kCountryOfExploitation] = countries[rng() % countries.size()];
    const auto& flags = exploitation_flags();
    const size_t form = rng() % flags.size();
    for (size_t f = 0; f < flags.size(); ++f) {
      r[flags[f]] = f == form ? "1" : "0";
    }
    r["Datasource"] = "Case Management";
    rows.push_back(std::move(r));
  }
  return rows;
}

TEST(CtdcAnonymize, PropertyEveryExportedCombinationOccursAtLeastKTimes) {
  std::mt19937 rng(20260315);
  for (int trial = 0; trial < 60; ++trial) {
    const size_t n = 1 + rng() % 2000;
    const int k = 2 + static_cast<int>(rng() % 30);
    AnonymizeOptions o;
    o.k = k;
    auto out = anonymize(random_rows(rng, n), o);
    ASSERT_TRUE(out.ok());
    for (const auto& [key, count] : combination_counts(out->rows, o.quasi_identifiers)) {
      ASSERT_GE(count, k) << "trial " << trial << " n=" << n << " k=" << k;
    }
    EXPECT_EQ(out->report.output_rows + out->report.suppressed_rows, static_cast<int64_t>(n));
    EXPECT_EQ(static_cast<int64_t>(out->rows.size()), out->report.output_rows);
  }
}

TEST(CtdcAnonymize, PropertyKOneChangesNothing) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 20; ++trial) {
    auto rows = random_rows(rng, 1 + rng() % 500);
    AnonymizeOptions o;
    o.k = 1;
    auto out = anonymize(rows, o);
    ASSERT_TRUE(out.ok());
    EXPECT_EQ(out->rows, rows);
    EXPECT_TRUE(out->report.generalized.empty());
    EXPECT_EQ(out->report.suppressed_rows, 0);
  }
}

}  // namespace
}  // namespace frontline::ctdc
