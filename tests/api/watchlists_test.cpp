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
