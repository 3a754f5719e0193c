// Tests for http/Router: literal and {param} segments, ids and *_id params
// matching digits only, 404 (no route) versus 405 (known path, other method,
// with the allowed methods), and the real route table's shape.
#include "http/router.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "http/routes.hpp"
#include "service/user_service.hpp"
#include "test_support.hpp"

namespace frontline::http {
namespace {

ApiResponse tagged(int status) {
  ApiResponse r;
  r.status = status;
  return r;
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.add("GET", "/api/v1/cases", Access::kSession, [](const ApiRequest&) { return tagged(1); });
    router_.add("POST", "/api/v1/cases", Access::kSession, [](const ApiRequest&) { return tagged(2); });
    router_.add("GET", "/api/v1/cases/{id}", Access::kSession, [](const ApiRequest&) { return tagged(3); });
    router_.add("PATCH", "/api/v1/cases/{id}", Access::kSession, [](const ApiRequest&) { return tagged(4); });
    router_.add("DELETE", "/api/v1/cases/{id}/persons/{person_id}", Access::kSession,
                [](const ApiRequest&) { return tagged(5); });
    router_.add("GET", "/api/v1/users/{username}", Access::kSession, [](const ApiRequest&) { return tagged(6); });
    router_.add("POST", "/api/v1/session", Access::kPublic, [](const ApiRequest&) { return tagged(7); });
    router_.add("POST", "/api/v1/cases/{id}/evidence", Access::kSession, [](const ApiRequest&) { return tagged(8); },
                BodyKind::kUpload);
  }

  // The tag of the handler `method path` reaches, or 0.
  int route(const std::string& method, const std::string& path) {
    RouteMatch m = router_.match(method, path);
    return m.route == nullptr ? 0 : m.route->handler(ApiRequest{}).status;
  }

  Router router_;
};

TEST_F(RouterTest, MatchesLiteralPathsByMethod) {
  EXPECT_EQ(route("GET", "/api/v1/cases"), 1);
  EXPECT_EQ(route("POST", "/api/v1/cases"), 2);
  EXPECT_EQ(route("POST", "/api/v1/session"), 7);
}

TEST_F(RouterTest, CapturesParameters) {
  RouteMatch m = router_.match("DELETE", "/api/v1/cases/42/persons/7");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params.at("id"), "42");
  EXPECT_EQ(m.params.at("person_id"), "7");
  RouteMatch u = router_.match("GET", "/api/v1/users/officer.ls");
  ASSERT_NE(u.route, nullptr);
  EXPECT_EQ(u.params.at("username"), "officer.ls");
  EXPECT_EQ(u.route->pattern, "/api/v1/users/{username}");
}

TEST_F(RouterTest, IdSegmentsMatchDigitsOnly) {
  EXPECT_EQ(route("GET", "/api/v1/cases/123"), 3);
  for (const char* bad : {"/api/v1/cases/abc", "/api/v1/cases/-1", "/api/v1/cases/1.5", "/api/v1/cases/12a",
                          "/api/v1/cases/%31", "/api/v1/cases/ 1", "/api/v1/cases/1234567890123456789"}) {
    RouteMatch m = router_.match("GET", bad);
    EXPECT_EQ(m.route, nullptr) << bad;
    EXPECT_TRUE(m.allowed_methods.empty()) << bad;  // 404, not 405
  }
  EXPECT_EQ(route("DELETE", "/api/v1/cases/1/persons/x"), 0);
  EXPECT_EQ(route("DELETE", "/api/v1/cases/1/persons/123456789012345678"), 5);  // 18 digits still fit
}

TEST_F(RouterTest, NamedParamsTakeAnyNonEmptySegment) {
  EXPECT_EQ(route("GET", "/api/v1/users/nguyen-van.a_1"), 6);
  EXPECT_EQ(route("GET", "/api/v1/users/"), 0);
}

TEST_F(RouterTest, UnknownPathsAre404WithNoAllowedMethods) {
  for (const char* path : {"/api/v1/nothing", "/api/v1/cases/1/nothing", "/api/v1", "/", "", "api/v1/cases",
                           "/api/v1/cases/", "/api/v1//cases", "/API/V1/CASES"}) {
    RouteMatch m = router_.match("GET", path);
    EXPECT_EQ(m.route, nullptr) << path;
    EXPECT_TRUE(m.allowed_methods.empty()) << path;
  }
}

TEST_F(RouterTest, KnownPathWithOtherMethodListsTheAllowedOnes) {
  RouteMatch m = router_.match("DELETE", "/api/v1/cases");
  EXPECT_EQ(m.route, nullptr);
  EXPECT_EQ(std::set<std::string>(m.allowed_methods.begin(), m.allowed_methods.end()),
            (std::set<std::string>{"GET", "POST"}));
  RouteMatch one = router_.match("PUT", "/api/v1/cases/9");
  EXPECT_EQ(std::set<std::string>(one.allowed_methods.begin(), one.allowed_methods.end()),
            (std::set<std::string>{"GET", "PATCH"}));
  RouteMatch lower = router_.match("get", "/api/v1/cases");  // methods are case-sensitive
  EXPECT_EQ(lower.route, nullptr);
  EXPECT_EQ(lower.allowed_methods.size(), 2u);
}

TEST_F(RouterTest, RoutesKeepAccessAndBodyKind) {
  RouteMatch login = router_.match("POST", "/api/v1/session");
  ASSERT_NE(login.route, nullptr);
  EXPECT_EQ(login.route->access, Access::kPublic);
  EXPECT_EQ(login.route->body, BodyKind::kJson);
  RouteMatch upload = router_.match("POST", "/api/v1/cases/3/evidence");
  ASSERT_NE(upload.route, nullptr);
  EXPECT_EQ(upload.route->access, Access::kSession);
  EXPECT_EQ(upload.route->body, BodyKind::kUpload);
}

TEST(RealRoutesTest, TableAnswers404And405AsDocumented) {
  frontline::testing::TestEnv env;
  service::AuthService auth(*env.store, env.clock, {});
  service::UserService users(*env.store, env.clock);
  service::CaseService cases(*env.store, *env.vault, env.clock);
  service::ReferralService referrals(*env.store, env.clock);
  service::ScreeningIndex screening_index(*env.store, env.clock);
  service::ScreeningService screening(*env.store, env.clock, screening_index);
  service::GraphIndex graph_index(*env.store);
  service::PersonSinks person_sinks({&screening_index, &graph_index});
  auto scanner = scan::Scanner::build(scan::builtin_lexicon());
  ASSERT_TRUE(scanner.ok()) << scanner.error().message;
  service::WatchlistIdentifiers flagged(*env.store, env.clock);
  service::WatchlistSinks watchlist_sinks({&screening_index, &flagged});
  service::ScanService scan(*env.store, env.clock, *scanner, graph_index, flagged);
  Services s{*env.store, env.clock, auth, users, cases, referrals, screening, screening_index, graph_index,
             person_sinks, scan, watchlist_sinks};
  Router router = build_router(s);

  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : router.routes()) {
    EXPECT_TRUE(seen.insert({r.method, r.pattern}).second) << "duplicate route " << r.method << " " << r.pattern;
    const bool is_public = r.access == Access::kPublic;
    const bool expected_public = r.pattern == "/healthz" || r.pattern == "/api/v1/openapi.json" ||
                                 (r.method == "POST" && r.pattern == "/api/v1/session") ||
                                 (r.method == "GET" && r.pattern == "/api/v1/certificates/{code}");  // verification
    EXPECT_EQ(is_public, expected_public) << r.method << " " << r.pattern;
  }
  EXPECT_NE(router.match("GET", "/api/v1/cases/12").route, nullptr);
  EXPECT_EQ(router.match("GET", "/api/v1/cases/LS-2026-0001").route, nullptr);
  RouteMatch wrong = router.match("DELETE", "/api/v1/cases");
  EXPECT_EQ(wrong.route, nullptr);
  EXPECT_NE(std::find(wrong.allowed_methods.begin(), wrong.allowed_methods.end(), "GET"), wrong.allowed_methods.end());
  EXPECT_NE(std::find(wrong.allowed_methods.begin(), wrong.allowed_methods.end(), "POST"),
            wrong.allowed_methods.end());
  RouteMatch upload = router.match("POST", "/api/v1/cases/5/evidence");
  ASSERT_NE(upload.route, nullptr);
  EXPECT_EQ(upload.route->body, BodyKind::kUpload);
}

}  // namespace
}  // namespace frontline::http
