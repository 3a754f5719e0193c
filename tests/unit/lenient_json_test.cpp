// Tests for http/lenient_json: a body whose strings hold invalid UTF-8 or
// unpaired surrogate escapes still parses, with those places marked, so a
// batch route can answer the one bad text; anything else that is not JSON
// is still refused.
#include "http/lenient_json.hpp"

#include <gtest/gtest.h>

#include "util/text.hpp"

namespace frontline::http {
namespace {

TEST(LenientJson, ValidBodiesParseAsUsual) {
  auto r = parse_json_lenient(R"({"texts":["việc nhẹ lương cao","😀 \ud83d\ude00","a\"b\\u"]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->value["texts"][0], "việc nhẹ lương cao");
  EXPECT_EQ(r->value["texts"][1], "😀 😀");
  EXPECT_EQ(r->value["texts"][2], "a\"b\\u");
  for (const auto& t : r->value["texts"]) {
    EXPECT_EQ(t.get<std::string>().find(r->marker), std::string::npos);
  }
}

TEST(LenientJson, InvalidBytesInsideStringsAreMarked) {
  for (const std::string bad : {"\xC3\x28", "\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82"}) {
    auto r = parse_json_lenient("{\"texts\":[\"ok\",\"x" + bad + "y\"]}");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->value["texts"][0], "ok");
    const std::string t = r->value["texts"][1].get<std::string>();
    EXPECT_NE(t.find(r->marker), std::string::npos);
    EXPECT_FALSE(text::is_valid_utf8(restore_invalid(t, r->marker)));
    EXPECT_EQ(restore_invalid("ok", r->marker), "ok");
  }
}

TEST(LenientJson, UnpairedSurrogateEscapesAreMarked) {
  for (const std::string esc : {"\\ud800", "\\uDBFF x", "\\udc00", "\\ud800\\u0041"}) {
    auto r = parse_json_lenient("{\"text\":\"a" + esc + "\"}");
    ASSERT_TRUE(r.ok()) << esc << ": " << r.error().message;
    EXPECT_NE(r->value["text"].get<std::string>().find(r->marker), std::string::npos) << esc;
  }
}

TEST(LenientJson, TheMarkerIsNeverInTheBody) {
  // U+FDD0 written in the body (raw and escaped) is not taken as the marker.
  auto r = parse_json_lenient("{\"text\":\"\xEF\xB7\x90 \\uFDD1 \xFF\"}");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->marker, "\xEF\xB7\x92");  // U+FDD2
  const std::string t = restore_invalid(r->value["text"].get<std::string>(), r->marker);
  EXPECT_EQ(t, "\xEF\xB7\x90 \xEF\xB7\x91 \xFF");
}

TEST(LenientJson, WhatIsNotJsonIsStillRefused) {
  for (const std::string body : {"{\"text\":", "[\"a\"]", "{\"text\":\"a\"}\xFF", "\xFF{}", "{\"a\":1,}"}) {
    auto r = parse_json_lenient(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(r.error().fields.count("body"), 1u) << body;
  }
}

}  // namespace
}  // namespace frontline::http
