// The training report's aggregations from plain rows, against figures worked
// by hand for a small scenario (see the comment on Scenario).
#include <gtest/gtest.h>

#include "training/report.hpp"

namespace frontline::training {
namespace {

// Units: 1 HQ, 10 LS provincial command, 11 LS post A, 12 LS gate B, 13 LS
// post C, 20 QN post D. Officers (unit, sex, rank): 100 (11, m, thieu_uy)
// completed courses 1 and 2; 101 (11, f, trung_uy) course 1 not completed;
// 102 (12, f, thieu_uy) course 1 not completed, course 2 completed; 103 (20,
// m, dai_uy) course 2 not completed; 104 (10, m, thieu_ta) course 1 completed.
ReportInput scenario() {
  ReportInput in;
  in.units = {{1, "BDBP", "Bộ Tư lệnh", "Command", "command_hq", ""},
              {10, "BDBP-LS", "BĐBP Lạng Sơn", "LS command", "provincial_command", "LS"},
              {11, "LS-A", "Đồn A", "Post A", "border_post", "LS"},
              {12, "LS-B", "Cửa khẩu B", "Gate B", "border_gate", "LS"},
              {13, "LS-C", "Đồn C", "Post C", "border_post", "LS"},
              {20, "QN-D", "Đồn D", "Post D", "border_post", "QN"}};
  in.enrolments = {{100, 11, "male", "thieu_uy", 1, true},    {100, 11, "male", "thieu_uy", 2, true},
                   {101, 11, "female", "trung_uy", 1, false}, {102, 12, "female", "thieu_uy", 1, false},
                   {102, 12, "female", "thieu_uy", 2, true},  {103, 20, "male", "dai_uy", 2, false},
                   {104, 10, "male", "thieu_ta", 1, true}};
  in.courses = {{1, "C1", "Khóa 1", "Course 1", "LS", "2026-03-01", "2026-03-05"},
                {2, "C2", "Khóa 2", "Course 2", "QN", "2026-02-01", "2026-02-03"}};
  MeanGain g;
  g.matched = 2;
  g.mean_pre = 40.0;
  g.mean_post = 70.0;
  g.mean_gain = 30.0;
  g.normalized_gain = 0.5;
  in.course_gains[1] = g;
  in.modules = {{8, "M02", "Học phần 2", "Module 2", g}, {7, "M01", "Học phần 1", "Module 1", {}}};
  in.questions = {{5, "Câu 5", "Q5", "M01", 10, 3}, {6, "Câu 6", "Q6", "M01", 4, 0},  {7, "Câu 7", "Q7", "M01", 6, 2},
                  {7, "Câu 7", "Q7", "M01", 4, 1},  {8, "Câu 8", "Q8", "M02", 20, 6}, {9, "Câu 9", "Q9", "M02", 5, 5},
                  {10, "Câu 10", "Q10", "M02", 8, 1}};
  in.province_labels["LS"] = {"Lạng Sơn", "Lang Son"};
  return in;
}

TEST(TrainingReport, CountsEachOfficerOnceAndTrainedOnlyWhenACourseWasCompleted) {
  auto r = build_report(scenario());
  EXPECT_EQ(r.participants, 5);
  EXPECT_EQ(r.trained, 3);

  ASSERT_EQ(r.by_province.size(), 2u);
  EXPECT_EQ(r.by_province[0].key, "LS");
  EXPECT_EQ(r.by_province[0].label_vi, "Lạng Sơn");
  EXPECT_EQ(r.by_province[0].participants, 4);
  EXPECT_EQ(r.by_province[0].trained, 3);
  EXPECT_EQ(r.by_province[1].key, "QN");
  EXPECT_EQ(r.by_province[1].label_vi, "QN");  // no label given: the code
  EXPECT_EQ(r.by_province[1].participants, 1);
  EXPECT_EQ(r.by_province[1].trained, 0);

  ASSERT_EQ(r.by_sex.size(), 2u);
  EXPECT_EQ(r.by_sex[0].key, "female");
  EXPECT_EQ(r.by_sex[0].participants, 2);
  EXPECT_EQ(r.by_sex[0].trained, 1);
  EXPECT_EQ(r.by_sex[1].key, "male");
  EXPECT_EQ(r.by_sex[1].participants, 3);
  EXPECT_EQ(r.by_sex[1].trained, 2);

  ASSERT_EQ(r.by_rank.size(), 4u);
  EXPECT_EQ(r.by_rank[0].key, "dai_uy");
  EXPECT_EQ(r.by_rank[1].key, "thieu_ta");
  EXPECT_EQ(r.by_rank[1].trained, 1);
  EXPECT_EQ(r.by_rank[2].key, "thieu_uy");
  EXPECT_EQ(r.by_rank[2].participants, 2);  // officer 100 on two courses counts once
  EXPECT_EQ(r.by_rank[2].trained, 2);
  EXPECT_EQ(r.by_rank[3].key, "trung_uy");
  EXPECT_EQ(r.by_rank[3].trained, 0);

  ASSERT_EQ(r.by_unit.size(), 4u);
  EXPECT_EQ(r.by_unit[0].unit.code, "BDBP-LS");
  EXPECT_EQ(r.by_unit[1].unit.code, "LS-A");
  EXPECT_EQ(r.by_unit[1].participants, 2);
  EXPECT_EQ(r.by_unit[1].trained, 1);
  EXPECT_EQ(r.by_unit[2].unit.code, "LS-B");
  EXPECT_EQ(r.by_unit[2].trained, 1);
  EXPECT_EQ(r.by_unit[3].unit.code, "QN-D");
  EXPECT_EQ(r.by_unit[3].trained, 0);
}

TEST(TrainingReport, CoverageListsPostsAndGatesWithoutATrainedOfficer) {
  auto r = build_report(scenario());
  EXPECT_EQ(r.coverage.posts_total, 4);    // 11, 12, 13, 20; not HQ or the provincial command
  EXPECT_EQ(r.coverage.posts_covered, 2);  // 11 (officer 100), 12 (officer 102)
  ASSERT_EQ(r.coverage.posts_without_trained.size(), 2u);
  EXPECT_EQ(r.coverage.posts_without_trained[0].code, "LS-C");  // nobody enrolled
  EXPECT_EQ(r.coverage.posts_without_trained[1].code, "QN-D");  // enrolled, not completed
}

TEST(TrainingReport, CourseAndModuleRowsCarryCountsAndGains) {
  auto r = build_report(scenario());
  ASSERT_EQ(r.courses.size(), 2u);
  EXPECT_EQ(r.courses[0].course.code, "C2");  // earlier start first
  EXPECT_EQ(r.courses[0].participants, 3);
  EXPECT_EQ(r.courses[0].completed, 2);
  EXPECT_FALSE(r.courses[0].gain.mean_pre.has_value());
  EXPECT_EQ(r.courses[1].course.code, "C1");
  EXPECT_EQ(r.courses[1].participants, 4);
  EXPECT_EQ(r.courses[1].completed, 2);
  EXPECT_EQ(r.courses[1].gain.matched, 2);
  EXPECT_DOUBLE_EQ(*r.courses[1].gain.normalized_gain, 0.5);
  ASSERT_EQ(r.modules.size(), 2u);
  EXPECT_EQ(r.modules[0].code, "M01");
  EXPECT_EQ(r.modules[1].code, "M02");
  EXPECT_DOUBLE_EQ(*r.modules[1].gain.mean_gain, 30.0);
}

TEST(TrainingReport, MostFailedSortsByCorrectShareWithAMinimumOfAnswers) {
  auto r = build_report(scenario());
  // Q10 1/8; Q8 6/20, Q5 3/10 and Q7 (2+1)/(6+4) tie at 0.3: more answers
  // first, then id; Q9 5/5; Q6 (4 answers) is under the minimum of 5.
  ASSERT_EQ(r.most_failed.size(), 5u);
  EXPECT_EQ(r.most_failed[0].question.question_id, 10);
  EXPECT_DOUBLE_EQ(r.most_failed[0].correct_share, 0.125);
  EXPECT_EQ(r.most_failed[1].question.question_id, 8);
  EXPECT_EQ(r.most_failed[2].question.question_id, 5);
  EXPECT_EQ(r.most_failed[3].question.question_id, 7);
  EXPECT_EQ(r.most_failed[3].question.answered, 10);
  EXPECT_EQ(r.most_failed[3].question.correct, 3);
  EXPECT_EQ(r.most_failed[4].question.question_id, 9);

  ReportOptions narrow;
  narrow.most_failed_min_answers = 4;
  narrow.most_failed_limit = 2;
  r = build_report(scenario(), narrow);
  ASSERT_EQ(r.most_failed.size(), 2u);
  EXPECT_EQ(r.most_failed[0].question.question_id, 6);  // 0/4, now counted
  EXPECT_EQ(r.most_failed[1].question.question_id, 10);
}

}  // namespace
}  // namespace frontline::training
