// Scope and roles over HTTP: a user sees cases of their unit and the units
// below it (others answer 404, not 403, so their existence does not leak);
// analysts see every unit; the permission table of domain/roles.cpp decides
// who may create, read or manage; victims' identities are masked without
// need to know, and every identity shown is in the audit log.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class ScopeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    // One case per post: two Lạng Sơn posts and one Quảng Ninh post.
    huunghi_ = create_case(world_->as("officer.ls"), "Vụ việc tại cửa khẩu Hữu Nghị");
    tanthanh_ = create_case(world_->as("officer.ls2"), "Vụ việc tại cửa khẩu Tân Thanh");
    mongcai_ = create_case(world_->as("officer.qn"), "Vụ việc tại cửa khẩu Móng Cái");
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || !huunghi_.is_object() || !tanthanh_.is_object() || !mongcai_.is_object()) {
      GTEST_FAIL() << "the server or the suite's cases did not come up";
    }
  }
  static std::string case_path(const json& c) { return "/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()); }
  // Ids of every case `who` can list.
  static std::set<int64_t> listed_ids(const std::string& who) {
    HttpReply r = world_->as(who).get("/api/v1/cases?limit=200");
    EXPECT_EQ(r.status, 200) << r.body;
    std::set<int64_t> ids;
    const json body = r.json_body();
    for (const auto& c : body["items"]) {
      ids.insert(c["id"].get<int64_t>());
    }
    return ids;
  }

  static inline std::unique_ptr<ApiWorld> world_;
  static inline json huunghi_;
  static inline json tanthanh_;
  static inline json mongcai_;
};

TEST_F(ScopeApi, BorderPostOfficerSeesOnlyOwnPost) {
  UserClient& officer = world_->as("officer.ls");
  EXPECT_EQ(officer.get(case_path(huunghi_)).status, 200);
  // A sibling post and another province are out of scope: 404, never 403.
  for (const json* other : {&tanthanh_, &mongcai_}) {
    HttpReply r = officer.get(case_path(*other));
    EXPECT_EQ(r.status, 404) << r.body;
    EXPECT_EQ(r.error_code(), "not_found");
  }
  std::set<int64_t> ids = listed_ids("officer.ls");
  EXPECT_EQ(ids.count(huunghi_["id"]), 1u);
  EXPECT_EQ(ids.count(tanthanh_["id"]), 0u);
  EXPECT_EQ(ids.count(mongcai_["id"]), 0u);
}

TEST_F(ScopeApi, ProvincialCommandSeesItsPostsButNotAnotherProvince) {
  UserClient& commander = world_->as("commander.ls");
  EXPECT_EQ(commander.get(case_path(huunghi_)).status, 200);
  EXPECT_EQ(commander.get(case_path(tanthanh_)).status, 200);
  EXPECT_EQ(commander.get(case_path(mongcai_)).status, 404);
  std::set<int64_t> ids = listed_ids("commander.ls");
  EXPECT_EQ(ids.count(huunghi_["id"]), 1u);
  EXPECT_EQ(ids.count(tanthanh_["id"]), 1u);
  EXPECT_EQ(ids.count(mongcai_["id"]), 0u);
  // Filtering by a unit outside the scope does not widen it.
  HttpReply r = commander.get("/api/v1/cases?unit=DBP-QN-MONGCAI");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json_body()["total"], 0);
}

TEST_F(ScopeApi, OutOfScopeCaseIsNotFoundForEveryOperation) {
  UserClient& officer = world_->as("officer.qn");
  const std::string path = case_path(huunghi_);
  std::vector<std::pair<std::string, HttpReply>> replies;
  replies.emplace_back("patch", officer.patch(path, {{"title", "Sửa trái phép"}}));
  replies.emplace_back("transition", officer.post(path + "/transitions", {{"to", "under_verification"}}));
  replies.emplace_back("persons", officer.get(path + "/persons"));
  replies.emplace_back("add person",
                       officer.post(path + "/persons", {{"role", "witness"}, {"identity", {{"full_name", "Lê Văn Ba"}}}}));
  replies.emplace_back("events", officer.get(path + "/events"));
  replies.emplace_back("add event", officer.post(path + "/events", {{"kind", "note"}, {"description", "x"}}));
  replies.emplace_back("evidence", officer.get(path + "/evidence"));
  for (const auto& [what, r] : replies) {
    EXPECT_EQ(r.status, 404) << what << ": " << r.body;
  }
  HttpReply after = world_->as("officer.ls").get(path);
  EXPECT_EQ(after.json_body()["status"], "reported");
  EXPECT_EQ(after.json_body()["version"], 1);
}

TEST_F(ScopeApi, HeadquartersAnalystSeesEveryUnitButCannotWrite) {
  UserClient& analyst = world_->as("analyst.hq");
  for (const json* c : {&huunghi_, &tanthanh_, &mongcai_}) {
    EXPECT_EQ(analyst.get(case_path(*c)).status, 200);
  }
  std::set<int64_t> ids = listed_ids("analyst.hq");
  EXPECT_EQ(ids.count(huunghi_["id"]) + ids.count(tanthanh_["id"]) + ids.count(mongcai_["id"]), 3u);

  HttpReply create = analyst.post("/api/v1/cases", case_body("Phân tích viên tạo vụ việc"));
  EXPECT_EQ(create.status, 403) << create.body;
  EXPECT_EQ(create.error_code(), "permission_denied");
  EXPECT_EQ(analyst.patch(case_path(huunghi_), {{"title", "Đổi tên"}}).status, 403);
  EXPECT_EQ(analyst.post(case_path(huunghi_) + "/transitions", {{"to", "dismissed"}}).status, 403);
}

TEST_F(ScopeApi, AdminAndTrainerCannotReadCaseContent) {
  for (const std::string who : {"admin", "trainer.hq"}) {
    UserClient& u = world_->as(who);
    EXPECT_EQ(u.get("/api/v1/cases").status, 403) << who;
    EXPECT_EQ(u.get(case_path(huunghi_)).status, 403) << who;
    EXPECT_EQ(u.get(case_path(huunghi_) + "/persons").status, 403) << who;
    EXPECT_EQ(u.post("/api/v1/cases", case_body("Không được phép")).status, 403) << who;
    // Reference data is open to every role.
    EXPECT_EQ(u.get("/api/v1/units").status, 200) << who;
  }
  // Only the admin manages accounts and reads the audit log.
  EXPECT_EQ(world_->as("admin").get("/api/v1/users").status, 200);
  EXPECT_EQ(world_->as("officer.ls").get("/api/v1/users").status, 403);
  EXPECT_EQ(world_->as("analyst.hq").get("/api/v1/audit").status, 403);
}

TEST_F(ScopeApi, OfficerCannotFileACaseUnderAnotherUnit) {
  HttpReply r = world_->as("officer.ls").post("/api/v1/cases", case_body("Vụ việc sai đơn vị",
                                                                        {{"unit_code", "DBP-QN-MONGCAI"}}));
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_TRUE(r.error_fields().contains("unit_code")) << r.body;
  // The provincial command may file under one of its posts.
  HttpReply ok = world_->as("commander.ls").post("/api/v1/cases", case_body("Vụ việc do Bộ Chỉ huy lập",
                                                                           {{"unit_code", "DBP-LS-TANTHANH"}}));
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json_body()["unit_code"], "DBP-LS-TANTHANH");
  EXPECT_EQ(world_->as("officer.ls2").get(case_path(ok.json_body())).status, 200);
}

// Need to know: officers, investigators and victim support see a victim's
// identity; commanders and analysts do not. Each identity shown is audited.
TEST_F(ScopeApi, VictimIdentityIsMaskedWithoutNeedToKnowAndViewsAreAudited) {
  const std::string path = case_path(huunghi_);
  const std::string victim_name = "Hoàng Thị Mai Lan";
  HttpReply added = world_->as("officer.ls").post(
      path + "/persons", {{"role", "victim"},
                          {"sex", "female"},
                          {"identity", {{"full_name", victim_name}, {"date_of_birth", "2004-03"}, {"phone", "0912 345 678"}}}});
  ASSERT_EQ(added.status, 201) << added.body;
  const int64_t victim_id = added.json_body()["id"];
  EXPECT_EQ(added.json_body()["identity"]["full_name"], victim_name);
  HttpReply suspect = world_->as("officer.ls").post(
      path + "/persons", {{"role", "suspect"}, {"identity", {{"full_name", "Trần Văn Hùng"}}}});
  ASSERT_EQ(suspect.status, 201) << suspect.body;

  auto person_of = [&](const std::string& who, int64_t id) {
    HttpReply r = world_->as(who).get(path + "/persons");
    EXPECT_EQ(r.status, 200) << who << ": " << r.body;
    const json body = r.json_body();
    for (const auto& p : body["items"]) {
      if (p["id"] == id) {
        return p;
      }
    }
    ADD_FAILURE() << who << " does not see person " << id;
    return json::object();
  };
  for (const std::string who : {"commander.ls", "analyst.hq"}) {
    json p = person_of(who, victim_id);
    EXPECT_EQ(p["masked"], true) << who;
    EXPECT_TRUE(p["identity"].is_null()) << who;
    EXPECT_EQ(p["role"], "victim");
    EXPECT_EQ(p["birth_year"], 2004);  // non-identifying fields stay visible
    HttpReply direct = world_->as(who).get("/api/v1/persons/" + std::to_string(victim_id));
    EXPECT_EQ(direct.json_body()["masked"], true) << who;
    EXPECT_EQ(direct.body.find("Mai Lan"), std::string::npos) << who;
  }
  // A commander sees a suspect's identity, an analyst does not.
  EXPECT_EQ(person_of("commander.ls", suspect.json_body()["id"])["masked"], false);
  EXPECT_EQ(person_of("analyst.hq", suspect.json_body()["id"])["masked"], true);
  for (const std::string who : {"officer.ls", "investigator.ls", "support.ls"}) {
    json p = person_of(who, victim_id);
    EXPECT_EQ(p["masked"], false) << who;
    EXPECT_EQ(p["identity"]["full_name"], victim_name) << who;
  }

  HttpReply view = world_->as("support.ls").get("/api/v1/persons/" + std::to_string(victim_id));
  ASSERT_EQ(view.status, 200);
  EXPECT_EQ(view.json_body()["identity"]["phone"], "0912 345 678");

  HttpReply audit = world_->as("admin").get("/api/v1/audit?action=person.identity.read&record_type=person&record_id=" +
                                            std::to_string(victim_id) + "&limit=500");
  ASSERT_EQ(audit.status, 200) << audit.body;
  std::multiset<std::string> readers;
  const json entries = audit.json_body();
  for (const auto& e : entries["items"]) {
    EXPECT_EQ(e["action"], "person.identity.read");
    EXPECT_EQ(e["outcome"], "ok");
    readers.insert(e["actor"].get<std::string>());
  }
  EXPECT_EQ(readers.count("officer.ls"), 1u);
  EXPECT_EQ(readers.count("investigator.ls"), 1u);
  EXPECT_EQ(readers.count("support.ls"), 2u);  // the list and the direct view
  EXPECT_EQ(readers.count("commander.ls"), 0u);
  EXPECT_EQ(readers.count("analyst.hq"), 0u);

  // The audit log names records, never identities.
  HttpReply all = world_->as("admin").get("/api/v1/audit?limit=500");
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(all.body.find("Mai Lan"), std::string::npos);
  EXPECT_EQ(all.body.find("0912 345 678"), std::string::npos);  // not "0912": hashes are hex
}

TEST_F(ScopeApi, RolesWithoutIdentityAccessCannotEditPersons) {
  const std::string path = case_path(tanthanh_);
  HttpReply added = world_->as("officer.ls2").post(
      path + "/persons", {{"role", "victim"}, {"identity", {{"full_name", "Nông Thị Hoa"}}}});
  ASSERT_EQ(added.status, 201) << added.body;
  const std::string person = "/api/v1/persons/" + std::to_string(added.json_body()["id"].get<int64_t>());
  HttpReply commander = world_->as("commander.ls").patch(person, {{"identity", {{"phone", "0900000000"}}}});
  EXPECT_EQ(commander.status, 403) << commander.body;
  HttpReply analyst = world_->as("analyst.hq").patch(person, {{"identity", {{"phone", "0900000000"}}}});
  EXPECT_EQ(analyst.status, 403) << analyst.body;
  HttpReply other = world_->as("officer.ls").patch(person, {{"identity", {{"phone", "0900000000"}}}});
  EXPECT_EQ(other.status, 404) << other.body;
  HttpReply support = world_->as("support.ls").patch(person, {{"identity", {{"phone", "0900000000"}}}});
  EXPECT_EQ(support.status, 200) << support.body;
  EXPECT_EQ(support.json_body()["identity"]["phone"], "0900000000");
}

}  // namespace
}  // namespace frontline::api_test
