// End-of-training assessments, their summary, and the training reports as
// JSON and Excel (docs/training.md), against a small scenario built through
// the API: course LS with officers A (Hữu Nghị gate post, completes) and B
// (Tân Thanh gate post, absent, does not complete) and D (Chi Ma post,
// completes), pre- and post-tests of two questions entered as paper results;
// course QN with officer C (Móng Cái post, completes, no tests). Assessments by participant and by group,
// validation naming fields, summary and report figures, the workbook, access.
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class TrainingReports : public ::testing::Test {
 protected:
  static void SetUpTestSuite();
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || !ready_) GTEST_FAIL() << "the server or the scenario did not come up";
  }
  static std::unique_ptr<ApiWorld> world_;
  static bool ready_;
  static int64_t course_ls_, course_qn_, officer_a_, officer_b_, officer_c_, officer_d_, question_1_, question_2_;
  static std::map<std::string, json> units_;  // by code
};
std::unique_ptr<ApiWorld> TrainingReports::world_;
bool TrainingReports::ready_ = false;
int64_t TrainingReports::course_ls_ = 0;
int64_t TrainingReports::course_qn_ = 0;
int64_t TrainingReports::officer_a_ = 0;
int64_t TrainingReports::officer_b_ = 0;
int64_t TrainingReports::officer_c_ = 0;
int64_t TrainingReports::officer_d_ = 0;
int64_t TrainingReports::question_1_ = 0;
int64_t TrainingReports::question_2_ = 0;
std::map<std::string, json> TrainingReports::units_;

std::string course_path(int64_t id, const std::string& rest = "") {
  return "/api/v1/training/courses/" + std::to_string(id) + rest;
}

// Posts `body` as the trainer; the reply's JSON, or a discarded value after a failure.
json created(UserClient& who, const std::string& path, const json& body) {
  HttpReply r = who.post(path, body);
  EXPECT_EQ(r.status, 201) << path << ": " << r.body;
  return r.status == 201 ? r.json_body() : json();
}

int64_t new_officer(UserClient& trainer, const std::string& name, const std::string& number, const json& unit_id,
                    const std::string& rank, const std::string& sex) {
  if (!unit_id.is_number_integer()) {
    ADD_FAILURE() << "no unit id for " << name;
    return 0;
  }
  json o = created(trainer, "/api/v1/training/officers",
                   {{"full_name", name}, {"service_number", number}, {"unit_id", unit_id}, {"rank", rank}, {"sex", sex}});
  return o.is_object() ? o.value("id", int64_t{0}) : 0;
}

// A two-day course in `province` with `officers`; those in `present` attend both
// days; then it is closed: the present complete, the others do not.
int64_t run_course(UserClient& trainer, const std::string& code, const std::string& province, int64_t module_version,
                   const std::vector<int64_t>& officers, const std::vector<int64_t>& present,
                   const std::function<void(int64_t)>& before_close = {}) {
  json c = created(trainer, "/api/v1/training/courses",
                   {{"code", code},
                    {"title_vi", "Phòng, chống mua bán người " + code},
                    {"title_en", "Counter-trafficking " + code},
                    {"province_code", province},
                    {"venue", "Hội trường Bộ Chỉ huy"},
                    {"start_date", "2026-03-02"},
                    {"end_date", "2026-03-03"},
                    {"capacity", 30},
                    {"trainers", json::array({{{"name", "Thượng tá Nguyễn Văn Hùng"}}})},
                    {"modules", json::array({module_version})}});
  if (!c.is_object() || !c["id"].is_number_integer()) {
    ADD_FAILURE() << "no course id: " << c.dump();
    return 0;
  }
  const int64_t id = c["id"].get<int64_t>();
  for (int64_t o : officers) {
    created(trainer, course_path(id, "/participants"), {{"officer_id", o}});
  }
  HttpReply start = trainer.patch(course_path(id), {{"status", "in_progress"}, {"expected_version", c["version"]}});
  EXPECT_EQ(start.status, 200) << start.body;
  std::vector<int64_t> absent;
  for (int64_t o : officers) {
    if (std::find(present.begin(), present.end(), o) == present.end()) absent.push_back(o);
  }
  for (const char* day : {"2026-03-02", "2026-03-03"}) {
    HttpReply mark = trainer.send("PUT", course_path(id, "/attendance/") + day,
                                  json{{"present", present}, {"absent", absent}}.dump(), "application/json");
    EXPECT_EQ(mark.status, 200) << mark.body;
  }
  if (before_close) before_close(id);
  HttpReply done = trainer.post(course_path(id, "/complete"), json::object());
  EXPECT_EQ(done.status, 200) << done.body;
  return id;
}

void TrainingReports::SetUpTestSuite() {
  world_ = ApiWorld::start(standard_users());
  if (!world_) return;
  UserClient& trainer = world_->as("trainer.hq");
  HttpReply units = trainer.get("/api/v1/units");
  if (units.status != 200) return;
  const json all_units = units.json_body();
  for (const auto& u : all_units["items"]) units_[u["code"].get<std::string>()] = u;
  json module = created(trainer, "/api/v1/training/modules",
                        {{"code", "M01"},
                         {"title_vi", "Nhận diện nạn nhân"},
                         {"title_en", "Identifying victims"},
                         {"content_vi", "Các dấu hiệu nhận biết nạn nhân bị mua bán."},
                         {"content_en", "Signs of a trafficked person."},
                         {"objectives", json::array({{{"vi", "Nhận biết dấu hiệu"}, {"en", "Know the signs"}}})},
                         {"citations", json::array()},
                         {"effective_date", "2026-01-01"}});
  if (!module.is_object() || !module["versions"][0]["id"].is_number_integer()) {
    ADD_FAILURE() << "the module has no version id: " << module.dump();
    return;
  }
  const int64_t version = module["versions"][0]["id"].get<int64_t>();
  officer_a_ = new_officer(trainer, "Nguyễn Văn An", "BP-1001", units_["DBP-LS-HUUNGHI"]["id"], "thieu_uy", "male");
  officer_b_ = new_officer(trainer, "Trần Thị Bình", "BP-1002", units_["DBP-LS-TANTHANH"]["id"], "trung_uy", "female");
  officer_c_ = new_officer(trainer, "Lê Văn Cường", "BP-1003", units_["DBP-QN-MONGCAI"]["id"], "dai_uy", "male");
  officer_d_ = new_officer(trainer, "Phạm Thị Dung", "BP-1004", units_["DBP-LS-CHIMA"]["id"], "thieu_uy", "female");
  const int64_t module_id = module.value("id", int64_t{0});
  auto question = [&](const std::string& vi, const std::string& right) -> int64_t {
    json options = json::array();
    for (const char* key : {"A", "B", "C"}) {
      options.push_back({{"key", key}, {"vi", std::string("Phương án ") + key}, {"en", std::string("Option ") + key},
                         {"correct", key == right}});
    }
    json q = created(trainer, "/api/v1/training/questions",
                     {{"module_id", module_id}, {"kind", "single"}, {"text_vi", vi}, {"text_en", vi + " (en)"},
                      {"options", options}});
    return q.is_object() ? q.value("id", int64_t{0}) : 0;
  };
  question_1_ = question("Dấu hiệu nào cho thấy một lời mời việc làm là lừa đảo?", "A");
  question_2_ = question("Cơ quan nào tiếp nhận nạn nhân được trao trả tại cửa khẩu?", "B");
  // Paper results: pre-test A (A, A) 50, B (C, A) 0, D (C, C) 0; post-test A (A, B) 100, B (A, A) 50, D (A, B) 100.
  auto tests = [&](int64_t course) {
    for (const auto& [kind, sheet] : std::vector<std::pair<std::string, std::string>>{
             {"pre", "service_number,Q1,Q2\nBP-1001,A,A\nBP-1002,C,A\nBP-1004,C,C\n"},
             {"post", "service_number,Q1,Q2\nBP-1001,A,B\nBP-1002,A,A\nBP-1004,A,B\n"}}) {
      json t = created(trainer, course_path(course, "/tests"),
                       {{"kind", kind}, {"title", "Kiểm tra " + kind}, {"question_ids", {question_1_, question_2_}},
                        {"opens_at", "2026-03-02T01:00:00Z"}, {"closes_at", "2026-03-03T10:00:00Z"},
                        {"duration_minutes", 30}});
      if (!t.is_object()) return;
      HttpReply paper = trainer.send("POST", "/api/v1/training/tests/" + std::to_string(t.value("id", int64_t{0})) +
                                                 "/paper-results", sheet, "text/csv");
      EXPECT_EQ(paper.status, 201) << paper.body;
    }
  };
  course_ls_ = run_course(trainer, "TH-2026-LS-01", "LS", version, {officer_a_, officer_b_, officer_d_},
                          {officer_a_, officer_d_}, tests);
  course_qn_ = run_course(trainer, "TH-2026-QN-01", "QN", version, {officer_c_}, {officer_c_});
  ready_ = officer_a_ && officer_b_ && officer_c_ && officer_d_ && question_1_ && question_2_ && course_ls_ && course_qn_;
}

json section(std::vector<std::string> themes, const std::string& text = "") {
  return {{"themes", themes}, {"text", text}};
}

// Assessments are recorded once per test suite, in this order (the figures below depend on it).
class TrainingAssessments : public TrainingReports {
 protected:
  static void record() {
    static bool done = false;
    if (done) return;
    done = true;
    UserClient& trainer = world_->as("trainer.hq");
    created(trainer, course_path(course_ls_, "/assessments"),
            {{"officer_id", officer_a_},
             {"trends", section({"scam_centres", "online_recruitment"}, "Lừa sang Campuchia qua Facebook.")},
             {"challenges_investigation", section({"cross_border_cooperation"})}});
    created(trainer, course_path(course_ls_, "/assessments"),
            {{"group_name", "Nhóm 1"},
             {"group_size", 2},
             {"trends", section({"scam_centres"})},
             {"recommendations", section({"more_training", "cross_border_cooperation"}, "Tập huấn điều tra trên mạng.")}});
    created(trainer, course_path(course_qn_, "/assessments"),
            {{"officer_id", officer_c_}, {"trends", section({"forced_marriage"})}});
  }
};

TEST_F(TrainingAssessments, ParticipantAndGroupAnswersAreStoredAndListed) {
  record();
  HttpReply list = world_->as("analyst.hq").get(course_path(course_ls_, "/assessments"));
  ASSERT_EQ(list.status, 200) << list.body;
  json items = list.json_body()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["respondent"], "participant");
  EXPECT_EQ(items[0]["officer_id"], officer_a_);
  EXPECT_EQ(items[0]["officer_name"], "Nguyễn Văn An");
  EXPECT_EQ(items[0]["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(items[0]["trends"]["themes"], json({"scam_centres", "online_recruitment"}));
  EXPECT_EQ(items[0]["trends"]["text"], "Lừa sang Campuchia qua Facebook.");
  EXPECT_EQ(items[0]["recommendations"]["themes"], json::array());
  EXPECT_EQ(items[1]["respondent"], "group");
  EXPECT_EQ(items[1]["group_name"], "Nhóm 1");
  EXPECT_EQ(items[1]["group_size"], 2);
  EXPECT_TRUE(items[1]["officer_id"].is_null());

  // The same participant or group again is a conflict; so is a withdrawn or foreign officer's answer refused.
  UserClient& trainer = world_->as("trainer.hq");
  EXPECT_EQ(trainer.post(course_path(course_ls_, "/assessments"),
                         {{"officer_id", officer_a_}, {"trends", section({"scam_centres"})}}).status, 409);
  EXPECT_EQ(trainer.post(course_path(course_ls_, "/assessments"),
                         {{"group_name", "Nhóm 1"}, {"group_size", 1}, {"trends", section({"scam_centres"})}}).status,
            409);
  HttpReply foreign = trainer.post(course_path(course_ls_, "/assessments"),
                                   {{"officer_id", officer_c_}, {"trends", section({"scam_centres"})}});
  EXPECT_EQ(foreign.status, 400) << foreign.body;
  EXPECT_TRUE(foreign.error_fields().contains("officer_id")) << foreign.body;
  HttpReply too_big = trainer.post(course_path(course_ls_, "/assessments"),
                                   {{"group_name", "Nhóm lớn"}, {"group_size", 4}, {"trends", section({"scam_centres"})}});
  EXPECT_EQ(too_big.status, 400) << too_big.body;
  EXPECT_TRUE(too_big.error_fields().contains("group_size")) << too_big.body;
  EXPECT_EQ(world_->as("analyst.hq").get(course_path(course_ls_, "/assessments")).json_body()["items"].size(), 2u)
      << "nothing refused was stored";
}

TEST_F(TrainingAssessments, ValidationNamesEachBadField) {
  UserClient& trainer = world_->as("trainer.hq");
  HttpReply theme = trainer.post(course_path(course_ls_, "/assessments"),
                                 {{"officer_id", officer_b_}, {"trends", section({"scam_centres", "weather"})}});
  EXPECT_EQ(theme.status, 400);
  EXPECT_TRUE(theme.error_fields().contains("trends.themes[1]")) << theme.body;
  HttpReply both = trainer.post(course_path(course_ls_, "/assessments"),
                                {{"officer_id", officer_b_}, {"group_name", "Nhóm 2"}, {"group_size", 2},
                                 {"trends", section({"scam_centres"})}});
  EXPECT_EQ(both.status, 400);
  EXPECT_TRUE(both.error_fields().contains("officer_id")) << both.body;
  EXPECT_TRUE(both.error_fields().contains("group_name")) << both.body;
  HttpReply neither = trainer.post(course_path(course_ls_, "/assessments"), {{"trends", section({"scam_centres"})}});
  EXPECT_EQ(neither.status, 400);
  EXPECT_TRUE(neither.error_fields().contains("officer_id")) << neither.body;
  HttpReply empty = trainer.post(course_path(course_ls_, "/assessments"), {{"officer_id", officer_b_}});
  EXPECT_EQ(empty.status, 400);
  EXPECT_TRUE(empty.error_fields().contains("sections")) << empty.body;
  HttpReply wrong_list = trainer.post(course_path(course_ls_, "/assessments"),
                                      {{"officer_id", officer_b_}, {"recommendations", section({"legal_gaps"})}});
  EXPECT_EQ(wrong_list.status, 400);
  EXPECT_TRUE(wrong_list.error_fields().contains("recommendations.themes[0]")) << wrong_list.body;
  HttpReply unknown_course = trainer.post(course_path(999999, "/assessments"),
                                          {{"officer_id", officer_b_}, {"trends", section({"scam_centres"})}});
  EXPECT_EQ(unknown_course.status, 404) << unknown_course.body;
}

TEST_F(TrainingAssessments, SummaryCountsByProvinceAndTheme) {
  record();
  HttpReply r = world_->as("analyst.hq").get("/api/v1/training/assessments/summary?year=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  json provinces = r.json_body()["provinces"];
  ASSERT_EQ(provinces.size(), 2u) << r.body;
  const json& ls = provinces[0];
  EXPECT_EQ(ls["province_code"], "LS");
  EXPECT_EQ(ls["assessments"], 2);
  EXPECT_EQ(ls["participant_answers"], 1);
  EXPECT_EQ(ls["group_answers"], 1);
  EXPECT_EQ(ls["people"], 3);
  const json& trends = ls["sections"]["trends"];
  EXPECT_EQ(trends["answers"], 2);
  ASSERT_EQ(trends["themes"].size(), 2u);
  EXPECT_EQ(trends["themes"][0], json({{"theme", "scam_centres"}, {"answers", 2}, {"group_answers", 1}, {"people", 3}}));
  EXPECT_EQ(trends["themes"][1]["theme"], "online_recruitment");
  EXPECT_EQ(trends["themes"][1]["people"], 1);
  ASSERT_EQ(trends["texts"].size(), 1u);
  EXPECT_EQ(trends["texts"][0]["course_code"], "TH-2026-LS-01");
  const json& recs = ls["sections"]["recommendations"];
  EXPECT_EQ(recs["texts"][0]["respondent"], "group");
  EXPECT_EQ(recs["texts"][0]["group_size"], 2);
  EXPECT_EQ(provinces[1]["province_code"], "QN");
  EXPECT_EQ(provinces[1]["sections"]["trends"]["themes"][0]["theme"], "forced_marriage");

  HttpReply qn = world_->as("analyst.hq").get("/api/v1/training/assessments/summary?province=QN");
  ASSERT_EQ(qn.status, 200);
  EXPECT_EQ(qn.json_body()["provinces"].size(), 1u);
  EXPECT_EQ(world_->as("analyst.hq").get("/api/v1/training/assessments/summary?year=2025").json_body()["provinces"].size(),
            0u);
}

TEST_F(TrainingAssessments, CommandersSeeTheirUnitsOnly) {
  record();
  UserClient& commander = world_->as("commander.ls");
  HttpReply ls = commander.get(course_path(course_ls_, "/assessments"));
  ASSERT_EQ(ls.status, 200);
  EXPECT_EQ(ls.json_body()["items"].size(), 2u) << "their participant's answer and the group of their course";
  HttpReply qn = commander.get(course_path(course_qn_, "/assessments"));
  ASSERT_EQ(qn.status, 200);
  EXPECT_EQ(qn.json_body()["items"].size(), 0u) << qn.body;
  HttpReply audit = world_->as("admin").get("/api/v1/audit?action=training.results.read");
  ASSERT_EQ(audit.status, 200);
  const json read_entries = audit.json_body();
  int commander_reads = 0;
  for (const auto& e : read_entries["items"]) {
    commander_reads += e["actor"] == "commander.ls" && e["record_type"] == "training_course" ? 1 : 0;
  }
  EXPECT_EQ(commander_reads, 2) << "a commander's reads of assessments are audited: " << audit.body;
  HttpReply summary = commander.get("/api/v1/training/assessments/summary");
  ASSERT_EQ(summary.status, 200);
  ASSERT_EQ(summary.json_body()["provinces"].size(), 1u);
  EXPECT_EQ(summary.json_body()["provinces"][0]["province_code"], "LS");
  EXPECT_EQ(commander.post(course_path(course_ls_, "/assessments"),
                           {{"officer_id", officer_b_}, {"trends", section({"scam_centres"})}}).status,
            403)
      << "commanders read, trainers record";
}

// The count rows of `list` by their key field.
std::map<std::string, std::pair<int, int>> counts(const json& list, const std::string& key) {
  std::map<std::string, std::pair<int, int>> out;
  for (const auto& c : list) out[c[key].get<std::string>()] = {c["participants"].get<int>(), c["trained"].get<int>()};
  return out;
}

TEST_F(TrainingReports, ReportFiguresMatchTheScenario) {
  HttpReply r = world_->as("analyst.hq").get("/api/v1/training/reports?year=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  json b = r.json_body();
  EXPECT_EQ(b["scope"], "all");
  EXPECT_EQ(b["participants"], 4);
  EXPECT_EQ(b["trained"], 3);
  auto provinces = counts(b["trained_by_province"], "province_code");
  EXPECT_EQ(provinces.size(), 2u);
  EXPECT_EQ(provinces["LS"], std::make_pair(3, 2));
  EXPECT_EQ(provinces["QN"], std::make_pair(1, 1));
  auto sexes = counts(b["trained_by_sex"], "sex");
  EXPECT_EQ(sexes["male"], std::make_pair(2, 2));
  EXPECT_EQ(sexes["female"], std::make_pair(2, 1));
  EXPECT_EQ(b["trained_by_sex"][0]["label_vi"], "Nữ");
  auto ranks = counts(b["trained_by_rank"], "rank");
  EXPECT_EQ(ranks.size(), 3u);
  EXPECT_EQ(ranks["trung_uy"], std::make_pair(1, 0));
  EXPECT_EQ(ranks["thieu_uy"], std::make_pair(2, 2));
  std::map<std::string, std::pair<int, int>> by_unit;
  for (const auto& u : b["trained_by_unit"]) by_unit[u["code"]] = {u["participants"].get<int>(), u["trained"].get<int>()};
  EXPECT_EQ(by_unit["DBP-LS-HUUNGHI"], std::make_pair(1, 1));
  EXPECT_EQ(by_unit["DBP-LS-TANTHANH"], std::make_pair(1, 0));
  EXPECT_EQ(by_unit["DBP-LS-CHIMA"], std::make_pair(1, 1));

  int posts = 0;
  for (const auto& [code, u] : units_) posts += (u["kind"] == "border_post" || u["kind"] == "border_gate") ? 1 : 0;
  EXPECT_EQ(b["coverage"]["posts_total"], posts);
  EXPECT_EQ(b["coverage"]["posts_covered"], 3);  // Hữu Nghị, Chi Ma and Móng Cái
  std::set<std::string> uncovered;
  for (const auto& u : b["coverage"]["posts_without_trained"]) uncovered.insert(u["code"]);
  EXPECT_EQ(uncovered.size(), static_cast<size_t>(posts - 3));
  EXPECT_EQ(uncovered.count("DBP-LS-TANTHANH"), 1u) << "B did not complete";
  EXPECT_EQ(uncovered.count("DBP-LS-HUUNGHI"), 0u);

  ASSERT_EQ(b["courses"].size(), 2u);
  std::map<std::string, json> courses;
  for (const auto& c : b["courses"]) courses[c["code"]] = c;
  const json& ls = courses["TH-2026-LS-01"];
  EXPECT_EQ(ls["participants"], 3);
  EXPECT_EQ(ls["completed"], 2);
  // Pre 50, 0, 0 and post 100, 50, 100: means 16.67 and 83.33, gain 66.67, normalized 66.67 / 83.33 = 0.8.
  EXPECT_EQ(ls["matched"], 3);
  EXPECT_NEAR(ls["mean_pre"].get<double>(), 50.0 / 3, 1e-6);
  EXPECT_NEAR(ls["mean_post"].get<double>(), 250.0 / 3, 1e-6);
  EXPECT_NEAR(ls["mean_gain"].get<double>(), 200.0 / 3, 1e-6);
  EXPECT_NEAR(ls["normalized_gain"].get<double>(), 0.8, 1e-9);
  EXPECT_EQ(courses["TH-2026-LS-01"]["title"]["vi"], "Phòng, chống mua bán người TH-2026-LS-01");
  EXPECT_EQ(courses["TH-2026-QN-01"]["completed"], 1);
  EXPECT_EQ(courses["TH-2026-QN-01"]["matched"], 0) << "no tests";
  EXPECT_TRUE(courses["TH-2026-QN-01"]["mean_pre"].is_null());
  ASSERT_EQ(b["modules"].size(), 1u);
  EXPECT_EQ(b["modules"][0]["module"], "M01");
  EXPECT_NEAR(b["modules"][0]["normalized_gain"].get<double>(), 0.8, 1e-9);
  // Question 2: right 0 of 3 before, 2 of 3 after (2/6); question 1: 1/3 then 3/3 (4/6).
  ASSERT_EQ(b["most_failed"].size(), 2u);
  EXPECT_EQ(b["most_failed"][0]["question_id"], question_2_);
  EXPECT_EQ(b["most_failed"][0]["answered"], 6);
  EXPECT_NEAR(b["most_failed"][0]["correct_share"].get<double>(), 2.0 / 6, 1e-9);
  EXPECT_EQ(b["most_failed"][0]["module"], "M01");
  EXPECT_EQ(b["most_failed"][1]["question_id"], question_1_);
  EXPECT_NEAR(b["most_failed"][1]["correct_share"].get<double>(), 4.0 / 6, 1e-9);

  HttpReply qn = world_->as("analyst.hq").get("/api/v1/training/reports?province=QN");
  ASSERT_EQ(qn.status, 200);
  EXPECT_EQ(qn.json_body()["participants"], 1);
  EXPECT_EQ(qn.json_body()["courses"].size(), 1u);
  HttpReply other_year = world_->as("analyst.hq").get("/api/v1/training/reports?year=2024");
  ASSERT_EQ(other_year.status, 200);
  EXPECT_EQ(other_year.json_body()["participants"], 0);
}

TEST_F(TrainingReports, CommandersSeeTheirSubtreeOfficersAndPostsOnly) {
  HttpReply r = world_->as("commander.ls").get("/api/v1/training/reports");
  ASSERT_EQ(r.status, 200) << r.body;
  json b = r.json_body();
  EXPECT_EQ(b["scope"], "BCH-LS");
  EXPECT_EQ(b["participants"], 3);
  EXPECT_EQ(b["trained"], 2);
  ASSERT_EQ(b["trained_by_province"].size(), 1u);
  EXPECT_EQ(b["trained_by_province"][0]["province_code"], "LS");
  int ls_posts = 0;
  for (const auto& [code, u] : units_) {
    ls_posts += (u["kind"] == "border_post" || u["kind"] == "border_gate") && u["province_code"] == "LS" ? 1 : 0;
  }
  EXPECT_EQ(b["coverage"]["posts_total"], ls_posts);
  EXPECT_EQ(b["coverage"]["posts_covered"], 2);
  ASSERT_EQ(b["courses"].size(), 1u);
  EXPECT_EQ(b["courses"][0]["code"], "TH-2026-LS-01");
}

TEST_F(TrainingReports, WorkbookDownloadsAsAnAttachment) {
  HttpReply r = world_->as("analyst.hq").get("/api/v1/training/reports.xlsx?year=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(r.header("Content-Disposition"), "attachment; filename=\"bao-cao-tap-huan-2026.xlsx\"");
  ASSERT_GT(r.body.size(), 1000u);
  EXPECT_EQ(r.body.substr(0, 2), "PK");
  // A zip names its members in clear: the workbook has its eleven sheets.
  EXPECT_NE(r.body.find("xl/worksheets/sheet11.xml"), std::string::npos) << "eleven sheets";
  EXPECT_NE(r.body.find("xl/sharedStrings.xml"), std::string::npos);
}

TEST_F(TrainingReports, ReadsAndExportsAreAudited) {
  ASSERT_EQ(world_->as("analyst.hq").get("/api/v1/training/reports?province=LS").status, 200);
  ASSERT_EQ(world_->as("analyst.hq").get("/api/v1/training/reports.xlsx?province=LS").status, 200);
  HttpReply log = world_->as("admin").get("/api/v1/audit?action=training.report.");
  ASSERT_EQ(log.status, 200) << log.body;
  std::set<std::string> actions;
  const json entries = log.json_body();
  for (const auto& e : entries["items"]) {
    if (e["actor"] == "analyst.hq") actions.insert(e["action"].get<std::string>());
  }
  EXPECT_EQ(actions.count("training.report.read"), 1u) << log.body;
  EXPECT_EQ(actions.count("training.report.export"), 1u) << log.body;
  HttpReply created_log = world_->as("admin").get("/api/v1/audit?action=training.assessment.create");
  ASSERT_EQ(created_log.status, 200);
}

TEST_F(TrainingReports, OfficersAndBadFiltersAreRefused) {
  UserClient& officer = world_->as("officer.ls");
  for (const std::string& path : std::vector<std::string>{"/api/v1/training/reports", "/api/v1/training/reports.xlsx",
                                 "/api/v1/training/assessments/summary", course_path(course_ls_, "/assessments")}) {
    EXPECT_EQ(officer.get(path).status, 403) << path;
  }
  EXPECT_EQ(officer.post(course_path(course_ls_, "/assessments"),
                         {{"officer_id", officer_a_}, {"trends", section({"scam_centres"})}}).status,
            403);
  UserClient& analyst = world_->as("analyst.hq");
  HttpReply year = analyst.get("/api/v1/training/reports?year=19");
  EXPECT_EQ(year.status, 400);
  EXPECT_TRUE(year.error_fields().contains("year")) << year.body;
  HttpReply province = analyst.get("/api/v1/training/reports.xlsx?province=ZZ");
  EXPECT_EQ(province.status, 400);
  EXPECT_TRUE(province.error_fields().contains("province")) << province.body;
  HttpReply unknown = analyst.get("/api/v1/training/assessments/summary?unit=5");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_TRUE(unknown.error_fields().contains("unit")) << unknown.body;
}

}  // namespace
}  // namespace frontline::api_test
