// POST /api/v1/scan over the real server (docs/scan-api.md): a recruitment
// post scores high with the right flags, spans in code points and
// identifiers; a batch answers every item, bad ones with their error; an
// identifier recorded on a case comes back known, masked for another unit;
// a flagged watchlist entry is reported; permissions and audit.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

// The code points of UTF-8 `s` [start, end) as UTF-8 (what a JS client gets
// from Array.from(text).slice(start, end).join("")).
std::string cp_slice(const std::string& s, size_t start, size_t end) {
  std::string out;
  size_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (cp >= start && cp < end) {
      out.append(s, i, len);
    }
    i += len;
    cp += 1;
  }
  return out;
}

const json* flag_of(const json& item, const std::string& id) {
  for (const json& f : item["flags"]) {
    if (f["id"] == id) {
      return &f;
    }
  }
  return nullptr;
}

const json* identifier_of(const json& item, const std::string& kind) {
  for (const json& i : item["identifiers"]) {
    if (i["kind"] == kind) {
      return &i;
    }
  }
  return nullptr;
}

const std::string kPost =
    "Tuyển gấp 10 bạn nữ! Việc nhẹ lương cao 1500$/tháng tại Campuchia, bao ăn ở. "
    "Liên hệ qua Telegram t.me/tuyendung_cam hoặc gọi 0912 345 678.";

class ScanApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { world_ = ApiWorld::start(standard_users()); }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not come up";
    }
  }
  static HttpReply scan(const std::string& who, const json& body) { return world_->as(who).post("/api/v1/scan", body); }

  static std::unique_ptr<ApiWorld> world_;
};
std::unique_ptr<ApiWorld> ScanApi::world_;

TEST_F(ScanApi, ARecruitmentPostScoresHighWithItsFlagsSpansAndIdentifiers) {
  HttpReply r = scan("officer.ls", {{"text", kPost}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json_body();
  ASSERT_EQ(body["results"].size(), 1u);
  const json& item = body["results"][0];
  EXPECT_EQ(item["index"], 0);
  EXPECT_EQ(item["ok"], true);
  EXPECT_EQ(item["level"], "high") << item.dump();
  EXPECT_GE(item["risk"].get<double>(), 0.7);
  EXPECT_FALSE(item["explanation"].get<std::string>().empty());

  const json* light = flag_of(item, "pay.light_work_high_pay");
  ASSERT_NE(light, nullptr) << item.dump();
  EXPECT_EQ((*light)["category"], "pay");
  EXPECT_FALSE((*light)["rationale"].get<std::string>().empty());
  ASSERT_EQ((*light)["spans"].size(), 1u);
  const json& span = (*light)["spans"][0];
  // Code points: "Tuyển gấp 10 bạn nữ! " is 21 of them (and more bytes).
  EXPECT_EQ(span["start"], 21);
  EXPECT_EQ(span["end"], 39);
  EXPECT_EQ(span["text"], "Việc nhẹ lương cao");
  EXPECT_EQ(cp_slice(kPost, 21, 39), "Việc nhẹ lương cao");
  const json* cambodia = flag_of(item, "destination.cambodia_hubs");
  ASSERT_NE(cambodia, nullptr) << item.dump();
  for (const json& s : (*cambodia)["spans"]) {
    EXPECT_EQ(cp_slice(kPost, s["start"], s["end"]), s["text"].get<std::string>());
  }
  // Every span of every flag points at its text in code points.
  for (const json& f : item["flags"]) {
    for (const json& s : f["spans"]) {
      EXPECT_EQ(cp_slice(kPost, s["start"], s["end"]), s["text"].get<std::string>()) << f.dump();
    }
  }

  const json* phone = identifier_of(item, "phone");
  ASSERT_NE(phone, nullptr) << item.dump();
  EXPECT_EQ((*phone)["key"], "+84912345678");
  EXPECT_EQ(cp_slice(kPost, (*phone)["start"], (*phone)["end"]), (*phone)["value"].get<std::string>());
  EXPECT_EQ((*phone)["known"]["cases"], json::array());
  EXPECT_EQ((*phone)["known"]["watchlist"], json::array());
  const json* telegram = identifier_of(item, "telegram");
  ASSERT_NE(telegram, nullptr) << item.dump();
  EXPECT_EQ((*telegram)["key"], "tuyendung_cam");

  // The rationale follows lang.
  HttpReply en = scan("officer.ls", {{"text", kPost}, {"lang", "en"}});
  ASSERT_EQ(en.status, 200) << en.body;
  const json en_item = en.json_body()["results"][0];
  const json* light_en = flag_of(en_item, "pay.light_work_high_pay");
  ASSERT_NE(light_en, nullptr);
  EXPECT_NE((*light_en)["rationale"], (*light)["rationale"]);
}

TEST_F(ScanApi, ABatchAnswersEveryItemAndNeverStopsAtABadOne) {
  const std::string huge(262145, 'a');
  // Raw bytes: an invalid UTF-8 sequence inside one string, a lone surrogate
  // escape in another; the body is otherwise JSON.
  const std::string body = std::string("{\"texts\":[") + json(kPost).dump() + ",\"bad \xC3\x28 bytes\",\"   \"," +
                           json(huge).dump() + ",\"lone \\ud800 surrogate\",\"Sang Campuchia làm việc nhẹ\"]}";
  HttpReply r = world_->as("investigator.ls").send("POST", "/api/v1/scan", body, "application/json");
  ASSERT_EQ(r.status, 200) << r.body.substr(0, 500);
  const json results = r.json_body()["results"];
  ASSERT_EQ(results.size(), 6u);
  for (size_t i = 0; i < results.size(); ++i) {
    EXPECT_EQ(results[i]["index"], i);
  }
  EXPECT_EQ(results[0]["ok"], true);
  EXPECT_EQ(results[5]["ok"], true);
  EXPECT_NE(flag_of(results[5], "destination.cambodia_hubs"), nullptr) << results[5].dump();
  for (size_t i : {1, 2, 3, 4}) {
    const json& e = results[i];
    EXPECT_EQ(e["ok"], false) << i;
    EXPECT_EQ(e["error"]["code"], "invalid_argument") << i;
    ASSERT_EQ(e["error"]["fields"].size(), 1u) << e.dump();
    EXPECT_EQ(e["error"]["fields"][0]["field"], "text") << i;
    EXPECT_FALSE(e.contains("flags")) << i;
  }
  // Default language Vietnamese: the reasons are translated.
  EXPECT_EQ(results[1]["error"]["fields"][0]["reason"], "không phải UTF-8 hợp lệ");
  EXPECT_EQ(results[2]["error"]["fields"][0]["reason"], "không được để trống");
  EXPECT_EQ(results[3]["error"]["fields"][0]["reason"], "tối đa 262144 byte");
  EXPECT_EQ(results[4]["error"]["fields"][0]["reason"], "không phải UTF-8 hợp lệ");
}

TEST_F(ScanApi, AnIdentifierOnACaseIsKnownWithTheGraphsPrivacy) {
  UserClient& ls = world_->as("officer.ls");
  json c = create_case(ls, "Vụ tuyển người sang Campuchia qua Telegram");
  ASSERT_TRUE(c.is_object());
  const int64_t case_id = c["id"].get<int64_t>();
  HttpReply add = ls.post("/api/v1/cases/" + std::to_string(case_id) + "/identifiers",
                          {{"kind", "phone"}, {"value", "0987 654 321"}});
  ASSERT_EQ(add.status, 201) << add.body;
  add = ls.post("/api/v1/cases/" + std::to_string(case_id) + "/identifiers",
                {{"kind", "account"}, {"value", "@viec_nhe_cam"}, {"qualifier", "telegram"}});
  ASSERT_EQ(add.status, 201) << add.body;
  const std::string post = "Việc nhẹ lương cao ở Bavet, gọi 0987654321 hoặc Telegram @viec_nhe_cam";

  // In scope (the same unit, and the commander above it): the case itself.
  for (const char* who : {"officer.ls", "commander.ls", "analyst.hq"}) {
    HttpReply r = scan(who, {{"texts", {post}}});
    ASSERT_EQ(r.status, 200) << who << r.body;
    const json item = r.json_body()["results"][0];
    const json* phone = identifier_of(item, "phone");
    ASSERT_NE(phone, nullptr) << item.dump();
    ASSERT_EQ((*phone)["known"]["cases"].size(), 1u) << who << " " << phone->dump();
    const json& k = (*phone)["known"]["cases"][0];
    EXPECT_EQ(k["id"], "case:" + std::to_string(case_id)) << who;
    EXPECT_EQ(k["case_id"], case_id) << who;
    EXPECT_EQ(k["number"], c["number"]) << who;
    EXPECT_EQ(k["unit_code"], "DBP-LS-HUUNGHI") << who;
    const json* telegram = identifier_of(item, "telegram");
    ASSERT_NE(telegram, nullptr) << item.dump();
    ASSERT_EQ((*telegram)["known"]["cases"].size(), 1u) << telegram->dump();
    EXPECT_EQ((*telegram)["known"]["cases"][0]["case_id"], case_id);
  }
  // Another unit: only the unit and an opaque id.
  HttpReply r = scan("officer.qn", {{"text", post}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json qn_item = r.json_body()["results"][0];
  const json* phone = identifier_of(qn_item, "phone");
  ASSERT_NE(phone, nullptr);
  ASSERT_EQ((*phone)["known"]["cases"].size(), 1u);
  const json& k = (*phone)["known"]["cases"][0];
  EXPECT_EQ(k["id"].get<std::string>().rfind("case:~", 0), 0u) << k.dump();
  EXPECT_EQ(k["in_scope"], false);
  EXPECT_FALSE(k.contains("case_id"));
  EXPECT_FALSE(k.contains("number"));
  EXPECT_EQ(k["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(r.body.find(c["number"].get<std::string>()), std::string::npos);

  // Each known identifier shown is audited, never with its value.
  json audit = world_->as("admin").get("/api/v1/audit?action=scan.identifier.known&limit=50").json_body();
  ASSERT_GE(audit["items"].size(), 2u) << audit.dump();
  EXPECT_EQ(audit.dump().find("0987654321"), std::string::npos);
  EXPECT_EQ(audit.dump().find("viec_nhe_cam"), std::string::npos);
}

TEST_F(ScanApi, AFlaggedPhoneOnAWatchlistIsReported) {
  UserClient& inv = world_->as("investigator.ls");
  HttpReply list = inv.post("/api/v1/watchlists", {{"name", "Số điện thoại tuyển dụng (thử)"}, {"type", "flagged_phones"}});
  ASSERT_EQ(list.status, 201) << list.body;
  const int64_t list_id = list.json_body()["id"].get<int64_t>();
  HttpReply entry = inv.post("/api/v1/watchlists/" + std::to_string(list_id) + "/entries",
                             {{"phone", "+84 977 111 222"}, {"reason", "tuyển người sang Campuchia (thử)"}});
  ASSERT_EQ(entry.status, 201) << entry.body;
  const int64_t entry_id = entry.json_body()["id"].get<int64_t>();

  const std::string post = "Cần gấp người làm CSKH tại Sihanoukville, liên hệ 0977.111.222";
  HttpReply r = scan("officer.ls", {{"text", post}});
  ASSERT_EQ(r.status, 200) << r.body;
  const json item = r.json_body()["results"][0];
  const json* phone = identifier_of(item, "phone");
  ASSERT_NE(phone, nullptr) << r.body;
  ASSERT_EQ((*phone)["known"]["watchlist"].size(), 1u) << phone->dump();
  const json& hit = (*phone)["known"]["watchlist"][0];
  EXPECT_EQ(hit["entry_id"], entry_id);
  EXPECT_EQ(hit["list"]["id"], list_id);
  EXPECT_EQ(hit["list"]["type"], "flagged_phones");
  EXPECT_EQ(hit["list"]["name"], "Số điện thoại tuyển dụng (thử)");

  // Analysts may not read watchlists: scanning still works, the hit is withheld.
  HttpReply a = scan("analyst.hq", {{"text", post}});
  ASSERT_EQ(a.status, 200) << a.body;
  const json a_item = a.json_body()["results"][0];
  const json* aphone = identifier_of(a_item, "phone");
  ASSERT_NE(aphone, nullptr);
  EXPECT_EQ((*aphone)["known"]["watchlist"], json::array());

  // The entry deactivated: no longer reported.
  HttpReply gone = inv.del("/api/v1/watchlist-entries/" + std::to_string(entry_id));
  ASSERT_TRUE(gone.status == 200 || gone.status == 204) << gone.body;
  HttpReply after = scan("officer.ls", {{"text", post}});
  const json after_item = after.json_body()["results"][0];
  const json* phone2 = identifier_of(after_item, "phone");
  ASSERT_NE(phone2, nullptr);
  EXPECT_EQ((*phone2)["known"]["watchlist"], json::array());
}

TEST_F(ScanApi, PermissionsAndTheAuditHoldCountsOnly) {
  for (const char* who : {"trainer.hq", "admin", "support.ls"}) {
    HttpReply r = scan(who, {{"text", kPost}});
    EXPECT_EQ(r.status, 403) << who << " " << r.body;
  }
  for (const char* who : {"officer.ls", "investigator.ls", "commander.ls", "analyst.hq"}) {
    EXPECT_EQ(scan(who, {{"text", "Tuyển nhân viên văn phòng tại Hà Nội"}}).status, 200) << who;
  }
  ASSERT_EQ(scan("officer.ls2", {{"texts", {kPost, "   "}}}).status, 200);
  json audit = world_->as("admin").get("/api/v1/audit?action=scan.query&limit=1").json_body();
  ASSERT_EQ(audit["items"].size(), 1u) << audit.dump();
  const json& e = audit["items"][0];
  EXPECT_EQ(e["actor"], "officer.ls2");
  EXPECT_EQ(e["detail"]["texts"], 2);
  EXPECT_EQ(e["detail"]["errors"], 1);
  EXPECT_EQ(e["detail"]["high"], 1);
  EXPECT_EQ(audit.dump().find("lương cao"), std::string::npos);
}

}  // namespace
}  // namespace frontline::api_test
