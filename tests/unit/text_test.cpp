// Tests for util/text: UTF-8 validation (overlongs, surrogates, out of range,
// truncation), NFC normalization of decomposed Vietnamese, the search fold
// (Any-Latin; Latin-ASCII; Lower, đ/Đ/Ð to d, punctuation collapsed), code
// point counting and control-character detection.
#include "util/text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace frontline::text {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ASCII"));
  EXPECT_TRUE(is_valid_utf8("Nguyễn Thị Hồng, Đồn Biên phòng Hữu Nghị"));
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));   // U+1F600, 4 bytes
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));   // U+10FFFF, the last code point
  EXPECT_TRUE(is_valid_utf8("\xEF\xBF\xBD"));       // U+FFFD
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));
}

TEST(Utf8Test, RejectsOverlongEncodings) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // '/' in 2 bytes
  EXPECT_FALSE(is_valid_utf8("\xC1\xBF"));
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // '/' in 3 bytes
  EXPECT_FALSE(is_valid_utf8("\xE0\x9F\xBF"));      // U+07FF in 3 bytes
  EXPECT_FALSE(is_valid_utf8("\xF0\x80\x80\xAF"));  // '/' in 4 bytes
  EXPECT_FALSE(is_valid_utf8("\xF0\x8F\xBF\xBF"));  // U+FFFF in 4 bytes
}

TEST(Utf8Test, RejectsSurrogates) {
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));                  // U+D800
  EXPECT_FALSE(is_valid_utf8("\xED\xBF\xBF"));                  // U+DFFF
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\xBD\xED\xB8\x80"));      // CESU-8 pair
  EXPECT_TRUE(is_valid_utf8("\xED\x9F\xBF"));                   // U+D7FF is fine
}

TEST(Utf8Test, RejectsOutOfRangeAndBrokenSequences) {
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  EXPECT_FALSE(is_valid_utf8("\xFF"));
  EXPECT_FALSE(is_valid_utf8("\xFE"));
  EXPECT_FALSE(is_valid_utf8("\x80"));              // lone continuation byte
  EXPECT_FALSE(is_valid_utf8("Nguy\xE1\xBB"));      // truncated "ễ"
  EXPECT_FALSE(is_valid_utf8("\xE1\xBB" "x"));
  EXPECT_FALSE(is_valid_utf8("ok then \xC3"));
}

TEST(NfcTest, ComposesDecomposedVietnamese) {
  // e + combining circumflex + combining tilde → ễ (U+1EC5).
  auto r = to_nfc("Nguye\xCC\x82\xCC\x83n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Nguy\xE1\xBB\x85n");
  EXPECT_EQ(*r, "Nguyễn");
  // a + combining dot below + combining circumflex → ậ.
  auto b = to_nfc("Tra\xCC\xA3\xCC\x82n");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*b, "Trận");
  // d + ... stays; e + acute → é.
  auto c = to_nfc("Le\xCC\x81");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*c, "Lé");
}

TEST(NfcTest, LeavesComposedTextAlone) {
  const std::string s = "Đặng Thị Hồng, Lạng Sơn";
  auto r = to_nfc(s);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, s);
}

TEST(NfcTest, MapsIcelandicEthToVietnameseDStroke) {
  auto r = to_nfc("\xC3\x90inh");  // Ð (U+00D0)
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "\xC4\x90inh");  // Đ (U+0110)
}

TEST(NfcTest, RefusesInvalidUtf8) {
  auto r = to_nfc("abc\xC0\xAF");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(FoldTest, VietnameseNamesFoldToAsciiLowerCase) {
  EXPECT_EQ(fold("Đặng Thị Hồng"), "dang thi hong");
  EXPECT_EQ(fold("Nguyễn Thị  Như-Quỳnh"), "nguyen thi nhu quynh");
  EXPECT_EQ(fold("LẠNG SƠN"), "lang son");
  EXPECT_EQ(fold("Bà Rịa – Vũng Tàu"), "ba ria vung tau");
}

TEST(FoldTest, AllFormsOfDFoldToD) {
  EXPECT_EQ(fold("đ"), "d");
  EXPECT_EQ(fold("Đ"), "d");
  EXPECT_EQ(fold("\xC3\x90"), "d");  // Ð (U+00D0)
  EXPECT_EQ(fold("\xC3\xB0"), "d");  // ð (U+00F0)
  EXPECT_EQ(fold("Đinh đức"), "dinh duc");
}

TEST(FoldTest, DecomposedAndComposedFoldTheSame) {
  EXPECT_EQ(fold("Nguye\xCC\x82\xCC\x83n"), fold("Nguyễn"));
  EXPECT_EQ(fold("Nguye\xCC\x82\xCC\x83n"), "nguyen");
}

TEST(FoldTest, CollapsesPunctuationAndTrims) {
  EXPECT_EQ(fold("  --Hà Nội!!  "), "ha noi");
  EXPECT_EQ(fold("LS-2026-0042"), "ls 2026 0042");
  EXPECT_EQ(fold("a,,,b...c"), "a b c");
  EXPECT_EQ(fold(""), "");
  EXPECT_EQ(fold("!!!"), "");
}

TEST(FoldTest, TransliteratesOtherScripts) {
  EXPECT_EQ(fold("Москва"), "moskva");
  EXPECT_FALSE(fold("北京").empty());
  EXPECT_EQ(fold("北京").find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789 "), std::string::npos);
}

TEST(CodePointsTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(code_points(""), 0u);
  EXPECT_EQ(code_points("abc"), 3u);
  EXPECT_EQ(code_points("Nguyễn"), 6u);
  EXPECT_EQ(std::string("Nguyễn").size(), 8u);
  EXPECT_EQ(code_points("\xF0\x9F\x98\x80"), 1u);
}

TEST(ExcerptTest, KeepsShortTextAndCutsLongTextAtAWord) {
  EXPECT_EQ(excerpt("Nạn nhân", 8), "Nạn nhân");
  EXPECT_EQ(excerpt("", 5), "");
  // 11 code points, limit 10: cut before "nhân", the ellipsis counted.
  EXPECT_EQ(excerpt("Nạn nhân bị", 10), "Nạn nhân…");
  EXPECT_EQ(excerpt("Nạn nhân bị lừa", 14), "Nạn nhân bị…");  // cut falls mid-word: back to "bị"
  EXPECT_EQ(excerpt("Nạn nhân bị lừa sang Campuchia", 12), "Nạn nhân bị…");
  EXPECT_LE(code_points(excerpt("Nạn nhân bị lừa sang Campuchia", 12)), 12u);
  // No space within the limit: cut inside the word, never inside a code point.
  std::string cut = excerpt("Đườngdâybuônbánngười", 6);
  EXPECT_EQ(cut, "Đường…");
  EXPECT_TRUE(is_valid_utf8(cut));
  EXPECT_EQ(code_points(cut), 6u);
}

TEST(ControlCharsTest, FindsC0AndC1ControlsButNotWhitespace) {
  EXPECT_FALSE(has_control_chars("tab\there\r\nnewline"));
  EXPECT_FALSE(has_control_chars("Đồn Biên phòng"));
  EXPECT_TRUE(has_control_chars("bell\x07"));
  EXPECT_TRUE(has_control_chars(std::string("nul\0", 4)));
  EXPECT_TRUE(has_control_chars("esc\x1B[0m"));
  EXPECT_TRUE(has_control_chars("del\x7F"));
  EXPECT_TRUE(has_control_chars("nel\xC2\x85"));  // U+0085
  EXPECT_TRUE(has_control_chars("\xC2\x9F"));     // U+009F
  EXPECT_FALSE(has_control_chars("\xC2\xA0"));    // U+00A0 no-break space
}

}  // namespace
}  // namespace frontline::text
