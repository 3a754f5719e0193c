// Tests for match/score, match/name_score, match/birth_date and
// match/scoring_config: table-driven person pairs (the same person written
// differently scores above the alert threshold, siblings below, swapped order
// and missing middle names are tolerated, dates of birth add or subtract as
// documented, an equal phone alone is strong evidence), token rarity, the
// explanation of every field, and the strict loading of scoring.json.
#include "match/score.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "match/name_score.hpp"

namespace frontline::match {
namespace {

using domain::Sex;

PersonRecord person(std::string name, std::string dob = "", Sex sex = Sex::kUnknown, std::string nationality = "") {
  PersonRecord r;
  r.full_name = std::move(name);
  r.date_of_birth = std::move(dob);
  r.sex = sex;
  r.nationality = std::move(nationality);
  return r;
}

MatchScore score(const PersonRecord& a, const PersonRecord& b) {
  static const FamilyShareTokenStats stats;
  return score_pair(build_profile(a), build_profile(b), stats);
}

const FieldExplanation& field(const MatchScore& s, const std::string& name) {
  for (const FieldExplanation& f : s.fields) {
    if (f.field == name) {
      return f;
    }
  }
  static const FieldExplanation none;
  ADD_FAILURE() << "no field " << name;
  return none;
}

enum class Expect { kAlert, kBelowAlert, kBelowReview };

struct PairCase {
  const char* what;
  PersonRecord left;
  PersonRecord right;
  Expect expect;
};

TEST(MatchScoreTest, PairsAgainstTheAlertThreshold) {
  const double alert = builtin_scoring_config().alert;
  const double review = builtin_scoring_config().review;
  PersonRecord phone_a = person("Lò Thị Mỷ");
  phone_a.phone = "0912 345 678";
  PersonRecord phone_b = person("Nguyễn Thị Hoa");
  phone_b.phone = "+84912345678";
  PersonRecord cccd_a = person("Trần Văn Nam");
  cccd_a.citizen_id = "001089012345";
  PersonRecord cccd_b = person("Tran Nam");
  cccd_b.citizen_id = "001 089 012 345";
  const std::vector<PairCase> cases = {
      {"same person, case and diacritics", person("Nguyễn Thị Như Quỳnh", "1998-04-12", Sex::kFemale, "VN"),
       person("NGUYEN THI NHU QUYNH", "1998-04-12", Sex::kFemale, "vn"), Expect::kAlert},
      {"data defects: Ð U+00D0, NFD, old tone placement",
       person("\xC3\x90\xE1\xBA\xB7ng Th\xE1\xBB\x8B Q\xC3\xBAy", "1990"),
       person("\xC4\x90\x61\xCC\x86\xCC\xA3ng Thi\xCC\xA3 Quy\xCC\x81", "1990"), Expect::kAlert},
      {"given name first (foreign record)", person("Mai Nguyen Thi", "2001-07-03"),
       person("Nguyễn Thị Mai", "2001-07-03"), Expect::kAlert},
      {"western order", person("Quynh Nhu Nguyen"), person("Nguyễn Như Quỳnh"), Expect::kAlert},
      {"missing middle name", person("Nguyễn Mai", "2001"), person("Nguyễn Thị Mai", "2001-07-03"), Expect::kAlert},
      {"missing second middle name", person("Phạm Quỳnh"), person("Phạm Như Quỳnh"), Expect::kAlert},
      {"diacritics lost", person("Lê Thị Phượng"), person("Le Thi Phuong"), Expect::kAlert},
      {"letters swapped in the given name", person("Nguyễn Thị Quỳnh"), person("Nguyen Thi Quyhn"), Expect::kAlert},
      {"short given names one letter apart", person("Nguyễn Văn An"), person("Nguyễn Văn Anh"),
       Expect::kBelowReview},
      {"the given name alone", person("Nguyễn Thị Lan"), person("Lan"), Expect::kBelowReview},
      {"siblings sharing family and middle names", person("Nguyễn Văn Hùng", "1990-02-01", Sex::kMale),
       person("Nguyễn Văn Dũng", "1993-05-20", Sex::kMale), Expect::kBelowReview},
      {"sisters, same year", person("Trần Thị Lan", "1995"), person("Trần Thị Hoa", "1995"), Expect::kBelowReview},
      {"same name, other sex", person("Nguyễn Văn An", "", Sex::kMale), person("Nguyễn Văn An", "", Sex::kFemale),
       Expect::kBelowAlert},
      {"same name, years of birth far apart", person("Lê Văn Tám", "1950"), person("Lê Văn Tám", "2004-01-01"),
       Expect::kBelowAlert},
      {"an equal phone alone", phone_a, phone_b, Expect::kAlert},
      {"an equal citizen ID", cccd_a, cccd_b, Expect::kAlert},
  };
  for (const PairCase& c : cases) {
    const MatchScore s = score(c.left, c.right);
    const MatchScore reverse = score(c.right, c.left);
    EXPECT_NEAR(s.score, reverse.score, 1e-12) << c.what << ": symmetric";
    EXPECT_GE(s.score, 0.0);
    EXPECT_LE(s.score, 1.0);
    switch (c.expect) {
      case Expect::kAlert:
        EXPECT_GE(s.score, alert) << c.what << ": " << field(s, "name").detail;
        EXPECT_TRUE(s.alert) << c.what;
        break;
      case Expect::kBelowAlert:
        EXPECT_LT(s.score, alert) << c.what << ": " << field(s, "name").detail;
        EXPECT_FALSE(s.alert) << c.what;
        break;
      case Expect::kBelowReview:
        EXPECT_LT(s.score, review) << c.what << ": " << field(s, "name").detail;
        EXPECT_FALSE(s.review) << c.what;
        break;
    }
  }
}

// The defects frontline_accuracy_bench found (docs/benchmarks.md, "Matching
// accuracy"), one test per fix.
TEST(MatchScoreFixesTest, DifferentMiddleNamesAreAMismatchNotTwoMissingOnes) {
  const double alert = builtin_scoring_config().alert;
  // Reported by hand: 0.81 before, both middle names counted as missing.
  const MatchScore s = score(person("hung van nong"), person("Nông Bích Hương", "", Sex::kFemale));
  EXPECT_LT(s.score, alert) << field(s, "name").detail;
  EXPECT_NE(field(s, "name").detail.find("other middle: "), std::string::npos) << field(s, "name").detail;
  EXPECT_LT(score(person("Nguyễn Thị Như Quỳnh"), person("Nguyễn Thị Ngọc Quỳnh")).score, alert);
  // One middle name missing on one side is still tolerated.
  EXPECT_GE(score(person("Nguyễn Thị Quỳnh"), person("Nguyễn Thị Ngọc Quỳnh")).score, alert);
}

TEST(MatchScoreFixesTest, DifferentMarksWeakenTokensThatFoldAlike) {
  const double alert = builtin_scoring_config().alert;
  // Hưng / Hương: both written with diacritics, the marks differ: no alignment.
  EXPECT_LT(score(person("Nguyễn Văn Hưng"), person("Nguyễn Văn Hương")).score, alert);
  EXPECT_LT(score(person("Trần Bích Trâm"), person("Trần Bích Trầm")).score,
            score(person("Trần Bích Trâm"), person("Tran Bich Tram")).score);
  // Hùng / Hưng fold alike: weaker evidence than the same name without marks.
  const double toned = score(person("Lê Văn Hùng", "1990-01-02"), person("Lê Văn Hưng", "1990-01-02")).score;
  const double plain = score(person("Le Van Hung", "1990-01-02"), person("Lê Văn Hưng", "1990-01-02")).score;
  EXPECT_LT(toned, plain);
  EXPECT_GE(plain, alert);  // without diacritics the folded comparison decides
}

TEST(MatchScoreFixesTest, SexInferredFromVanOrThiConflicts) {
  const ScoringConfig& c = builtin_scoring_config();
  const double unknown = score(person("Nguyễn Văn An"), person("Nguyễn Văn An")).score;
  const double inferred = score(person("Nguyễn Văn An"), person("Nguyễn Văn An", "", Sex::kFemale)).score;
  const MatchScore s = score(person("Nguyễn Văn An"), person("Nguyễn Văn An", "", Sex::kFemale));
  EXPECT_NEAR(unknown - inferred, c.inferred_sex_mismatch_penalty, 1e-9);
  EXPECT_EQ(field(s, "sex").outcome, FieldOutcome::kMismatch);
  EXPECT_NE(field(s, "sex").detail.find("by the middle name"), std::string::npos) << field(s, "sex").detail;
  // Thị marks a woman; "Van" without diacritics may be Vân: no inference.
  EXPECT_LT(score(person("Trần Thị Lan"), person("Trần Thị Lan", "", Sex::kMale)).score,
            score(person("Trần Thị Lan"), person("Trần Thị Lan")).score);
  EXPECT_NEAR(score(person("Nguyen Van Anh"), person("Nguyen Van Anh", "", Sex::kFemale)).score,
              score(person("Nguyen Van Anh"), person("Nguyen Van Anh")).score, 1e-9);
  EXPECT_EQ(build_profile(person("Nguyễn Vân Anh")).inferred_sex, Sex::kUnknown);
  EXPECT_EQ(build_profile(person("Nguyễn Văn Anh")).inferred_sex, Sex::kMale);
}

TEST(MatchScoreFixesTest, GivenAndMiddleSwappedInVietnameseOrderAreOtherNames) {
  const double alert = builtin_scoring_config().alert;
  EXPECT_LT(score(person("Nguyễn Anh Đức"), person("Nguyễn Đức Anh")).score, alert);
  // When either order is plausible (Lâm and Bùi are family names) order still does not matter.
  EXPECT_GE(score(person("Lâm Trúc Bùi"), person("Bùi Trúc Lâm")).score, alert);
}

TEST(MatchScoreFixesTest, TwoDifferentFamilyNamesCapTheNameScore) {
  const ScoringConfig& c = builtin_scoring_config();
  const MatchScore s = score(person("Lê Phú Thời", "1980-02-03"), person("Nguyễn Phú Thời", "1980-02-03"));
  EXPECT_LE(field(s, "name").contribution, c.name.family_conflict_cap * c.name.weight + 1e-9);
  EXPECT_LT(s.score, c.alert);
}

TEST(MatchScoreFixesTest, TyposOfShortTokensAlignOnlyWhenOneIsInNoIndexedName) {
  const ScoringConfig& c = builtin_scoring_config();
  InMemoryTokenStats stats;
  for (const char* n : {"Bùi Minh Tuấn", "Nguyễn Văn An", "Nguyễn Văn Anh", "Lê Hoàng Khanh", "Lê Hoàng Khang",
                        "Trần Thu Hà"}) {
    stats.add(*normalize_name(n));
  }
  auto scored = [&](const char* a, const char* b) {
    return score_pair(build_profile(person(a, "1990-05-06")), build_profile(person(b, "1990-05-06")), stats).score;
  };
  EXPECT_GE(scored("Bùt Minh Tuấn", "Bùi Minh Tuấn"), c.alert);   // "but" is in no indexed name
  EXPECT_GE(scored("Bui Minh Tuna", "Bùi Minh Tuấn"), c.alert);   // a transposition
  EXPECT_LT(scored("Nguyễn Văn An", "Nguyễn Văn Anh"), c.alert);  // both are names people bear
  EXPECT_LT(score_pair(build_profile(person("Nguyễn Văn An")), build_profile(person("Nguyễn Văn Anh")), stats).score,
            c.review);
  EXPECT_LT(scored("Le Hoang Khang", "Lê Hoàng Khanh"), c.alert);  // likewise, longer tokens
  // Without a vocabulary (FamilyShareTokenStats) short tokens align only when equal.
  EXPECT_LT(score(person("Bùt Minh Tuấn", "1990-05-06"), person("Bùi Minh Tuấn", "1990-05-06")).score, c.alert);
}

TEST(MatchScoreTest, DatesOfBirthAddOrSubtract) {
  const BirthDateScoring& d = builtin_scoring_config().date_of_birth;
  const PersonRecord full = person("Vũ Thị Hạnh", "1996-03-04");
  const double none = score(full, person("Vũ Thị Hạnh")).score;
  const double exact = score(full, person("Vu Thi Hanh", "1996-03-04")).score;
  const double year = score(full, person("Vu Thi Hanh", "1996")).score;
  const double year_month = score(full, person("Vu Thi Hanh", "1996-03")).score;
  const double swapped = score(full, person("Vu Thi Hanh", "1996-04-03")).score;
  const double other_day = score(full, person("Vu Thi Hanh", "1996-08-21")).score;
  const double conflict = score(full, person("Vu Thi Hanh", "1999-03-04")).score;
  EXPECT_NEAR(exact - none, d.exact, 1e-9);
  EXPECT_NEAR(year - none, d.year, 1e-9);  // the year alone: a smaller boost
  EXPECT_NEAR(year_month - none, d.year_month, 1e-9);
  EXPECT_NEAR(swapped - none, d.day_month_swapped, 1e-9);
  EXPECT_NEAR(none - other_day, d.same_year_other_day_penalty, 1e-9);
  EXPECT_NEAR(none - conflict, d.conflict_penalty, 1e-9);
  EXPECT_GT(exact, year_month);
  EXPECT_GT(year_month, year);
  EXPECT_GT(year, none);
  EXPECT_GE(year, builtin_scoring_config().alert);
  EXPECT_LT(conflict, none);
}

TEST(MatchScoreTest, ExplanationListsEveryField) {
  PersonRecord a = person("Nguyễn Thị Như Quỳnh", "1998-04-12", Sex::kFemale, "VN");
  a.phone = "0912345678";
  a.citizen_id = "001198012345";
  a.passport_number = "C1234567";
  PersonRecord b = person("Quỳnh Nguyễn", "1998", Sex::kMale, "KH");
  b.phone = "+84 912 345 678";
  b.citizen_id = "001198099999";
  const MatchScore s = score(a, b);
  ASSERT_EQ(s.fields.size(), 6U);
  const std::vector<std::string> names = {"name", "date_of_birth", "sex", "nationality", "document", "phone"};
  double sum = 0.0;
  for (size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(s.fields[i].field, names[i]);
    EXPECT_FALSE(s.fields[i].detail.empty()) << names[i];
    EXPECT_NE(s.fields[i].contribution, 0.0) << names[i] << " contributes here";
    sum += s.fields[i].contribution;
  }
  EXPECT_NEAR(std::clamp(sum, 0.0, 1.0), s.score, 1e-9);
  EXPECT_EQ(field(s, "name").outcome, FieldOutcome::kPartial);
  EXPECT_NE(field(s, "name").detail.find("missing middle: thi"), std::string::npos) << field(s, "name").detail;
  EXPECT_EQ(field(s, "date_of_birth").outcome, FieldOutcome::kPartial);
  EXPECT_EQ(field(s, "date_of_birth").detail, "year");
  EXPECT_EQ(field(s, "sex").outcome, FieldOutcome::kMismatch);
  EXPECT_EQ(field(s, "nationality").outcome, FieldOutcome::kMismatch);
  EXPECT_EQ(field(s, "document").outcome, FieldOutcome::kMismatch);
  EXPECT_EQ(field(s, "phone").outcome, FieldOutcome::kMatch);
  EXPECT_STREQ(field_outcome_name(field(s, "phone").outcome), "match");

  const MatchScore bare = score(person("Trần Lan"), person("Tran Lan"));
  for (const char* f : {"date_of_birth", "sex", "nationality", "document", "phone"}) {
    EXPECT_EQ(field(bare, f).outcome, FieldOutcome::kUnknown) << f;
    EXPECT_EQ(field(bare, f).contribution, 0.0) << f;
  }
}

TEST(MatchScoreTest, AliasesAndUnusableFields) {
  PersonRecord a = person("Nguyễn Thị Hoa");
  a.aliases = {"Hoa Nguyen", "@hoa99"};
  a.phone = "not a phone";
  a.date_of_birth = "12/04/1998";
  const MatchProfile p = build_profile(a);
  EXPECT_EQ(p.names.size(), 3U);
  EXPECT_TRUE(p.phone.empty());
  EXPECT_FALSE(p.date_of_birth.has_value());
  ASSERT_EQ(p.problems.size(), 2U);
  EXPECT_EQ(p.problems[0].rfind("date_of_birth:", 0), 0U);
  EXPECT_EQ(p.problems[1].rfind("phone:", 0), 0U);
  const MatchScore s = score(person("Nguyen Hoa"), a);
  EXPECT_EQ(field(s, "name").outcome, FieldOutcome::kMatch);
  EXPECT_NE(field(s, "name").detail.find("(full name vs alias 1)"), std::string::npos) << field(s, "name").detail;
  PersonRecord only_aliases;
  only_aliases.aliases = {"Mai Lan", "Lò Thị Mỷ"};
  const MatchScore by_alias = score(person("Lo Thi My"), only_aliases);
  EXPECT_NE(field(by_alias, "name").detail.find("(full name vs alias 2)"), std::string::npos)
      << field(by_alias, "name").detail;
  // One shared token is never a match alone, even an equal one.
  const MatchScore single = score(person("hoa99"), a);
  EXPECT_EQ(field(single, "name").outcome, FieldOutcome::kPartial);
  EXPECT_LE(single.score, builtin_scoring_config().name.single_token_cap * builtin_scoring_config().name.weight);
}

TEST(MatchScoreTest, PassportsThatDifferAreNotPenalized) {
  PersonRecord a = person("Trần Văn Nam");
  a.passport_number = "C1234567";
  PersonRecord b = a;
  b.passport_number = "P7654321";
  const MatchScore s = score(a, b);
  EXPECT_EQ(field(s, "document").contribution, 0.0);
  EXPECT_EQ(s.score, score(person("Trần Văn Nam"), person("Trần Văn Nam")).score);
}

TEST(NameScoreTest, RareSharedTokensWeighMoreThanCommonOnes) {
  // 100 names: 38 Nguyễn (the national share), one Xuyến.
  InMemoryTokenStats stats;
  const char* families[] = {"Trần", "Lê", "Phạm", "Hoàng", "Đỗ"};
  for (int i = 0; i < 99; ++i) {
    const std::string family = i < 38 ? "Nguyễn" : families[i % 5];
    stats.add(*normalize_name(family + (i % 2 == 0 ? " Thị " : " Văn ") + "G" + std::to_string(i)));
  }
  stats.add(*normalize_name("Đỗ Thị Xuyến"));
  EXPECT_EQ(stats.indexed_names(), 100);
  EXPECT_EQ(stats.document_frequency("nguyen"), 38);
  EXPECT_EQ(stats.document_frequency("xuyen"), 1);
  EXPECT_GT(token_rarity(stats, "xuyen"), 2.5 * token_rarity(stats, "nguyen"));
  const NameScoring& config = builtin_scoring_config().name;
  // Sharing only the family name: Nguyễn is weak evidence, Đỗ a bit stronger.
  const double shared_common = compare_names(*normalize_name("Nguyễn Thị Lụa"), *normalize_name("Nguyễn Thị Xuyến"),
                                             stats, config).score;
  const double shared_rare = compare_names(*normalize_name("Đỗ Thị Lụa"), *normalize_name("Nguyễn Thị Xuyến"),
                                           stats, config).score;
  const double shared_given = compare_names(*normalize_name("Đỗ Thị Xuyến"), *normalize_name("Nguyễn Thị Xuyến"),
                                            stats, config).score;
  EXPECT_LT(shared_common, 0.3);
  EXPECT_GT(shared_given, 0.5);
  EXPECT_GT(shared_given, shared_common);
  EXPECT_LT(shared_rare, shared_common);  // nothing but "thi" in common
  // Without stats every token weighs the same (ln 2).
  InMemoryTokenStats empty;
  EXPECT_DOUBLE_EQ(token_rarity(empty, "nguyen"), token_rarity(empty, "xuyen"));
  // Common middle names are down-weighted whatever their role.
  const NameToken thi{"thi", TokenRole::kGiven, {}};
  const NameToken lua{"lua", TokenRole::kGiven, {}};
  EXPECT_DOUBLE_EQ(token_weight(thi, empty, config), token_weight(lua, empty, config) * config.common_middle_factor);
}

TEST(BirthDateTest, Agreement) {
  struct Row {
    const char* a;
    const char* b;
    DateAgreement expected;
  };
  const Row rows[] = {
      {"1990-05-06", "1990-05-06", DateAgreement::kExact},     {"1990-05-06", "1990-06-05", DateAgreement::kDayMonthSwapped},
      {"1990-05-06", "1990-05", DateAgreement::kYearMonth},    {"1990-05", "1990-05", DateAgreement::kYearMonth},
      {"1990-05-06", "1990", DateAgreement::kYear},            {"1990", "1990", DateAgreement::kYear},
      {"1990-05-06", "1990-07-06", DateAgreement::kSameYearOtherDay},
      {"1990-05", "1990-07", DateAgreement::kSameYearOtherDay}, {"1990-05-05", "1990-05-05", DateAgreement::kExact},
      {"1990", "1991-01-01", DateAgreement::kConflict},        {"1990", "", DateAgreement::kUnknown},
      {"1990-13", "1990", DateAgreement::kUnknown},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(compare_birth_dates(parse_partial_date(r.a), parse_partial_date(r.b)), r.expected)
        << r.a << " / " << r.b;
    EXPECT_EQ(compare_birth_dates(parse_partial_date(r.b), parse_partial_date(r.a)), r.expected) << "symmetric";
  }
  EXPECT_STREQ(date_agreement_name(DateAgreement::kDayMonthSwapped), "day_month_swapped");
}

std::string scoring_file_text() {
  std::ifstream in(std::string(FRONTLINE_SOURCE_DIR) + "/data/match/scoring.json", std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(ScoringConfigTest, EmbeddedFileLoads) {
  auto loaded = load_scoring_config(scoring_file_text());
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  EXPECT_DOUBLE_EQ(loaded->alert, builtin_scoring_config().alert);
  EXPECT_DOUBLE_EQ(builtin_scoring_config().alert, 0.7);
  EXPECT_EQ(builtin_scoring_config().name.common_middle_names, (std::vector<std::string>{"thi", "van"}));
}

TEST(ScoringConfigTest, RefusesBrokenFiles) {
  const std::string good = scoring_file_text();
  auto replaced = [&good](const std::string& from, const std::string& to) {
    std::string s = good;
    const size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return at == std::string::npos ? s : s.replace(at, from.size(), to);
  };
  const std::vector<std::pair<std::string, std::string>> broken = {
      {replaced("\"alert\": 0.7", "\"alert\": 1.7"), "thresholds.alert"},
      {replaced("\"alert\": 0.7", "\"alert\": 0.4"), "review must not exceed alert"},
      {replaced("\"weight\": 0.85", "\"weight\": \"high\""), "name.weight: must be a number"},
      {replaced("\"phone_match\": 0.75", "\"phone_match\": 0.75, \"fax_match\": 1"), "unknown key \"fax_match\""},
      {replaced("\"exact\": 0.1,", ""), "missing key \"exact\""},
      {replaced("[\"thi\", \"van\"]", "[\"Thị\"]"), "one folded word"},
      {replaced("\"min_token_similarity\": 0.85", "\"min_token_similarity\": 0"), "above 0"},
      {replaced("\"fuzzy_min_length\": 4", "\"fuzzy_min_length\": 2.5"), "whole number"},
  };
  for (const auto& [text, expected] : broken) {
    auto loaded = load_scoring_config(text);
    ASSERT_FALSE(loaded.ok()) << expected;
    EXPECT_EQ(loaded.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(loaded.error().message.find(expected), std::string::npos) << loaded.error().message;
    EXPECT_EQ(loaded.error().message.rfind("scoring.json: ", 0), 0U) << loaded.error().message;
  }
}

}  // namespace
}  // namespace frontline::match
