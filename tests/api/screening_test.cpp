// POST /api/v1/screen over the real server: a person added through the API
// is found by the next screening (written without diacritics, in reverse
// order), the role matrix, the other-unit rule, 400s; and `frontline screen`
// on the command line (beside the running server), single and in batch with
// a bad row.
#include <gtest/gtest.h>

#include <fstream>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

const std::string kPath = "/api/v1/screen";

class ScreeningApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    UserClient& who = world_->as("officer.ls");
    json c = create_case(who, "Vụ lừa bán phụ nữ sang Trung Quốc");
    if (!c.is_object()) {
      return;
    }
    case_number_ = c["number"].get<std::string>();
    HttpReply r = who.post("/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "/persons",
                           {{"role", "victim"},
                            {"sex", "female"},
                            {"nationality", "VN"},
                            {"identity",
                             {{"full_name", "Nguyễn Thị Quỳnh Như"},
                              {"date_of_birth", "1998-03-14"},
                              {"phone", "0912 345 678"}}}});
    EXPECT_EQ(r.status, 201) << r.body;
    person_id_ = r.json_body().value("id", int64_t{0});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }

  static std::unique_ptr<ApiWorld> world_;
  static std::string case_number_;
  static int64_t person_id_;
};

std::unique_ptr<ApiWorld> ScreeningApi::world_;
std::string ScreeningApi::case_number_;
int64_t ScreeningApi::person_id_ = 0;

TEST_F(ScreeningApi, APersonAddedThroughTheApiIsFoundByTheNextScreening) {
  HttpReply r = world_->as("officer.ls").post(kPath, {{"full_name", "Nhu Quynh Thi Nguyen"}, {"date_of_birth", "1998"}});
  ASSERT_EQ(r.status, 200) << r.body;
  json body = r.json_body();
  ASSERT_FALSE(body["candidates"].empty()) << r.body;
  const json& top = body["candidates"][0];
  EXPECT_EQ(top["source"], "case_person");
  EXPECT_EQ(top["person_id"], person_id_);
  EXPECT_EQ(top["display"]["full_name"], "Nguyễn Thị Quỳnh Như");
  EXPECT_EQ(top["cases"][0]["case_number"], case_number_);
  EXPECT_EQ(top["explanation"][0]["field"], "name");
  EXPECT_EQ(top["explanation"][0]["outcome"], "match");
  EXPECT_EQ(body["query"]["names"][0]["key"], "nhu quynh thi nguyen");
  // The phone alone raises an alert.
  r = world_->as("investigator.ls").post(kPath, {{"phone", "+84912345678"}});
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_FALSE(r.json_body()["candidates"].empty());
  EXPECT_TRUE(r.json_body()["candidates"][0]["alert"].get<bool>());
}

TEST_F(ScreeningApi, OtherUnitsSeeAPseudonymAndWhomToContact) {
  HttpReply r = world_->as("officer.qn").post(kPath, {{"full_name", "Nguyen Thi Quynh Nhu"}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json_body();
  ASSERT_FALSE(body["candidates"].empty()) << r.body;
  const json& top = body["candidates"][0];
  EXPECT_EQ(top["person_id"], person_id_);
  EXPECT_FALSE(top["in_scope"].get<bool>());
  EXPECT_TRUE(top["display"]["full_name"].is_null());
  EXPECT_TRUE(top["cases"].empty());
  EXPECT_EQ(top["contact_units"], json::array({"DBP-LS-HUUNGHI"}));
  EXPECT_EQ(r.body.find("Quỳnh"), std::string::npos);
  EXPECT_EQ(r.body.find(case_number_), std::string::npos);
}

TEST_F(ScreeningApi, RoleMatrix) {
  const json q = {{"full_name", "Nguyen Thi Quynh Nhu"}};
  for (const char* who : {"officer.ls", "investigator.ls", "support.ls", "commander.ls"}) {
    EXPECT_EQ(world_->as(who).post(kPath, q).status, 200) << who;
  }
  for (const char* who : {"analyst.hq", "admin", "trainer.hq"}) {
    EXPECT_EQ(world_->as(who).post(kPath, q).status, 403) << who;
  }
  // The commander sees the case but not the victim's identity.
  HttpReply r = world_->as("commander.ls").post(kPath, q);
  EXPECT_TRUE(r.json_body()["candidates"][0]["masked"].get<bool>());
  EXPECT_EQ(r.body.find("Quỳnh"), std::string::npos);
}

TEST_F(ScreeningApi, BadQueriesName400Fields) {
  HttpReply r = world_->as("officer.ls").post(kPath, json::object());
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(r.error_fields().contains("full_name"));
  EXPECT_TRUE(r.error_fields().contains("phone"));
  r = world_->as("officer.ls").post(kPath, {{"full_name", "Mai"}, {"limit", 51}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(r.error_fields().contains("limit"));
  r = world_->as("officer.ls").post(kPath, {{"phone", "abc"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_TRUE(r.error_fields().contains("phone"));
}

TEST_F(ScreeningApi, CommandLineScreensOnePerson) {
  const std::string data = world_->data_dir().string();
  CommandResult r = run_cli({"screen", "--data", data, "--name", "Nhu Quynh Nguyen", "--dob", "1998-03-14"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Nguyễn Thị Quỳnh Như"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("ALERT"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(case_number_), std::string::npos) << r.out;
  r = run_cli({"screen", "--data", data, "--phone", "0912345678", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json body = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(body.is_discarded()) << r.out;
  EXPECT_EQ(body["candidates"][0]["person_id"], person_id_);
  r = run_cli({"screen", "--data", data, "--dob", "1998"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("full_name"), std::string::npos) << r.err;
}

TEST_F(ScreeningApi, CommandLineBatchReportsEachBadRowAndGoesOn) {
  TempDir dir;
  const auto in = dir.path() / "in.csv";
  const auto out = dir.path() / "out.csv";
  {
    std::ofstream f(in);
    f << "full_name,date_of_birth,sex,nationality,citizen_id,passport_number,phone\n"
      << "Nguyen Thi Quynh Nhu,1998,female,VN,,,\n"
      << "Mai,1990-13,,,,,\n"
      << ",,,,,,0912 345 678\n";
  }
  CommandResult r = run_cli({"screen", "--data", world_->data_dir().string(), "--csv", in.string(), "--out",
                             out.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream f(out);
  std::vector<std::string> lines;
  for (std::string line; std::getline(f, line);) {
    lines.push_back(line);
  }
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].rfind("row,line,person_id,score,alert", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("1,2," + std::to_string(person_id_) + ",", 0), 0u) << lines[1];
  EXPECT_NE(lines[1].find(",true,"), std::string::npos) << lines[1];
  EXPECT_EQ(lines[2].rfind("2,3,,", 0), 0u) << lines[2];
  EXPECT_NE(lines[2].find("date_of_birth"), std::string::npos) << lines[2];
  EXPECT_EQ(lines[3].rfind("3,4," + std::to_string(person_id_) + ",", 0), 0u) << lines[3];
  EXPECT_NE(r.err.find("screened 3 rows"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace frontline::api_test
