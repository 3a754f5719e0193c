// Tests for util/result: Result<T> and Status carry either a value or an
// Error, the error factories set the right code and fields, the propagation
// macros return early, and every ErrorCode has its stable API name.
#include "util/result.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace frontline {
namespace {

Result<int> parse_positive(int v) {
  if (v <= 0) {
    return Error::invalid_field("v", "must be positive");
  }
  return v;
}

// Uses FL_ASSIGN_OR_RETURN; `reached` records whether the code after it ran.
Result<int> doubled(int v, bool& reached) {
  FL_ASSIGN_OR_RETURN(int x, parse_positive(v));
  reached = true;
  return 2 * x;
}

// Uses FL_TRY on a Status.
Status check_then_mark(Status s, bool& reached) {
  FL_TRY(s);
  reached = true;
  return {};
}

TEST(ResultTest, HoldsValueOnSuccess) {
  Result<std::string> r = std::string("Lạng Sơn");
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(static_cast<bool>(r));
  EXPECT_EQ(*r, "Lạng Sơn");
  EXPECT_EQ(r->size(), std::string("Lạng Sơn").size());
}

TEST(ResultTest, HoldsErrorOnFailure) {
  Result<int> r = Error::not_found("case 7 not found");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(static_cast<bool>(r));
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(r.error().message, "case 7 not found");
}

TEST(ResultTest, MoveOutValue) {
  Result<std::string> r = std::string("abc");
  std::string moved = std::move(r).value();
  EXPECT_EQ(moved, "abc");
}

TEST(StatusTest, DefaultIsOkAndErrorIsNot) {
  Status ok;
  EXPECT_TRUE(ok.ok());
  Status bad = Error::conflict("version mismatch");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::kConflict);
  EXPECT_EQ(bad.error().message, "version mismatch");
}

TEST(ErrorTest, FactoriesSetTheirCodes) {
  EXPECT_EQ(Error::invalid("x").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Error::invalid_field("f", "r").code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Error::not_found("x").code, ErrorCode::kNotFound);
  EXPECT_EQ(Error::conflict("x").code, ErrorCode::kConflict);
  EXPECT_EQ(Error::unprocessable("x", {{"f", "r"}}).code, ErrorCode::kUnprocessable);
  EXPECT_EQ(Error::unauthenticated("x").code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(Error::denied("x").code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(Error::too_large("x").code, ErrorCode::kTooLarge);
  EXPECT_EQ(Error::unavailable("x").code, ErrorCode::kUnavailable);
  EXPECT_EQ(Error::corruption("x").code, ErrorCode::kCorruption);
  EXPECT_EQ(Error::internal("x").code, ErrorCode::kInternal);
}

TEST(ErrorTest, InvalidFieldNamesTheField) {
  Error e = Error::invalid_field("title", "must be 3 to 200 characters");
  ASSERT_EQ(e.fields.size(), 1u);
  EXPECT_EQ(e.fields.at("title"), "must be 3 to 200 characters");
  Error many = Error::invalid("bad", {{"a", "x"}, {"b", "y"}});
  EXPECT_EQ(many.fields.size(), 2u);
  EXPECT_EQ(many.message, "bad");
  EXPECT_TRUE(Error::not_found("x").fields.empty());
}

TEST(ErrorCodeNameTest, EveryCodeHasItsStableName) {
  EXPECT_STREQ(error_code_name(ErrorCode::kInvalidArgument), "invalid_argument");
  EXPECT_STREQ(error_code_name(ErrorCode::kNotFound), "not_found");
  EXPECT_STREQ(error_code_name(ErrorCode::kConflict), "conflict");
  EXPECT_STREQ(error_code_name(ErrorCode::kUnprocessable), "unprocessable");
  EXPECT_STREQ(error_code_name(ErrorCode::kUnauthenticated), "unauthenticated");
  EXPECT_STREQ(error_code_name(ErrorCode::kPermissionDenied), "permission_denied");
  EXPECT_STREQ(error_code_name(ErrorCode::kTooLarge), "too_large");
  EXPECT_STREQ(error_code_name(ErrorCode::kLocked), "locked");
  EXPECT_STREQ(error_code_name(ErrorCode::kUnavailable), "unavailable");
  EXPECT_STREQ(error_code_name(ErrorCode::kCorruption), "corruption");
  EXPECT_STREQ(error_code_name(ErrorCode::kInternal), "internal");
}

TEST(ErrorCodeNameTest, NamesAreDistinct) {
  std::set<std::string> names;
  for (int i = 0; i <= static_cast<int>(ErrorCode::kInternal); ++i) {
    names.insert(error_code_name(static_cast<ErrorCode>(i)));
  }
  EXPECT_EQ(names.size(), static_cast<size_t>(ErrorCode::kInternal) + 1);
}

TEST(MacroTest, AssignOrReturnPropagatesErrorAndSkipsTheRest) {
  bool reached = false;
  auto bad = doubled(-1, reached);
  ASSERT_FALSE(bad.ok());
  EXPECT_FALSE(reached);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(bad.error().fields.count("v"), 1u);

  auto good = doubled(21, reached);
  ASSERT_TRUE(good.ok());
  EXPECT_TRUE(reached);
  EXPECT_EQ(*good, 42);
}

TEST(MacroTest, TryPropagatesStatus) {
  bool reached = false;
  Status s = check_then_mark(Error::unavailable("db busy"), reached);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kUnavailable);
  EXPECT_FALSE(reached);
  EXPECT_TRUE(check_then_mark(Status{}, reached).ok());
  EXPECT_TRUE(reached);
}

TEST(DiscardValueTest, KeepsOnlySuccessOrError) {
  EXPECT_TRUE(discard_value(Result<int>(5)).ok());
  Status s = discard_value(Result<int>(Error::denied("no")));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(s.error().message, "no");
}

}  // namespace
}  // namespace frontline
