// Training tests over HTTP (docs/training.md, "Questions and tests"): the
// question bank's rules, test assembly, online attempts (start, resume,
// submit with a score, one attempt then 409, reopen, the deadline with its
// 30-second grace, answers outside the test), paper results (all rows or
// none), results with item analysis and the course gain against
// hand-computed figures, and who may see what.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "harness.hpp"
#include "util/clock.hpp"

namespace frontline::api_test {
namespace {

using std::chrono::seconds;

std::string iso(TimePoint t) { return format_utc(t); }
TimePoint now() { return std::chrono::system_clock::now(); }

class TrainingTestsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    module_a_ = new_module("TT-A", version_a_);
    module_b_ = new_module("TT-B", version_b_);
    module_x_ = new_module("TT-X", version_x_);  // taught by no course of this suite
    officer_ls_ = officer("T-LS-001", "Nguyễn Văn Hải", "DBP-LS-HUUNGHI", "officer.ls");
    officer_ls2_ = officer("T-LS-002", "Hoàng Thị Mai", "DBP-LS-TANTHANH", "officer.ls2");
    officer_qn_ = officer("T-QN-001", "Trần Đức Long", "DBP-QN-MONGCAI", "officer.qn");
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || version_a_ == 0 || officer_qn_ == 0) {
      GTEST_FAIL() << "the server or the fixture did not come up";
    }
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

  // A new module; its id, and its version 1 id in `version`.
  static int64_t new_module(const std::string& code, int64_t& version) {
    HttpReply r = trainer().post("/api/v1/training/modules",
                                 {{"code", code},
                                  {"title_vi", "Chuyên đề " + code},
                                  {"title_en", "Module " + code},
                                  {"content_vi", "Nội dung"},
                                  {"content_en", "Content"},
                                  {"objectives", json::array({{{"vi", "Mục tiêu"}, {"en", "Objective"}}})},
                                  {"citations", json::array()},
                                  {"effective_date", "2025-07-01"}});
    EXPECT_EQ(r.status, 201) << r.body;
    version = r.json_body()["current"]["id"].get<int64_t>();
    return r.json_body()["id"].get<int64_t>();
  }

  static int64_t officer(const std::string& sn, const std::string& name, const std::string& unit,
                         const std::string& username = "") {
    json body = {{"full_name", name}, {"service_number", sn}, {"unit_id", unit_id(unit)},
                 {"rank", "trung_uy"},  {"sex", "male"}};
    if (!username.empty()) {
      body["user_id"] = world_->as(username).get("/api/v1/me").json_body()["id"].get<int64_t>();
    }
    HttpReply r = trainer().post("/api/v1/training/officers", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json_body().value("id", int64_t{0});
  }

  // A course teaching modules A and B with `officers` enrolled; its id.
  static int64_t course(const std::string& code, const std::vector<int64_t>& officers) {
    HttpReply r = trainer().post("/api/v1/training/courses",
                                 {{"code", code},
                                  {"title_vi", "Tập huấn kiểm tra"},
                                  {"title_en", "Test training"},
                                  {"province_code", "LS"},
                                  {"venue", "Lạng Sơn"},
                                  {"start_date", "2026-11-23"},
                                  {"end_date", "2026-11-27"},
                                  {"capacity", 40},
                                  {"trainers", json::array({{{"name", "Thượng tá Lê Văn Bình"}}})},
                                  {"modules", json::array({version_a_, version_b_})}});
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.json_body().value("id", int64_t{0});
    for (int64_t o : officers) {
      HttpReply e = trainer().post(course_path(id) + "/participants", {{"officer_id", o}});
      EXPECT_EQ(e.status, 201) << e.body;
    }
    return id;
  }
  static std::string course_path(int64_t id) { return "/api/v1/training/courses/" + std::to_string(id); }
  static std::string test_path(int64_t id) { return "/api/v1/training/tests/" + std::to_string(id); }

  // A question of `module`; options A-D with the correct ones in `correct` ("A", "AC").
  static int64_t question(int64_t module, const std::string& kind, const std::string& correct) {
    json options = json::array();
    for (std::string key : {"A", "B", "C", "D"}) {
      options.push_back({{"key", key},
                         {"vi", "Phương án " + key},
                         {"en", "Option " + key},
                         {"correct", correct.find(key) != std::string::npos}});
    }
    HttpReply r = trainer().post("/api/v1/training/questions", {{"module_id", module},
                                                                {"kind", kind},
                                                                {"text_vi", "Câu hỏi " + correct},
                                                                {"text_en", "Question " + correct},
                                                                {"options", options}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json_body().value("id", int64_t{0});
  }

  // Q1 single A, Q2 multiple A+C (module A); Q3 single B, Q4 single C (module B).
  static std::vector<int64_t> four_questions() {
    return {question(module_a_, "single", "A"), question(module_a_, "multiple", "AC"),
            question(module_b_, "single", "B"), question(module_b_, "single", "C")};
  }

  // An open test of the course; its id.
  static int64_t open_test(int64_t course_id, const std::string& kind, const std::vector<int64_t>& questions,
                           TimePoint closes_at, int minutes = 30) {
    HttpReply r = trainer().post(course_path(course_id) + "/tests", {{"kind", kind},
                                                                    {"title", "Kiểm tra " + kind},
                                                                    {"question_ids", questions},
                                                                    {"opens_at", iso(now() - std::chrono::hours(1))},
                                                                    {"closes_at", iso(closes_at)},
                                                                    {"duration_minutes", minutes}});
    EXPECT_EQ(r.status, 201) << r.body;
    const int64_t id = r.json_body().value("id", int64_t{0});
    HttpReply o = trainer().patch(test_path(id), {{"expected_version", 1}, {"status", "open"}});
    EXPECT_EQ(o.status, 200) << o.body;
    return id;
  }

  static HttpReply paper(int64_t test_id, const std::string& csv) {
    return trainer().send("POST", test_path(test_id) + "/paper-results", csv, "text/csv");
  }

  static json question_result(const json& results, int64_t position) {
    for (const auto& q : results["questions"]) {
      if (q["position"] == position) return q;
    }
    ADD_FAILURE() << "no question " << position;
    return json::object();
  }

  static json participant_row(const json& body, const std::string& service_number) {
    for (const auto& p : body["participants"]) {
      if (p["officer"]["service_number"] == service_number) return p;
    }
    return json();
  }

  static int64_t audit_count(const std::string& action) {
    json items = world_->as("admin").get("/api/v1/audit?limit=500&action=" + action).json_body()["items"];
    return static_cast<int64_t>(items.size());
  }

  static std::unique_ptr<ApiWorld> world_;
  static int64_t module_a_, module_b_, module_x_, version_a_, version_b_, version_x_;
  static int64_t officer_ls_, officer_ls2_, officer_qn_;
};
std::unique_ptr<ApiWorld> TrainingTestsApi::world_;
int64_t TrainingTestsApi::module_a_ = 0;
int64_t TrainingTestsApi::module_b_ = 0;
int64_t TrainingTestsApi::module_x_ = 0;
int64_t TrainingTestsApi::version_a_ = 0;
int64_t TrainingTestsApi::version_b_ = 0;
int64_t TrainingTestsApi::version_x_ = 0;
int64_t TrainingTestsApi::officer_ls_ = 0;
int64_t TrainingTestsApi::officer_ls2_ = 0;
int64_t TrainingTestsApi::officer_qn_ = 0;

TEST_F(TrainingTestsApi, QuestionBankRules) {
  json two_correct = {{"module_id", module_a_},
                      {"kind", "single"},
                      {"text_vi", "Dấu hiệu nào là dấu hiệu tuyển dụng lừa đảo?"},
                      {"text_en", "Which is a sign of a fraudulent job offer?"},
                      {"options", json::array({{{"vi", "Lương cao bất thường"}, {"en", "Unusually high pay"}, {"correct", true}},
                                               {{"vi", "Giữ hộ chiếu"}, {"en", "Passport kept"}, {"correct", true}},
                                               {{"vi", "Hợp đồng rõ ràng"}, {"en", "A clear contract"}, {"correct", false}}})}};
  HttpReply bad = trainer().post("/api/v1/training/questions", two_correct);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.error_fields()["options"], "a single-choice question has exactly one correct option (2 marked)");

  json unknown_module = two_correct;
  unknown_module["module_id"] = 999999;
  unknown_module["kind"] = "multiple";
  HttpReply none = trainer().post("/api/v1/training/questions", unknown_module);
  EXPECT_EQ(none.status, 400) << none.body;
  EXPECT_TRUE(none.error_fields().contains("module_id")) << none.body;

  EXPECT_EQ(world_->as("officer.ls").post("/api/v1/training/questions", two_correct).status, 403);
  EXPECT_EQ(world_->as("commander.ls").post("/api/v1/training/questions", two_correct).status, 403);

  json ok = two_correct;
  ok["kind"] = "multiple";  // keys are given by position when left out
  HttpReply made = trainer().post("/api/v1/training/questions", ok);
  ASSERT_EQ(made.status, 201) << made.body;
  const json q = made.json_body();
  EXPECT_EQ(q["options"][1]["key"], "B");
  EXPECT_EQ(q["options"][1]["correct"], true);
  EXPECT_EQ(q["version"], 1);
  const std::string path = "/api/v1/training/questions/" + std::to_string(q["id"].get<int64_t>());
  EXPECT_EQ(trainer().get(path).json_body()["text_vi"], ok["text_vi"]);
  // Analysts read the bank; officers do not.
  EXPECT_EQ(world_->as("analyst.hq").get(path).status, 200);
  EXPECT_EQ(world_->as("officer.ls").get(path).status, 403);

  HttpReply stale = trainer().patch(path, {{"expected_version", 7}, {"active", false}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  HttpReply off = trainer().patch(path, {{"expected_version", 1}, {"active", false}});
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.json_body()["active"], false);
  json listed = trainer().get("/api/v1/training/questions?active=false&module_id=" + std::to_string(module_a_)).json_body();
  ASSERT_EQ(listed["items"].size(), 1u) << listed.dump();
  EXPECT_EQ(listed["items"][0]["id"], q["id"]);
}

TEST_F(TrainingTestsApi, AssemblyOnlineAttemptReopenAndBadAnswers) {
  const int64_t c = course("TT-ONLINE-01", {officer_ls_, officer_qn_});
  const auto qs = four_questions();
  const int64_t foreign = question(module_x_, "single", "A");  // module X is not taught on the course

  // Assembly: questions of the course's modules only, none twice.
  json body = {{"kind", "pre"},
               {"title", "Kiểm tra đầu khóa"},
               {"question_ids", {qs[0], foreign, qs[0]}},
               {"opens_at", iso(now() - std::chrono::hours(1))},
               {"closes_at", iso(now() + std::chrono::hours(2))},
               {"duration_minutes", 20}};
  HttpReply bad = trainer().post(course_path(c) + "/tests", body);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.error_fields()["question_ids[1]"], "question " + std::to_string(foreign) +
                                                       " is not on a module the course teaches");
  EXPECT_EQ(bad.error_fields()["question_ids[2]"], "question " + std::to_string(qs[0]) + " appears twice");

  body["question_ids"] = {qs[0], qs[1], qs[2]};
  HttpReply made = trainer().post(course_path(c) + "/tests", body);
  ASSERT_EQ(made.status, 201) << made.body;
  const int64_t t = made.json_body()["id"].get<int64_t>();
  EXPECT_EQ(made.json_body()["status"], "draft");
  EXPECT_EQ(made.json_body()["questions"].size(), 3u);
  EXPECT_EQ(trainer().post(course_path(c) + "/tests", body).status, 409);  // one pre-test per course

  UserClient& ls = world_->as("officer.ls");
  EXPECT_EQ(ls.post(test_path(t) + "/start", json::object()).status, 409);  // still a draft
  ASSERT_EQ(trainer().patch(test_path(t), {{"expected_version", 1}, {"status", "open"}}).status, 200);
  EXPECT_EQ(world_->as("officer.ls2").post(test_path(t) + "/start", json::object()).status, 403);  // not enrolled

  HttpReply started = ls.post(test_path(t) + "/start", json::object());
  ASSERT_EQ(started.status, 201) << started.body;
  const json s = started.json_body();
  const int64_t attempt = s["attempt"]["id"].get<int64_t>();
  ASSERT_EQ(s["questions"].size(), 3u);
  for (const auto& q : s["questions"]) {
    for (const auto& o : q["options"]) {
      EXPECT_FALSE(o.contains("correct")) << "the officer sees the answers: " << q.dump();
    }
  }
  // Due 20 minutes after the start (before the test closes).
  const auto due = parse_utc(s["due_at"].get<std::string>());
  const auto begun = parse_utc(s["attempt"]["started_at"].get<std::string>());
  ASSERT_TRUE(due && begun);
  EXPECT_EQ(*due - *begun, std::chrono::minutes(20));
  // A reload hands back the same attempt.
  HttpReply again = ls.post(test_path(t) + "/start", json::object());
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json_body()["attempt"]["id"], attempt);
  EXPECT_EQ(again.json_body()["resumed"], true);

  const std::string submit = "/api/v1/training/attempts/" + std::to_string(attempt) + "/submit";
  // Bad answers: nothing is saved.
  HttpReply outside = ls.post(submit, {{"answers", {{std::to_string(qs[3]), {"C"}}, {std::to_string(qs[0]), {"A"}}}}});
  EXPECT_EQ(outside.status, 422) << outside.body;
  EXPECT_EQ(outside.error_fields()["answers." + std::to_string(qs[3])], "is not a question of this test");
  HttpReply no_key = ls.post(submit, {{"answers", {{std::to_string(qs[1]), {"A", "E"}}}}});
  EXPECT_EQ(no_key.status, 422) << no_key.body;
  EXPECT_EQ(no_key.error_fields()["answers." + std::to_string(qs[1])], "'E' is not an option of this question");
  EXPECT_EQ(world_->as("officer.qn").post(submit, {{"answers", json::object()}}).status, 404);  // not theirs

  // Q1 right, Q2 half right (wrong), Q3 right: 2 of 3 = 66.7.
  HttpReply done = ls.post(submit, {{"answers", {{std::to_string(qs[0]), {"A"}},
                                                 {std::to_string(qs[1]), {"A"}},
                                                 {std::to_string(qs[2]), {"B"}}}}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_DOUBLE_EQ(done.json_body()["score"].get<double>(), 66.7);
  EXPECT_EQ(done.json_body()["correct"], 2);
  EXPECT_EQ(done.json_body()["attempt"]["state"], "submitted");
  EXPECT_EQ(ls.post(submit, {{"answers", json::object()}}).status, 409);       // submitted once
  EXPECT_EQ(ls.post(test_path(t) + "/start", json::object()).status, 409);     // one attempt
  // Questions are frozen once an attempt exists.
  HttpReply frozen = trainer().patch(test_path(t), {{"expected_version", 2}, {"question_ids", {qs[0]}}});
  EXPECT_EQ(frozen.status, 409) << frozen.body;

  // Reopen: the old attempt is kept as void, a new one can start.
  const std::string reopen = test_path(t) + "/attempts/" + std::to_string(attempt) + "/reopen";
  EXPECT_EQ(ls.post(reopen, json::object()).status, 403);
  HttpReply reopened = trainer().post(reopen, json::object());
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json_body()["state"], "void");
  EXPECT_DOUBLE_EQ(reopened.json_body()["score"].get<double>(), 66.7);
  HttpReply second = ls.post(test_path(t) + "/start", json::object());
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_NE(second.json_body()["attempt"]["id"], attempt);
  EXPECT_GE(audit_count("training.attempt.reopen"), 1);
  EXPECT_GE(audit_count("training.attempt.submit"), 1);
}

TEST_F(TrainingTestsApi, SubmissionAfterTheDeadlineIsRefusedAndNothingSaved) {
  const int64_t c = course("TT-LATE-01", {officer_ls_});
  const auto qs = four_questions();
  // The test closes in 4 seconds; the attempt is due then, plus 30 s of grace.
  const int64_t t = open_test(c, "post", {qs[0], qs[2]}, now() + seconds(4), 5);
  UserClient& ls = world_->as("officer.ls");
  HttpReply started = ls.post(test_path(t) + "/start", json::object());
  ASSERT_EQ(started.status, 201) << started.body;
  const int64_t attempt = started.json_body()["attempt"]["id"].get<int64_t>();
  const auto due = parse_utc(started.json_body()["due_at"].get<std::string>());
  ASSERT_TRUE(due);
  std::this_thread::sleep_until(*due + seconds(32));
  HttpReply late = ls.post("/api/v1/training/attempts/" + std::to_string(attempt) + "/submit",
                           {{"answers", {{std::to_string(qs[0]), {"A"}}, {std::to_string(qs[2]), {"B"}}}}});
  EXPECT_EQ(late.status, 422) << late.body;
  const std::string reason = late.error_fields().value("submitted_at", "");
  EXPECT_NE(reason.find("is past the deadline " + started.json_body()["due_at"].get<std::string>()), std::string::npos)
      << late.body;
  // Nothing saved: the attempt has no score and shows as expired.
  json results = trainer().get(test_path(t) + "/results").json_body();
  json row = participant_row(results, "T-LS-001");
  ASSERT_TRUE(row.is_object()) << results.dump();
  EXPECT_EQ(row["progress"], "expired");
  EXPECT_TRUE(row["score"].is_null());
  EXPECT_EQ(results["submitted"], 0);
  // Too late to start again too; a trainer may reopen.
  EXPECT_EQ(ls.post(test_path(t) + "/start", json::object()).status, 409);
}

TEST_F(TrainingTestsApi, PaperResultsAllOrNothingAndItemAnalysis) {
  std::vector<int64_t> paper_officers;
  for (int i = 1; i <= 6; ++i) {
    paper_officers.push_back(officer("P-00" + std::to_string(i), "Cán bộ Giấy " + std::to_string(i),
                                     i <= 3 ? "DBP-LS-HUUNGHI" : "DBP-QN-MONGCAI"));
  }
  const int64_t c = course("TT-PAPER-01", paper_officers);
  const auto qs = four_questions();
  const int64_t t = open_test(c, "post", qs, now() + std::chrono::hours(2));

  // A row for an unknown officer and a bad key: 422 naming each, nothing saved.
  HttpReply refused = paper(t,
                            "service_number,full_name,Q1,Q2,Q3,Q4\n"
                            "P-001,Cán bộ Giấy 1,A,A;C,B,C\n"
                            "X-404,Không có,A,A,A,A\n"
                            "P-003,Cán bộ Giấy 3,A,A;F,B,C\n");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.error_fields()["row 3.service_number"], "unknown officer service number 'X-404'");
  EXPECT_EQ(refused.error_fields()["row 4.Q2"], "'F' is not an option of this question");
  EXPECT_EQ(trainer().get(test_path(t) + "/results").json_body()["submitted"], 0);

  HttpReply extra = paper(t, "service_number,Q1,Q2,Q3,Q4,Q5\nP-001,A,A,A,A,A\n");
  EXPECT_EQ(extra.status, 422);
  EXPECT_TRUE(extra.error_fields().contains("row 1.Q5")) << extra.body;

  // Scores 100, 75, 75, 50, 25, 25 (see the item analysis below).
  HttpReply imported = paper(t,
                             "service_number,Q1,Q2,Q3,Q4\n"
                             "P-001,A,A;C,B,C\n"
                             "P-002,A,C;A,B,D\n"
                             "p-003,a,A,B,C\n"
                             "P-004,A,A;C,A,A\n"
                             "P-005,B,C,B,A\n"
                             "P-006,B,,A,C\n");
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.json_body()["imported"], 6);
  HttpReply twice = paper(t, "service_number,score\nP-001,90\n");
  EXPECT_EQ(twice.status, 422);
  EXPECT_NE(twice.error_fields().value("row 2.service_number", "").find("already has an attempt"), std::string::npos);

  json r = trainer().get(test_path(t) + "/results").json_body();
  EXPECT_EQ(r["submitted"], 6);
  EXPECT_EQ(r["analysed"], 6);
  EXPECT_EQ(r["group_size"], 2);  // round(0.27 × 6)
  EXPECT_DOUBLE_EQ(r["mean_score"].get<double>(), 58.3);  // 350 / 6
  EXPECT_DOUBLE_EQ(participant_row(r, "P-003")["score"].get<double>(), 75.0);
  EXPECT_EQ(participant_row(r, "P-003")["source"], "paper");
  // Upper group: P-001 (100) and half each of P-002, P-003 (75, tied);
  // lower group: P-005, P-006 (25).
  const double difficulty[] = {4.0 / 6, 3.0 / 6, 4.0 / 6, 3.0 / 6};
  const double discrimination[] = {1.0, 0.75, 0.5, 0.25};
  for (int i = 0; i < 4; ++i) {
    json q = question_result(r, i + 1);
    EXPECT_NEAR(q["difficulty"].get<double>(), difficulty[i], 0.0005) << q.dump();
    EXPECT_NEAR(q["discrimination"].get<double>(), discrimination[i], 0.0005) << q.dump();
  }
  // Q2 (A and C): A ticked by P-001..P-004, C by P-001, P-002, P-004, P-005.
  EXPECT_EQ(question_result(r, 2)["chosen"]["A"], 4);
  EXPECT_EQ(question_result(r, 2)["chosen"]["C"], 4);
  EXPECT_EQ(question_result(r, 2)["chosen"]["B"], 0);
  EXPECT_EQ(question_result(r, 2)["correct_keys"], json::array({"A", "C"}));
  EXPECT_GE(audit_count("training.paper.import"), 1);

  // Commanders see their units' participants only, and every figure over them.
  const int64_t reads = audit_count("training.results.read");
  json mine = world_->as("commander.ls").get(test_path(t) + "/results").json_body();
  ASSERT_EQ(mine["participants"].size(), 3u) << mine.dump();
  EXPECT_TRUE(participant_row(mine, "P-004").is_null());
  EXPECT_DOUBLE_EQ(mine["mean_score"].get<double>(), 83.3);  // 100, 75, 75
  EXPECT_TRUE(question_result(mine, 1)["discrimination"].is_null());  // 3 attempts
  EXPECT_EQ(audit_count("training.results.read"), reads + 1);
  // Analysts see all, unaudited; officers nothing under /training.
  EXPECT_EQ(world_->as("analyst.hq").get(test_path(t) + "/results").json_body()["participants"].size(), 6u);
  EXPECT_EQ(audit_count("training.results.read"), reads + 1);
  EXPECT_EQ(world_->as("officer.ls").get(test_path(t) + "/results").status, 403);
  EXPECT_EQ(world_->as("officer.ls").get(course_path(c) + "/gain").status, 403);
}

TEST_F(TrainingTestsApi, CourseGainByHand) {
  std::vector<int64_t> g;
  for (int i = 1; i <= 4; ++i) {
    g.push_back(officer("G-00" + std::to_string(i), "Cán bộ Đo " + std::to_string(i), "DBP-LS-TANTHANH"));
  }
  const int64_t c = course("TT-GAIN-01", g);
  const auto qs = four_questions();
  const int64_t pre = open_test(c, "pre", qs, now() + std::chrono::hours(2));
  const int64_t post = open_test(c, "post", qs, now() + std::chrono::hours(2));
  // Pre: G-001 25 (Q1), G-002 50 (Q1, Q2), G-003 0, G-004 no pre.
  ASSERT_EQ(paper(pre, "service_number,Q1,Q2,Q3,Q4\nG-001,A,A,A,A\nG-002,A,A;C,A,A\nG-003,B,B,A,A\n").status, 201);
  // Post: G-001 75 (Q1-Q3), G-002 100, G-003 25 (Q1), G-004 80 (score only).
  ASSERT_EQ(paper(post, "service_number,Q1,Q2,Q3,Q4\nG-001,A,A;C,B,A\nG-002,A,A;C,B,C\nG-003,A,A,A,A\n").status, 201);
  HttpReply no_answers = paper(post, "service_number,score\nG-004,80\n");
  ASSERT_EQ(no_answers.status, 201) << no_answers.body;

  HttpReply r = trainer().get(course_path(c) + "/gain");
  ASSERT_EQ(r.status, 200) << r.body;
  const json gain = r.json_body();
  EXPECT_EQ(gain["pre_test_id"], pre);
  EXPECT_EQ(gain["post_test_id"], post);
  const json g1 = participant_row(gain, "G-001");
  EXPECT_DOUBLE_EQ(g1["pre"].get<double>(), 25.0);
  EXPECT_DOUBLE_EQ(g1["post"].get<double>(), 75.0);
  EXPECT_DOUBLE_EQ(g1["gain"].get<double>(), 50.0);
  EXPECT_DOUBLE_EQ(g1["normalized_gain"].get<double>(), 0.667);  // 50 / 75
  EXPECT_DOUBLE_EQ(participant_row(gain, "G-002")["normalized_gain"].get<double>(), 1.0);  // 50 / 50
  EXPECT_DOUBLE_EQ(participant_row(gain, "G-003")["normalized_gain"].get<double>(), 0.25);  // 25 / 100
  const json g4 = participant_row(gain, "G-004");
  EXPECT_TRUE(g4["pre"].is_null());
  EXPECT_DOUBLE_EQ(g4["post"].get<double>(), 80.0);
  EXPECT_TRUE(g4["gain"].is_null());
  // Course: matched G-001..3: mean pre 25, mean post 200/3, gain 125/3,
  // normalized gain of the means (125/3) / 75 = 5/9.
  const json course = gain["course"];
  EXPECT_EQ(course["matched"], 3);
  EXPECT_DOUBLE_EQ(course["mean_pre"].get<double>(), 25.0);
  EXPECT_DOUBLE_EQ(course["mean_post"].get<double>(), 66.7);
  EXPECT_DOUBLE_EQ(course["mean_gain"].get<double>(), 41.7);
  EXPECT_DOUBLE_EQ(course["normalized_gain"].get<double>(), 0.556);
  // Module A (Q1, Q2): pre 50, 100, 0 -> 50; post 100, 100, 50 -> 250/3;
  // normalized (100/3) / 50 = 2/3. Module B (Q3, Q4): pre 0; post 50, 100,
  // 0 -> 50; normalized 0.5. G-004 (a score only) counts in neither.
  ASSERT_EQ(gain["modules"].size(), 2u) << gain.dump();
  for (const auto& m : gain["modules"]) {
    EXPECT_EQ(m["matched"], 3);
    EXPECT_EQ(m["pre_questions"], 2);
    if (m["module_id"] == module_a_) {
      EXPECT_DOUBLE_EQ(m["mean_pre"].get<double>(), 50.0);
      EXPECT_DOUBLE_EQ(m["mean_post"].get<double>(), 83.3);
      EXPECT_DOUBLE_EQ(m["normalized_gain"].get<double>(), 0.667);
      EXPECT_EQ(m["title_vi"], "Chuyên đề TT-A");
    } else {
      EXPECT_EQ(m["module_id"], module_b_);
      EXPECT_DOUBLE_EQ(m["mean_pre"].get<double>(), 0.0);
      EXPECT_DOUBLE_EQ(m["mean_post"].get<double>(), 50.0);
      EXPECT_DOUBLE_EQ(m["normalized_gain"].get<double>(), 0.5);
    }
  }
  // Commanders of Lạng Sơn see these officers (Tân Thanh post); Quảng Ninh's would not.
  EXPECT_EQ(world_->as("commander.ls").get(course_path(c) + "/gain").json_body()["participants"].size(), 4u);
}

TEST_F(TrainingTestsApi, MyTrainingListsTheCallersTests) {
  const int64_t c = course("TT-ME-01", {officer_qn_});
  const auto qs = four_questions();
  const int64_t t = open_test(c, "pre", {qs[0]}, now() + std::chrono::hours(2));
  UserClient& qn = world_->as("officer.qn");
  auto find = [&](const json& me) {
    for (const auto& x : me["tests"]) {
      if (x["test"]["id"] == t) return x;
    }
    return json();
  };
  json before = find(qn.get("/api/v1/me/training").json_body());
  ASSERT_TRUE(before.is_object());
  EXPECT_EQ(before["state"], "not_started");
  EXPECT_EQ(before["can_start"], true);
  HttpReply started = qn.post(test_path(t) + "/start", json::object());
  ASSERT_EQ(started.status, 201) << started.body;
  const int64_t attempt = started.json_body()["attempt"]["id"].get<int64_t>();
  ASSERT_EQ(qn.post("/api/v1/training/attempts/" + std::to_string(attempt) + "/submit",
                    {{"answers", {{std::to_string(qs[0]), {"A"}}}}})
                .status,
            200);
  json after = find(qn.get("/api/v1/me/training").json_body());
  EXPECT_EQ(after["state"], "submitted");
  EXPECT_DOUBLE_EQ(after["score"].get<double>(), 100.0);
  EXPECT_EQ(after["can_start"], false);
  // Another officer's list does not show it.
  EXPECT_TRUE(find(world_->as("officer.ls2").get("/api/v1/me/training").json_body()).is_null());
}

}  // namespace
}  // namespace frontline::api_test
