// Watchlists over HTTP: the role matrix (who reads, who manages, the owner
// unit rule), masking of potential victims, 400s naming their fields, CSV
// import as text/csv and as JSON with its per-row report, and deactivation.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class WatchlistsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start(standard_users());
    if (!world_) {
      return;
    }
    HttpReply r = world_->as("investigator.ls")
                      .post("/api/v1/watchlists", {{"name", "Người mất tích (thử)"},
                                                   {"type", "missing_persons"},
                                                   {"source", "Công an tỉnh Lạng Sơn, công văn 45 (thử)"}});
    if (r.status != 201) {
      ADD_FAILURE() << r.body;
      return;
    }
    missing_ = r.json_body()["id"].get<int64_t>();
    HttpReply e = world_->as("investigator.ls")
                      .post(entries(missing_), {{"identity", {{"full_name", "Vi Thị Thử"}, {"date_of_birth", "2006"}}},
                                                {"sex", "female"},
                                                {"nationality", "VN"}});
    if (e.status != 201) {
      ADD_FAILURE() << e.body;
      return;
    }
    entry_ = e.json_body()["id"].get<int64_t>();
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_ || entry_ == 0) {
      GTEST_FAIL() << "the server or the suite's data did not come up";
    }
  }
  static std::string list(int64_t id) { return "/api/v1/watchlists/" + std::to_string(id); }
  static std::string entries(int64_t id) { return list(id) + "/entries"; }
  static std::string entry(int64_t id) { return "/api/v1/watchlist-entries/" + std::to_string(id); }

  static std::unique_ptr<ApiWorld> world_;
  static int64_t missing_;
  static int64_t entry_;
};

std::unique_ptr<ApiWorld> WatchlistsApi::world_;
int64_t WatchlistsApi::missing_ = 0;
int64_t WatchlistsApi::entry_ = 0;

TEST_F(WatchlistsApi, RoleMatrix) {
  struct Row {
    std::string who;
    int read;
    int create;
    int add_entry;
    bool masked;
  };
  // The list is owned by BCH-LS; officer.qn reads it but manages nothing.
  const std::vector<Row> rows = {
      {"officer.ls", 200, 403, 403, false},     {"investigator.ls", 200, 201, 201, false},
      {"support.ls", 200, 403, 403, false},     {"commander.ls", 200, 201, 201, true},
      {"officer.qn", 200, 403, 403, false},     {"analyst.hq", 403, 403, 403, false},
      {"trainer.hq", 403, 403, 403, false},     {"admin", 403, 403, 403, false},
  };
  int n = 0;
  for (const auto& row : rows) {
    SCOPED_TRACE(row.who);
    UserClient& c = world_->as(row.who);
    EXPECT_EQ(c.get("/api/v1/watchlists").status, row.read);
    HttpReply got = c.get(entries(missing_));
    EXPECT_EQ(got.status, row.read) << got.body;
    if (got.status == 200) {
      const json item = got.json_body()["items"][0];
      EXPECT_EQ(item["masked"], row.masked);
      if (row.masked) {
        EXPECT_TRUE(item["identity"].is_null());
        EXPECT_EQ(item["label"].get<std::string>().substr(0, 2), "V-");
        EXPECT_EQ(got.body.find("Vi Thị Thử"), std::string::npos);
      } else {
        EXPECT_EQ(item["identity"]["full_name"], "Vi Thị Thử");
      }
    }
    EXPECT_EQ(c.post("/api/v1/watchlists", {{"name", "Danh sách " + row.who}, {"type", "flagged_phones"}}).status,
              row.create);
    HttpReply add = c.post(entries(missing_), {{"identity", {{"full_name", "Người Thử " + std::to_string(++n)}}}});
    EXPECT_EQ(add.status, row.add_entry) << add.body;
  }
}

TEST_F(WatchlistsApi, BadInputNamesEveryField) {
  UserClient& inv = world_->as("investigator.ls");
  HttpReply r = inv.post(entries(missing_), {{"identity", {{"date_of_birth", "2006-02-30"}, {"citizen_id", "12"}}},
                                             {"sex", "robot"},
                                             {"phone", "0912345678"},
                                             {"expires_on", "soon"}});
  ASSERT_EQ(r.status, 400) << r.body;
  const json f = r.error_fields();
  EXPECT_TRUE(f.contains("sex")) << r.body;  // the parser refuses before the service looks
  HttpReply r2 = inv.post(entries(missing_), {{"identity", {{"date_of_birth", "2006-02-30"}, {"citizen_id", "12"}}},
                                              {"phone", "0912345678"},
                                              {"expires_on", "soon"}});
  ASSERT_EQ(r2.status, 400) << r2.body;
  for (const char* name : {"identity.full_name", "identity.date_of_birth", "identity.citizen_id", "phone", "expires_on"}) {
    EXPECT_TRUE(r2.error_fields().contains(name)) << name << " in " << r2.body;
  }
  HttpReply l = inv.post("/api/v1/watchlists", {{"type", "pets"}});
  ASSERT_EQ(l.status, 400);
  EXPECT_TRUE(l.error_fields().contains("name"));
  EXPECT_TRUE(l.error_fields().contains("type"));
}

TEST_F(WatchlistsApi, CsvImportReportsEachBadRowAndImportsTheGoodOnes) {
  UserClient& inv = world_->as("investigator.ls");
  HttpReply created = inv.post("/api/v1/watchlists", {{"name", "Tài khoản tuyển dụng (thử)"}, {"type", "flagged_accounts"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const int64_t id = created.json_body()["id"].get<int64_t>();
  const std::string csv =
      "platform,handle,reason\nfacebook,viec.lam.thu.1,tuyển dụng lừa đảo (thử)\nmyspace,,\nzalo,@viec_lam_thu_2,\n";
  HttpReply r = inv.send("POST", list(id) + "/import", csv, "text/csv");
  ASSERT_EQ(r.status, 200) << r.body;
  const json rep = r.json_body();
  EXPECT_EQ(rep["rows"], 3);
  EXPECT_EQ(rep["imported"], 2);
  ASSERT_EQ(rep["errors"].size(), 1u);
  EXPECT_EQ(rep["errors"][0]["line"], 3);
  EXPECT_TRUE(rep["errors"][0]["fields"].contains("platform"));
  EXPECT_TRUE(rep["errors"][0]["fields"].contains("handle"));
  // A Vietnamese client reads the reasons in Vietnamese.
  httplib::Headers vi = {{"Authorization", "Bearer " + inv.token()}, {"Accept-Language", "vi"}};
  HttpReply in_vi = world_->http().send("POST", list(id) + "/import?strict=true", csv, "text/csv", vi);
  ASSERT_EQ(in_vi.status, 200) << in_vi.body;
  EXPECT_EQ(in_vi.json_body()["errors"][0]["fields"]["handle"], "bắt buộc") << in_vi.body;
  // The same file again as JSON: everything is a duplicate.
  HttpReply again = inv.post(list(id) + "/import", {{"csv", "platform,handle\nfacebook,https://facebook.com/viec.lam.thu.1\n"}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json_body()["imported"], 0);
  ASSERT_EQ(again.json_body()["duplicates"].size(), 1u);
  EXPECT_EQ(again.json_body()["duplicates"][0]["key"], "handle");
  // Strict: nothing from a file with a bad row.
  HttpReply strict = inv.send("POST", list(id) + "/import?strict=true", "platform,handle\ntiktok,thu3\nx,\n", "text/csv");
  ASSERT_EQ(strict.status, 200) << strict.body;
  EXPECT_EQ(strict.json_body()["imported"], 0);
  HttpReply page = inv.get(entries(id) + "?q=viec");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.json_body()["total"], 2);
  EXPECT_EQ(world_->as("officer.ls").send("POST", list(id) + "/import", csv, "text/csv").status, 403);
}

TEST_F(WatchlistsApi, DeleteDeactivatesAndIsAudited) {
  UserClient& inv = world_->as("investigator.ls");
  HttpReply add = inv.post(entries(missing_), {{"identity", {{"full_name", "Người Sẽ Xoá"}}}});
  ASSERT_EQ(add.status, 201) << add.body;
  const int64_t id = add.json_body()["id"].get<int64_t>();
  EXPECT_EQ(world_->as("officer.ls").del(entry(id)).status, 403);
  EXPECT_EQ(inv.del(entry(id)).status, 204);
  EXPECT_EQ(inv.del(entry(id)).status, 404);
  HttpReply got = inv.get(entry(id));
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.json_body()["active"], false);
  HttpReply audit = world_->as("admin").get("/api/v1/audit?action=watchlist.entry.deactivate");
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_NE(audit.body.find("\"" + std::to_string(id) + "\""), std::string::npos) << audit.body;
  EXPECT_EQ(audit.body.find("Người Sẽ Xoá"), std::string::npos);
}

}  // namespace
}  // namespace frontline::api_test

namespace frontline::api_test {
namespace {

// A person added to a case who is on a list: screening shows the entry with
// its list, the dashboard carries the alert for the case's unit only, and an
// officer reviews it once.
TEST(WatchlistAlertsApi, AlertFromACasePersonToTheDashboardAndItsReview) {
  auto world = ApiWorld::start(standard_users());
  ASSERT_TRUE(world);
  UserClient& inv = world->as("investigator.ls");
  HttpReply l = inv.post("/api/v1/watchlists", {{"name", "Đối tượng nghi vấn (thử)"}, {"type", "suspected_traffickers"}});
  ASSERT_EQ(l.status, 201) << l.body;
  const int64_t list_id = l.json_body()["id"].get<int64_t>();
  HttpReply e = inv.post("/api/v1/watchlists/" + std::to_string(list_id) + "/entries",
                         {{"identity", {{"full_name", "Lường Văn Thử"}, {"date_of_birth", "1980-02-03"}}},
                          {"sex", "male"}});
  ASSERT_EQ(e.status, 201) << e.body;
  const int64_t entry_id = e.json_body()["id"].get<int64_t>();

  UserClient& officer = world->as("officer.ls");
  HttpReply s = officer.post("/api/v1/screen", {{"full_name", "Thu Van Luong"}, {"date_of_birth", "1980-02-03"}});
  ASSERT_EQ(s.status, 200) << s.body;
  const json top = s.json_body()["candidates"][0];
  EXPECT_EQ(top["source"], "watchlist_entry");
  EXPECT_EQ(top["entry_id"], entry_id);
  EXPECT_TRUE(top["person_id"].is_null());
  EXPECT_EQ(top["list"]["id"], list_id);
  EXPECT_EQ(top["list"]["type"], "suspected_traffickers");
  EXPECT_EQ(top["display"]["full_name"], "Lường Văn Thử");

  json c = create_case(officer, "Vụ đưa người qua biên giới trái phép (thử)");
  ASSERT_TRUE(c.is_object());
  HttpReply p = officer.post("/api/v1/cases/" + std::to_string(c["id"].get<int64_t>()) + "/persons",
                             {{"role", "suspect"},
                              {"sex", "male"},
                              {"identity", {{"full_name", "Luong Van Thu"}, {"date_of_birth", "1980-02-03"}}}});
  ASSERT_EQ(p.status, 201) << p.body;
  const int64_t person_id = p.json_body()["id"].get<int64_t>();

  HttpReply d = officer.get("/api/v1/dashboard");
  ASSERT_EQ(d.status, 200) << d.body;
  const json alerts = d.json_body()["watchlist_alerts"];
  ASSERT_EQ(alerts["count"], 1) << d.body;
  const json a = alerts["items"][0];
  EXPECT_EQ(a["person_id"], person_id);
  EXPECT_EQ(a["entry_id"], entry_id);
  EXPECT_EQ(a["watchlist"]["id"], list_id);
  EXPECT_EQ(a["case"]["id"], c["id"]);
  EXPECT_EQ(a["status"], "open");
  // Pseudonyms only: the dashboard never carries the names.
  EXPECT_EQ(d.body.find("Lường"), std::string::npos);
  EXPECT_EQ(d.body.find("Luong"), std::string::npos);
  const std::string alert = "/api/v1/watchlist-alerts/" + std::to_string(a["id"].get<int64_t>());

  EXPECT_EQ(world->as("officer.qn").get("/api/v1/dashboard").json_body()["watchlist_alerts"]["count"], 0);
  EXPECT_EQ(world->as("officer.qn").get(alert).status, 404);
  EXPECT_TRUE(world->as("analyst.hq").get("/api/v1/dashboard").json_body()["watchlist_alerts"].is_null());

  HttpReply r = officer.post(alert + "/review", {{"decision", "dismissed"}, {"note", "Khác ngày sinh thật (thử)"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["status"], "dismissed");
  EXPECT_EQ(officer.post(alert + "/review", {{"decision", "confirmed"}}).status, 409);
  HttpReply open = officer.get("/api/v1/watchlist-alerts?status=open");
  ASSERT_EQ(open.status, 200);
  EXPECT_EQ(open.json_body()["total"], 0);
  HttpReply dismissed = officer.get("/api/v1/watchlist-alerts?status=dismissed");
  EXPECT_EQ(dismissed.json_body()["total"], 1);
}

}  // namespace
}  // namespace frontline::api_test
