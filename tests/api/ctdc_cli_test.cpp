// `frontline import ctdc` and `frontline export ctdc` against the real
// binary: a good generated file, a file with bad rows (each reported by line
// and field, the good rows still stored), a re-import that adds nothing, a
// bad header that stores nothing; and a copy of the public CTDC dataset when
// one is found under /work/shared/data (skipped otherwise).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>

#include "ctdc/export_format.hpp"
#include "ctdc/victim_row.hpp"
#include "harness.hpp"
#include "util/csv.hpp"

namespace frontline::api_test {
namespace {

namespace fs = std::filesystem;

// `n` generated rows in the CTDC layout (seeded, so the same every run).
std::vector<ctdc::Row> generated_rows(size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string> countries = {"VN", "CN", "KH", "LA", "MM", "TH", ""};
  std::vector<ctdc::Row> rows;
  for (size_t i = 0; i < n; ++i) {
    ctdc::VictimFacts f;
    f.sex = rng() % 3 == 0 ? domain::Sex::kMale : domain::Sex::kFemale;
    f.birth_year = 1960 + static_cast<int>(rng() % 60);
    f.nationality = "VN";
    f.registration_year = 2015 + static_cast<int>(rng() % 10);
    f.trafficking_form = static_cast<domain::TraffickingForm>(rng() % 6);
    f.destination_country = countries[rng() % countries.size()];
    rows.push_back(ctdc::victim_row(f));
  }
  return rows;
}

void write(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

class CtdcCli : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(init_data_dir(data_)); }
  std::string data() const { return data_.string(); }
  CommandResult import(const fs::path& file) { return run_cli({"import", "ctdc", file.string(), "--data", data()}); }

  TempDir dir_;
  fs::path data_ = dir_.path() / "data";
};

TEST_F(CtdcCli, ImportsAGoodFileOnce) {
  const fs::path file = dir_.path() / "good.csv";
  write(file, ctdc::rows_csv(generated_rows(250, 1)));
  CommandResult first = import(file);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "ctdc import: 250 rows read, 250 imported, 0 already present, 0 bad\n");
  EXPECT_EQ(first.err, "");
  CommandResult again = import(file);
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, "ctdc import: 250 rows read, 0 imported, 250 already present, 0 bad\n");
  CommandResult verify = run_cli({"audit", "verify", "--data", data()});
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
}

// `row` as a CSV record, with the cells of `changes` replaced.
std::string record_of(const ctdc::Row& row, const std::map<std::string, std::string>& changes = {}) {
  std::vector<std::string> cells;
  for (const auto& c : ctdc::columns()) {
    auto it = changes.find(c);
    cells.push_back(it != changes.end() ? it->second : ctdc::cell(row, c));
  }
  return csv::record(cells);
}

TEST_F(CtdcCli, ReportsEachBadRowAndStoresTheGoodOnes) {
  auto rows = generated_rows(5, 2);
  std::string text = ctdc::rows_csv(rows);                                    // lines 1 (header) to 6
  text += record_of(rows[0], {{"ageBroad", "eighteen"}});                     // line 7
  text += "2020,Case Management,Female\r\n";                                 // line 8
  text += record_of(rows[1], {{"gender", "F"}, {"isSexualExploit", "2"}});   // line 9
  text += record_of(rows[2]);                                                 // line 10: good again
  const fs::path file = dir_.path() / "mixed.csv";
  write(file, text);
  CommandResult r = import(file);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "ctdc import: 9 rows read, 6 imported, 0 already present, 3 bad\n");
  const std::string f = file.string();
  EXPECT_NE(r.err.find(f + ":7: ageBroad: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(f + ":8: row: has 3 fields"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(f + ":9: gender: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(f + ":9: isSexualExploit: "), std::string::npos) << r.err;
  EXPECT_EQ(r.err_lines(), 4u) << r.err;
  CommandResult again = import(file);
  EXPECT_EQ(again.out, "ctdc import: 9 rows read, 0 imported, 6 already present, 3 bad\n");
}

TEST_F(CtdcCli, ABadHeaderStoresNothing) {
  const fs::path file = dir_.path() / "bad-header.csv";
  write(file, "name,phone\r\nLò Thị Mai,+84912341000\r\n");
  CommandResult r = import(file);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("header"), std::string::npos) << r.err;
  EXPECT_EQ(r.err_lines(), 1u);
  CommandResult missing = import(dir_.path() / "no-such-file.csv");
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("cannot read"), std::string::npos) << missing.err;
}

TEST_F(CtdcCli, ExportsJsonAndCsvAndValidatesK) {
  CommandResult json_out = run_cli({"export", "ctdc", "--data", data(), "--format", "json"});
  ASSERT_EQ(json_out.exit_code, 0) << json_out.err;
  const json body = json::parse(json_out.out);
  EXPECT_EQ(body["k"], 11);
  EXPECT_TRUE(body["rows"].empty());
  EXPECT_NE(json_out.err.find("ctdc export: k=11, 0 victims"), std::string::npos) << json_out.err;

  const fs::path out = dir_.path() / "export.csv";
  CommandResult csv_out = run_cli({"export", "ctdc", "--data", data(), "--k", "5", "--out", out.string()});
  ASSERT_EQ(csv_out.exit_code, 0) << csv_out.err;
  EXPECT_NE(csv_out.out.find("k=5"), std::string::npos);
  std::ifstream f(out);
  std::string header;
  std::getline(f, header);
  EXPECT_EQ(header.rfind("yearOfRegistration,Datasource,gender,ageBroad,", 0), 0u) << header;

  for (const char* k : {"1", "101", "x"}) {
    CommandResult bad = run_cli({"export", "ctdc", "--data", data(), "--k", k});
    EXPECT_NE(bad.exit_code, 0) << k;
    EXPECT_NE(bad.err.find("--k"), std::string::npos) << bad.err;
  }
  CommandResult bad_format = run_cli({"export", "ctdc", "--data", data(), "--format", "xml"});
  EXPECT_NE(bad_format.exit_code, 0);
  EXPECT_NE(bad_format.err.find("--format"), std::string::npos) << bad_format.err;
}

TEST(CtdcCliHelp, BothCommandsHaveHelp) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"export", "ctdc", "--help"},
                                              std::vector<std::string>{"import", "ctdc", "--help"}}) {
    CommandResult r = run_cli(args);
    EXPECT_EQ(r.exit_code, 0) << args[0] << ": " << r.err;
    EXPECT_NE(r.out.find("--data"), std::string::npos) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
  }
  CommandResult top = run_cli({"--help"});
  EXPECT_NE(top.out.find("export"), std::string::npos);
  EXPECT_NE(top.out.find("import"), std::string::npos);
}

// A copy of the public CTDC dataset, if someone put one under /work/shared/data.
std::optional<fs::path> shared_ctdc_copy() {
  const fs::path root = "/work/shared/data";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return std::nullopt;
  }
  for (const auto& e : fs::recursive_directory_iterator(root, ec)) {
    std::string name = e.path().filename().string();
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    if (e.is_regular_file() && name.find("ctdc") != std::string::npos && e.path().extension() == ".csv") {
      return e.path();
    }
  }
  return std::nullopt;
}

TEST_F(CtdcCli, ImportsTheSharedCopyOfThePublicDataset) {
  auto copy = shared_ctdc_copy();
  if (!copy) {
    GTEST_SKIP() << "no copy of the CTDC dataset (*ctdc*.csv) under /work/shared/data; the import is tested on "
                    "generated data above";
  }
  CommandResult r = import(*copy);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(" imported, 0 already present"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace frontline::api_test
