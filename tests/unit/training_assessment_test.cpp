// End-of-training assessments: the vocabulary's shape, validation naming each
// bad field, and the summary by province and theme (figures worked by hand).
#include <gtest/gtest.h>

#include "training/assessment.hpp"
#include "training/vocab.hpp"

namespace frontline::training {
namespace {

using domain::AssessmentSectionKind;
using domain::TrainingAssessment;

TrainingAssessment by_officer(int64_t officer) {
  TrainingAssessment a;
  a.officer_id = officer;
  a.answer(AssessmentSectionKind::kTrends).themes = {"scam_centres"};
  return a;
}

std::map<std::string, std::string> fields_of(const Status& s) { return s.ok() ? std::map<std::string, std::string>{} : s.error().fields; }

TEST(TrainingVocab, SectionEnumFollowsTheVocabularyTable) {
  ASSERT_EQ(domain::assessment_sections().size(), domain::kAssessmentSectionCount);
  EXPECT_EQ(section_name(AssessmentSectionKind::kTrends), "trends");
  EXPECT_EQ(section_name(AssessmentSectionKind::kChallengesProtection), "challenges_protection");
  EXPECT_EQ(section_name(AssessmentSectionKind::kRecommendations), "recommendations");
  for (auto s : all_sections()) {
    EXPECT_EQ(parse_section(section_name(s)), s);
  }
  EXPECT_FALSE(parse_section("trend").has_value());
  EXPECT_TRUE(theme_allowed(AssessmentSectionKind::kModusOperandi, "scam_centres"));
  EXPECT_TRUE(theme_allowed(AssessmentSectionKind::kRecommendations, "cross_border_cooperation"));
  EXPECT_TRUE(theme_allowed(AssessmentSectionKind::kChallengesProtection, "cross_border_cooperation"));
  EXPECT_FALSE(theme_allowed(AssessmentSectionKind::kTrends, "cross_border_cooperation"));
  EXPECT_FALSE(theme_allowed(AssessmentSectionKind::kRecommendations, "legal_gaps"));
  ASSERT_NE(theme_label("legal_gaps"), nullptr);
  EXPECT_EQ(theme_label("legal_gaps")->vi, "Khoảng trống pháp lý");
  EXPECT_EQ(theme_label("weather"), nullptr);
}

TEST(AssessmentValidation, AcceptsAParticipantOrAGroup) {
  EXPECT_TRUE(validate_assessment(by_officer(7)).ok());
  TrainingAssessment g;
  g.group_name = "Nhóm 1";
  g.group_size = 6;
  g.answer(AssessmentSectionKind::kRecommendations).text = "Tăng cường hợp tác với Campuchia.";
  EXPECT_TRUE(validate_assessment(g).ok());
}

TEST(AssessmentValidation, NamesAnUnknownThemeByItsIndex) {
  auto a = by_officer(7);
  a.answer(AssessmentSectionKind::kTrends).themes = {"scam_centres", "weather", "scam_centres"};
  a.answer(AssessmentSectionKind::kRecommendations).themes = {"legal_gaps"};  // a challenge, not a recommendation
  auto f = fields_of(validate_assessment(a));
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f.count("trends.themes[1]"), 1u);
  EXPECT_EQ(f.at("trends.themes[2]"), "repeats a theme");
  EXPECT_EQ(f.count("recommendations.themes[0]"), 1u);
}

TEST(AssessmentValidation, NamesBothOrNeitherRespondent) {
  auto both = by_officer(7);
  both.group_name = "Nhóm 2";
  both.group_size = 4;
  auto f = fields_of(validate_assessment(both));
  EXPECT_EQ(f.count("officer_id"), 1u);
  EXPECT_EQ(f.count("group_name"), 1u);

  auto neither = by_officer(7);
  neither.officer_id.reset();
  f = fields_of(validate_assessment(neither));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.count("officer_id"), 1u);
}

TEST(AssessmentValidation, NamesGroupSizeTextLengthAndAnEmptyQuestionnaire) {
  TrainingAssessment g;
  g.group_name = "   ";
  g.group_size = 0;
  g.answer(AssessmentSectionKind::kChallengesInvestigation).text = std::string(4001, 'x');
  auto f = fields_of(validate_assessment(g));
  EXPECT_EQ(f.count("group_name"), 1u);
  EXPECT_EQ(f.count("group_size"), 1u);
  EXPECT_EQ(f.count("challenges_investigation.text"), 1u);

  g.answer(AssessmentSectionKind::kChallengesInvestigation).text = std::string(4000, 'x');  // at the limit
  g.group_name = "Nhóm";
  g.group_size = 501;
  f = fields_of(validate_assessment(g));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.count("group_size"), 1u);

  auto empty = by_officer(3);
  empty.answer(AssessmentSectionKind::kTrends).themes.clear();
  f = fields_of(validate_assessment(empty));
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.count("sections"), 1u);
}

// Province LS: participant 1 (trends: scam_centres, online_recruitment; text),
// group of 5 (trends: scam_centres; recommendations: more_training),
// participant 2 (recommendations: more_training, cross_border_cooperation).
// Province QN: a group of 3 (trends: forced_marriage).
TEST(AssessmentSummary, CountsAnswersOncePerGroupAndCarriesTheirSize) {
  std::vector<TrainingAssessment> as(4);
  as[0] = by_officer(1);
  as[0].id = 10;
  as[0].answer(AssessmentSectionKind::kTrends).themes = {"scam_centres", "online_recruitment"};
  as[0].answer(AssessmentSectionKind::kTrends).text = "Đối tượng tuyển qua Facebook.";
  as[1].id = 11;
  as[1].group_name = "Nhóm 1";
  as[1].group_size = 5;
  as[1].answer(AssessmentSectionKind::kTrends).themes = {"scam_centres"};
  as[1].answer(AssessmentSectionKind::kRecommendations).themes = {"more_training"};
  as[2] = by_officer(2);
  as[2].id = 12;
  as[2].answer(AssessmentSectionKind::kTrends).themes.clear();
  as[2].answer(AssessmentSectionKind::kRecommendations).themes = {"more_training", "cross_border_cooperation"};
  as[3].id = 13;
  as[3].group_name = "Nhóm QN";
  as[3].group_size = 3;
  as[3].answer(AssessmentSectionKind::kTrends).themes = {"forced_marriage"};
  std::vector<SummaryRow> rows = {{&as[2], "LS", "C1"}, {&as[3], "QN", "C2"}, {&as[0], "LS", "C1"}, {&as[1], "LS", "C1"}};

  auto out = summarize_assessments(rows);
  ASSERT_EQ(out.size(), 2u);
  const auto& ls = out[0];
  EXPECT_EQ(ls.province_code, "LS");
  EXPECT_EQ(ls.assessments, 3);
  EXPECT_EQ(ls.participant_answers, 2);
  EXPECT_EQ(ls.group_answers, 1);
  EXPECT_EQ(ls.people, 7);  // 1 + 5 + 1

  const auto& trends = ls.sections[0];
  EXPECT_EQ(trends.answers, 2);
  ASSERT_EQ(trends.themes.size(), 2u);
  EXPECT_EQ(trends.themes[0].theme, "scam_centres");
  EXPECT_EQ(trends.themes[0].answers, 2);
  EXPECT_EQ(trends.themes[0].group_answers, 1);
  EXPECT_EQ(trends.themes[0].people, 6);
  EXPECT_EQ(trends.themes[1].theme, "online_recruitment");
  EXPECT_EQ(trends.themes[1].people, 1);
  ASSERT_EQ(trends.texts.size(), 1u);
  EXPECT_EQ(trends.texts[0].assessment_id, 10);
  EXPECT_EQ(trends.texts[0].course_code, "C1");
  EXPECT_FALSE(trends.texts[0].group);

  const auto& recs = ls.sections[4];
  EXPECT_EQ(recs.section, AssessmentSectionKind::kRecommendations);
  EXPECT_EQ(recs.answers, 2);
  ASSERT_EQ(recs.themes.size(), 2u);
  EXPECT_EQ(recs.themes[0].theme, "more_training");
  EXPECT_EQ(recs.themes[0].answers, 2);
  EXPECT_EQ(recs.themes[0].people, 6);  // the group of 5 and participant 2
  EXPECT_EQ(recs.themes[1].theme, "cross_border_cooperation");
  EXPECT_EQ(recs.themes[1].answers, 1);
  EXPECT_TRUE(ls.sections[2].themes.empty());
  EXPECT_EQ(ls.sections[2].answers, 0);

  const auto& qn = out[1];
  EXPECT_EQ(qn.province_code, "QN");
  EXPECT_EQ(qn.people, 3);
  ASSERT_EQ(qn.sections[0].themes.size(), 1u);
  EXPECT_EQ(qn.sections[0].themes[0].group_answers, 1);
  EXPECT_EQ(qn.sections[0].themes[0].people, 3);
}

}  // namespace
}  // namespace frontline::training
