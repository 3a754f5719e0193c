// Tests for identify/assess: the combination rule by table (every threshold
// combination and its near-misses), undetermined against not positive, each
// branch of the adult and child formulas, decisive unknowns, check_answers,
// and a brute-force check that the three-valued verdicts are exact.
#include "identify/assess.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace frontline::identify {
namespace {

using V = DimensionVerdict;

const IndicatorSet& set(const char* id) { return *builtin_catalog().find_set(id); }
const std::vector<Combination>& rule() { return set("adult_labour").rule.positive_when; }

// Answers with `present` present, `unknown` unknown and every other id absent.
Answers answers(const IndicatorSet& s, std::initializer_list<const char*> present,
                std::initializer_list<const char*> unknown = {}, Answer act = Answer::kAbsent) {
  Answers a;
  for (const Indicator& i : s.indicators) {
    a.by_indicator[i.id] = Answer::kAbsent;
  }
  for (const char* id : present) {
    EXPECT_NE(s.find(id), nullptr) << id;
    a.by_indicator[id] = Answer::kPresent;
  }
  for (const char* id : unknown) {
    EXPECT_NE(s.find(id), nullptr) << id;
    a.by_indicator[id] = Answer::kUnknown;
  }
  a.act_of_recruitment = act;
  return a;
}

const DimensionResult& dim(const Assessment& a, Dimension d) {
  return *std::find_if(a.dimensions.begin(), a.dimensions.end(),
                       [&](const DimensionResult& r) { return r.dimension == d; });
}

std::vector<std::string> ids(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

TEST(IdentifyRule, ThresholdCombinationsAndNearMisses) {
  struct Row {
    StrengthCounts present;
    bool positive;
  };
  const Row rows[] = {
      // The five combinations of the rule.
      {{2, 0, 0}, true},
      {{1, 1, 0}, true},
      {{1, 0, 1}, true},
      {{0, 3, 0}, true},
      {{0, 2, 1}, true},
      // More than a combination.
      {{3, 4, 5}, true},
      {{1, 2, 0}, true},
      {{0, 3, 4}, true},
      // Near-misses.
      {{0, 0, 0}, false},
      {{1, 0, 0}, false},  // one strong alone
      {{0, 2, 0}, false},  // two medium
      {{0, 1, 2}, false},  // one medium and two weak
      {{0, 1, 9}, false},
      {{0, 0, 1}, false},
      {{0, 0, 9}, false},  // weak alone, however many
      {{0, 1, 0}, false},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(meets_rule(rule(), row.present), row.positive)
        << row.present.strong << " strong, " << row.present.medium << " medium, " << row.present.weak << " weak";
  }
}

TEST(IdentifyRule, UndeterminedOnlyWhenUnknownsCouldReachTheRule) {
  struct Row {
    StrengthCounts present;
    StrengthCounts unknown;
    V expected;
  };
  const Row rows[] = {
      {{2, 0, 0}, {5, 5, 5}, V::kPositive},
      {{1, 0, 0}, {0, 0, 1}, V::kUndetermined},
      {{1, 0, 0}, {0, 0, 0}, V::kNotPositive},
      {{0, 2, 0}, {0, 0, 1}, V::kUndetermined},
      {{0, 2, 0}, {0, 0, 0}, V::kNotPositive},
      {{0, 1, 2}, {0, 0, 7}, V::kNotPositive},  // more weak can never help
      {{0, 1, 2}, {0, 1, 0}, V::kUndetermined},
      {{0, 0, 3}, {0, 0, 9}, V::kNotPositive},
      {{0, 0, 0}, {0, 3, 0}, V::kUndetermined},
      {{0, 0, 0}, {0, 2, 0}, V::kNotPositive},
      {{0, 0, 0}, {1, 0, 0}, V::kNotPositive},
      {{0, 0, 0}, {2, 0, 0}, V::kUndetermined},
      {{0, 0, 1}, {1, 0, 0}, V::kUndetermined},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(dimension_verdict(rule(), row.present, row.unknown), row.expected)
        << "present " << row.present.strong << "/" << row.present.medium << "/" << row.present.weak << ", unknown "
        << row.unknown.strong << "/" << row.unknown.medium << "/" << row.unknown.weak;
  }
}

TEST(IdentifyAssess, DimensionReasonsAndOpenIndicators) {
  const IndicatorSet& s = set("adult_labour");
  // Deceptive recruitment: 1 strong + 1 medium present -> positive.
  // Recruitment by abuse of vulnerability: 2 medium present, a weak and a medium unknown.
  // Abuse of vulnerability at destination: 1 weak present, 1 weak unknown -> not positive.
  Assessment a = assess(s, answers(s, {"AL-DR-01", "AL-DR-03", "AL-AVR-01", "AL-AVR-02", "AL-AVD-06"},
                                   {"AL-AVR-15", "AL-AVR-03", "AL-AVD-07"}));
  EXPECT_EQ(dim(a, Dimension::kDeceptiveRecruitment).verdict, V::kPositive);
  EXPECT_EQ(dim(a, Dimension::kDeceptiveRecruitment).reasons, ids({"AL-DR-01", "AL-DR-03"}));
  EXPECT_TRUE(dim(a, Dimension::kDeceptiveRecruitment).open.empty());
  EXPECT_EQ(dim(a, Dimension::kAbuseOfVulnerabilityRecruitment).verdict, V::kUndetermined);
  EXPECT_TRUE(dim(a, Dimension::kAbuseOfVulnerabilityRecruitment).reasons.empty());
  EXPECT_EQ(dim(a, Dimension::kAbuseOfVulnerabilityRecruitment).open, ids({"AL-AVR-03", "AL-AVR-15"}));
  EXPECT_EQ(dim(a, Dimension::kAbuseOfVulnerabilityDestination).verdict, V::kNotPositive);
  EXPECT_TRUE(dim(a, Dimension::kAbuseOfVulnerabilityDestination).open.empty());
  EXPECT_EQ(a.dimensions.size(), 6U);
  EXPECT_EQ(a.set_id, "adult_labour");
  EXPECT_FALSE(a.child);
}

// With a rule of "three medium" only, a weak unknown can never decide the
// dimension, so it is not open even though the dimension is undetermined.
TEST(IdentifyAssess, OpenListsOnlyUnknownsThatCanDecide) {
  IndicatorSet s = set("adult_labour");
  s.rule.positive_when = {Combination{0, 3, 0}};
  Assessment a = assess(s, answers(s, {"AL-AVR-01", "AL-AVR-02"}, {"AL-AVR-03", "AL-AVR-15"}));
  EXPECT_EQ(dim(a, Dimension::kAbuseOfVulnerabilityRecruitment).verdict, V::kUndetermined);
  EXPECT_EQ(dim(a, Dimension::kAbuseOfVulnerabilityRecruitment).open, ids({"AL-AVR-03"}));
}

// Adult: (DR or CR or AVR) and EC and (CD or AVD). Each branch on its own.
TEST(IdentifyAssess, AdultFormulaBranches) {
  const IndicatorSet& s = set("adult_labour");
  const std::vector<std::vector<const char*>> recruitment = {
      {"AL-DR-01", "AL-DR-02"}, {"AL-CR-01", "AL-CR-02"}, {"AL-AVR-01", "AL-AVR-02", "AL-AVR-03"}};
  const std::vector<const char*> exploitation = {"AL-EC-01", "AL-EC-02"};
  const std::vector<std::vector<const char*>> destination = {{"AL-CD-01", "AL-CD-02"},
                                                             {"AL-AVD-01", "AL-AVD-02", "AL-AVD-06"}};
  auto run = [&](const std::vector<const char*>& present) {
    Answers a = answers(s, {});
    for (const char* id : present) {
      a.by_indicator[id] = Answer::kPresent;
    }
    return assess(s, a);
  };
  for (const auto& r : recruitment) {
    for (const auto& d : destination) {
      std::vector<const char*> all = r;
      all.insert(all.end(), exploitation.begin(), exploitation.end());
      all.insert(all.end(), d.begin(), d.end());
      Assessment a = run(all);
      EXPECT_EQ(a.overall, Verdict::kTrafficked) << r[0] << " + EC + " << d[0];
      EXPECT_TRUE(a.decisive_unknowns.empty());

      std::vector<const char*> no_recruitment(exploitation);
      no_recruitment.insert(no_recruitment.end(), d.begin(), d.end());
      EXPECT_EQ(run(no_recruitment).overall, Verdict::kNotIdentified) << "without recruitment, " << d[0];

      std::vector<const char*> no_exploitation = r;
      no_exploitation.insert(no_exploitation.end(), d.begin(), d.end());
      EXPECT_EQ(run(no_exploitation).overall, Verdict::kNotIdentified) << "without EC, " << r[0];

      std::vector<const char*> no_destination = r;
      no_destination.insert(no_destination.end(), exploitation.begin(), exploitation.end());
      EXPECT_EQ(run(no_destination).overall, Verdict::kNotIdentified) << "without CD/AVD, " << r[0];
    }
  }
  // Adult strengths: two threats that are strong for children are only medium for adults.
  EXPECT_EQ(run({"AL-CR-02", "AL-CR-03", "AL-EC-01", "AL-EC-02", "AL-CD-01", "AL-CD-02"}).overall,
            Verdict::kNotIdentified);
}

TEST(IdentifyAssess, PossibleVictimAndDecisiveUnknowns) {
  const IndicatorSet& s = set("adult_labour");
  // Recruitment and exploitation positive; coercion at destination has one
  // strong present and two unknowns; abuse at destination absent.
  Assessment a = assess(s, answers(s, {"AL-DR-01", "AL-DR-02", "AL-EC-01", "AL-EC-02", "AL-CD-01"},
                                   {"AL-CD-15", "AL-CD-09", "AL-CR-01"}));
  EXPECT_EQ(a.overall, Verdict::kPossibleVictim);
  EXPECT_EQ(dim(a, Dimension::kCoercionAtDestination).verdict, V::kUndetermined);
  // AL-CR-01 is unknown but recruitment is already positive: it cannot change the verdict.
  EXPECT_EQ(dim(a, Dimension::kCoerciveRecruitment).verdict, V::kNotPositive);
  EXPECT_EQ(a.decisive_unknowns, ids({"AL-CD-09", "AL-CD-15"}));

  // CR undetermined (two strong unknowns) does not matter once DR is positive;
  // EC undetermined does.
  Assessment b = assess(s, answers(s, {"AL-DR-01", "AL-DR-02", "AL-EC-02", "AL-CD-01", "AL-CD-02"},
                                   {"AL-CR-01", "AL-CR-02", "AL-EC-03"}));
  EXPECT_EQ(dim(b, Dimension::kCoerciveRecruitment).verdict, V::kUndetermined);
  EXPECT_EQ(dim(b, Dimension::kExploitativeConditions).verdict, V::kNotPositive);
  EXPECT_EQ(b.overall, Verdict::kNotIdentified);
  EXPECT_TRUE(b.decisive_unknowns.empty());

  Assessment c = assess(s, answers(s, {"AL-DR-01", "AL-DR-02", "AL-EC-02", "AL-EC-03", "AL-CD-01", "AL-CD-02"},
                                   {"AL-CR-01", "AL-CR-02", "AL-EC-04"}));
  EXPECT_EQ(c.overall, Verdict::kPossibleVictim);
  EXPECT_EQ(c.decisive_unknowns, ids({"AL-EC-04"}));
  EXPECT_NE(c.explanation_en.find("possible victim"), std::string::npos) << c.explanation_en;
  EXPECT_NE(c.explanation_en.find("AL-EC-04"), std::string::npos);
  EXPECT_NE(c.explanation_vi.find("có thể là nạn nhân"), std::string::npos) << c.explanation_vi;
}

TEST(IdentifyAssess, UnansweredCountsAsUnknown) {
  const IndicatorSet& s = set("adult_labour");
  Assessment a = assess(s, Answers{});
  EXPECT_EQ(a.overall, Verdict::kPossibleVictim);
  for (const DimensionResult& r : a.dimensions) {
    EXPECT_EQ(r.verdict, V::kUndetermined) << dimension_name(r.dimension);
  }
  EXPECT_EQ(a.decisive_unknowns.size(), s.indicators.size());
  // An answer for another list is ignored by assess (check_answers refuses it).
  Answers other;
  other.by_indicator["AS-DR-01"] = Answer::kPresent;
  EXPECT_EQ(assess(s, other).overall, Verdict::kPossibleVictim);
}

// Child: (DR or CR or AVR or the act) and (EC or CD); no means required.
TEST(IdentifyAssess, ChildFormulaBranches) {
  const IndicatorSet& s = set("child_labour");
  struct Row {
    const char* what;
    std::vector<const char*> present;
    Answer act;
    Verdict expected;
  };
  const Row rows[] = {
      {"act + exploitative conditions, no means", {"CL-EC-01", "CL-EC-02"}, Answer::kPresent, Verdict::kTrafficked},
      {"act + coercion at destination", {"CL-CD-01", "CL-CD-02"}, Answer::kPresent, Verdict::kTrafficked},
      {"act + abuse of vulnerability at destination only", {"CL-AVD-01", "CL-AVD-02", "CL-AVD-03"}, Answer::kPresent,
       Verdict::kNotIdentified},
      {"act alone", {}, Answer::kPresent, Verdict::kNotIdentified},
      {"exploitation without act or recruitment", {"CL-EC-01", "CL-EC-02"}, Answer::kAbsent, Verdict::kNotIdentified},
      {"deceptive recruitment, act absent", {"CL-DR-01", "CL-DR-10", "CL-EC-01", "CL-EC-02"}, Answer::kAbsent,
       Verdict::kTrafficked},
      // Threats and abduction are strong for children: two make coercive recruitment positive.
      {"coercive recruitment by child weights", {"CL-CR-02", "CL-CR-03", "CL-EC-01", "CL-EC-02"}, Answer::kAbsent,
       Verdict::kTrafficked},
      {"recruitment by abuse of vulnerability", {"CL-AVR-15", "CL-AVR-16", "CL-AVR-01", "CL-CD-05", "CL-CD-06"},
       Answer::kAbsent, Verdict::kTrafficked},
      {"act unknown, exploitation positive", {"CL-EC-01", "CL-EC-02"}, Answer::kUnknown, Verdict::kPossibleVictim},
      {"act unknown, no exploitation", {}, Answer::kUnknown, Verdict::kNotIdentified},
  };
  for (const Row& row : rows) {
    Answers a = answers(s, {}, {}, row.act);
    for (const char* id : row.present) {
      a.by_indicator[id] = Answer::kPresent;
    }
    Assessment result = assess(s, a);
    EXPECT_EQ(result.overall, row.expected) << row.what << ": " << result.explanation_en;
    EXPECT_TRUE(result.child);
  }
  Assessment unknown_act = assess(s, answers(s, {"CL-EC-01", "CL-EC-02"}, {}, Answer::kUnknown));
  EXPECT_EQ(unknown_act.decisive_unknowns, ids({kActOfRecruitmentId}));
  EXPECT_NE(unknown_act.explanation_en.find("under 18"), std::string::npos);
}

TEST(IdentifyAssess, SexualListsUseTheirOwnStrengths) {
  // Forced tasks or clients is strong in the sexual lists: with violence it
  // makes coercion at destination positive.
  const IndicatorSet& s = set("adult_sexual");
  Assessment a = assess(s, answers(s, {"AS-DR-01", "AS-DR-02", "AS-EC-01", "AS-EC-02", "AS-CD-07", "AS-CD-04"}));
  EXPECT_EQ(a.overall, Verdict::kTrafficked);
  EXPECT_EQ(dim(a, Dimension::kCoercionAtDestination).reasons, ids({"AS-CD-04", "AS-CD-07"}));
}

TEST(IdentifyAssess, ExplanationNamesVerdictAndDimensions) {
  const IndicatorSet& s = set("adult_labour");
  Assessment yes = assess(s, answers(s, {"AL-DR-01", "AL-DR-02", "AL-EC-01", "AL-EC-02", "AL-CD-01", "AL-CD-02"}));
  EXPECT_NE(yes.explanation_en.find("identified as a victim of trafficking"), std::string::npos);
  EXPECT_NE(yes.explanation_en.find("deceptive recruitment (AL-DR-01, AL-DR-02)"), std::string::npos)
      << yes.explanation_en;
  EXPECT_NE(yes.explanation_vi.find("xác định là nạn nhân bị mua bán"), std::string::npos);
  Assessment no = assess(s, answers(s, {}));
  EXPECT_NE(no.explanation_en.find("not identified"), std::string::npos);
  EXPECT_NE(no.explanation_vi.find("chưa xác định là nạn nhân"), std::string::npos);
}

TEST(IdentifyCheckAnswers, RefusesIdsOutsideTheSet) {
  const Catalog& c = builtin_catalog();
  const IndicatorSet& s = set("adult_labour");
  EXPECT_TRUE(check_answers(c, s, answers(s, {"AL-DR-01"})).ok());
  EXPECT_TRUE(check_answers(c, s, Answers{}).ok());

  Answers bad;
  bad.by_indicator["AL-DR-01"] = Answer::kPresent;
  bad.by_indicator["XX-DR-99"] = Answer::kPresent;
  bad.by_indicator["CL-CD-07"] = Answer::kAbsent;
  Status st = check_answers(c, s, bad);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(st.error().fields.size(), 2U);
  EXPECT_EQ(st.error().fields.at("answers.XX-DR-99"), "unknown indicator");
  EXPECT_EQ(st.error().fields.at("answers.CL-CD-07"), "belongs to the child_labour list, not adult_labour");
}

TEST(IdentifyAssess, EnumNamesRoundTrip) {
  for (Answer a : {Answer::kPresent, Answer::kAbsent, Answer::kUnknown}) {
    EXPECT_EQ(parse_answer(answer_name(a)), a);
  }
  for (Verdict v : {Verdict::kTrafficked, Verdict::kPossibleVictim, Verdict::kNotIdentified}) {
    EXPECT_EQ(parse_verdict(verdict_name(v)), v);
  }
  for (V v : {V::kPositive, V::kNotPositive, V::kUndetermined}) {
    EXPECT_EQ(parse_dimension_verdict(dimension_verdict_name(v)), v);
  }
  EXPECT_STREQ(verdict_name(Verdict::kPossibleVictim), "possible_victim");
  EXPECT_EQ(parse_answer("yes"), std::nullopt);
}

// Exactness: for random answers with a few unknowns, the verdict and the
// decisive unknowns agree with trying every way of answering the unknowns.
TEST(IdentifyAssess, ThreeValuedVerdictIsExact) {
  std::mt19937 rng(20090901);
  int possible = 0;
  for (const IndicatorSet& s : builtin_catalog().sets) {
    for (int round = 0; round < 150; ++round) {
      Answers a;
      std::bernoulli_distribution coin(0.3);
      for (const Indicator& i : s.indicators) {
        a.by_indicator[i.id] = coin(rng) ? Answer::kPresent : Answer::kAbsent;
      }
      a.act_of_recruitment = coin(rng) ? Answer::kPresent : Answer::kAbsent;
      // Up to 7 unknowns (the act counts as one for children).
      std::vector<std::string> unknown;
      std::uniform_int_distribution<size_t> pick(0, s.indicators.size() - 1);
      const int n = static_cast<int>(rng() % 8);
      for (int k = 0; k < n; ++k) {
        const std::string& id = s.indicators[pick(rng)].id;
        if (a.by_indicator[id] != Answer::kUnknown) {
          a.by_indicator[id] = Answer::kUnknown;
          unknown.push_back(id);
        }
      }
      if (s.children && coin(rng)) {
        a.act_of_recruitment = Answer::kUnknown;
        unknown.emplace_back(kActOfRecruitmentId);
      }
      auto complete = [&](size_t mask) {
        Answers full = a;
        for (size_t k = 0; k < unknown.size(); ++k) {
          const Answer v = ((mask >> k) & 1U) != 0 ? Answer::kPresent : Answer::kAbsent;
          if (unknown[k] == kActOfRecruitmentId) {
            full.act_of_recruitment = v;
          } else {
            full.by_indicator[unknown[k]] = v;
          }
        }
        const Verdict verdict = assess(s, full).overall;
        EXPECT_NE(verdict, Verdict::kPossibleVictim) << "complete answers must decide";
        return verdict == Verdict::kTrafficked;
      };
      bool any = false;
      bool all = true;
      std::set<std::string> decisive;
      for (size_t mask = 0; mask < (size_t{1} << unknown.size()); ++mask) {
        const bool t = complete(mask);
        any = any || t;
        all = all && t;
        for (size_t k = 0; k < unknown.size(); ++k) {
          if (((mask >> k) & 1U) == 0 && complete(mask | (size_t{1} << k)) != t) {
            decisive.insert(unknown[k]);
          }
        }
      }
      const Assessment got = assess(s, a);
      const Verdict expected = all ? Verdict::kTrafficked : any ? Verdict::kPossibleVictim : Verdict::kNotIdentified;
      ASSERT_EQ(got.overall, expected) << s.id << " round " << round << ": " << got.explanation_en;
      EXPECT_EQ(std::set<std::string>(got.decisive_unknowns.begin(), got.decisive_unknowns.end()), decisive)
          << s.id << " round " << round;
      possible += expected == Verdict::kPossibleVictim ? 1 : 0;
    }
  }
  EXPECT_GT(possible, 20) << "the random cases should often be undecided";
}

}  // namespace
}  // namespace frontline::identify
