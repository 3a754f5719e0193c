// `frontline scan watch` beside the running server, and the scan alerts it
// raises (docs/scan.md): a high-risk post and a post naming a phone already
// on a case raise alerts for the unit; an ordinary post does not; a second
// pass raises nothing again; the dashboard shows the open alerts; an alert
// opens with its post scanned for the caller, is dismissed or saved as a
// lead on a case; scope, permissions and bad input.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

namespace fs = std::filesystem;

class ScanAlerts : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = ApiWorld::start(standard_users()); }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) GTEST_FAIL() << "the server did not come up";
  }
  static std::unique_ptr<ApiWorld> world_;
};
std::unique_ptr<ApiWorld> ScanAlerts::world_;

TEST_F(ScanAlerts, TheWatcherRaisesAlertsThatAreReviewedThroughTheApi) {
  // Alerts are raised for the provincial command: its investigator reviews them.
  UserClient& ls = world_->as("investigator.ls");
  json c = create_case(ls, "Vụ môi giới qua Zalo (thử)");
  ASSERT_TRUE(c.is_object());
  const int64_t case_id = c["id"].get<int64_t>();
  HttpReply add = ls.post("/api/v1/cases/" + std::to_string(case_id) + "/identifiers",
                          {{"kind", "phone"}, {"value", "0977 111 222"}});
  ASSERT_EQ(add.status, 201) << add.body;

  TempDir captures;
  std::ofstream(captures.path() / "posts.jsonl")
      << "{\"id\": \"fb-1\", \"text\": \"Việc nhẹ lương cao ở Campuchia, bao vé máy bay, giữ hộ chiếu, lương 1500$/tháng, "
         "liên hệ tele t.me/hr_kh88\"}\n"
      << "{\"id\": \"fb-2\", \"text\": \"Cô Lan bán rau sạch ở chợ Đông Kinh, hàng tươi mỗi sáng, đặt hàng gọi "
         "0977111222\"}\n"
      << "{\"id\": \"fb-3\", \"text\": \"Cửa hàng quần áo ở quận 3 tuyển nhân viên bán hàng, lương 7 triệu/tháng, có "
         "hợp đồng và BHXH\"}\n"
      << "not json\n";
  const std::string data = world_->data_dir().string();
  CommandResult first = run_cli({"scan", "watch", captures.path().string(), "--data", data, "--unit", "BCH-LS", "--once"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("4 posts, 2 alerts (1 high risk, 1 with known identifiers), 1 unreadable"), std::string::npos)
      << first.err;
  CommandResult again = run_cli({"scan", "watch", captures.path().string(), "--data", data, "--unit", "BCH-LS", "--once"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 posts, 0 alerts"), std::string::npos) << again.err;

  // The command line sees the same with --data (as the system: every unit).
  CommandResult cli = run_cli({"scan", "--text", "Gọi 0977 111 222 để đi làm", "--data", data});
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  const json line = json::parse(cli.out);
  ASSERT_EQ(line["identifiers"].size(), 1u) << cli.out;
  EXPECT_EQ(line["identifiers"][0]["known"]["cases"][0]["case_id"], case_id) << cli.out;
  CommandResult plain = run_cli({"scan", "--text", "Gọi 0977 111 222 để đi làm"});
  EXPECT_FALSE(json::parse(plain.out)["identifiers"][0].contains("known"));  // no data directory: not checked

  // Listed for the unit, riskiest first, and on the dashboard.
  HttpReply list = ls.get("/api/v1/scan-alerts?status=open");
  ASSERT_EQ(list.status, 200) << list.body;
  json items = list.json_body()["items"];
  ASSERT_EQ(items.size(), 2u) << list.body;
  EXPECT_EQ(items[0]["post_id"], "fb-1");
  EXPECT_EQ(items[0]["reasons"], json::array({"high_risk"}));
  EXPECT_EQ(items[1]["post_id"], "fb-2");
  EXPECT_EQ(items[1]["reasons"], json::array({"known_identifier"}));
  EXPECT_EQ(items[1]["known"], 1);
  EXPECT_EQ(items[1]["source"], "posts.jsonl");
  EXPECT_EQ(items[1]["item"], 2);
  EXPECT_TRUE(items[0].find("text") == items[0].end());  // the list carries an excerpt only
  HttpReply dash = ls.get("/api/v1/dashboard");
  ASSERT_EQ(dash.status, 200);
  EXPECT_EQ(dash.json_body()["scan_alerts"]["count"], 2);

  // Opened: the post and a scan of it now, with the case that knows the phone.
  const int64_t known_id = items[1]["id"].get<int64_t>();
  HttpReply one = ls.get("/api/v1/scan-alerts/" + std::to_string(known_id));
  ASSERT_EQ(one.status, 200) << one.body;
  json alert = one.json_body();
  EXPECT_NE(alert["text"].get<std::string>().find("0977111222"), std::string::npos);
  ASSERT_EQ(alert["scan"]["identifiers"].size(), 1u) << alert.dump();
  EXPECT_EQ(alert["scan"]["identifiers"][0]["known"]["cases"][0]["case_id"], case_id);

  // A border post below the command, another province's officer: neither
  // lists nor opens them; a trainer may not scan.
  EXPECT_EQ(world_->as("officer.ls").get("/api/v1/scan-alerts").json_body()["total"], 0);
  EXPECT_EQ(world_->as("officer.qn").get("/api/v1/scan-alerts").json_body()["total"], 0);
  EXPECT_EQ(world_->as("officer.qn").get("/api/v1/scan-alerts/" + std::to_string(known_id)).status, 404);
  EXPECT_EQ(world_->as("trainer.hq").get("/api/v1/scan-alerts").status, 403);
  EXPECT_EQ(world_->as("analyst.hq").get("/api/v1/scan-alerts").json_body()["total"], 2);  // HQ sees all units
  EXPECT_EQ(world_->as("analyst.hq").post("/api/v1/scan-alerts/" + std::to_string(known_id) + "/dismiss", json::object()).status,
            403);  // analysts read, they do not review

  // Saved as a lead on the case, with its phone (already there: skipped).
  HttpReply saved = ls.post("/api/v1/scan-alerts/" + std::to_string(known_id) + "/lead",
                            {{"case_id", case_id}, {"add_identifiers", true}, {"note", "từ cảnh báo"}});
  ASSERT_EQ(saved.status, 201) << saved.body;
  json s = saved.json_body();
  EXPECT_EQ(s["alert"]["status"], "saved");
  EXPECT_EQ(s["alert"]["lead_id"], s["lead"]["id"]);
  EXPECT_EQ(s["lead"]["case_id"], case_id);
  EXPECT_EQ(ls.post("/api/v1/scan-alerts/" + std::to_string(known_id) + "/dismiss", json::object()).status, 409);

  // The other is dismissed; a stale version or a bad body changes nothing.
  const std::string high = "/api/v1/scan-alerts/" + std::to_string(items[0]["id"].get<int64_t>());
  HttpReply stale = ls.post(high + "/dismiss", {{"expected_version", 7}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  HttpReply bad = ls.post(high + "/dismiss", {{"expected_version", "one"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_TRUE(bad.error_fields().contains("expected_version")) << bad.body;
  HttpReply dismissed = ls.post(high + "/dismiss", {{"expected_version", 1}});
  ASSERT_EQ(dismissed.status, 200) << dismissed.body;
  EXPECT_EQ(dismissed.json_body()["status"], "dismissed");
  EXPECT_EQ(ls.get("/api/v1/dashboard").json_body()["scan_alerts"]["count"], 0);
  HttpReply bad_status = ls.get("/api/v1/scan-alerts?status=closed");
  EXPECT_EQ(bad_status.status, 400);
  EXPECT_TRUE(bad_status.error_fields().contains("status"));

  // The watcher refuses an unknown unit or a missing folder.
  EXPECT_NE(run_cli({"scan", "watch", captures.path().string(), "--data", data, "--unit", "NOPE", "--once"}).exit_code, 0);
  EXPECT_NE(run_cli({"scan", "watch", (captures.path() / "none").string(), "--data", data, "--once"}).exit_code, 0);
}

}  // namespace
}  // namespace frontline::api_test
