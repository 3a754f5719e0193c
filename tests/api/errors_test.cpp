// Failures over HTTP: 401 without a session, 404 for unknown routes, 405
// with Allow, 413 for oversized JSON, and a data-driven corpus of malformed
// requests (errors_corpus.cpp) that must each answer 4xx with the JSON error
// shape, name the bad field, and leave the store exactly as it was.
#include <gtest/gtest.h>

#include "errors_corpus.hpp"
#include "harness.hpp"

namespace frontline::api_test {
namespace {

class ErrorsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"admin", "admin", "BTL-BDBP"},
                              {"officer.ls", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"analyst.hq", "analyst", "BTL-BDBP"},
                              {"investigator.ls", "investigator", "BCH-LS"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }
  static inline std::unique_ptr<ApiWorld> world_;
};

// The error body every failure shares: {"error":{"code","message","fields"}}.
void expect_error_shape(const HttpReply& r) {
  EXPECT_NE(r.header("Content-Type").find("application/json"), std::string::npos) << r.header("Content-Type");
  json j = r.json_body();
  ASSERT_TRUE(j.is_object()) << r.body.substr(0, 300);
  ASSERT_TRUE(j.contains("error") && j["error"].is_object()) << r.body.substr(0, 300);
  EXPECT_TRUE(j["error"]["code"].is_string()) << r.body;
  EXPECT_FALSE(j["error"].value("code", "").empty()) << r.body;
  EXPECT_TRUE(j["error"]["message"].is_string()) << r.body;
  EXPECT_TRUE(j["error"]["fields"].is_object()) << r.body;
}

TEST_F(ErrorsApi, NoSessionIs401) {
  for (const auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
           {"GET", "/api/v1/me"}, {"GET", "/api/v1/cases"}, {"POST", "/api/v1/cases"}, {"GET", "/api/v1/cases/1"},
           {"GET", "/api/v1/audit"}, {"GET", "/api/v1/units"}, {"DELETE", "/api/v1/session"}}) {
    HttpReply r = world_->http().send(method, path, method == "GET" || method == "DELETE" ? "" : "{}",
                                      method == "GET" || method == "DELETE" ? "" : "application/json");
    EXPECT_EQ(r.status, 401) << method << " " << path << ": " << r.body;
    EXPECT_EQ(r.error_code(), "unauthenticated") << method << " " << path;
    expect_error_shape(r);
  }
  HttpReply bad_scheme = world_->http().send("GET", "/api/v1/me", "", "", {{"Authorization", "Basic YWRtaW46YWRtaW4="}});
  EXPECT_EQ(bad_scheme.status, 401);
}

TEST_F(ErrorsApi, UnknownRouteIs404) {
  UserClient& officer = world_->as("officer.ls");
  for (const std::string path : {"/", "/api/v1/nothing", "/api/v2/cases", "/api/v1/cases/1/nothing", "/api/v1//cases",
                                 "/api/v1/cases/abc", "/api/v1/cases/-1", "/api/v1/cases/1.5"}) {
    HttpReply r = officer.get(path);
    EXPECT_EQ(r.status, 404) << path << ": " << r.body;
    EXPECT_EQ(r.error_code(), "not_found") << path;
    expect_error_shape(r);
  }
}

TEST_F(ErrorsApi, WrongMethodIs405WithAllow) {
  struct Case405 {
    std::string method;
    std::string path;
    std::string allow;
  };
  for (const auto& c : std::vector<Case405>{{"PUT", "/api/v1/cases", "GET, POST"},
                                            {"DELETE", "/api/v1/cases", "GET, POST"},
                                            {"POST", "/api/v1/cases/1", "GET, PATCH"},
                                            {"DELETE", "/healthz", "GET"},
                                            {"GET", "/api/v1/session", "POST, DELETE"},
                                            {"PATCH", "/api/v1/evidence/1/content", "GET"}}) {
    HttpReply r = world_->as("officer.ls").send(c.method, c.path, "{}", "application/json");
    EXPECT_EQ(r.status, 405) << c.method << " " << c.path << ": " << r.body;
    EXPECT_EQ(r.header("Allow"), c.allow) << c.method << " " << c.path;
    EXPECT_EQ(r.error_code(), "method_not_allowed");
    expect_error_shape(r);
  }
}

TEST_F(ErrorsApi, JsonBodyOverTheLimitIs413) {
  const std::string padding(1024 * 1024 + 1, 'a');
  const std::string body = json{{"title", "x"}, {"summary", padding}, {"trafficking_form", "other"}}.dump();
  const json before = world_->as("analyst.hq").get("/api/v1/cases").json_body()["total"];
  HttpReply r = world_->as("officer.ls").send("POST", "/api/v1/cases", body, "application/json");
  EXPECT_EQ(r.status, 413) << r.body.substr(0, 300);
  EXPECT_EQ(r.error_code(), "too_large");
  expect_error_shape(r);
  // Checked before anything else, even log-in.
  HttpReply login = world_->http().send("POST", "/api/v1/session", body, "application/json");
  EXPECT_EQ(login.status, 413);
  EXPECT_EQ(world_->as("analyst.hq").get("/api/v1/cases").json_body()["total"], before);
}

// Everything a malformed request could have touched, read without side
// effects (the analyst sees identities masked, so no audit entry).
struct StoreSnapshot {
  json cases;
  json the_case;
  json persons;
  json events;
  json evidence;
  json users;
  int64_t audit_seq = 0;
  bool operator==(const StoreSnapshot&) const = default;
};

StoreSnapshot snapshot(ApiWorld& w, const std::string& case_path) {
  StoreSnapshot s;
  UserClient& analyst = w.as("analyst.hq");
  s.cases = analyst.get("/api/v1/cases?limit=200").json_body();
  s.the_case = analyst.get(case_path).json_body();
  s.persons = analyst.get(case_path + "/persons").json_body();
  s.events = analyst.get(case_path + "/events").json_body();
  s.evidence = w.as("officer.ls").get(case_path + "/evidence").json_body();
  s.users = w.as("admin").get("/api/v1/users").json_body();
  const json last = w.as("admin").get("/api/v1/audit?limit=1").json_body();
  s.audit_seq = last["items"].empty() ? 0 : last["items"][0]["seq"].get<int64_t>();
  return s;
}

TEST_F(ErrorsApi, MalformedRequestCorpusIsRefusedAndChangesNothing) {
  UserClient& officer = world_->as("officer.ls");
  json c = create_case(officer, "Vụ việc dùng cho bộ yêu cầu lỗi");
  ASSERT_TRUE(c.is_object());
  const std::string case_id = std::to_string(c["id"].get<int64_t>());
  const std::string case_path = "/api/v1/cases/" + case_id;
  HttpReply person = officer.post(case_path + "/persons", {{"role", "victim"}, {"identity", {{"full_name", "Hà Thị Thu"}}}});
  ASSERT_EQ(person.status, 201) << person.body;
  const std::string person_id = std::to_string(person.json_body()["id"].get<int64_t>());
  ASSERT_EQ(officer.post(case_path + "/events", {{"kind", "note"}, {"description", "ghi chú ban đầu"}}).status, 201);
  ASSERT_EQ(officer.upload(case_path + "/evidence", {{"title", "Biên bản", "", ""},
                                                     {"kind", "document", "", ""},
                                                     {"file", "nội dung biên bản", "bien-ban.txt", "text/plain"}})
                .status,
            201);
  // Sessions for every actor exist before the baseline (log-ins are audited).
  world_->as("admin");
  world_->as("analyst.hq");
  HttpReply list = world_->as("investigator.ls")
                       .post("/api/v1/watchlists", {{"name", "Danh sách thử"}, {"type", "wanted_persons"}});
  ASSERT_EQ(list.status, 201) << list.body;
  const std::string watchlist_id = std::to_string(list.json_body()["id"].get<int64_t>());

  const StoreSnapshot before = snapshot(*world_, case_path);
  ASSERT_GT(before.audit_seq, 0);
  ASSERT_EQ(before.cases["total"], 1);

  const auto corpus = malformed_requests();
  ASSERT_GE(corpus.size(), 100u);
  for (const auto& bad : corpus) {
    SCOPED_TRACE(bad.name);
    auto fill = [&](std::string s) {
      for (const auto& [key, value] : {std::pair<std::string, std::string>{"{case}", case_id}, {"{person}", person_id},
                                  {"{watchlist}", watchlist_id}}) {
        for (size_t at = s.find(key); at != std::string::npos; at = s.find(key)) {
          s.replace(at, key.size(), value);
        }
      }
      return s;
    };
    httplib::Headers headers;
    if (!bad.who.empty()) {
      headers.emplace("Authorization", "Bearer " + world_->as(bad.who).token());
    }
    HttpReply r = world_->http().send(bad.method, fill(bad.path), fill(bad.body), bad.content_type, headers);
    EXPECT_EQ(r.status, bad.status) << bad.method << " " << bad.path << " " << bad.body.substr(0, 200) << " -> "
                                    << r.body.substr(0, 400);
    EXPECT_GE(r.status, 400);
    EXPECT_LT(r.status, 500);
    expect_error_shape(r);
    if (!bad.field.empty()) {
      EXPECT_TRUE(r.error_fields().contains(bad.field))
          << "expected field '" << bad.field << "' in " << r.body.substr(0, 400);
    }
    // The same refusal for a Vietnamese client: same status and fields, and
    // the message and every reason in Vietnamese (none left as it was).
    headers.emplace("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5");
    HttpReply vi = world_->http().send(bad.method, fill(bad.path), fill(bad.body), bad.content_type, headers);
    EXPECT_EQ(vi.status, r.status);
    if (r.status == 401 || !r.json_body().is_object()) {
      continue;  // 401s come before any input is read; compared above
    }
    const json en_error = r.json_body()["error"];
    const json vi_error = vi.json_body()["error"];
    EXPECT_EQ(vi_error["code"], en_error["code"]);
    EXPECT_NE(vi_error["message"], en_error["message"]) << "untranslated message: " << en_error["message"];
    ASSERT_EQ(vi_error["fields"].size(), en_error["fields"].size()) << vi.body;
    for (const auto& [field, reason] : en_error["fields"].items()) {
      EXPECT_NE(vi_error["fields"][field], reason) << "untranslated reason for " << field << ": " << reason;
    }
  }

  const StoreSnapshot after = snapshot(*world_, case_path);
  EXPECT_EQ(after.cases, before.cases);
  EXPECT_EQ(after.the_case, before.the_case);
  EXPECT_EQ(after.persons, before.persons);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.evidence, before.evidence);
  EXPECT_EQ(after.users, before.users);
  // No audit entry at all: refused requests write nothing, not even to the log.
  HttpReply added = world_->as("admin").get("/api/v1/audit?limit=500");
  const json entries = added.json_body();
  for (const auto& e : entries["items"]) {
    EXPECT_LE(e["seq"].get<int64_t>(), before.audit_seq) << "unexpected audit entry " << e.dump();
  }
  HttpReply verify = world_->as("admin").get("/api/v1/audit/verify");
  ASSERT_EQ(verify.status, 200) << verify.body;
  EXPECT_EQ(verify.json_body()["intact"], true);
  EXPECT_EQ(world_->http().send("GET", "/healthz").status, 200);
  EXPECT_TRUE(world_->server_running());
}

}  // namespace
}  // namespace frontline::api_test
