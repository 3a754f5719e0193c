// The red-flag lexicon: the compiled-in data file is complete and valid,
// phrases compare folded, bad documents are refused by JSON path, and local
// terms merge over the built-in flags.
#include "scan/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace frontline::scan {
std::string_view embedded_red_flags_json();

namespace {

bool has_phrase(const RedFlag& f, const std::string& folded) {
  return std::find(f.folded.begin(), f.folded.end(), folded) != f.folded.end();
}

TEST(ScanLexicon, TheDataFileCoversEveryCategoryWithSourcesAndReasons) {
  auto lex = parse_lexicon(embedded_red_flags_json());
  ASSERT_TRUE(lex.ok()) << lex.error().message;
  EXPECT_GE(lex->flags.size(), 20u);
  std::set<std::string> categories;
  for (const RedFlag& f : lex->flags) {
    categories.insert(f.category);
    EXPECT_FALSE(f.folded.empty()) << f.id;
    EXPECT_FALSE(f.rationale_vi.empty()) << f.id;
    EXPECT_TRUE(lex->sources.count(f.source)) << f.id;
  }
  EXPECT_EQ(categories.size(), category_names().size());
  EXPECT_EQ(builtin_lexicon().flags.size(), lex->flags.size());
}

TEST(ScanLexicon, PhrasesAreFoldedSoUnaccentedTextMatches) {
  const RedFlag* f = builtin_lexicon().find("pay.light_work_high_pay");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(has_phrase(*f, "viec nhe luong cao"));
  EXPECT_EQ(f->phrases.at("vi").front(), "việc nhẹ lương cao");
  const RedFlag* exit = builtin_lexicon().find("urgency_exit.irregular_exit");
  ASSERT_NE(exit, nullptr);
  EXPECT_TRUE(has_phrase(*exit, "bao qua bien gioi"));
  // The same phrase in two languages is kept once.
  const RedFlag* cam = builtin_lexicon().find("destination.cambodia_hubs");
  ASSERT_NE(cam, nullptr);
  EXPECT_EQ(std::count(cam->folded.begin(), cam->folded.end(), "sihanoukville"), 1);
}

TEST(ScanLexicon, BadDocumentsNameEachProblemByPath) {
  const std::string doc = R"({"sources": {"s": "a source"}, "flags": [
    {"id": "a", "category": "pay", "weight": 2, "patterns": {"vi": ["lương cao"]}, "rationale": {"vi": "x", "en": "x"}, "source": "s"},
    {"id": "a", "category": "salary", "weight": 0.5, "patterns": {"fr": ["salaire"], "vi": [5, "x"]}, "rationale": {"vi": "x"}, "source": "nowhere"}
  ]})";
  auto lex = parse_lexicon(doc);
  ASSERT_FALSE(lex.ok());
  const auto& f = lex.error().fields;
  EXPECT_TRUE(f.count("flags[0].weight"));
  EXPECT_TRUE(f.count("flags[1].id"));  // repeated
  EXPECT_TRUE(f.count("flags[1].category"));
  EXPECT_TRUE(f.count("flags[1].patterns.fr"));
  EXPECT_TRUE(f.count("flags[1].patterns.vi[0]"));
  EXPECT_TRUE(f.count("flags[1].patterns.vi[1]"));  // one letter is no phrase
  EXPECT_TRUE(f.count("flags[1].rationale"));
  EXPECT_TRUE(f.count("flags[1].source"));
  EXPECT_FALSE(parse_lexicon("[1, 2]").ok());
  EXPECT_FALSE(parse_lexicon(R"({"sources": {"s": "x"}, "flags": []})").ok());
}

TEST(ScanLexicon, LocalTermsExtendKnownFlagsAndAddNewOnes) {
  const std::string local = R"({"flags": [
    {"id": "pay.light_work_high_pay", "patterns": {"vi": ["Việc Nhẹ Lương Cao", "làm chơi ăn thật"]}},
    {"id": "local.lang_son_crossing", "category": "urgency_exit", "weight": 0.3,
     "patterns": {"vi": ["qua bãi Tân Thanh ban đêm"]}, "rationale": {"vi": "Lối mở ban đêm", "en": "Night crossing"},
     "source": "vn_press"}
  ]})";
  auto merged = merge_local_terms(builtin_lexicon(), local);
  ASSERT_TRUE(merged.ok()) << merged.error().message;
  const RedFlag* pay = merged->find("pay.light_work_high_pay");
  ASSERT_NE(pay, nullptr);
  EXPECT_TRUE(has_phrase(*pay, "lam choi an that"));
  EXPECT_EQ(std::count(pay->folded.begin(), pay->folded.end(), "viec nhe luong cao"), 1);
  const RedFlag* added = merged->find("local.lang_son_crossing");
  ASSERT_NE(added, nullptr);
  EXPECT_TRUE(has_phrase(*added, "qua bai tan thanh ban dem"));
  EXPECT_EQ(merged->flags.size(), builtin_lexicon().flags.size() + 1);
  EXPECT_GT(merged->phrase_count(), builtin_lexicon().phrase_count());

  auto bad = merge_local_terms(builtin_lexicon(), R"({"flags": [{"id": "new.flag", "patterns": {"vi": ["tuyển gấp lắm"]}}]})");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(bad.error().fields.count("local.flags[0].category"));
  EXPECT_TRUE(bad.error().fields.count("local.flags[0].weight"));
  EXPECT_TRUE(bad.error().fields.count("local.flags[0].rationale"));
}

}  // namespace
}  // namespace frontline::scan
