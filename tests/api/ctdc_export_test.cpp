// GET /api/v1/exports/ctdc over the real server: who may export, k and
// format validation naming the field, CSV and JSON forms, scope, audit, and
// that nothing identifying a victim (name, phone, document, date of birth,
// case number) appears in the output.
#include <gtest/gtest.h>

#include <sstream>

#include "ctdc/layout.hpp"
#include "harness.hpp"

namespace frontline::api_test {
namespace {

struct Victim {
  std::string name;
  std::string phone;
  std::string citizen_id;
};

class CtdcExportApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"admin", "admin", "BTL-BDBP"},
                              {"analyst.hq", "analyst", "BTL-BDBP"},
                              {"commander.ls", "commander", "BCH-LS"},
                              {"officer.ls", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"officer.qn", "frontline_officer", "DBP-QN-MONGCAI"}});
    if (!world_) {
      return;
    }
    // 12 victims in Lạng Sơn, 3 in Quảng Ninh, each in their own case.
    for (int i = 0; i < 15; ++i) {
      UserClient& who = world_->as(i < 12 ? "officer.ls" : "officer.qn");
      json c = create_case(who, "Vụ lừa bán số " + std::to_string(i),
                           {{"trafficking_form", "forced_criminality"},
                            {"route", {{"destination_country", "KH"}}}});
      if (!c.is_object()) {
        return;
      }
      numbers_.push_back(c["number"]);
      Victim v{"Lò Thị Mai " + std::to_string(i), "+8491234" + std::to_string(1000 + i),
               "0203040" + std::to_string(10000 + i)};
      HttpReply r = who.post("/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "/persons",
                             {{"role", "victim"},
                              {"sex", "female"},
                              {"nationality", "VN"},
                              {"identity",
                               {{"full_name", v.name},
                                {"phone", v.phone},
                                {"citizen_id", v.citizen_id},
                                {"date_of_birth", "2001-07-09"},
                                {"address", "Thôn Bản Chắt, xã Đồng Đăng"}}}});
      EXPECT_EQ(r.status, 201) << r.body;
      victims_.push_back(v);
    }
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }

  static void expect_nothing_identifying(const std::string& body) {
    for (const auto& v : victims_) {
      EXPECT_EQ(body.find(v.name), std::string::npos) << v.name;
      EXPECT_EQ(body.find(v.phone), std::string::npos) << v.phone;
      EXPECT_EQ(body.find(v.phone.substr(1)), std::string::npos) << v.phone;
      EXPECT_EQ(body.find(v.citizen_id), std::string::npos) << v.citizen_id;
    }
    for (const auto& n : numbers_) {
      EXPECT_EQ(body.find(n), std::string::npos) << n;
    }
    EXPECT_EQ(body.find("2001-07"), std::string::npos);
    EXPECT_EQ(body.find("Đồng Đăng"), std::string::npos);
    EXPECT_EQ(body.find("Lò Thị"), std::string::npos);
  }

  static inline std::unique_ptr<ApiWorld> world_;
  static inline std::vector<Victim> victims_;
  static inline std::vector<std::string> numbers_;
};

TEST_F(CtdcExportApi, AnalystGetsTheJsonExportWithItsReport) {
  HttpReply r = world_->as("analyst.hq").get("/api/v1/exports/ctdc?k=11");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json_body();
  EXPECT_EQ(body["k"], 11);
  EXPECT_EQ(body["columns"].size(), 63u);
  // 15 victims; the 3 of Quảng Ninh share everything with the 12 others.
  EXPECT_EQ(body["report"]["input_rows"], 15);
  EXPECT_EQ(body["report"]["output_rows"], 15);
  EXPECT_EQ(body["report"]["suppressed_rows"], 0);
  ASSERT_EQ(body["rows"].size(), 15u);
  const json& row = body["rows"][0];
  EXPECT_EQ(row.size(), 63u);
  EXPECT_EQ(row["Datasource"], "Case Management");
  EXPECT_EQ(row["gender"], "Female");
  EXPECT_EQ(row["citizenship"], "VN");
  EXPECT_EQ(row["CountryOfExploitation"], "KH");
  EXPECT_EQ(row["isForcedLabour"], "1");
  EXPECT_EQ(row["typeOfLabourIllicitActivities"], "1");
  expect_nothing_identifying(r.body);
}

TEST_F(CtdcExportApi, CsvHasTheLayoutHeaderAndTheReportInHeaders) {
  HttpReply r = world_->as("analyst.hq").get("/api/v1/exports/ctdc?format=csv&k=5");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("Content-Type").rfind("text/csv", 0), 0u);
  EXPECT_EQ(r.header("X-CTDC-K"), "5");
  EXPECT_EQ(r.header("X-CTDC-Input-Rows"), "15");
  EXPECT_EQ(r.header("X-CTDC-Suppressed-Rows"), "0");
  std::istringstream lines(r.body);
  std::string header;
  std::getline(lines, header);
  std::string expected;
  for (const auto& c : ctdc::columns()) {
    expected += (expected.empty() ? "" : ",") + c;
  }
  EXPECT_EQ(header, expected + "\r");
  size_t rows = 0;
  for (std::string line; std::getline(lines, line);) {
    rows += line.empty() ? 0 : 1;
  }
  EXPECT_EQ(rows, 15u);
  expect_nothing_identifying(r.body);
}

TEST_F(CtdcExportApi, CommanderExportsOwnUnitsAndSmallGroupsAreSuppressed) {
  HttpReply r = world_->as("commander.ls").get("/api/v1/exports/ctdc?k=13");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json_body();
  EXPECT_EQ(body["report"]["input_rows"], 12) << "Lạng Sơn only";
  EXPECT_EQ(body["report"]["suppressed_rows"], 12) << "12 < k = 13";
  EXPECT_TRUE(body["rows"].empty());
  expect_nothing_identifying(r.body);
}

TEST_F(CtdcExportApi, OtherRolesAreRefused) {
  for (const char* who : {"officer.ls", "admin"}) {
    HttpReply r = world_->as(who).get("/api/v1/exports/ctdc");
    EXPECT_EQ(r.status, 403) << who << ": " << r.body;
    EXPECT_EQ(r.error_code(), "permission_denied");
  }
  EXPECT_EQ(world_->http().send("GET", "/api/v1/exports/ctdc").status, 401);
}

TEST_F(CtdcExportApi, BadKOrFormatIsA400NamingTheField) {
  for (const char* k : {"1", "0", "101", "-3", "abc", "", "11.5"}) {
    HttpReply r = world_->as("analyst.hq").get(std::string("/api/v1/exports/ctdc?k=") + k);
    EXPECT_EQ(r.status, 400) << "k=" << k << ": " << r.body;
    EXPECT_TRUE(r.error_fields().contains("k")) << "k=" << k << ": " << r.body;
  }
  for (const char* format : {"xml", "CSV", ""}) {
    HttpReply r = world_->as("analyst.hq").get(std::string("/api/v1/exports/ctdc?format=") + format);
    EXPECT_EQ(r.status, 400) << format;
    EXPECT_TRUE(r.error_fields().contains("format")) << r.body;
  }
}

TEST_F(CtdcExportApi, EveryExportIsAudited) {
  const auto count = [] {
    json entries = world_->as("admin").get("/api/v1/audit?action=export.ctdc&limit=500").json_body();
    return entries["items"].size();
  };
  const size_t before = count();
  ASSERT_EQ(world_->as("analyst.hq").get("/api/v1/exports/ctdc?k=2").status, 200);
  ASSERT_EQ(world_->as("commander.ls").get("/api/v1/exports/ctdc?format=csv").status, 200);
  EXPECT_EQ(count(), before + 2);
  json last = world_->as("admin").get("/api/v1/audit?action=export.ctdc&limit=1").json_body();
  ASSERT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["items"][0]["actor"], "commander.ls");
  EXPECT_EQ(last["items"][0]["detail"]["victims"], 12) << last.dump();
}

}  // namespace
}  // namespace frontline::api_test
