// Reading CTDC-layout CSV files for import: the header rule, per-row problems
// with line numbers and fields, and the (hash, occurrence) key of each row.
#include <gtest/gtest.h>

#include <algorithm>

#include "ctdc/export_format.hpp"
#include "ctdc/import.hpp"
#include "ctdc/victim_row.hpp"
#include "util/csv.hpp"

namespace frontline::ctdc {
namespace {

Row sample(int year) {
  return victim_row({.sex = domain::Sex::kMale,
                     .birth_year = 1990,
                     .nationality = "VN",
                     .registration_year = year,
                     .trafficking_form = domain::TraffickingForm::kForcedCriminality,
                     .destination_country = "KH"});
}

// A record in layout order with `column` set to `value`.
std::string record_with(const Row& base, const std::string& column, const std::string& value) {
  std::vector<std::string> cells;
  for (const auto& c : columns()) {
    cells.push_back(c == column ? value : cell(base, c));
  }
  return csv::record(cells);
}

TEST(CtdcImport, ReadsWhatTheExportWrites) {
  const std::vector<Row> rows = {sample(2023), sample(2024), sample(2024)};
  auto parsed = parse_import(rows_csv(rows));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_EQ(parsed->rows.size(), 3u);
  EXPECT_TRUE(parsed->problems.empty());
  EXPECT_EQ(parsed->rows[0].row, rows[0]);
  EXPECT_EQ(parsed->rows[0].line, 2u);
  EXPECT_EQ(parsed->rows[0].occurrence, 1);
  EXPECT_EQ(parsed->rows[1].hash, parsed->rows[2].hash) << "identical rows share the hash";
  EXPECT_EQ(parsed->rows[1].occurrence, 1);
  EXPECT_EQ(parsed->rows[2].occurrence, 2);
  EXPECT_NE(parsed->rows[0].hash, parsed->rows[1].hash);
}

TEST(CtdcImport, HeaderMustBeTheLayoutInAnyOrder) {
  auto empty = parse_import("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().fields.count("header"), 1u);

  std::vector<std::string> header = columns();
  header.pop_back();
  auto missing = parse_import(csv::record(header));
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().fields.at("header").find("recruiterRelationUnknown"), std::string::npos);

  header = columns();
  header.push_back("fullName");
  auto unknown = parse_import(csv::record(header));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().fields.at("header").find("fullName"), std::string::npos);

  header = columns();
  header.push_back("gender");
  EXPECT_FALSE(parse_import(csv::record(header)).ok());

  // Reversed order: cells follow their header.
  header = columns();
  std::reverse(header.begin(), header.end());
  const Row r = sample(2022);
  std::vector<std::string> cells;
  for (const auto& c : header) {
    cells.push_back(cell(r, c));
  }
  auto reordered = parse_import(csv::record(header) + csv::record(cells));
  ASSERT_TRUE(reordered.ok());
  ASSERT_EQ(reordered->rows.size(), 1u);
  EXPECT_EQ(reordered->rows[0].row, r);
}

TEST(CtdcImport, BadRowsAreReportedByLineAndFieldAndSkipped) {
  const Row good = sample(2024);
  std::string text = csv::record(columns());
  text += record_with(good, "gender", "Female");                 // line 2: good
  text += record_with(good, "ageBroad", "18-20");                // line 3: single hyphen
  text += record_with(good, "isForcedLabour", "yes");            // line 4
  text += "2024,too,few\r\n";                                     // line 5
  text += record_with(good, "citizenship", "Viet Nam");          // line 6
  text += record_with(good, "yearOfRegistration", "24");         // line 7
  text += record_with(good, "citizenship", "-99");               // line 8: good, read as empty
  text += record_with(good, "yearOfRegistration", "2018-2020");  // line 9: good (generalized)
  text += "\"unclosed," + std::string(10, 'x') + "\r\n";         // line 10: runs to the end
  auto parsed = parse_import(text);
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed->rows.size(), 3u);
  EXPECT_EQ(parsed->rows[0].line, 2u);
  EXPECT_EQ(parsed->rows[1].line, 8u);
  EXPECT_EQ(cell(parsed->rows[1].row, "citizenship"), "");
  EXPECT_EQ(parsed->rows[2].line, 9u);
  EXPECT_EQ(parsed->bad_rows, 6);
  std::vector<std::pair<size_t, std::string>> where;
  for (const auto& p : parsed->problems) {
    where.emplace_back(p.line, p.field);
    EXPECT_FALSE(p.reason.empty());
  }
  EXPECT_EQ(where, (std::vector<std::pair<size_t, std::string>>{{3, "ageBroad"},
                                                                 {4, "isForcedLabour"},
                                                                 {5, "row"},
                                                                 {6, "citizenship"},
                                                                 {7, "yearOfRegistration"},
                                                                 {10, "row"}}));
}

TEST(CtdcImport, RowHashIsOverTheCellsInLayoutOrder) {
  Row a = sample(2024);
  Row b = a;
  EXPECT_EQ(row_hash(a), row_hash(b));
  b["gender"] = "Female";
  EXPECT_NE(row_hash(a), row_hash(b));
  EXPECT_EQ(row_hash(a).size(), 64u);
}

}  // namespace
}  // namespace frontline::ctdc
