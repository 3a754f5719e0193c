// Tests for http/json_input: parse_json_object and FieldReader collect every
// problem against its field name (unknown fields, wrong types, missing and
// blank required fields, bad enum values, nested objects as "name.field"),
// and return text in NFC without control characters.
#include "http/json_input.hpp"

#include <gtest/gtest.h>

#include "domain/case.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

TEST(ParseJsonObjectTest, AcceptsObjectsOnly) {
  EXPECT_TRUE(parse_json_object(R"({"title":"x"})").ok());
  EXPECT_TRUE(parse_json_object("{}").ok());
  for (const char* bad : {"", "[]", "\"text\"", "42", "null", "{", R"({"a":1,})", "{'a':1}"}) {
    auto r = parse_json_object(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.error().fields.count("body"), 1u) << bad;
  }
  auto bad_utf8 = parse_json_object("{\"title\":\"\xC0\xAF\"}");
  ASSERT_FALSE(bad_utf8.ok());
  EXPECT_EQ(bad_utf8.error().fields.at("body"), "is not valid UTF-8");
}

TEST(FieldReaderTest, UnknownFieldsAreNamed) {
  json j = {{"title", "ok"}, {"titel", "typo"}, {"admin", true}};
  FieldReader r(j, {"title"});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.errors().at("titel"), "unknown field");
  EXPECT_EQ(r.errors().at("admin"), "unknown field");
  EXPECT_EQ(r.errors().count("title"), 0u);
}

TEST(FieldReaderTest, WrongTypesAreNamed) {
  json j = {{"title", 5}, {"version", "3"}, {"disabled", "yes"}, {"roles", "admin"}, {"tags", {1, 2}},
            {"route", "VN"}};
  FieldReader r(j, {"title", "version", "disabled", "roles", "tags", "route"});
  EXPECT_FALSE(r.text("title", Need::kOptional).has_value());
  EXPECT_FALSE(r.integer("version", Need::kOptional).has_value());
  EXPECT_FALSE(r.boolean("disabled", Need::kOptional).has_value());
  EXPECT_FALSE(r.text_list("roles", Need::kOptional, 8, 40).has_value());
  EXPECT_FALSE(r.text_list("tags", Need::kOptional, 8, 40).has_value());
  EXPECT_FALSE(r.object("route", Need::kOptional, {}, [](FieldReader&) {}));
  EXPECT_EQ(r.errors().at("title"), "must be a string");
  EXPECT_EQ(r.errors().at("version"), "must be an integer");
  EXPECT_EQ(r.errors().at("disabled"), "must be true or false");
  EXPECT_EQ(r.errors().at("roles"), "must be an array of strings");
  EXPECT_EQ(r.errors().at("tags"), "must be an array of strings");
  EXPECT_EQ(r.errors().at("route"), "must be an object");
  EXPECT_EQ(r.errors().size(), 6u);
}

TEST(FieldReaderTest, FloatsAreNotIntegers) {
  json j = {{"version", 1.5}};
  FieldReader r(j, {"version"});
  EXPECT_FALSE(r.integer("version", Need::kOptional).has_value());
  EXPECT_EQ(r.errors().at("version"), "must be an integer");
}

TEST(FieldReaderTest, MissingRequiredFieldsAreNamedAndNullCountsAsMissing) {
  json j = {{"summary", nullptr}};
  FieldReader r(j, {"title", "summary", "version"});
  EXPECT_FALSE(r.text("title", Need::kRequired).has_value());
  EXPECT_FALSE(r.text("summary", Need::kRequired).has_value());
  EXPECT_FALSE(r.integer("version", Need::kOptional).has_value());
  EXPECT_EQ(r.errors().at("title"), "is required");
  EXPECT_EQ(r.errors().at("summary"), "is required");
  EXPECT_EQ(r.errors().count("version"), 0u);  // optional and absent is fine
}

TEST(FieldReaderTest, BlankRequiredTextIsRefused) {
  json j = {{"title", " \t\n"}, {"summary", "  "}};
  FieldReader r(j, {"title", "summary"});
  EXPECT_FALSE(r.text("title", Need::kRequired).has_value());
  EXPECT_EQ(r.text("summary", Need::kOptional), "  ");
  EXPECT_EQ(r.errors().at("title"), "must not be blank");
  EXPECT_EQ(r.errors().size(), 1u);
}

TEST(FieldReaderTest, TextIsNormalizedAndLimitedInCodePoints) {
  json j = {{"name", "Nguye\xCC\x82\xCC\x83n"}, {"short", "Đặng"}, {"long", "Đặngg"}};
  FieldReader r(j, {"name", "short", "long"});
  EXPECT_EQ(r.text("name", Need::kRequired), "Nguyễn");
  EXPECT_EQ(r.text("short", Need::kRequired, 4), "Đặng");  // 4 code points, 7 bytes
  EXPECT_FALSE(r.text("long", Need::kRequired, 4).has_value());
  EXPECT_EQ(r.errors().at("long"), "at most 4 characters");
}

TEST(FieldReaderTest, ControlCharactersAreRefused) {
  json j = {{"a", "line\nbreak\ttab"}, {"b", "bell\x07"}, {"c", "esc\x1b"}};
  FieldReader r(j, {"a", "b", "c"});
  EXPECT_TRUE(r.text("a", Need::kOptional).has_value());
  EXPECT_FALSE(r.text("b", Need::kOptional).has_value());
  EXPECT_FALSE(r.text("c", Need::kOptional).has_value());
  EXPECT_EQ(r.errors().at("b"), "contains control characters");
  EXPECT_EQ(r.errors().count("a"), 0u);
}

TEST(FieldReaderTest, TextListsLimitItemsAndLength) {
  json j = {{"ok", {"Hoa", "Lan"}}, {"many", {"a", "b", "c"}}, {"long", json::array({"abcdef"})}, {"mixed", {"a", 1}}};
  FieldReader r(j, {"ok", "many", "long", "mixed"});
  EXPECT_EQ(r.text_list("ok", Need::kRequired, 2, 5), (std::vector<std::string>{"Hoa", "Lan"}));
  EXPECT_FALSE(r.text_list("many", Need::kRequired, 2, 5).has_value());
  EXPECT_FALSE(r.text_list("long", Need::kRequired, 2, 5).has_value());
  EXPECT_FALSE(r.text_list("mixed", Need::kRequired, 2, 5).has_value());
  EXPECT_EQ(r.errors().at("many"), "at most 2 items");
  EXPECT_EQ(r.errors().size(), 3u);
}

TEST(FieldReaderTest, ChoicesNameTheAllowedValues) {
  json j = {{"form", "slavery"}, {"status", "closed"}};
  FieldReader r(j, {"form", "status"});
  EXPECT_FALSE(r.choice("form", Need::kRequired, &domain::parse_trafficking_form, domain::trafficking_form_names())
                   .has_value());
  EXPECT_EQ(r.choice("status", Need::kRequired, &domain::parse_case_status, domain::case_status_names()),
            domain::CaseStatus::kClosed);
  const std::string& reason = r.errors().at("form");
  EXPECT_NE(reason.find("forced_labour"), std::string::npos) << reason;
  EXPECT_NE(reason.find("sexual_exploitation"), std::string::npos) << reason;
}

TEST(FieldReaderTest, NestedObjectErrorsArePrefixed) {
  json j = {{"route", {{"origin_country", 7}, {"via", "LA"}}}, {"recruitment", {{"channel", "broker"}}}};
  FieldReader r(j, {"route", "recruitment"});
  std::optional<std::string> channel;
  EXPECT_TRUE(r.object("route", Need::kOptional, {"origin_country"},
                       [](FieldReader& in) { (void)in.text("origin_country", Need::kOptional); }));
  EXPECT_TRUE(r.object("recruitment", Need::kOptional, {"channel"},
                       [&](FieldReader& in) { channel = in.text("channel", Need::kRequired); }));
  EXPECT_FALSE(r.object("absent", Need::kRequired, {}, [](FieldReader&) {}));
  EXPECT_EQ(channel, "broker");
  EXPECT_EQ(r.errors().at("route.origin_country"), "must be a string");
  EXPECT_EQ(r.errors().at("route.via"), "unknown field");
  EXPECT_EQ(r.errors().at("absent"), "is required");
  EXPECT_EQ(r.errors().size(), 3u);
  Error e = r.error("the case has invalid fields");
  EXPECT_EQ(e.code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(e.message, "the case has invalid fields");
  EXPECT_EQ(e.fields, r.errors());
}

TEST(FieldReaderTest, HasSeesPresentAndNullFields) {
  json j = {{"a", nullptr}, {"b", 1}};
  FieldReader r(j, {"a", "b"});
  EXPECT_TRUE(r.has("a"));
  EXPECT_TRUE(r.has("b"));
  EXPECT_FALSE(r.has("c"));
  EXPECT_TRUE(r.ok());
}

}  // namespace
}  // namespace frontline::http
