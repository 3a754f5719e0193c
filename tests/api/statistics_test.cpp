// GET /api/v1/statistics/victims over the real server: the role matrix, a
// few breakdown values, the <5 rule for commanders and analysts (exact for
// the victim-working roles), scope, 400s naming the field, and that nothing
// identifying a victim appears in the answer.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

const std::string kPath = "/api/v1/statistics/victims";

class StatisticsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    // Lạng Sơn: 6 female victims sent to China, 2 male to Cambodia; Quảng
    // Ninh: 3 female to China. Born 2001 or 2010 (ages 25 and 16 this year).
    struct Spec {
      const char* officer;
      const char* sex;
      const char* destination;
      const char* born;
    };
    std::vector<Spec> specs;
    for (int i = 0; i < 6; ++i) {
      specs.push_back({"officer.ls", "female", "CN", i < 4 ? "2001-07-09" : "2010"});
    }
    specs.push_back({"officer.ls", "male", "KH", "2001"});
    specs.push_back({"officer.ls", "male", "KH", "2001"});
    for (int i = 0; i < 3; ++i) {
      specs.push_back({"officer.qn", "female", "CN", "2001"});
    }
    for (const auto& s : specs) {
      UserClient& who = world_->as(s.officer);
      json c = create_case(who, "Vụ lừa bán sang nước ngoài",
                           {{"trafficking_form", "forced_marriage"}, {"route", {{"destination_country", s.destination}}}});
      if (!c.is_object()) {
        return;
      }
      HttpReply r = who.post("/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "/persons",
                             {{"role", "victim"},
                              {"sex", s.sex},
                              {"nationality", "VN"},
                              {"identity", {{"full_name", "Lò Thị Thống Kê"}, {"date_of_birth", s.born}}}});
      EXPECT_EQ(r.status, 201) << r.body;
    }
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }

  static json get(const std::string& who, const std::string& query = "") {
    HttpReply r = world_->as(who).get(kPath + query);
    EXPECT_EQ(r.status, 200) << who << " " << query << ": " << r.body;
    EXPECT_EQ(r.body.find("Lò Thị"), std::string::npos);
    EXPECT_EQ(r.body.find("2001-07"), std::string::npos);
    return r.json_body();
  }

  static json cell(const json& body, const std::string& breakdown, const std::string& key) {
    for (const auto& c : body["breakdowns"][breakdown]) {
      if (c["key"] == key) {
        return c;
      }
    }
    return json();
  }

  static inline std::unique_ptr<ApiWorld> world_;
};

TEST_F(StatisticsApi, RoleMatrix) {
  for (const char* who : {"officer.ls", "investigator.ls", "support.ls", "commander.ls", "analyst.hq"}) {
    EXPECT_EQ(world_->as(who).get(kPath).status, 200) << who;
  }
  for (const char* who : {"trainer.hq", "admin"}) {
    HttpReply r = world_->as(who).get(kPath);
    EXPECT_EQ(r.status, 403) << who << ": " << r.body;
    EXPECT_EQ(r.error_code(), "permission_denied");
  }
  EXPECT_EQ(world_->http().send("GET", kPath).status, 401);
}

TEST_F(StatisticsApi, VictimWorkingRolesGetExactCountsOfTheirUnits) {
  const json body = get("investigator.ls");
  EXPECT_EQ(body["total"], 8) << "Lạng Sơn only";
  EXPECT_FALSE(body["small_cells_suppressed"].get<bool>());
  EXPECT_EQ(cell(body, "sex", "female")["count"], 6);
  EXPECT_EQ(cell(body, "sex", "male")["count"], 2);
  EXPECT_EQ(cell(body, "destination_country", "KH")["count"], 2);
  EXPECT_EQ(cell(body, "age_group", "24-26")["count"], 6);
  EXPECT_EQ(cell(body, "age_group", "9-17")["count"], 2);
  EXPECT_EQ(cell(body, "exploitation_form", "forced_marriage")["count"], 8);
  EXPECT_EQ(cell(body, "identification_status", "none")["count"], 8);
  EXPECT_EQ(cell(body, "referral_status", "none")["count"], 8);
  EXPECT_EQ(cell(body, "province", "LS")["count"], 8);
  EXPECT_TRUE(body["province"].is_null());
  EXPECT_FALSE(body.contains("historic"));
}

TEST_F(StatisticsApi, CommandersAndAnalystsSeeSmallCellsAsLessThanFive) {
  const json mine = get("commander.ls");
  EXPECT_EQ(mine["total"], 8);
  EXPECT_TRUE(mine["small_cells_suppressed"].get<bool>());
  EXPECT_EQ(cell(mine, "sex", "female")["count"], 6);
  const json male = cell(mine, "sex", "male");
  EXPECT_TRUE(male["count"].is_null()) << male.dump();
  EXPECT_TRUE(male["suppressed"].get<bool>());
  EXPECT_EQ(cell(mine, "sex", "unknown")["count"], 0);
  const json all = get("analyst.hq");
  EXPECT_EQ(all["total"], 11) << "analysts see every unit";
  EXPECT_EQ(cell(all, "destination_country", "CN")["count"], 9);
  EXPECT_TRUE(cell(all, "destination_country", "KH")["suppressed"].get<bool>());
  const json qn = get("analyst.hq", "?province=QN");
  EXPECT_TRUE(qn["total"].is_null());
  EXPECT_TRUE(qn["total_suppressed"].get<bool>());
  EXPECT_EQ(qn["province"], "QN");
}

TEST_F(StatisticsApi, FiltersAndGroupBy) {
  const json none = get("investigator.ls", "?from=2000-01-01&to=2000-12-31");
  EXPECT_EQ(none["total"], 0);
  const json some = get("investigator.ls", "?group_by=sex,period&include_historic=true");
  EXPECT_EQ(some["breakdowns"].size(), 2u);
  EXPECT_TRUE(some["breakdowns"].contains("period"));
  ASSERT_TRUE(some.contains("historic"));
  EXPECT_EQ(some["historic"]["total"], 0);
}

TEST_F(StatisticsApi, BadParametersAreA400NamingTheField) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"?from=2026-02-30", "from"},          {"?to=soon", "to"},
      {"?from=2026-03-02&to=2026-03-01", "to"}, {"?province=XX", "province"},
      {"?group_by=height", "group_by"},      {"?include_historic=1", "include_historic"},
      {"?colour=red", "colour"}};
  for (const auto& [query, field] : bad) {
    HttpReply r = world_->as("commander.ls").get(kPath + query);
    EXPECT_EQ(r.status, 400) << query << ": " << r.body;
    EXPECT_TRUE(r.error_fields().contains(field)) << query << ": " << r.body;
  }
}

}  // namespace
}  // namespace frontline::api_test
