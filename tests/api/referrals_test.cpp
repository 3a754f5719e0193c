// Protection and referral of victims over HTTP: the support directory (who
// may manage it), referring a victim with consent, the refusals that name
// their field (consent.status, organization_id, person_id), the workflow's
// 409 with `allowed`, the overdue list and the dashboard's digests, the
// role matrix, the Art. 37 checklist, and refused requests writing nothing.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class ReferralsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    UserClient& officer = world_->as("officer.ls");
    case_ = create_case(officer, "Nạn nhân trở về qua cửa khẩu Hữu Nghị");
    if (!case_.is_object()) {
      return;
    }
    const std::string persons = "/api/v1/cases/" + std::to_string(case_["id"].get<int64_t>()) + "/persons";
    HttpReply v = officer.post(persons, {{"role", "victim"}, {"identity", {{"full_name", "Hoàng Thị Mai"}}}});
    HttpReply w = officer.post(persons, {{"role", "witness"}, {"identity", {{"full_name", "Nông Văn Dũng"}}}});
    HttpReply o = world_->as("support.ls").post("/api/v1/support-organizations", org_body("Trung tâm Công tác xã hội tỉnh Lạng Sơn"));
    if (v.status != 201 || w.status != 201 || o.status != 201) {
      ADD_FAILURE() << v.body << w.body << o.body;
      return;
    }
    victim_ = v.json_body()["id"].get<int64_t>();
    witness_ = w.json_body()["id"].get<int64_t>();
    org_ = o.json_body()["id"].get<int64_t>();
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || org_ == 0) {
      GTEST_FAIL() << "the server or the suite's data did not come up";
    }
  }

  static json org_body(const std::string& name) {
    return {{"type", "social_protection_centre"},
            {"name", name},
            {"provinces", {"LS"}},
            {"services", {"shelter", "psychological_support", "legal_aid"}},
            {"phone", "0205-0000-0000"}};
  }
  static json referral_body(const json& extra = json::object()) {
    json b = {{"case_id", case_["id"]},
              {"organization_id", org_},
              {"service", "shelter"},
              {"consent", {{"status", "given"}}}};
    b.update(extra);
    return b;
  }
  static std::string referrals_of(int64_t person) { return "/api/v1/persons/" + std::to_string(person) + "/referrals"; }
  static std::string referral(int64_t id) { return "/api/v1/referrals/" + std::to_string(id); }
  static int64_t audit_head() {
    HttpReply r = world_->as("admin").get("/api/v1/audit?limit=1");
    return r.json_body()["items"][0]["seq"].get<int64_t>();
  }
  static int64_t total_referrals() {
    return world_->as("investigator.ls").get("/api/v1/referrals").json_body()["total"].get<int64_t>();
  }

  static inline std::unique_ptr<ApiWorld> world_;
  static inline json case_;
  static inline int64_t victim_ = 0;
  static inline int64_t witness_ = 0;
  static inline int64_t org_ = 0;
};

TEST_F(ReferralsApi, DirectoryIsManagedByVictimSupportAndAdmins) {
  HttpReply by_admin = world_->as("admin").post("/api/v1/support-organizations",
                                                {{"type", "iom"}, {"name", "IOM Việt Nam"}, {"provinces", {"HN", "LS"}}});
  ASSERT_EQ(by_admin.status, 201) << by_admin.body;
  const std::string path = "/api/v1/support-organizations/" + std::to_string(by_admin.json_body()["id"].get<int64_t>());
  for (const char* who : {"officer.ls", "investigator.ls", "commander.ls", "analyst.hq", "trainer.hq"}) {
    EXPECT_EQ(world_->as(who).post("/api/v1/support-organizations", org_body("Tổ chức khác")).status, 403) << who;
    EXPECT_EQ(world_->as(who).patch(path, {{"notes", "x"}}).status, 403) << who;
  }
  for (const char* who : {"officer.ls", "commander.ls", "analyst.hq", "admin", "support.ls"}) {
    EXPECT_EQ(world_->as(who).get(path).status, 200) << who;
  }
  EXPECT_EQ(world_->as("trainer.hq").get("/api/v1/support-organizations").status, 403);
  HttpReply filtered = world_->as("officer.ls").get("/api/v1/support-organizations?province=HN&type=iom");
  ASSERT_EQ(filtered.status, 200);
  EXPECT_EQ(filtered.json_body()["total"], 1);
  EXPECT_EQ(world_->as("officer.ls").get("/api/v1/support-organizations?service=shelter&q=cong%20tac").json_body()["total"],
            1);
  HttpReply bad = world_->as("support.ls").post("/api/v1/support-organizations",
                                                {{"type", "ngo"}, {"name", "Nhà tạm lánh"}, {"provinces", {"XX"}}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(bad.error_fields().contains("provinces")) << bad.body;
  HttpReply patched = world_->as("support.ls").patch(path, {{"active", false}, {"version", 1}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json_body()["active"], false);
  // No new referral to an inactive organization.
  HttpReply inactive = world_->as("support.ls").post(
      referrals_of(victim_), referral_body({{"organization_id", patched.json_body()["id"]}}));
  EXPECT_EQ(inactive.status, 400);
  EXPECT_TRUE(inactive.error_fields().contains("organization_id")) << inactive.body;
}

TEST_F(ReferralsApi, ReferAVictimAndMoveItThroughTheWorkflow) {
  HttpReply made = world_->as("support.ls").post(referrals_of(victim_), referral_body({{"due_date", "2026-12-31"}}));
  ASSERT_EQ(made.status, 201) << made.body;
  const json r = made.json_body();
  EXPECT_EQ(r["status"], "proposed");
  EXPECT_EQ(r["person_id"], victim_);
  EXPECT_EQ(r["consent"]["status"], "given");
  EXPECT_EQ(r["allowed_moves"], json({"sent", "declined"}));
  EXPECT_EQ(r["organization_name"], "Trung tâm Công tác xã hội tỉnh Lạng Sơn");
  EXPECT_EQ(made.body.find("Hoàng Thị Mai"), std::string::npos) << "a referral names its victim only by id";
  const std::string path = referral(r["id"].get<int64_t>());

  HttpReply skip = world_->as("support.ls").patch(path, {{"status", "completed"}});
  EXPECT_EQ(skip.status, 409);
  EXPECT_EQ(skip.json_body()["error"]["allowed"], json({"sent", "declined"})) << skip.body;
  HttpReply sent = world_->as("investigator.ls").patch(path, {{"status", "sent"}, {"version", 1}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json_body()["status"], "sent");
  EXPECT_EQ(world_->as("support.ls").patch(path, {{"outcome", "x"}, {"version", 1}}).status, 409);
  HttpReply withdrawn = world_->as("support.ls").patch(path, {{"consent", {{"status", "withdrawn"}}}});
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(withdrawn.json_body()["allowed_moves"], json({"declined"}));
  HttpReply blocked = world_->as("support.ls").patch(path, {{"status", "accepted"}});
  EXPECT_EQ(blocked.status, 400);
  EXPECT_TRUE(blocked.error_fields().contains("consent.status")) << blocked.body;
  HttpReply declined = world_->as("support.ls").patch(path, {{"status", "declined"}, {"outcome", "Nạn nhân rút lại"}});
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(declined.json_body()["allowed_moves"], json::array());

  HttpReply listed = world_->as("commander.ls").get(referrals_of(victim_));
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_GE(listed.json_body()["total"].get<int64_t>(), 1);
  HttpReply audit = world_->as("admin").get("/api/v1/audit?action=referral.&limit=50");
  ASSERT_EQ(audit.status, 200);
  int creates = 0;
  int updates = 0;
  const json entries = audit.json_body();
  for (const auto& e : entries["items"]) {
    creates += e["action"] == "referral.create" ? 1 : 0;
    updates += e["action"] == "referral.update" ? 1 : 0;
  }
  EXPECT_GE(creates, 1);
  EXPECT_GE(updates, 3);
}

TEST_F(ReferralsApi, RefusalsNameTheirFieldAndWriteNothing) {
  // Sessions for every actor exist before the baseline (log-ins are audited).
  for (const char* who :
       {"support.ls", "investigator.ls", "officer.qn", "commander.ls", "analyst.hq", "trainer.hq", "admin"}) {
    world_->as(who);
  }
  const int64_t head = audit_head();
  const int64_t before = total_referrals();
  struct Row {
    std::string who;
    int64_t person;
    json body;
    int status;
    std::string field;
  };
  const std::vector<Row> rows = {
      {"support.ls", victim_, referral_body({{"consent", {{"status", "refused"}}}}), 400, "consent.status"},
      {"support.ls", victim_, referral_body({{"consent", json::object()}}), 400, "consent.status"},
      {"support.ls", victim_, referral_body({{"organization_id", 999999}}), 400, "organization_id"},
      {"support.ls", witness_, referral_body(), 400, "person_id"},
      {"support.ls", victim_, referral_body({{"service", "massage"}}), 400, "service"},
      {"support.ls", victim_, referral_body({{"case_id", 999999}}), 400, "case_id"},
      {"support.ls", 999999, referral_body(), 404, ""},
      {"officer.qn", victim_, referral_body(), 404, ""},
      {"commander.ls", victim_, referral_body(), 403, ""},
      {"analyst.hq", victim_, referral_body(), 403, ""},
      {"trainer.hq", victim_, referral_body(), 403, ""},
      {"admin", victim_, referral_body(), 403, ""},
  };
  for (const auto& row : rows) {
    HttpReply r = world_->as(row.who).post(referrals_of(row.person), row.body);
    EXPECT_EQ(r.status, row.status) << row.who << " " << row.body.dump() << " -> " << r.body;
    if (!row.field.empty()) {
      EXPECT_TRUE(r.error_fields().contains(row.field)) << row.field << " in " << r.body;
    }
  }
  for (const char* who : {"analyst.hq", "trainer.hq", "admin"}) {
    EXPECT_EQ(world_->as(who).get(referrals_of(victim_)).status, 403) << who;
    EXPECT_EQ(world_->as(who).get("/api/v1/referrals").status, 403) << who;
  }
  EXPECT_EQ(total_referrals(), before);
  EXPECT_EQ(audit_head(), head) << "refused requests write nothing, not even to the log";
}

TEST_F(ReferralsApi, FrontlineOfficerProposesButDoesNotMove) {
  HttpReply proposed = world_->as("officer.ls").post(referrals_of(victim_), referral_body({{"service", "legal_aid"}}));
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  const std::string path = referral(proposed.json_body()["id"].get<int64_t>());
  EXPECT_EQ(world_->as("officer.ls").patch(path, {{"status", "sent"}}).status, 403);
  EXPECT_EQ(world_->as("commander.ls").patch(path, {{"status", "sent"}}).status, 403);
  EXPECT_EQ(world_->as("officer.qn").get(referrals_of(victim_)).status, 404);
  EXPECT_EQ(world_->as("support.ls").patch(path, {{"status", "sent"}}).status, 200);
}

TEST_F(ReferralsApi, OverdueListAndDashboard) {
  HttpReply made = world_->as("support.ls").post(referrals_of(victim_), referral_body({{"due_date", "2020-01-31"}}));
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t id = made.json_body()["id"].get<int64_t>();
  HttpReply overdue = world_->as("commander.ls").get("/api/v1/referrals?overdue=true");
  ASSERT_EQ(overdue.status, 200) << overdue.body;
  bool found = false;
  const json overdue_body = overdue.json_body();
  for (const auto& r : overdue_body["items"]) {
    found = found || r["id"] == id;
  }
  EXPECT_TRUE(found) << overdue.body;
  EXPECT_EQ(world_->as("officer.qn").get("/api/v1/referrals?overdue=true").json_body()["total"], 0);
  EXPECT_EQ(world_->as("support.ls").get("/api/v1/referrals?overdue=maybe").status, 400);

  HttpReply dash = world_->as("support.ls").get("/api/v1/dashboard");
  ASSERT_EQ(dash.status, 200) << dash.body;
  const json d = dash.json_body();
  ASSERT_TRUE(d["overdue_referrals"].is_object()) << dash.body;
  EXPECT_GE(d["overdue_referrals"]["count"].get<int64_t>(), 1);
  found = false;
  for (const auto& r : d["overdue_referrals"]["items"]) {
    found = found || r["referral_id"] == id;
  }
  EXPECT_TRUE(found);
  ASSERT_TRUE(d["victims_without_referral"].is_object());
  for (const auto& v : d["victims_without_referral"]["items"]) {
    EXPECT_NE(v["person_id"], victim_) << "the victim has referrals";
  }
  HttpReply analyst = world_->as("analyst.hq").get("/api/v1/dashboard");
  ASSERT_EQ(analyst.status, 200);
  EXPECT_TRUE(analyst.json_body()["overdue_referrals"].is_null());
  EXPECT_TRUE(analyst.json_body()["victims_without_referral"].is_null());
  // Completed or declined referrals are no longer overdue.
  ASSERT_EQ(world_->as("support.ls").patch(referral(id), {{"status", "declined"}}).status, 200);
  const json later = world_->as("support.ls").get("/api/v1/dashboard").json_body();
  for (const auto& r : later["overdue_referrals"]["items"]) {
    EXPECT_NE(r["referral_id"], id);
  }
}

TEST_F(ReferralsApi, EntitlementChecklist) {
  const std::string base = "/api/v1/persons/" + std::to_string(victim_) + "/entitlements";
  HttpReply list = world_->as("commander.ls").get(base);
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json_body()["total"], 9);
  EXPECT_EQ(list.json_body()["items"][0]["item"], "essential_needs_and_travel");
  EXPECT_EQ(list.json_body()["items"][0]["status"], "not_assessed");
  const std::string body = R"({"status":"provided","date":"2026-01-05","note":"đã cấp"})";
  EXPECT_EQ(world_->as("officer.ls").send("PUT", base + "/medical_care", body, "application/json").status, 403);
  EXPECT_EQ(world_->as("support.ls").send("PUT", base + "/yoga", body, "application/json").status, 400);
  HttpReply future = world_->as("support.ls").send("PUT", base + "/medical_care", R"({"status":"provided","date":"2999-01-01"})",
                                                   "application/json");
  EXPECT_EQ(future.status, 400);
  EXPECT_TRUE(future.error_fields().contains("date"));
  HttpReply not_victim = world_->as("support.ls").send(
      "PUT", "/api/v1/persons/" + std::to_string(witness_) + "/entitlements/medical_care", body, "application/json");
  EXPECT_EQ(not_victim.status, 400);
  EXPECT_TRUE(not_victim.error_fields().contains("person_id"));
  HttpReply put = world_->as("support.ls").send("PUT", base + "/medical_care", body, "application/json");
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json_body()["status"], "provided");
  HttpReply again = world_->as("investigator.ls").get(base);
  EXPECT_EQ(again.json_body()["items"][1]["status"], "provided");
  EXPECT_EQ(again.json_body()["items"][1]["note"], "đã cấp");
  HttpReply audit = world_->as("admin").get("/api/v1/audit?action=entitlement.update");
  EXPECT_EQ(audit.json_body()["items"].size(), 1u) << audit.body;
}

}  // namespace
}  // namespace frontline::api_test
