// Tests for match/name and match/family_names: names written differently
// (case, NFD, Ð U+00D0 for Đ, old tone placement "Qúy", punctuation) give
// the same tokens; token roles are guessed for Vietnamese, Western and
// given-first order; the embedded family name list loads and a broken one is
// refused.
#include "match/name.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "match/family_names.hpp"

namespace frontline::match {
namespace {

std::string key(std::string_view s) {
  auto n = normalize_name(s);
  EXPECT_TRUE(n.ok()) << s;
  return n.ok() ? n->key() : std::string();
}

std::vector<std::string> roles(std::string_view s) {
  auto n = normalize_name(s);
  EXPECT_TRUE(n.ok()) << s;
  std::vector<std::string> out;
  if (n.ok()) {
    for (const NameToken& t : n->tokens) {
      out.push_back(t.text + ":" + token_role_name(t.role));
    }
  }
  return out;
}

TEST(MatchNameTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(key("Nguyễn Thị Như Quỳnh"), "nguyen thi nhu quynh");
  EXPECT_EQ(key("  NGUYỄN   thị như-quỳnh. "), "nguyen thi nhu quynh");
  EXPECT_EQ(key("Nguyen, Thi Nhu Quynh"), "nguyen thi nhu quynh");
}

// The defects listed in the names data's README.
TEST(MatchNameTest, KnownDataDefectsCompareEqual) {
  // Ð (U+00D0, Icelandic eth) where Đ (U+0110) is meant, and lower-case đ.
  EXPECT_EQ(key("\xC3\x90\xE1\xBA\xB7ng V\xC4\x83n \xC4\x90\xE1\xBB\xA9\x63"), key("Đặng Văn Đức"));
  EXPECT_EQ(key("đặng văn đức"), "dang van duc");
  // Decomposed (NFD): "Nguyễn" as e + circumflex + tilde.
  EXPECT_EQ(key("Nguye\xCC\x82\xCC\x83n Thi\xCC\xA3 Lan"), "nguyen thi lan");
  // Old-style tone placement.
  EXPECT_EQ(key("Trần Qúy"), key("Trần Quý"));
  EXPECT_EQ(key("Hùynh Thị Hoà"), key("Huỳnh Thị Hòa"));
}

TEST(MatchNameTest, RolesInVietnameseOrder) {
  EXPECT_EQ(roles("Nguyễn Thị Như Quỳnh"),
            (std::vector<std::string>{"nguyen:family", "thi:middle", "nhu:middle", "quynh:given"}));
  EXPECT_EQ(normalize_name("Nguyễn Thị Như Quỳnh")->order, NameOrder::kFamilyFirst);
  EXPECT_EQ(roles("Trần Mai"), (std::vector<std::string>{"tran:family", "mai:given"}));
  EXPECT_EQ(roles("Hoàng Văn Thái"), (std::vector<std::string>{"hoang:family", "van:middle", "thai:given"}));
}

TEST(MatchNameTest, DetectsFamilyNameLastOrAfterTheGivenName) {
  // Foreign records: "first name" then "last name" (family + middle).
  auto given_first = normalize_name("Mai Nguyen Thi");
  ASSERT_TRUE(given_first.ok());
  EXPECT_EQ(given_first->order, NameOrder::kGivenFirst);
  EXPECT_EQ(roles("Mai Nguyen Thi"), (std::vector<std::string>{"mai:given", "nguyen:family", "thi:middle"}));
  // Western order.
  auto western = normalize_name("Mai Thi Nguyen");
  ASSERT_TRUE(western.ok());
  EXPECT_EQ(western->order, NameOrder::kFamilyLast);
  EXPECT_EQ(roles("Mai Thi Nguyen"), (std::vector<std::string>{"mai:given", "thi:middle", "nguyen:family"}));
}

TEST(MatchNameTest, SingleTokensAndUnknownFamilyNames) {
  auto single = normalize_name("Lan");
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(single->order, NameOrder::kAssumed);
  EXPECT_EQ(roles("Lan"), (std::vector<std::string>{"lan:given"}));
  auto foreign = normalize_name("Zhang Wei");
  ASSERT_TRUE(foreign.ok());
  EXPECT_EQ(foreign->order, NameOrder::kAssumed);
  EXPECT_EQ(roles("Zhang Wei"), (std::vector<std::string>{"zhang:family", "wei:given"}));
  // Han characters go through ICU's Han-Latin (Mandarin pinyin).
  EXPECT_EQ(key("张伟"), "zhang wei");
}

std::vector<std::string> marks(std::string_view s) {
  auto n = normalize_name(s);
  EXPECT_TRUE(n.ok()) << s;
  std::vector<std::string> out;
  if (n.ok()) {
    for (const NameToken& t : n->tokens) {
      out.push_back(t.marks.str());
    }
  }
  return out;
}

bool marked(std::string_view s) {
  auto n = normalize_name(s);
  return n.ok() && n->marked;
}

TEST(MatchNameTest, KeepsTheMarksFoldingDrops) {
  // Hưng, Hương and Hùng fold alike or nearly; their marks tell them apart.
  EXPECT_EQ(marks("Nguyễn Văn Hưng"), (std::vector<std::string>{"e^~", "a(", "u+"}));
  EXPECT_EQ(marks("Nông Bích Hương"), (std::vector<std::string>{"o^", "'", "u+o+"}));
  EXPECT_EQ(marks("Lê Hùng")[1], "`");
  EXPECT_EQ(marks("Đặng Minh")[0], "d-a(.");
  // Old tone placement, NFD and Ð U+00D0 give the marks of the modern NFC form.
  EXPECT_EQ(marks("Qúy"), marks("Quý"));
  EXPECT_EQ(marks("Hoà"), marks("Hòa"));
  EXPECT_EQ(marks("\xC3\x90\x61\xCC\x86\xCC\xA3ng Thu"), marks("Đặng Thu"));
  EXPECT_TRUE(marked("Lê Thu"));
  // Without diacritics (or with letters outside Vietnamese Latin) nothing is compared.
  EXPECT_FALSE(marked("Nguyen Van Hung"));
  EXPECT_EQ(marks("Nguyen Van Hung"), (std::vector<std::string>{"", "", ""}));
  EXPECT_FALSE(marked("Søren Nguyễn"));
}

TEST(MatchNameTest, OrderIsCertainOnlyWithoutAnotherReading) {
  auto certain = [](std::string_view s) {
    auto n = normalize_name(s);
    EXPECT_TRUE(n.ok()) << s;
    return n.ok() && n->order_certain;
  };
  EXPECT_TRUE(certain("Nguyễn Anh Đức"));
  EXPECT_TRUE(certain("Trần Thị Lan"));
  EXPECT_FALSE(certain("Lâm Trúc Bùi"));    // Lâm and Bùi are both family names
  EXPECT_FALSE(certain("Hoàng Phi Phạm"));  // so are Hoàng and Phạm
  EXPECT_FALSE(certain("Lan"));
}

TEST(MatchNameTest, RefusesInvalidOrEmptyNames) {
  for (std::string_view bad : {std::string_view(""), std::string_view(" - . "), std::string_view("\xC0\xAF")}) {
    auto n = normalize_name(bad);
    ASSERT_FALSE(n.ok()) << bad;
    EXPECT_EQ(n.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(n.error().fields.count("name"), 1U);
  }
}

// Each thread folds with its own ICU transliterator: concurrent calls give
// the same answers as one thread does.
TEST(MatchNameTest, ConcurrentThreadsAgree) {
  const std::vector<std::string> names = {"Nguyễn Thị Như Quỳnh", "Mai Nguyen Thi", "\xC3\x90\xE1\xBA\xB7ng V\xC4\x83n",
                                          "Giàng A Páo", "Lò Thị Mỷ"};
  std::vector<std::string> expected;
  for (const std::string& n : names) {
    expected.push_back(key(n));
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < names.size(); ++i) {
          auto n = normalize_name(names[i]);
          if (!n.ok() || n->key() != expected[i]) {
            ++mismatches[t];
          }
        }
      }
    });
  }
  for (std::thread& th : threads) {
    th.join();
  }
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

TEST(FamilyNamesTest, EmbeddedListHasTheCommonNamesWithShares) {
  const FamilyNameList& list = builtin_family_names();
  EXPECT_GE(list.names().size(), 100U);
  EXPECT_DOUBLE_EQ(list.share("nguyen"), 0.38);
  EXPECT_DOUBLE_EQ(list.share("tran"), 0.11);
  EXPECT_GT(list.share("dang"), 0.0);   // Đặng
  EXPECT_GT(list.share("giang"), 0.0);  // Giàng (highland) and Giang fold alike
  EXPECT_GT(list.share("sung"), 0.0);   // Sùng, added by hand
  EXPECT_EQ(list.share("thi"), 0.0);
  EXPECT_EQ(list.share("quynh"), 0.0);
  EXPECT_FALSE(list.contains("student"));
}

TEST(FamilyNamesTest, RefusesBrokenLists) {
  const std::string ok_entry = R"({"name": "Nguyễn", "uit_count": 1, "uit_share": 0.3})";
  auto doc = [](const std::string& names) {
    return R"({"source": "test", "uit_names": 10, "names": [)" + names + "]}";
  };
  EXPECT_TRUE(load_family_names(doc(ok_entry)).ok());
  const std::vector<std::pair<std::string, std::string>> broken = {
      {doc(""), "non-empty array"},
      {doc(ok_entry + "," + ok_entry), "listed twice"},
      {doc(R"({"name": "Nguyễn", "uit_count": 1})"), "missing key \"uit_share\""},
      {doc(R"({"name": "Nguyễn", "uit_count": 1, "uit_share": 0.3, "extra": 1})"), "unknown key \"extra\""},
      {doc(R"({"name": "Nguyễn", "uit_count": 1, "uit_share": 1.5})"), "uit_share"},
      {doc(R"({"name": "Nguye\u0302\u0303n", "uit_count": 1, "uit_share": 0.3})"), "NFC"},
      {doc(R"({"name": "Nguyễn Văn", "uit_count": 1, "uit_share": 0.3})"), "one word"},
      {"{", "malformed"},
  };
  for (const auto& [text, expected] : broken) {
    auto loaded = load_family_names(text);
    ASSERT_FALSE(loaded.ok()) << text;
    EXPECT_NE(loaded.error().message.find(expected), std::string::npos) << loaded.error().message;
    EXPECT_NE(loaded.error().message.find("family_names.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace frontline::match
