// Leads over the real server (docs/scan-api.md): saving a post scans it on
// the server; linked to a case with add_identifiers its phones and accounts
// join the case's identifiers (duplicates skipped); lists and reads follow
// the unit scope; PATCH links a lead to a case; permissions; bad bodies.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

const std::string kPost =
    "Việc nhẹ lương cao 30 triệu/tháng tại Campuchia, bao vé máy bay. Zalo 0933 222 111, "
    "Telegram t.me/viec_lam_cam_vip";

class LeadsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    json c = create_case(world_->as("officer.ls"), "Vụ tuyển lao động qua mạng sang Campuchia");
    if (c.is_object()) {
      case_id_ = c["id"].get<int64_t>();
      case_number_ = c["number"].get<std::string>();
    }
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || case_id_ == 0) {
      GTEST_FAIL() << "the server or the fixture case did not come up";
    }
  }
  static std::string case_path() { return "/api/v1/cases/" + std::to_string(case_id_); }
  static std::string lead_path(int64_t id) { return "/api/v1/leads/" + std::to_string(id); }

  static std::unique_ptr<ApiWorld> world_;
  static int64_t case_id_;
  static std::string case_number_;
};
std::unique_ptr<ApiWorld> LeadsApi::world_;
int64_t LeadsApi::case_id_ = 0;
std::string LeadsApi::case_number_;

TEST_F(LeadsApi, SavingWithIdentifiersAddsThemToTheCaseOnce) {
  UserClient& ls = world_->as("officer.ls");
  HttpReply r = ls.post("/api/v1/leads", {{"text", kPost},
                                          {"case_id", case_id_},
                                          {"source_url", "https://www.facebook.com/groups/vieclam/posts/1"},
                                          {"note", "nhóm tuyển dụng, 2 000 thành viên"},
                                          {"add_identifiers", true}});
  ASSERT_EQ(r.status, 201) << r.body;
  const json lead = r.json_body();
  EXPECT_EQ(lead["case_id"], case_id_);
  EXPECT_EQ(lead["case_number"], case_number_);
  EXPECT_EQ(lead["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(lead["text"], kPost);
  EXPECT_EQ(lead["level"], "high") << lead.dump();
  EXPECT_NE(std::find(lead["flags"].begin(), lead["flags"].end(), "pay.light_work_high_pay"), lead["flags"].end());
  EXPECT_EQ(lead["version"], 1);
  ASSERT_EQ(lead["identifiers_added"].size(), 2u) << lead.dump();
  EXPECT_EQ(lead["identifiers_skipped"], json::array());

  json ids = ls.get(case_path() + "/identifiers").json_body();
  std::set<std::string> keys;
  for (const json& i : ids["items"]) {
    keys.insert(i["key"].get<std::string>());
  }
  EXPECT_TRUE(keys.count("+84933222111")) << ids.dump();
  EXPECT_TRUE(keys.count("telegram/viec_lam_cam_vip")) << ids.dump();

  // The same post again: nothing added twice.
  HttpReply again = ls.post("/api/v1/leads", {{"text", kPost}, {"case_id", case_id_}, {"add_identifiers", true}});
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json_body()["identifiers_added"], json::array());
  ASSERT_EQ(again.json_body()["identifiers_skipped"].size(), 2u);
  EXPECT_EQ(again.json_body()["identifiers_skipped"][0]["reason"], "already_on_case");
  EXPECT_EQ(ls.get(case_path() + "/identifiers").json_body()["items"].size(), ids["items"].size());

  // The phone is now known to scanning, with this case.
  HttpReply s = ls.post("/api/v1/scan", {{"text", "gọi 0933222111"}});
  ASSERT_EQ(s.status, 200) << s.body;
  EXPECT_EQ(s.json_body()["results"][0]["identifiers"][0]["known"]["cases"][0]["case_id"], case_id_) << s.body;
}

TEST_F(LeadsApi, ListsReadsAndLinksFollowTheUnitScope) {
  UserClient& ls = world_->as("officer.ls");
  HttpReply r = ls.post("/api/v1/leads", {{"text", "Tuyển gấp nhân viên nhập liệu đi Bavet, không cần kinh nghiệm"}});
  ASSERT_EQ(r.status, 201) << r.body;
  const json lead = r.json_body();
  const int64_t id = lead["id"].get<int64_t>();
  EXPECT_TRUE(lead["case_id"].is_null());
  EXPECT_EQ(lead["unit_code"], "DBP-LS-HUUNGHI");  // the creator's while unlinked
  EXPECT_FALSE(lead.contains("identifiers_added"));

  // The same unit and the command above see it; another unit does not.
  EXPECT_EQ(ls.get(lead_path(id)).status, 200);
  EXPECT_EQ(world_->as("commander.ls").get(lead_path(id)).status, 200);
  EXPECT_EQ(world_->as("analyst.hq").get(lead_path(id)).status, 200);
  EXPECT_EQ(world_->as("officer.qn").get(lead_path(id)).status, 404);
  json mine = ls.get("/api/v1/leads?limit=200").json_body();
  bool listed = false;
  for (const json& l : mine["items"]) {
    listed = listed || l["id"] == id;
  }
  EXPECT_TRUE(listed) << mine.dump();
  json theirs = world_->as("officer.qn").get("/api/v1/leads").json_body();
  for (const json& l : theirs["items"]) {
    EXPECT_NE(l["id"], id);
  }

  // Linking it to the case; the note changes too; a stale version conflicts.
  HttpReply p = ls.patch(lead_path(id), {{"case_id", case_id_}, {"note", "liên quan vụ " + case_number_}, {"expected_version", 1}});
  ASSERT_EQ(p.status, 200) << p.body;
  EXPECT_EQ(p.json_body()["case_id"], case_id_);
  EXPECT_EQ(p.json_body()["version"], 2);
  EXPECT_EQ(ls.patch(lead_path(id), {{"note", "x"}, {"expected_version", 1}}).status, 409);
  json of_case = ls.get(case_path() + "/leads").json_body();
  bool on_case = false;
  for (const json& l : of_case["items"]) {
    on_case = on_case || l["id"] == id;
    EXPECT_EQ(l["case_id"], case_id_);
  }
  EXPECT_TRUE(on_case) << of_case.dump();
  EXPECT_EQ(ls.get("/api/v1/leads?case_id=" + std::to_string(case_id_)).json_body()["total"], of_case["total"]);
  // A case of another unit cannot be linked, nor its leads listed.
  json qn_case = create_case(world_->as("officer.qn"), "Vụ ở Móng Cái");
  ASSERT_TRUE(qn_case.is_object());
  HttpReply bad = ls.patch(lead_path(id), {{"case_id", qn_case["id"]}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(bad.error_fields().contains("case_id")) << bad.body;
  EXPECT_EQ(ls.get("/api/v1/cases/" + std::to_string(qn_case["id"].get<int64_t>()) + "/leads").status, 404);

  // Reads are audited, without the text.
  json audit = world_->as("admin").get("/api/v1/audit?action=lead.&limit=100").json_body();
  std::set<std::string> actions;
  for (const json& e : audit["items"]) {
    actions.insert(e["action"].get<std::string>());
  }
  for (const char* a : {"lead.create", "lead.read", "lead.list", "lead.update"}) {
    EXPECT_TRUE(actions.count(a)) << a;
  }
  EXPECT_EQ(audit.dump().find("nhập liệu"), std::string::npos);
}

TEST_F(LeadsApi, PermissionsAndBadBodies) {
  EXPECT_EQ(world_->as("analyst.hq").post("/api/v1/leads", {{"text", kPost}}).status, 403);
  EXPECT_EQ(world_->as("trainer.hq").get("/api/v1/leads").status, 403);
  EXPECT_EQ(world_->as("trainer.hq").post("/api/v1/leads", {{"text", kPost}}).status, 403);
  // Commanders save leads but may not record identifiers (person_write):
  // refused whole, nothing saved.
  UserClient& cmd = world_->as("commander.ls");
  const int64_t before = cmd.get("/api/v1/leads").json_body()["total"].get<int64_t>();
  EXPECT_EQ(cmd.post("/api/v1/leads", {{"text", kPost}, {"case_id", case_id_}, {"add_identifiers", true}}).status, 403);
  EXPECT_EQ(cmd.get("/api/v1/leads").json_body()["total"], before);
  EXPECT_EQ(cmd.post("/api/v1/leads", {{"text", kPost}, {"case_id", case_id_}}).status, 201);

  HttpReply r = world_->as("officer.ls").post(
      "/api/v1/leads", {{"text", "  "}, {"source_url", "javascript:alert(1)"}, {"note", std::string(2001, 'n')},
                        {"case_id", 999999}});
  ASSERT_EQ(r.status, 400) << r.body;
  for (const char* field : {"text", "source_url", "note", "case_id"}) {
    EXPECT_TRUE(r.error_fields().contains(field)) << field << " " << r.body;
  }
  HttpReply p = world_->as("officer.ls").patch("/api/v1/leads/1", json::object());
  EXPECT_EQ(p.status, 400) << p.body;
}

}  // namespace
}  // namespace frontline::api_test
