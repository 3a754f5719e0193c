// Cases over HTTP: creation and numbering, reading, partial updates with
// optimistic concurrency, every list filter and paging, and the workflow of
// statuses with its illegal moves.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class CasesApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    // Three cases that differ in every filtered attribute.
    scam_ = create_case(world_->as("officer.ls"), "Lừa đảo lao động sang Căm-pu-chia",
                        {{"trafficking_form", "forced_criminality"},
                         {"reported_on", "2020-03-15"},
                         {"summary", "Nạn nhân bị đưa sang Campuchia làm việc cho trung tâm lừa đảo trực tuyến."},
                         {"route", {{"origin_country", "VN"}, {"destination_country", "KH"}}},
                         {"recruitment", {{"channel", "online_platform"}, {"platform", "facebook"}}}});
    marriage_ = create_case(world_->as("investigator.ls"), "Môi giới kết hôn trái phép với người nước ngoài",
                            {{"trafficking_form", "forced_marriage"},
                             {"reported_on", "2021-06-01"},
                             {"unit_code", "DBP-LS-TANTHANH"},
                             {"province_code", "02"}});  // Hà Giang, merged into Tuyên Quang in 2025
    border_ = create_case(world_->as("officer.ls"), "Vận chuyển người qua biên giới Trung Quốc",
                          {{"trafficking_form", "sexual_exploitation"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || !scam_.is_object() || !marriage_.is_object() || !border_.is_object()) {
      GTEST_FAIL() << "the server or the suite's cases did not come up";
    }
  }
  static std::string path_of(const json& c) { return "/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()); }
  // Ids listed by `who` for `query` (the part after '?'); the reply must be 200.
  static std::set<int64_t> ids_for(const std::string& query, const std::string& who = "investigator.ls") {
    HttpReply r = world_->as(who).get("/api/v1/cases?limit=200&" + query);
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    const json body = r.json_body();
    std::set<int64_t> ids;
    for (const auto& c : body["items"]) {
      ids.insert(c["id"].get<int64_t>());
    }
    EXPECT_EQ(body.value("total", int64_t{-1}), static_cast<int64_t>(ids.size())) << query;
    return ids;
  }
  static bool has(const std::set<int64_t>& ids, const json& c) { return ids.count(c["id"].get<int64_t>()) > 0; }
  // A 409 from a final state: the error lists no next state (the server
  // leaves "allowed" out when the list is empty).
  static bool no_next_states(const HttpReply& r) {
    const json e = r.json_body()["error"];
    return r.status == 409 && e["code"] == "conflict" && (!e.contains("allowed") || e["allowed"].empty());
  }

  static inline std::unique_ptr<ApiWorld> world_;
  static inline json scam_;
  static inline json marriage_;
  static inline json border_;
};

TEST_F(CasesApi, CreateAnswers201WithIdNumberAndStatus) {
  HttpReply r = world_->as("officer.ls").post("/api/v1/cases", case_body("Tiếp nhận tin báo tại Đồng Đăng"));
  ASSERT_EQ(r.status, 201) << r.body;
  json c = r.json_body();
  EXPECT_GT(c["id"].get<int64_t>(), 0);
  EXPECT_EQ(c["status"], "reported");
  EXPECT_EQ(c["unit_code"], "DBP-LS-HUUNGHI");  // the creator's unit by default
  EXPECT_EQ(c["province_code"], "LS");          // and its province
  EXPECT_EQ(c["version"], 1);
  EXPECT_EQ(c["title"], "Tiếp nhận tin báo tại Đồng Đăng");
  const std::string year = c["reported_on"].get<std::string>().substr(0, 4);  // today by default
  EXPECT_TRUE(std::regex_match(c["number"].get<std::string>(), std::regex("LS-" + year + "-[0-9]{4,}")))
      << c["number"];
}

TEST_F(CasesApi, NumbersAreUniqueAndFollowTheProvinceSequence) {
  std::vector<std::string> numbers;
  for (int i = 0; i < 5; ++i) {
    json c = create_case(world_->as("officer.ls"), "Vụ việc đánh số " + std::to_string(i));
    ASSERT_TRUE(c.is_object());
    numbers.push_back(c["number"]);
  }
  std::set<std::string> unique(numbers.begin(), numbers.end());
  EXPECT_EQ(unique.size(), numbers.size());
  const std::regex format("([A-Z]{2,3})-(20[0-9]{2})-([0-9]{4,})");
  for (size_t i = 0; i < numbers.size(); ++i) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(numbers[i], m, format)) << numbers[i];
    EXPECT_EQ(m[1], "LS");
    if (i > 0) {
      std::smatch prev;
      std::regex_match(numbers[i - 1], prev, format);
      EXPECT_EQ(std::stoll(m[3]), std::stoll(prev[3]) + 1) << numbers[i - 1] << " then " << numbers[i];
    }
  }
  // A case filed under a former province is numbered in its successor's scheme.
  EXPECT_EQ(marriage_["number"].get<std::string>().substr(0, 3), "TQ-");
  EXPECT_EQ(marriage_["province_code"], "02");
}

TEST_F(CasesApi, ReadReturnsTheCaseWithAllowedTransitions) {
  HttpReply r = world_->as("officer.ls").get(path_of(scam_));
  ASSERT_EQ(r.status, 200) << r.body;
  json c = r.json_body();
  EXPECT_EQ(c["number"], scam_["number"]);
  EXPECT_EQ(c["trafficking_form"], "forced_criminality");
  EXPECT_EQ(c["reported_on"], "2020-03-15");
  EXPECT_EQ(c["route"]["destination_country"], "KH");
  EXPECT_EQ(c["recruitment"]["platform"], "facebook");
  EXPECT_EQ(c["allowed_transitions"], json::array({"under_verification", "dismissed", "merged"}));
  EXPECT_EQ(world_->as("officer.ls").get("/api/v1/cases/987654").status, 404);
}

TEST_F(CasesApi, PatchChangesOnlyGivenFieldsAndChecksTheVersion) {
  json c = create_case(world_->as("officer.ls"), "Tiêu đề ban đầu", {{"summary", "Tóm tắt ban đầu"}});
  ASSERT_TRUE(c.is_object());
  UserClient& officer = world_->as("officer.ls");
  HttpReply r = officer.patch(path_of(c), {{"title", "Tiêu đề đã sửa"}, {"version", 1}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["title"], "Tiêu đề đã sửa");
  EXPECT_EQ(r.json_body()["summary"], "Tóm tắt ban đầu");
  EXPECT_EQ(r.json_body()["version"], 2);

  HttpReply stale = officer.patch(path_of(c), {{"summary", "Ghi đè"}, {"version", 1}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.error_code(), "conflict");

  HttpReply read = officer.get(path_of(c));
  EXPECT_EQ(read.json_body()["title"], "Tiêu đề đã sửa");
  EXPECT_EQ(read.json_body()["summary"], "Tóm tắt ban đầu");
  EXPECT_EQ(read.json_body()["version"], 2);
  // The edit is searchable at once.
  EXPECT_TRUE(has(ids_for("q=" + url_encode("đã sửa"), "officer.ls"), c));
}

TEST_F(CasesApi, FilterByStatus) {
  json c = create_case(world_->as("officer.ls"), "Vụ việc lọc theo trạng thái");
  ASSERT_TRUE(c.is_object());
  ASSERT_EQ(world_->as("officer.ls").post(path_of(c) + "/transitions", {{"to", "under_verification"}}).status, 200);
  auto verifying = ids_for("status=under_verification");
  EXPECT_TRUE(has(verifying, c));
  EXPECT_FALSE(has(verifying, scam_));
  auto either = ids_for("status=reported,under_verification");
  EXPECT_TRUE(has(either, c));
  EXPECT_TRUE(has(either, scam_));
  EXPECT_FALSE(has(ids_for("status=closed"), c));
}

TEST_F(CasesApi, FilterByUnitIncludesUnitsBelow) {
  auto tanthanh = ids_for("unit=DBP-LS-TANTHANH");
  EXPECT_TRUE(has(tanthanh, marriage_));
  EXPECT_FALSE(has(tanthanh, scam_));
  EXPECT_FALSE(has(tanthanh, border_));
  auto province = ids_for("unit=BCH-LS");
  EXPECT_TRUE(has(province, marriage_) && has(province, scam_) && has(province, border_));
}

TEST_F(CasesApi, FilterByProvinceMatchesFormerProvinces) {
  auto tq = ids_for("province=TQ");
  EXPECT_TRUE(has(tq, marriage_));
  EXPECT_FALSE(has(tq, scam_));
  EXPECT_TRUE(has(ids_for("province=02"), marriage_));
  auto ls = ids_for("province=LS");
  EXPECT_TRUE(has(ls, scam_));
  EXPECT_FALSE(has(ls, marriage_));
}

TEST_F(CasesApi, FilterByTraffickingForm) {
  auto marriage = ids_for("trafficking_form=forced_marriage");
  EXPECT_EQ(marriage, std::set<int64_t>{marriage_["id"].get<int64_t>()});
  auto scams = ids_for("trafficking_form=forced_criminality");
  EXPECT_TRUE(has(scams, scam_));
  EXPECT_FALSE(has(scams, border_));
}

TEST_F(CasesApi, FilterByReportedDateRangeIsInclusive) {
  EXPECT_EQ(ids_for("from=2020-01-01&to=2020-12-31"), std::set<int64_t>{scam_["id"].get<int64_t>()});
  EXPECT_EQ(ids_for("from=2020-03-15&to=2020-03-15"), std::set<int64_t>{scam_["id"].get<int64_t>()});
  auto later = ids_for("from=2021-01-01");
  EXPECT_TRUE(has(later, marriage_) && has(later, border_));
  EXPECT_FALSE(has(later, scam_));
  EXPECT_EQ(ids_for("to=2021-06-01"),
            (std::set<int64_t>{scam_["id"].get<int64_t>(), marriage_["id"].get<int64_t>()}));
}

// Free text is folded (accents, đ, case) on both sides; hyphens split words.
TEST_F(CasesApi, FreeTextSearchIgnoresAccentsAndCase) {
  const std::set<int64_t> scam = {scam_["id"].get<int64_t>()};
  EXPECT_EQ(ids_for("q=campuchia"), scam);             // summary "Campuchia"
  EXPECT_EQ(ids_for("q=CAMPUCHIA"), scam);
  EXPECT_EQ(ids_for("q=" + url_encode("Căm-pu-chia")), scam);  // title "Căm-pu-chia"
  EXPECT_EQ(ids_for("q=cam%20pu%20chia"), scam);
  EXPECT_EQ(ids_for("q=lua%20dao"), scam);                    // "Lừa đảo"
  EXPECT_EQ(ids_for("q=" + url_encode("LỪA ĐẢO")), scam);
  EXPECT_EQ(ids_for("q=" + url_encode("trung quốc")), std::set<int64_t>{border_["id"].get<int64_t>()});
  EXPECT_EQ(ids_for("q=ket%20hon"), std::set<int64_t>{marriage_["id"].get<int64_t>()});
  EXPECT_EQ(ids_for("q=" + url_encode(scam_["number"].get<std::string>())), scam);
  EXPECT_TRUE(ids_for("q=khongcotukhoanay").empty());
  // Text combines with the other filters.
  EXPECT_TRUE(ids_for("q=campuchia&trafficking_form=forced_marriage").empty());
  // Search syntax characters are plain text, never a server error.
  for (const std::string q : {"\"", "a\"b", "NEAR(a", "*", "a OR", "^", "-x", "'; DROP TABLE cases;--"}) {
    HttpReply r = world_->as("investigator.ls").get("/api/v1/cases?q=" + url_encode(q));
    EXPECT_EQ(r.status, 200) << q << ": " << r.body;
  }
}

TEST_F(CasesApi, PagingWithOffsetAndLimit) {
  std::set<int64_t> made;
  for (int i = 0; i < 7; ++i) {
    json c = create_case(world_->as("officer.ls2"), "Phân trang " + std::to_string(i), {{"summary", "pagemarker"}});
    ASSERT_TRUE(c.is_object());
    made.insert(c["id"].get<int64_t>());
  }
  std::set<int64_t> seen;
  int64_t last_id = INT64_MAX;
  for (int offset : {0, 3, 6}) {
    HttpReply r = world_->as("officer.ls2").get("/api/v1/cases?q=pagemarker&limit=3&offset=" + std::to_string(offset));
    ASSERT_EQ(r.status, 200) << r.body;
    const json page = r.json_body();
    EXPECT_EQ(page["total"], 7);
    EXPECT_EQ(page["offset"], offset);
    EXPECT_EQ(page["limit"], 3);
    EXPECT_EQ(page["items"].size(), offset == 6 ? 1u : 3u);
    for (const auto& c : page["items"]) {
      const int64_t id = c["id"];
      EXPECT_LT(id, last_id) << "pages are ordered newest first without overlap";
      last_id = id;
      seen.insert(id);
    }
  }
  EXPECT_EQ(seen, made);
  HttpReply beyond = world_->as("officer.ls2").get("/api/v1/cases?q=pagemarker&limit=3&offset=50");
  ASSERT_EQ(beyond.status, 200);
  EXPECT_EQ(beyond.json_body()["total"], 7);
  EXPECT_TRUE(beyond.json_body()["items"].empty());
}

TEST_F(CasesApi, WorkflowFromReportToClosed) {
  json c = create_case(world_->as("officer.ls"), "Vụ việc đi hết quy trình");
  ASSERT_TRUE(c.is_object());
  const std::string path = path_of(c) + "/transitions";
  UserClient& officer = world_->as("officer.ls");
  UserClient& investigator = world_->as("investigator.ls");
  HttpReply v = officer.post(path, {{"to", "under_verification"}, {"note", "đã xác minh nguồn tin"}});
  ASSERT_EQ(v.status, 200) << v.body;
  EXPECT_EQ(v.json_body()["status"], "under_verification");
  ASSERT_EQ(officer.post(path, {{"to", "under_investigation"}}).status, 200);
  // Procuracy and court stages belong to investigators and commanders.
  HttpReply denied = officer.post(path, {{"to", "transferred_to_procuracy"}});
  EXPECT_EQ(denied.status, 403) << denied.body;
  for (const std::string to : {"transferred_to_procuracy", "prosecuted", "closed"}) {
    HttpReply r = investigator.post(path, {{"to", to}});
    ASSERT_EQ(r.status, 200) << to << ": " << r.body;
    EXPECT_EQ(r.json_body()["status"], to);
  }
  HttpReply closed = officer.get(path_of(c));
  EXPECT_EQ(closed.json_body()["status"], "closed");
  EXPECT_EQ(closed.json_body()["version"], 6);
  EXPECT_TRUE(closed.json_body()["allowed_transitions"].empty());
  // Each move is on the timeline, with its note.
  HttpReply events = officer.get(path_of(c) + "/events");
  const json timeline = events.json_body();
  std::vector<std::string> moves;
  bool note_seen = false;
  for (const auto& e : timeline["items"]) {
    if (e["kind"] == "status_change") {
      moves.push_back(e["status_from"].get<std::string>() + ">" + e["status_to"].get<std::string>());
      note_seen = note_seen || e["description"] == "đã xác minh nguồn tin";
    } else {
      EXPECT_TRUE(e["status_from"].is_null() && e["status_to"].is_null()) << e.dump();
    }
  }
  EXPECT_EQ(moves, (std::vector<std::string>{"reported>under_verification", "under_verification>under_investigation",
                                             "under_investigation>transferred_to_procuracy",
                                             "transferred_to_procuracy>prosecuted", "prosecuted>closed"}));
  EXPECT_TRUE(note_seen);
  // A closed case is final.
  EXPECT_EQ(investigator.patch(path_of(c), {{"title", "Sửa sau khi đóng"}}).status, 409);
  HttpReply again = investigator.post(path, {{"to", "under_investigation"}});
  EXPECT_EQ(again.status, 409);
  EXPECT_TRUE(no_next_states(again)) << again.body;
}

TEST_F(CasesApi, IllegalMoveAnswers409NamingTheAllowedNextStates) {
  json c = create_case(world_->as("officer.ls"), "Vụ việc chuyển sai bước");
  ASSERT_TRUE(c.is_object());
  HttpReply r = world_->as("investigator.ls").post(path_of(c) + "/transitions", {{"to", "prosecuted"}});
  ASSERT_EQ(r.status, 409) << r.body;
  EXPECT_EQ(r.error_code(), "conflict");
  EXPECT_EQ(r.json_body()["error"]["allowed"], json::array({"under_verification", "dismissed", "merged"}));
  EXPECT_EQ(world_->as("officer.ls").get(path_of(c)).json_body()["status"], "reported");
}

TEST_F(CasesApi, DismissedBranchIsFinal) {
  json c = create_case(world_->as("officer.ls"), "Tin báo không có căn cứ");
  ASSERT_TRUE(c.is_object());
  const std::string path = path_of(c) + "/transitions";
  ASSERT_EQ(world_->as("officer.ls").post(path, {{"to", "under_verification"}}).status, 200);
  HttpReply d = world_->as("officer.ls").post(path, {{"to", "dismissed"}, {"note", "không đủ căn cứ"}});
  ASSERT_EQ(d.status, 200) << d.body;
  EXPECT_EQ(d.json_body()["status"], "dismissed");
  HttpReply back = world_->as("officer.ls").post(path, {{"to", "under_verification"}});
  EXPECT_EQ(back.status, 409);
  EXPECT_TRUE(no_next_states(back)) << back.body;
}

TEST_F(CasesApi, MergeNeedsAnOpenTargetAndRecordsIt) {
  json source = create_case(world_->as("officer.ls"), "Vụ việc trùng lặp");
  json target = create_case(world_->as("officer.ls"), "Vụ việc gốc");
  ASSERT_TRUE(source.is_object() && target.is_object());
  const std::string path = path_of(source) + "/transitions";
  HttpReply missing = world_->as("officer.ls").post(path, {{"to", "merged"}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_TRUE(missing.error_fields().contains("merged_into")) << missing.body;
  HttpReply foreign = world_->as("officer.ls").post(path, {{"to", "merged"}, {"merged_into", 999999}});
  EXPECT_EQ(foreign.status, 400);
  HttpReply ok = world_->as("officer.ls").post(path, {{"to", "merged"}, {"merged_into", target["id"]}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json_body()["status"], "merged");
  EXPECT_EQ(ok.json_body()["merged_into"], target["id"]);
}

}  // namespace
}  // namespace frontline::api_test
