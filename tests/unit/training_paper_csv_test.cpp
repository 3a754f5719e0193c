// Tests for training/paper_csv: reading paper results by score or by
// answers, and every problem named by spreadsheet row and column, collected.
#include "training/paper_csv.hpp"

#include <gtest/gtest.h>

namespace frontline::training {
namespace {

domain::Question question(int64_t id, domain::QuestionKind kind, const std::string& correct, size_t options) {
  domain::Question q;
  q.id = id;
  q.kind = kind;
  for (size_t i = 0; i < options; ++i) {
    const std::string key(1, static_cast<char>('A' + i));
    q.options.push_back({key, key, key, correct.find(key) != std::string::npos});
  }
  return q;
}

// Q1 = question 31 (single, A-D), Q2 = 32 (multiple, A-D), Q3 = 33 (single, A-C).
std::vector<domain::Question> test_questions() {
  return {question(31, domain::QuestionKind::kSingle, "A", 4), question(32, domain::QuestionKind::kMultiple, "AC", 4),
          question(33, domain::QuestionKind::kSingle, "B", 3)};
}

std::string fields_of(const PaperSheet& s) {
  std::string out;
  for (const auto& [f, reason] : s.errors) {
    out += f + ": " + reason + "\n";
  }
  return out;
}

TEST(TrainingPaperCsv, ReadsAnswersByQuestionColumn) {
  const auto s = read_paper_results(
      "\xEF\xBB\xBFservice_number,full_name,Q1,Q2,Q3\r\n"
      "bp-0001,Nguyễn Văn An,A,A;C,B\r\n"
      " BP-0002 ,Lò Thị Bình,b,\" c ; a \",\r\n"
      "\r\n"
      "BP-0003,Vàng A Chứ,,,\r\n",
      test_questions());
  ASSERT_TRUE(s.errors.empty()) << fields_of(s);
  EXPECT_EQ(s.layout, PaperLayout::kAnswers);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].row, 2u);
  EXPECT_EQ(s.rows[0].service_number, "BP-0001");  // upper-cased
  EXPECT_EQ(s.rows[0].answers.at(31), std::vector<std::string>{"A"});
  EXPECT_EQ(s.rows[0].answers.at(32), (std::vector<std::string>{"A", "C"}));
  EXPECT_EQ(s.rows[1].service_number, "BP-0002");  // trimmed
  EXPECT_EQ(s.rows[1].answers.at(31), std::vector<std::string>{"B"});
  EXPECT_EQ(s.rows[1].answers.at(32), (std::vector<std::string>{"C", "A"}));
  EXPECT_FALSE(s.rows[1].answers.contains(33));  // empty = not answered
  EXPECT_EQ(s.rows[2].row, 5u);                   // the blank line 4 keeps its number
  EXPECT_TRUE(s.rows[2].answers.empty());
}

TEST(TrainingPaperCsv, ReadsScores) {
  const auto s = read_paper_results("Service_Number , SCORE\nBP-1,85\nBP-2,\"72,5\"\nBP-3,100.0\nBP-4,0\n", {});
  ASSERT_TRUE(s.errors.empty()) << fields_of(s);
  EXPECT_EQ(s.layout, PaperLayout::kScore);
  ASSERT_EQ(s.rows.size(), 4u);
  EXPECT_DOUBLE_EQ(*s.rows[0].score, 85.0);
  EXPECT_DOUBLE_EQ(*s.rows[1].score, 72.5);
  EXPECT_DOUBLE_EQ(*s.rows[2].score, 100.0);
  EXPECT_DOUBLE_EQ(*s.rows[3].score, 0.0);
}

TEST(TrainingPaperCsv, CollectsEveryRowProblem) {
  const auto s = read_paper_results(
      "service_number,Q1,Q2,Q3\n"
      "BP-1,A,A;C,B\n"      // row 2: fine
      "BP-2,E,A,B\n"        // row 3: E is no option of Q1
      ",A,A,A\n"            // row 4: no service number
      "bp-1,A,A,\n"         // row 5: BP-1 again
      "BP-5,A,A\n"          // row 6: three fields
      "BP-6,A,A;Z,D\n"      // row 7: Z on Q2, D on Q3 (3 options)
      "BP-7,A;B,A,B\n",     // row 8: two keys on a single question: kept, scores 0
      test_questions());
  EXPECT_EQ(s.errors.size(), 6u) << fields_of(s);
  EXPECT_EQ(s.errors.at("row 3.Q1"), "'E' is not an option of this question");
  EXPECT_EQ(s.errors.at("row 4.service_number"), "is required");
  EXPECT_EQ(s.errors.at("row 5.service_number"), "'BP-1' appears again (first on row 2)");
  EXPECT_EQ(s.errors.at("row 6"), "has 3 fields; the header has 4");
  EXPECT_EQ(s.errors.at("row 7.Q2"), "'Z' is not an option of this question");
  EXPECT_EQ(s.errors.at("row 7.Q3"), "'D' is not an option of this question");
  ASSERT_EQ(s.rows.size(), 2u);  // rows 2 and 8
  EXPECT_EQ(s.rows[1].row, 8u);
  EXPECT_EQ(s.rows[1].answers.at(31), (std::vector<std::string>{"A", "B"}));
}

TEST(TrainingPaperCsv, BadScores) {
  const auto s = read_paper_results("service_number,score\nA,101\nB,-1\nC,85.25\nD,\nE,abc\nF,.5\nG,99.9\n", {});
  EXPECT_EQ(s.errors.size(), 6u) << fields_of(s);
  EXPECT_EQ(s.errors.at("row 2.score"), "'101' is not a score from 0 to 100 with at most one decimal");
  EXPECT_TRUE(s.errors.contains("row 3.score"));
  EXPECT_TRUE(s.errors.contains("row 4.score"));
  EXPECT_EQ(s.errors.at("row 5.score"), "is required");
  EXPECT_TRUE(s.errors.contains("row 6.score"));
  EXPECT_TRUE(s.errors.contains("row 7.score"));
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_DOUBLE_EQ(*s.rows[0].score, 99.9);
}

TEST(TrainingPaperCsv, HeaderProblems) {
  auto s = read_paper_results("service_number,Q1,Q2,Q3,Q7\nBP-1,A,A,A,A\n", test_questions());
  EXPECT_EQ(s.errors.at("row 1.Q7"), "is not a question of this test (it has 3 questions)");
  EXPECT_TRUE(s.rows.empty());

  s = read_paper_results("service_number,Q1,Q3\nBP-1,A,A\n", test_questions());
  EXPECT_EQ(s.errors.at("row 1.Q2"), "the header row must name the column 'Q2'");

  s = read_paper_results("Q1,Q2,Q3\nA,A,A\n", test_questions());
  EXPECT_EQ(s.errors.at("row 1.service_number"), "the header row must name the column 'service_number'");

  s = read_paper_results("service_number,score,Q1,Q2,Q3\nBP-1,50,A,A,A\n", test_questions());
  EXPECT_TRUE(s.errors.contains("row 1.score"));

  s = read_paper_results("service_number,name\nBP-1,x\n", test_questions());
  EXPECT_TRUE(s.errors.contains("row 1.name"));
  EXPECT_TRUE(s.errors.contains("row 1"));  // neither score nor questions

  s = read_paper_results("service_number,Q1,q1,Q2,Q3\nBP-1,A,A,A,A\n", test_questions());
  EXPECT_EQ(s.errors.at("row 1.Q1"), "column 'Q1' appears twice");
}

TEST(TrainingPaperCsv, EmptyAndOversizedFiles) {
  EXPECT_EQ(read_paper_results("", {}).errors.at("csv"), "is empty");
  EXPECT_EQ(read_paper_results("service_number,score\n", {}).errors.at("csv"), "has no result rows");
  std::string big = "service_number,score\n";
  for (size_t i = 0; i <= kMaxPaperRows; ++i) {
    big += "BP-" + std::to_string(i) + ",50\n";
  }
  EXPECT_EQ(read_paper_results(big, {}).errors.at("csv"), "at most 1000 rows");
}

TEST(TrainingPaperCsv, MalformedRecordIsNamedByItsRow) {
  const auto s = read_paper_results("service_number,score\nBP-1,5\"0\nBP-2,60\n", {});
  ASSERT_EQ(s.errors.size(), 1u) << fields_of(s);
  EXPECT_TRUE(s.errors.contains("row 2"));
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(s.rows[0].service_number, "BP-2");
}

}  // namespace
}  // namespace frontline::training
