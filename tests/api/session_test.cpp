// Sessions over HTTP: log-in, bearer and cookie authentication, log-out,
// lock-out after failed log-ins, CSRF on cookie-authenticated writes; plus
// the public endpoints (health, OpenAPI) and the security headers every
// response carries.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace frontline::api_test {
namespace {

class SessionApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = ApiWorld::start({{"admin", "admin", "BTL-BDBP"},
                              {"officer.ls", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"lockme", "frontline_officer", "DBP-LS-HUUNGHI"},
                              {"logout.user", "investigator", "BCH-LS"}});
  }
  static void TearDownTestSuite() { world_.reset(); }
  void SetUp() override {
    if (!world_) {
      GTEST_FAIL() << "the server did not start";
    }
  }
  static inline std::unique_ptr<ApiWorld> world_;
};

httplib::Headers cookie_header(const std::string& token) { return {{"Cookie", "frontline_session=" + token}}; }

TEST_F(SessionApi, LoginReturnsTokenUserAndAStrictHttpOnlyCookie) {
  HttpReply r = world_->login("officer.ls");
  ASSERT_EQ(r.status, 200) << r.body;
  json j = r.json_body();
  ASSERT_TRUE(j.is_object());
  const std::string token = j.value("token", "");
  EXPECT_GE(token.size(), 32u);
  EXPECT_FALSE(j.value("csrf_token", "").empty());
  EXPECT_NE(j.value("csrf_token", ""), token);
  EXPECT_FALSE(j.value("expires_at", "").empty());
  EXPECT_EQ(j["user"]["username"], "officer.ls");
  EXPECT_EQ(j["user"]["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(j["user"]["roles"], json::array({"frontline_officer"}));
  EXPECT_FALSE(j["user"].contains("password_hash"));

  const std::string cookie = r.header("Set-Cookie");
  EXPECT_EQ(cookie.rfind("frontline_session=" + token + ";", 0), 0u) << cookie;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Path=/"), std::string::npos) << cookie;
}

TEST_F(SessionApi, BearerTokenAndCookieBothAuthenticateMe) {
  HttpReply login = world_->login("officer.ls");
  ASSERT_EQ(login.status, 200);
  const std::string token = login.json_body()["token"];
  const std::string csrf = login.json_body()["csrf_token"];

  HttpReply bearer = world_->http().send("GET", "/api/v1/me", "", "", {{"Authorization", "Bearer " + token}});
  ASSERT_EQ(bearer.status, 200) << bearer.body;
  EXPECT_EQ(bearer.json_body()["username"], "officer.ls");
  EXPECT_EQ(bearer.json_body()["unit_code"], "DBP-LS-HUUNGHI");
  EXPECT_EQ(bearer.json_body()["csrf_token"], csrf);

  HttpReply by_cookie = world_->http().send("GET", "/api/v1/me", "", "", cookie_header(token));
  ASSERT_EQ(by_cookie.status, 200) << by_cookie.body;
  EXPECT_EQ(by_cookie.json_body()["username"], "officer.ls");

  HttpReply wrong = world_->http().send("GET", "/api/v1/me", "", "", {{"Authorization", "Bearer not-a-token"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.error_code(), "unauthenticated");
}

TEST_F(SessionApi, LogoutEndsTheSessionButNotOthers) {
  HttpReply first = world_->login("logout.user");
  HttpReply second = world_->login("logout.user");
  ASSERT_EQ(first.status, 200);
  ASSERT_EQ(second.status, 200);
  const std::string token = first.json_body()["token"];
  const std::string other = second.json_body()["token"];
  httplib::Headers auth = {{"Authorization", "Bearer " + token}};
  ASSERT_EQ(world_->http().send("GET", "/api/v1/me", "", "", auth).status, 200);

  HttpReply out = world_->http().send("DELETE", "/api/v1/session", "", "", auth);
  EXPECT_EQ(out.status, 204) << out.body;
  const std::string cleared = out.header("Set-Cookie");
  EXPECT_NE(cleared.find("Max-Age=0"), std::string::npos) << cleared;

  HttpReply after = world_->http().send("GET", "/api/v1/me", "", "", auth);
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.error_code(), "unauthenticated");
  EXPECT_EQ(world_->http().send("GET", "/api/v1/me", "", "", {{"Authorization", "Bearer " + other}}).status, 200);
}

TEST_F(SessionApi, WrongPasswordAndUnknownUserAnswerTheSame401) {
  HttpReply wrong = world_->login("admin", "not-the-password");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.error_code(), "unauthenticated");
  EXPECT_TRUE(wrong.header("Set-Cookie").empty());
  HttpReply unknown = world_->login("nobody.here", "not-the-password");
  EXPECT_EQ(unknown.status, 401);
  // One message for both, so accounts cannot be probed.
  EXPECT_EQ(wrong.json_body()["error"]["message"], unknown.json_body()["error"]["message"]);
}

TEST_F(SessionApi, FiveFailuresLockTheAccountEvenForTheRightPassword) {
  for (int i = 1; i <= 5; ++i) {
    HttpReply r = world_->login("lockme", "wrong-password-" + std::to_string(i));
    EXPECT_EQ(r.status, 401) << "attempt " << i << ": " << r.body;
  }
  HttpReply sixth = world_->login("lockme", kPassword);
  EXPECT_EQ(sixth.status, 423) << sixth.body;
  EXPECT_EQ(sixth.error_code(), "locked");
  EXPECT_TRUE(sixth.json_body().value("token", "").empty());

  // The lock shows on the account for the admin.
  HttpReply user = world_->as("admin").get("/api/v1/users/lockme");
  ASSERT_EQ(user.status, 200) << user.body;
  EXPECT_FALSE(user.json_body()["locked_until"].is_null());
}

TEST_F(SessionApi, CookieWritesNeedTheCsrfHeaderBearerWritesDoNot) {
  HttpReply login = world_->login("officer.ls");
  ASSERT_EQ(login.status, 200);
  const std::string token = login.json_body()["token"];
  const std::string csrf = login.json_body()["csrf_token"];
  const std::string body = case_body("Kiểm tra CSRF cookie").dump();
  auto count = [&] {
    HttpReply r = world_->http().send("GET", "/api/v1/cases", "", "", cookie_header(token));
    return r.json_body().value("total", int64_t{-1});
  };
  const int64_t before = count();
  ASSERT_GE(before, 0);

  HttpReply without = world_->http().send("POST", "/api/v1/cases", body, "application/json", cookie_header(token));
  EXPECT_EQ(without.status, 403) << without.body;
  EXPECT_EQ(without.error_code(), "permission_denied");

  auto wrong_headers = cookie_header(token);
  wrong_headers.emplace("X-CSRF-Token", "forged-" + csrf);
  HttpReply wrong = world_->http().send("POST", "/api/v1/cases", body, "application/json", wrong_headers);
  EXPECT_EQ(wrong.status, 403) << wrong.body;
  EXPECT_EQ(count(), before);

  auto good_headers = cookie_header(token);
  good_headers.emplace("X-CSRF-Token", csrf);
  HttpReply with = world_->http().send("POST", "/api/v1/cases", body, "application/json", good_headers);
  EXPECT_EQ(with.status, 201) << with.body;
  EXPECT_EQ(count(), before + 1);

  HttpReply bearer = world_->http().send("POST", "/api/v1/cases", body, "application/json",
                                         {{"Authorization", "Bearer " + token}});
  EXPECT_EQ(bearer.status, 201) << bearer.body;
}

TEST_F(SessionApi, HealthzAnswersOkWithoutSession) {
  HttpReply r = world_->http().send("GET", "/healthz");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json_body()["status"], "ok");
}

TEST_F(SessionApi, OpenApiDocumentIsJsonWithOpenapiKey) {
  HttpReply r = world_->http().send("GET", "/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  json doc = r.json_body();
  ASSERT_FALSE(doc.is_discarded()) << r.body.substr(0, 200);
  ASSERT_TRUE(doc.is_object());
  EXPECT_TRUE(doc.contains("openapi"));
}

// Every kind of response carries the headers, including the ones httplib
// produces itself for unreadable requests.
TEST_F(SessionApi, SecurityHeadersOnEveryKindOfResponse) {
  UserClient& officer = world_->as("officer.ls");
  std::vector<std::pair<std::string, HttpReply>> replies;
  replies.emplace_back("200 healthz", world_->http().send("GET", "/healthz"));
  replies.emplace_back("200 cases", officer.get("/api/v1/cases"));
  replies.emplace_back("401", world_->http().send("GET", "/api/v1/me"));
  replies.emplace_back("404", world_->http().send("GET", "/no/such/route"));
  replies.emplace_back("405", world_->http().send("PUT", "/api/v1/cases", "{}", "application/json"));
  replies.emplace_back("400", officer.post("/api/v1/cases", json::object()));
  for (const auto& [what, r] : replies) {
    SCOPED_TRACE(what);
    ASSERT_NE(r.status, 0);
    EXPECT_FALSE(r.header("Content-Security-Policy").empty());
    EXPECT_NE(r.header("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
    EXPECT_EQ(r.header("X-Frame-Options"), "DENY");
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer");
  }
  // A request line httplib cannot parse is answered by its error handler.
  const std::string raw = raw_exchange(world_->port(), "NONSENSE\r\n\r\n");
  EXPECT_EQ(raw.rfind("HTTP/1.1 400", 0), 0u) << raw;
  EXPECT_NE(raw.find("X-Frame-Options: DENY"), std::string::npos) << raw;
  EXPECT_NE(raw.find("X-Content-Type-Options: nosniff"), std::string::npos) << raw;
  EXPECT_NE(raw.find("\"error\""), std::string::npos) << raw;
}

}  // namespace
}  // namespace frontline::api_test
