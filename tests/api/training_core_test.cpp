// The training core over HTTP (docs/training.md): curriculum versions and
// editions, receipts, officers, courses with optimistic concurrency,
// enrolment (capacity, duplicates, all-or-nothing), attendance, completion
// and certificates (PDF, verification without sign-in, revocation), access
// by role and scope, and audit entries.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class TrainingCoreApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = ApiWorld::start(standard_users()); }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) GTEST_FAIL() << "the server did not start";
  }

  static UserClient& trainer() { return world_->as("trainer.hq"); }

  static int64_t unit_id(const std::string& code) {
    json units = trainer().get("/api/v1/units").json_body();
    for (const auto& u : units["items"]) {
      if (u["code"] == code) return u["id"].get<int64_t>();
    }
    ADD_FAILURE() << "no unit " << code;
    return 0;
  }

  static int64_t user_id(const std::string& username) {
    return world_->as(username).get("/api/v1/me").json_body()["id"].get<int64_t>();
  }

  static json module_body(const std::string& code) {
    return {{"code", code},
            {"title_vi", "Nhận diện nạn nhân"},
            {"title_en", "Identifying victims"},
            {"content_vi", "Nội dung chuyên đề"},
            {"content_en", "Module content"},
            {"objectives", json::array({{{"vi", "Nêu các chỉ số"}, {"en", "Name the indicators"}}})},
            {"citations", json::array({{{"kind", "law"}, {"ref", "53/2024/QH15"}, {"title", "Luật PCMBN"}}})},
            {"effective_date", "2025-07-01"}};
  }

  // A new module; its version 1 id.
  static int64_t new_module(const std::string& code) {
    HttpReply r = trainer().post("/api/v1/training/modules", module_body(code));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json_body()["current"]["id"].get<int64_t>();
  }

  static int64_t officer(const std::string& sn, const std::string& name, const std::string& unit) {
    HttpReply r = trainer().post("/api/v1/training/officers", {{"full_name", name},
                                                               {"service_number", sn},
                                                               {"unit_id", unit_id(unit)},
                                                               {"rank", "dai_uy"},
                                                               {"sex", "female"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json_body()["id"].get<int64_t>();
  }

  static json course_body(const std::string& code, int capacity, const json& modules = json::array()) {
    return {{"code", code},
            {"title_vi", "Tập huấn nhận diện nạn nhân"},
            {"title_en", "Victim identification training"},
            {"province_code", "LS"},
            {"venue", "Lạng Sơn"},
            {"start_date", "2026-03-02"},
            {"end_date", "2026-03-06"},
            {"capacity", capacity},
            {"trainers", json::array({{{"name", "Thượng tá Nguyễn Văn Bình"}}})},
            {"modules", modules}};
  }

  static json new_course(const std::string& code, int capacity) {
    HttpReply r = trainer().post("/api/v1/training/courses", course_body(code, capacity));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json_body();
  }

  static std::string course_path(const json& c) { return "/api/v1/training/courses/" + std::to_string(c["id"].get<int64_t>()); }

  static size_t audit_count(const std::string& action) {
    return world_->as("admin").get("/api/v1/audit?action=" + action + "&limit=500").json_body()["items"].size();
  }

  static inline std::unique_ptr<ApiWorld> world_;
};

TEST_F(TrainingCoreApi, ModuleVersionsKeepHistoryAndNeedAChangeNote) {
  const int64_t v1 = new_module("T01");
  ASSERT_GT(v1, 0);
  json modules = trainer().get("/api/v1/training/modules").json_body();
  int64_t module_id = 0;
  for (const auto& m : modules["items"]) {
    if (m["code"] == "T01") module_id = m["id"];
  }
  ASSERT_GT(module_id, 0);
  const std::string path = "/api/v1/training/modules/" + std::to_string(module_id);
  json v2 = module_body("x");
  v2.erase("code");
  HttpReply no_note = trainer().post(path + "/versions", v2);
  EXPECT_EQ(no_note.status, 400);
  EXPECT_TRUE(no_note.error_fields().contains("change_note")) << no_note.body;
  v2["change_note"] = {{"vi", "Cập nhật theo Luật 53/2024/QH15"}, {"en", "Updated for Law 53/2024/QH15"}};
  v2["title_vi"] = "Nhận diện nạn nhân (sửa đổi)";
  HttpReply r = trainer().post(path + "/versions", v2);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json_body()["version"], 2);
  EXPECT_EQ(r.json_body()["change_note"]["vi"], "Cập nhật theo Luật 53/2024/QH15");
  json full = trainer().get(path).json_body();
  ASSERT_EQ(full["versions"].size(), 2u);
  EXPECT_EQ(full["versions"][0]["version"], 2);  // newest first
  EXPECT_EQ(full["versions"][1]["title_vi"], "Nhận diện nạn nhân");  // version 1 unchanged
  EXPECT_EQ(full["current"]["version"], 2);
  // Every bad field at once; a duplicate code is 409.
  HttpReply bad = trainer().post("/api/v1/training/modules",
                                 {{"code", "t 1"}, {"title_vi", ""}, {"title_en", "x"}, {"content_vi", "x"},
                                  {"effective_date", "2025-13-01"},
                                  {"citations", json::array({{{"kind", "blog"}, {"ref", "x"}}})}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  for (const char* f : {"code", "title_vi", "effective_date", "citations[0].kind"}) {
    EXPECT_TRUE(bad.error_fields().contains(f)) << f << " " << bad.body;
  }
  EXPECT_EQ(trainer().post("/api/v1/training/modules", module_body("T01")).status, 409);
}

TEST_F(TrainingCoreApi, EditionsShowChangesAndReceipts) {
  const int64_t a1 = new_module("E01");
  const int64_t b1 = new_module("E02");
  const int64_t c1 = new_module("E03");
  HttpReply first = trainer().post("/api/v1/training/editions", {{"code", "T-2024.1"},
                                                                 {"title", "Tài liệu 2024"},
                                                                 {"effective_date", "2024-01-15"},
                                                                 {"module_version_ids", {a1, b1}}});
  ASSERT_EQ(first.status, 201) << first.body;
  json modules = trainer().get("/api/v1/training/modules").json_body();
  int64_t b_module = 0;
  for (const auto& m : modules["items"]) {
    if (m["code"] == "E02") b_module = m["id"];
  }
  json v2 = module_body("x");
  v2.erase("code");
  v2["change_note"] = {{"vi", "Bổ sung thủ đoạn mới"}, {"en", "New methods"}};
  HttpReply b2 = trainer().post("/api/v1/training/modules/" + std::to_string(b_module) + "/versions", v2);
  ASSERT_EQ(b2.status, 201);
  const int64_t b2_id = b2.json_body()["id"];
  // Two versions of one module in one edition is refused, naming the element.
  HttpReply twice = trainer().post("/api/v1/training/editions", {{"code", "T-2025.2"}, {"title", "x"},
                                                                 {"effective_date", "2025-07-01"},
                                                                 {"module_version_ids", {b1, b2_id}}});
  EXPECT_EQ(twice.status, 400);
  EXPECT_TRUE(twice.error_fields().contains("module_version_ids[1]")) << twice.body;
  HttpReply second = trainer().post("/api/v1/training/editions", {{"code", "T-2025.2"},
                                                                  {"title", "Tài liệu 2025"},
                                                                  {"effective_date", "2025-07-01"},
                                                                  {"module_version_ids", {b2_id, c1}}});
  ASSERT_EQ(second.status, 201) << second.body;
  json e = second.json_body();
  EXPECT_EQ(e["previous_code"], "T-2024.1");
  std::map<std::string, json> change;
  for (const auto& c : e["changes"]) change[c["module_code"].get<std::string>()] = c;
  EXPECT_EQ(change["E01"]["change"], "removed");
  EXPECT_EQ(change["E02"]["change"], "revised");
  EXPECT_EQ(change["E02"]["change_notes"][0]["vi"], "Bổ sung thủ đoạn mới");
  EXPECT_EQ(change["E03"]["change"], "added");

  const std::string receipts = "/api/v1/training/editions/" + std::to_string(e["id"].get<int64_t>()) + "/receipts";
  const int64_t post = unit_id("DBP-LS-CHIMA");
  HttpReply r = trainer().post(receipts, {{"unit_id", post}, {"received_on", "2025-08-01"}, {"copies", 3}});
  ASSERT_EQ(r.status, 201) << r.body;
  HttpReply again = trainer().post(receipts, {{"unit_id", post}, {"received_on", "2025-08-02"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(again.error_fields().contains("unit_id"));
  HttpReply bad = trainer().post(receipts, {{"unit_id", 999999}, {"received_on", "2025-02-30"}, {"copies", -1},
                                            {"medium", "fax"}});
  EXPECT_EQ(bad.status, 400);
  for (const char* f : {"unit_id", "received_on", "copies", "medium"}) EXPECT_TRUE(bad.error_fields().contains(f)) << f;
  json rows = trainer().get("/api/v1/training/receipts").json_body()["items"];
  bool chima = false;
  bool without = false;
  for (const auto& row : rows) {
    if (row["unit_code"] == "DBP-LS-CHIMA") {
      chima = true;
      EXPECT_EQ(row["latest"]["edition_code"], "T-2025.2");
    } else if (row["latest"].is_null()) {
      without = true;
    }
  }
  EXPECT_TRUE(chima);
  EXPECT_TRUE(without);  // posts that received nothing are listed with null
}

TEST_F(TrainingCoreApi, CourseValidationAndVersionConflict) {
  HttpReply bad = trainer().post("/api/v1/training/courses", {{"code", "TH-BAD"}, {"title_vi", "x"},
                                                              {"province_code", "ZZ"}, {"start_date", "2026-03-06"},
                                                              {"end_date", "2026-03-02"}, {"capacity", 0},
                                                              {"trainers", json::array()}, {"modules", {999999}}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  for (const char* f : {"province_code", "end_date", "capacity", "trainers", "modules[0]"}) {
    EXPECT_TRUE(bad.error_fields().contains(f)) << f << " " << bad.body;
  }
  json c = new_course("TH-2026-LS-91", 10);
  EXPECT_EQ(c["version"], 1);
  EXPECT_EQ(c["days"].size(), 5u);
  EXPECT_EQ(trainer().post("/api/v1/training/courses", course_body("TH-2026-LS-91", 5)).status, 409);
  HttpReply ok = trainer().patch(course_path(c), {{"venue", "Đồng Đăng"}, {"expected_version", 1}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json_body()["version"], 2);
  HttpReply stale = trainer().patch(course_path(c), {{"venue", "Lộc Bình"}, {"expected_version", 1}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(trainer().get(course_path(c)).json_body()["venue"], "Đồng Đăng");
  HttpReply no_version = trainer().patch(course_path(c), {{"venue", "Lộc Bình"}});
  EXPECT_EQ(no_version.status, 400);
  EXPECT_TRUE(no_version.error_fields().contains("expected_version"));
  HttpReply completed = trainer().patch(course_path(c), {{"status", "completed"}, {"expected_version", 2}});
  EXPECT_EQ(completed.status, 400);
  EXPECT_TRUE(completed.error_fields().contains("status"));
}

TEST_F(TrainingCoreApi, OfficerFieldsAreNamedAtOnce) {
  HttpReply bad = trainer().post("/api/v1/training/officers", {{"full_name", ""},
                                                               {"service_number", "bp 1"},
                                                               {"unit_id", unit_id("DBP-LS-CHIMA")},
                                                               {"rank", "general"},
                                                               {"sex", "x"}});
  EXPECT_EQ(bad.status, 400) << bad.body;
  for (const char* f : {"full_name", "service_number", "rank", "sex"}) {
    EXPECT_TRUE(bad.error_fields().contains(f)) << f << " " << bad.body;
  }
}

TEST_F(TrainingCoreApi, EnrolmentCapacityDuplicatesAndAllOrNothing) {
  json c = new_course("TH-2026-LS-92", 2);
  const std::string participants = course_path(c) + "/participants";
  const int64_t a = officer("BP-920001", "Lê Thị Mai", "DBP-LS-HUUNGHI");
  const int64_t b = officer("BP-920002", "Trần Văn Nam", "DBP-QN-MONGCAI");
  const int64_t d = officer("BP-920003", "Phạm Văn Đức", "DBP-LS-CHIMA");
  ASSERT_EQ(trainer().post(participants, {{"officer_id", a}}).status, 201);
  HttpReply dup = trainer().post(participants, {{"officer_id", a}});
  EXPECT_EQ(dup.status, 409);
  EXPECT_TRUE(dup.error_fields().contains("officer_id")) << dup.body;
  // Bulk over capacity: 409 naming capacity, nobody enrolled.
  HttpReply bulk = trainer().post(participants + "/bulk", {{"officer_ids", {b, d}}});
  EXPECT_EQ(bulk.status, 409) << bulk.body;
  EXPECT_TRUE(bulk.error_fields().contains("capacity")) << bulk.body;
  EXPECT_EQ(trainer().get(participants).json_body()["items"].size(), 1u);
  // An unknown id in a bulk list is named; nothing saved.
  HttpReply unknown = trainer().post(participants + "/bulk", {{"officer_ids", {b, 987654}}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(unknown.error_fields().contains("officer_ids[1]")) << unknown.body;
  EXPECT_EQ(trainer().get(participants).json_body()["items"].size(), 1u);
  // An account without an officer record is enrolled with rank and sex; the course is then full.
  HttpReply by_user = trainer().post(participants, {{"user_id", user_id("officer.ls2")}, {"rank", "trung_uy"},
                                                    {"sex", "male"}});
  ASSERT_EQ(by_user.status, 201) << by_user.body;
  EXPECT_EQ(by_user.json_body()["officer"]["unit_code"], "DBP-LS-TANTHANH");
  const size_t officers_before = trainer().get("/api/v1/training/officers?limit=200").json_body()["total"];
  HttpReply full = trainer().post(participants, {{"officer", {{"full_name", "Hoàng Văn Sơn"},
                                                              {"service_number", "BP-920004"},
                                                              {"unit_id", unit_id("DBP-LS-CHIMA")},
                                                              {"rank", "thieu_uy"},
                                                              {"sex", "male"}}}});
  EXPECT_EQ(full.status, 409) << full.body;
  EXPECT_TRUE(full.error_fields().contains("capacity"));
  // The new officer of the refused request was not saved either.
  EXPECT_EQ(trainer().get("/api/v1/training/officers?limit=200").json_body()["total"], officers_before);
  // Withdrawn participants free their place.
  ASSERT_EQ(trainer().patch(participants + "/" + std::to_string(a), {{"status", "withdrawn"}}).status, 200);
  EXPECT_EQ(trainer().post(participants, {{"officer_id", b}}).status, 201);
}

TEST_F(TrainingCoreApi, AttendanceCompletionAndCertificates) {
  json c = new_course("TH-2026-LS-93", 10);
  const std::string path = course_path(c);
  const int64_t good = officer("BP-930001", "Nguyễn Thị Thu Hà", "DBP-LS-HUUNGHI");
  const int64_t absent = officer("BP-930002", "Vũ Văn Hùng", "DBP-LS-HUUNGHI");
  const int64_t outsider = officer("BP-930003", "Đỗ Văn Long", "DBP-LS-HUUNGHI");
  HttpReply mine = trainer().post(path + "/participants", {{"user_id", user_id("officer.ls")}, {"rank", "dai_uy"},
                                                          {"sex", "male"}});
  ASSERT_EQ(mine.status, 201) << mine.body;
  const int64_t me = mine.json_body()["officer"]["id"];
  ASSERT_EQ(trainer().post(path + "/participants/bulk", {{"officer_ids", {good, absent}}}).status, 201);
  // A non-participant is named; nothing of that day saved.
  HttpReply bad = world_->as("trainer.hq").send("PUT", path + "/attendance/2026-03-02",
                                                json{{"present", {good, me, outsider}}}.dump(), "application/json");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_TRUE(bad.error_fields().contains("present[2]")) << bad.body;
  HttpReply outside = world_->as("trainer.hq").send("PUT", path + "/attendance/2026-03-09",
                                                    json{{"present", {good}}}.dump(), "application/json");
  EXPECT_EQ(outside.status, 400);
  EXPECT_TRUE(outside.error_fields().contains("day"));
  json before = trainer().get(path + "/participants").json_body();
  ASSERT_EQ(before["items"].size(), 3u);
  for (const auto& p : before["items"]) EXPECT_EQ(p["attendance"]["present"], 0) << p.dump();
  for (const char* day : {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06"}) {
    HttpReply r = world_->as("trainer.hq").send("PUT", path + "/attendance/" + day,
                                                json{{"present", {good, me}}, {"absent", {absent}}}.dump(),
                                                "application/json");
    ASSERT_EQ(r.status, 200) << r.body;
  }
  const size_t issued_before = audit_count("training.certificate.issue");
  HttpReply done = trainer().post(path + "/complete", json::object());
  ASSERT_EQ(done.status, 200) << done.body;
  std::map<int64_t, json> outcome;
  const json done_body = done.json_body();
  for (const auto& p : done_body["participants"]) outcome[p["officer"]["id"].get<int64_t>()] = p;
  ASSERT_EQ(outcome.size(), 3u) << done.body;
  EXPECT_EQ(outcome[good]["status"], "completed");
  EXPECT_EQ(outcome[absent]["status"], "not_completed");
  EXPECT_EQ(outcome[absent]["reasons"], json::array({"attendance"}));
  EXPECT_TRUE(outcome[absent]["certificate_code"].is_null());
  const std::string code = outcome[good]["certificate_code"];
  ASSERT_EQ(code.size(), 12u);
  EXPECT_EQ(code.substr(0, 3), "FL-");
  EXPECT_EQ(done.json_body()["course"]["status"], "completed");
  EXPECT_EQ(audit_count("training.certificate.issue"), issued_before + 2);
  EXPECT_EQ(trainer().post(path + "/complete", json::object()).status, 409);

  // Verification needs no sign-in; an unknown code is 404.
  HttpReply check = world_->http().send("GET", "/api/v1/certificates/" + code);
  ASSERT_EQ(check.status, 200) << check.body;
  EXPECT_EQ(check.json_body()["valid"], true);
  EXPECT_EQ(check.json_body()["holder"], "Nguyễn Thị Thu Hà");
  EXPECT_EQ(check.json_body()["course_code"], "TH-2026-LS-93");
  EXPECT_EQ(world_->http().send("GET", "/api/v1/certificates/FL-0000-0000").status, 404);
  EXPECT_EQ(world_->http().send("GET", "/api/v1/certificates/not-a-code").status, 404);
  EXPECT_GE(audit_count("certificate.verify"), 3u);

  // The PDF: trainer, and the holder; not another officer.
  HttpReply pdf = trainer().get("/api/v1/certificates/" + code + "/pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body.substr(0, 200);
  EXPECT_EQ(pdf.header("Content-Type"), "application/pdf");
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  const std::string my_code = outcome[me]["certificate_code"];
  EXPECT_EQ(world_->as("officer.ls").get("/api/v1/certificates/" + my_code + "/pdf").status, 200);
  EXPECT_EQ(world_->as("officer.qn").get("/api/v1/certificates/" + my_code + "/pdf").status, 403);

  // /me/training shows the course and the certificate.
  json me_training = world_->as("officer.ls").get("/api/v1/me/training").json_body();
  EXPECT_EQ(me_training["officer"]["id"], me);
  bool found = false;
  for (const auto& course : me_training["courses"]) {
    if (course["course"]["code"] == "TH-2026-LS-93") {
      found = true;
      EXPECT_EQ(course["status"], "completed");
      EXPECT_EQ(course["attendance"]["present"], 5);
      EXPECT_EQ(course["certificate"]["code"], my_code);
    }
  }
  EXPECT_TRUE(found) << me_training.dump();
  EXPECT_TRUE(world_->as("officer.qn").get("/api/v1/me/training").json_body()["officer"].is_null());

  // Revocation.
  HttpReply no_reason = trainer().post("/api/v1/certificates/" + code + "/revoke", json::object());
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_TRUE(no_reason.error_fields().contains("reason"));
  ASSERT_EQ(trainer().post("/api/v1/certificates/" + code + "/revoke", {{"reason", "Cấp nhầm"}}).status, 200);
  json revoked = world_->http().send("GET", "/api/v1/certificates/" + code).json_body();
  EXPECT_EQ(revoked["valid"], false);
  EXPECT_TRUE(revoked.contains("revoked_at"));
  EXPECT_EQ(trainer().post("/api/v1/certificates/" + code + "/revoke", {{"reason", "x"}}).status, 409);
}

TEST_F(TrainingCoreApi, AccessByRoleAndScope) {
  // Officers: 403 on every /training route; trainers manage; analysts read only.
  for (const std::string path : {"/api/v1/training/modules", "/api/v1/training/courses", "/api/v1/training/officers",
                                 "/api/v1/training/vocab", "/api/v1/training/editions", "/api/v1/training/receipts"}) {
    EXPECT_EQ(world_->as("officer.ls").get(path).status, 403) << path;
    EXPECT_EQ(world_->as("analyst.hq").get(path).status, 200) << path;
    EXPECT_EQ(world_->as("commander.ls").get(path).status, 200) << path;
  }
  EXPECT_EQ(world_->as("officer.ls").post("/api/v1/training/modules", module_body("X01")).status, 403);
  EXPECT_EQ(world_->as("commander.ls").post("/api/v1/training/modules", module_body("X01")).status, 403);
  EXPECT_EQ(world_->as("analyst.hq").post("/api/v1/training/courses", course_body("TH-X", 5)).status, 403);
  json vocab = world_->as("commander.ls").get("/api/v1/training/vocab").json_body();
  EXPECT_EQ(vocab["ranks"].size(), 16u);
  EXPECT_EQ(vocab["sections"].size(), 5u);

  // The commander of Lạng Sơn sees the Lạng Sơn participant, not the Quảng Ninh one.
  json c = new_course("TH-2026-LS-94", 10);
  const int64_t ls = officer("BP-940001", "Lương Thị Hoa", "DBP-LS-HUUNGHI");
  const int64_t qn = officer("BP-940002", "Ngô Văn Hải", "DBP-QN-MONGCAI");
  ASSERT_EQ(trainer().post(course_path(c) + "/participants/bulk", {{"officer_ids", {ls, qn}}}).status, 201);
  const size_t reads_before = audit_count("training.results.read");
  json seen = world_->as("commander.ls").get(course_path(c) + "/participants").json_body();
  ASSERT_EQ(seen["items"].size(), 1u) << seen.dump();
  EXPECT_EQ(seen["items"][0]["officer"]["id"], ls);
  EXPECT_EQ(audit_count("training.results.read"), reads_before + 1);
  EXPECT_EQ(trainer().get(course_path(c) + "/participants").json_body()["items"].size(), 2u);
  EXPECT_EQ(world_->as("analyst.hq").get(course_path(c) + "/participants").json_body()["items"].size(), 2u);
  EXPECT_EQ(audit_count("training.results.read"), reads_before + 1);  // trainers and analysts are not "commander reads"
  EXPECT_EQ(world_->as("commander.ls").get("/api/v1/training/officers/" + std::to_string(qn)).status, 404);
  EXPECT_EQ(world_->as("commander.ls").get("/api/v1/training/officers/" + std::to_string(ls)).status, 200);
}

TEST_F(TrainingCoreApi, ChangesAreAudited) {
  const size_t courses = audit_count("training.course.create");
  const size_t officers = audit_count("training.officer.create");
  const size_t enrols = audit_count("training.participant.enrol");
  json c = new_course("TH-2026-LS-95", 5);
  const int64_t o = officer("BP-950001", "Đinh Thị Lan", "DBP-LS-CHIMA");
  ASSERT_EQ(trainer().post(course_path(c) + "/participants", {{"officer_id", o}}).status, 201);
  EXPECT_EQ(audit_count("training.course.create"), courses + 1);
  EXPECT_EQ(audit_count("training.officer.create"), officers + 1);
  EXPECT_EQ(audit_count("training.participant.enrol"), enrols + 1);
  json last = world_->as("admin").get("/api/v1/audit?action=training.participant.enrol&limit=1").json_body();
  ASSERT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["items"][0]["actor"], "trainer.hq");
  EXPECT_EQ(last["items"][0]["detail"]["officer_id"], o);
  // No name in the audit detail.
  EXPECT_EQ(last.dump().find("Đinh Thị Lan"), std::string::npos);
}

}  // namespace
}  // namespace frontline::api_test
