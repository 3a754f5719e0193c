// Tests for http/api_types: the one mapping from ErrorCode to HTTP status,
// the error body's shape, id path parameters and query helpers.
#include "http/api_types.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace frontline::http {
namespace {

using nlohmann::json;

TEST(HttpStatusTest, EveryErrorCodeMapsToItsStatus) {
  EXPECT_EQ(http_status(ErrorCode::kInvalidArgument), 400);
  EXPECT_EQ(http_status(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(http_status(ErrorCode::kPermissionDenied), 403);
  EXPECT_EQ(http_status(ErrorCode::kNotFound), 404);
  EXPECT_EQ(http_status(ErrorCode::kConflict), 409);
  EXPECT_EQ(http_status(ErrorCode::kUnprocessable), 422);
  EXPECT_EQ(http_status(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(http_status(ErrorCode::kLocked), 423);
  EXPECT_EQ(http_status(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(http_status(ErrorCode::kCorruption), 500);
  EXPECT_EQ(http_status(ErrorCode::kInternal), 500);
}

TEST(ErrorResponseTest, HasCodeMessageAndFields) {
  ApiResponse r = error_response(Error::invalid("the case has invalid fields",
                                                {{"title", "must be 3 to 200 characters"}, {"route.origin_country", "unknown"}}));
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
  json body = json::parse(r.body);
  ASSERT_TRUE(body.contains("error"));
  EXPECT_EQ(body.size(), 1u);
  const json& e = body["error"];
  EXPECT_EQ(e["code"], "invalid_argument");
  EXPECT_EQ(e["message"], "the case has invalid fields");
  EXPECT_EQ(e["fields"]["title"], "must be 3 to 200 characters");
  EXPECT_EQ(e["fields"]["route.origin_country"], "unknown");
  EXPECT_FALSE(e.contains("allowed"));
}

TEST(ErrorResponseTest, FieldsIsAlwaysAnObject) {
  ApiResponse r = error_response(Error::not_found("case 9 not found"));
  EXPECT_EQ(r.status, 404);
  json e = json::parse(r.body)["error"];
  EXPECT_EQ(e["code"], "not_found");
  ASSERT_TRUE(e["fields"].is_object());
  EXPECT_TRUE(e["fields"].empty());
}

TEST(ErrorResponseTest, ConflictsCarryTheAllowedStates) {
  Error e = Error::conflict("case LS-2026-0001 cannot move from reported to closed");
  e.allowed = {"under_verification", "dismissed", "merged"};
  ApiResponse r = error_response(e);
  EXPECT_EQ(r.status, 409);
  json body = json::parse(r.body)["error"];
  EXPECT_EQ(body["allowed"], json({"under_verification", "dismissed", "merged"}));
}

TEST(ErrorResponseTest, EveryCodeProducesItsNameAndStatus) {
  for (int i = 0; i <= static_cast<int>(ErrorCode::kInternal); ++i) {
    auto code = static_cast<ErrorCode>(i);
    ApiResponse r = error_response(Error{code, "m", {}, {}});
    EXPECT_EQ(r.status, http_status(code));
    EXPECT_EQ(json::parse(r.body)["error"]["code"], error_code_name(code));
  }
}

TEST(ErrorResponseTest, InvalidUtf8InMessagesStillYieldsJson) {
  ApiResponse r = error_response(Error::invalid_field("q", "bad \xC0\xAF value"));
  json body = json::parse(r.body, nullptr, false);
  ASSERT_FALSE(body.is_discarded());
  EXPECT_EQ(body["error"]["fields"].count("q"), 1u);
}

TEST(ApiResponseTest, JsonAndNoContent) {
  ApiResponse ok = ApiResponse::json(201, {{"id", 5}});
  EXPECT_EQ(ok.status, 201);
  EXPECT_EQ(json::parse(ok.body)["id"], 5);
  ApiResponse none = ApiResponse::no_content();
  EXPECT_EQ(none.status, 204);
  EXPECT_TRUE(none.body.empty());
  EXPECT_TRUE(none.content_type.empty());
}

TEST(ApiRequestTest, IdParamAcceptsOnlyPositiveIntegers) {
  ApiRequest req;
  req.path_params = {{"id", "42"}, {"zero", "0"}, {"neg", "-3"}, {"text", "4x"}, {"huge", "99999999999999999999"}};
  auto id = req.id_param("id");
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(*id, 42);
  for (const char* name : {"zero", "neg", "text", "huge", "missing"}) {
    auto r = req.id_param(name);
    ASSERT_FALSE(r.ok()) << name;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().fields.count(name), 1u) << name;
  }
}

TEST(ApiRequestTest, QueryValueIsTheFirstOne) {
  ApiRequest req;
  req.query = {{"status", "reported"}, {"status", "closed"}, {"q", ""}};
  EXPECT_EQ(req.query_value("status"), "reported");
  EXPECT_EQ(req.query_value("q"), "");
  EXPECT_FALSE(req.query_value("limit").has_value());
}

TEST(RespondTest, WrapsValueOrError) {
  ApiResponse ok = respond(Result<int>(7), 200, [](int v) { return json{{"v", v}}; });
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(json::parse(ok.body)["v"], 7);
  ApiResponse bad = respond(Result<int>(Error::denied("no")), 200, [](int v) { return json{{"v", v}}; });
  EXPECT_EQ(bad.status, 403);
  EXPECT_EQ(json::parse(bad.body)["error"]["code"], "permission_denied");
}

}  // namespace
}  // namespace frontline::http
