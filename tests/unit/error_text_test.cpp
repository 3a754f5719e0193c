// Tests for http/error_text: language choice from Accept-Language, template
// translation with captured and nested parts, and error bodies rewritten.
#include "http/error_text.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "http/error_text_table.hpp"

namespace frontline::http {
namespace {

TEST(PreferredLanguage, HonoursOrderAndQuality) {
  EXPECT_EQ(preferred_language(""), Language::kEnglish);
  EXPECT_EQ(preferred_language("vi"), Language::kVietnamese);
  EXPECT_EQ(preferred_language("vi-VN,vi;q=0.9,en;q=0.8"), Language::kVietnamese);
  EXPECT_EQ(preferred_language("en-US,en;q=0.9,vi;q=0.8"), Language::kEnglish);
  EXPECT_EQ(preferred_language("en;q=0.5, VI-vn;q=0.7"), Language::kVietnamese);
  EXPECT_EQ(preferred_language("en, vi"), Language::kEnglish);
  EXPECT_EQ(preferred_language("fr-FR, de"), Language::kEnglish);
  EXPECT_EQ(preferred_language("vi;q=0"), Language::kEnglish);
  EXPECT_EQ(preferred_language("video"), Language::kEnglish);
}

TEST(Translate, FixedTextsAndTemplates) {
  EXPECT_EQ(translate("is required", Language::kVietnamese), "bắt buộc");
  EXPECT_EQ(translate("at most 200 characters", Language::kVietnamese), "tối đa 200 ký tự");
  // The specific template wins over the general one that also matches.
  EXPECT_EQ(translate("must be 3 to 200 characters", Language::kVietnamese), "phải dài từ 3 đến 200 ký tự");
  EXPECT_EQ(translate("must be 1 to 200", Language::kVietnamese), "phải từ 1 đến 200");
  // What the user typed stays as typed, even when it is a word the table knows.
  EXPECT_EQ(translate("unknown status 'closed'", Language::kVietnamese), "trạng thái 'closed' không tồn tại");
  EXPECT_EQ(translate("unknown role 'boss'; known roles: admin, analyst", Language::kVietnamese),
            "vai trò 'boss' không tồn tại; các vai trò: admin, analyst");
}

TEST(Translate, NestedPartsAreTranslatedToo) {
  EXPECT_EQ(translate("your role may not add persons", Language::kVietnamese),
            "vai trò của bạn không được phép thêm người liên quan");
  EXPECT_EQ(translate("case LS-2026-0001 cannot move from reported to closed", Language::kVietnamese),
            "vụ việc LS-2026-0001 không thể chuyển từ tiếp nhận sang đã kết thúc");
  // A nested part the table does not know stays as it was.
  EXPECT_EQ(translate("your role may not fly", Language::kVietnamese), "vai trò của bạn không được phép fly");
}

TEST(Translate, UnknownTextAndEnglish) {
  EXPECT_FALSE(translate("something nobody wrote down", Language::kVietnamese).has_value());
  EXPECT_FALSE(translate("", Language::kVietnamese).has_value());
  EXPECT_EQ(translate("is required", Language::kEnglish), "is required");
  // A template's literal parts must all be there.
  EXPECT_FALSE(translate("at most characters", Language::kVietnamese).has_value());
  EXPECT_FALSE(translate("case 5 not", Language::kVietnamese).has_value());
}

TEST(ErrorTextTable, EveryTemplateIsWellFormed) {
  std::set<std::string_view> seen;
  for (const auto& t : vietnamese_error_texts()) {
    EXPECT_TRUE(seen.insert(t.english).second) << "duplicate " << t.english;
    size_t holes = 0;
    for (size_t at = t.english.find('{'); at != std::string_view::npos; at = t.english.find('{', at + 1)) {
      ++holes;
    }
    for (size_t i = 0; i < holes; ++i) {
      EXPECT_NE(t.translated.find("{" + std::to_string(i) + "}"), std::string_view::npos)
          << t.english << " -> " << t.translated << " misses {" << i << "}";
    }
    EXPECT_EQ(t.translated.find("{" + std::to_string(holes) + "}"), std::string_view::npos) << t.english;
    EXPECT_NE(t.translated, t.english);
  }
}

TEST(LocalizeErrorBody, RewritesMessageAndReasonsOnly) {
  const std::string body =
      R"({"error":{"code":"invalid_argument","message":"the case has invalid fields",)"
      R"("fields":{"title":"must not be blank","zzz":"an unlisted reason"},"allowed":["closed"]}})";
  const auto out = nlohmann::json::parse(localize_error_body(body, Language::kVietnamese));
  EXPECT_EQ(out["error"]["code"], "invalid_argument");
  EXPECT_EQ(out["error"]["message"], "vụ việc có trường không hợp lệ");
  EXPECT_EQ(out["error"]["fields"]["title"], "không được để trống");
  EXPECT_EQ(out["error"]["fields"]["zzz"], "an unlisted reason");
  EXPECT_EQ(out["error"]["allowed"], nlohmann::json::array({"closed"}));
  EXPECT_EQ(localize_error_body(body, Language::kEnglish), body);
  EXPECT_EQ(localize_error_body("not json", Language::kVietnamese), "not json");
  EXPECT_EQ(localize_error_body(R"({"items":[]})", Language::kVietnamese), R"({"items":[]})");
}

}  // namespace
}  // namespace frontline::http
