// Tests for the training tests' demo data (demo/training_tests.hpp): the
// bank, the tests of each demo course, and attempts whose post scores beat
// the pre scores, with hard questions failed most, every completed
// participant at or above the pass mark, and the same rows from the same seed.
#include <gtest/gtest.h>

#include "demo/demo.hpp"
#include "service/training_tests.hpp"
#include "test_support.hpp"

namespace frontline::testing {
namespace {

struct DemoTests {
  std::vector<domain::Question> bank;
  domain::Course done;
  std::vector<domain::TrainingTest> tests;
  std::vector<domain::Attempt> pre;
  std::vector<domain::Attempt> post;
  std::vector<domain::Participant> participants;
};

DemoTests generate(TestEnv& env) {
  demo::DemoOptions opt;
  opt.cases = 10;
  opt.seed = 5;
  auto summary = demo::generate(*env.store, env.clock, opt);
  EXPECT_TRUE(summary.ok()) << describe(summary);
  DemoTests out;
  auto read = env.store->read([&](store::Transaction& tx) -> Status {
    FL_ASSIGN_OR_RETURN(out.bank, tx.training_questions().list({}));
    domain::CourseFilter f;
    f.status = "completed";
    FL_ASSIGN_OR_RETURN(auto page, tx.training_courses().list(f));
    if (page.items.size() != 1) return Error::internal("expected one completed demo course");
    out.done = page.items.front();
    FL_ASSIGN_OR_RETURN(out.tests, tx.training_tests().of_course(out.done.id));
    if (out.tests.size() != 2) return Error::internal("expected a pre- and a post-test");
    FL_ASSIGN_OR_RETURN(out.pre, tx.training_attempts().of_test(out.tests[0].id));
    FL_ASSIGN_OR_RETURN(out.post, tx.training_attempts().of_test(out.tests[1].id));
    FL_ASSIGN_OR_RETURN(out.participants, tx.training_courses().participants(out.done.id, store::CaseScope{}));
    return {};
  });
  EXPECT_TRUE(read.ok()) << describe(read);
  return out;
}

double mean(const std::vector<domain::Attempt>& attempts) {
  double sum = 0;
  for (const auto& a : attempts) sum += a.score.value_or(0);
  return attempts.empty() ? 0 : sum / static_cast<double>(attempts.size());
}

TEST(TrainingTestsDemo, BankTestsAndAttemptsShowAGain) {
  TestEnv env;
  const DemoTests d = generate(env);
  EXPECT_EQ(d.bank.size(), 32u);  // 8 for each of M01-M04
  size_t multiple = 0;
  for (const auto& q : d.bank) multiple += q.kind == domain::QuestionKind::kMultiple ? 1 : 0;
  EXPECT_GE(multiple, 6u);
  ASSERT_EQ(d.tests.size(), 2u);
  EXPECT_EQ(d.tests[0].kind, domain::TestKind::kPre);
  EXPECT_EQ(d.tests[1].status, domain::TestStatus::kClosed);
  EXPECT_EQ(d.pre.size(), d.participants.size());
  EXPECT_EQ(d.post.size(), d.participants.size());
  EXPECT_EQ(d.pre.front().source, domain::AttemptSource::kPaper);
  EXPECT_EQ(d.post.front().source, domain::AttemptSource::kOnline);
  EXPECT_GT(mean(d.post), mean(d.pre) + 15) << mean(d.pre) << " -> " << mean(d.post);
  // Completed participants passed the post-test.
  for (const auto& p : d.participants) {
    if (p.enrolment.status != "completed") continue;
    for (const auto& a : d.post) {
      if (a.officer_id == p.officer.id) {
        EXPECT_GE(*a.score, static_cast<double>(d.done.pass_mark));
      }
    }
  }
  // Some questions stay hard after the course.
  size_t hard = 0;
  for (int64_t q : d.tests[1].question_ids) {
    size_t right = 0;
    for (const auto& a : d.post) right += a.correct.count(q) && a.correct.at(q) ? 1 : 0;
    hard += right * 2 < d.post.size() ? 1 : 0;
  }
  EXPECT_GE(hard, 1u);
  // The completion hook sees the post scores.
  auto gain = service::TrainingTestService(*env.store, env.clock).gain(service::Principal::system(), d.done.id);
  ASSERT_TRUE(gain.ok()) << describe(gain);
  EXPECT_GT(*gain->course.normalized_gain, 0.3);
  EXPECT_EQ(gain->modules.size(), 3u);  // M01, M02, M04 taught
}

TEST(TrainingTestsDemo, SameSeedSameRows) {
  TestEnv a;
  TestEnv b;
  const DemoTests x = generate(a);
  const DemoTests y = generate(b);
  ASSERT_EQ(x.post.size(), y.post.size());
  for (size_t i = 0; i < x.post.size(); ++i) {
    EXPECT_EQ(x.post[i].score, y.post[i].score);
    EXPECT_EQ(x.post[i].answers, y.post[i].answers);
    EXPECT_EQ(x.pre[i].score, y.pre[i].score);
  }
}

}  // namespace
}  // namespace frontline::testing
