// Tests for TrainingTestService over a real store with a manual clock: the
// deadline to the second (30 s of grace, then refused with nothing saved),
// the completion hook's scores (post-test, pre-test, gone once reopened),
// paper results all or nothing, and the audit entries.
#include "service/training_tests.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace frontline::testing {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

class TrainingTestServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    trainer_ = env_.add_user("trainer.hq", domain::Role::kTrainer, "BTL-BDBP");
    officer_user_ = env_.add_user("officer.ls", domain::Role::kFrontlineOfficer, "DBP-LS-HUUNGHI");
    const TimePoint now = env_.clock.now();
    auto made = store::write_value<int64_t>(*env_.store, [&](store::Transaction& tx) -> Result<int64_t> {
      FL_ASSIGN_OR_RETURN(module_, tx.training_curriculum().insert_module({0, "M01", 1, now}));
      domain::ModuleVersion v;
      v.module_id = module_;
      v.title_vi = "Nhận diện nạn nhân";
      v.title_en = "Identifying victims";
      v.effective_date = "2025-07-01";
      v.created_at = now;
      FL_ASSIGN_OR_RETURN(int64_t version, tx.training_curriculum().insert_version(v));
      domain::Course c;
      c.code = "TH-2026-LS-09";
      c.title_vi = "Tập huấn";
      c.title_en = "Training";
      c.province_code = "LS";
      c.start_date = "2026-03-15";
      c.end_date = "2026-03-19";
      c.capacity = 30;
      c.trainers = {{std::nullopt, "Thượng tá Lê Văn Bình"}};
      c.module_version_ids = {version};
      c.created_at = c.updated_at = now;
      FL_ASSIGN_OR_RETURN(course_, tx.training_courses().insert(c));
      for (const auto& [sn, user] : std::vector<std::pair<std::string, std::optional<int64_t>>>{
               {"BP-LS-0001", officer_user_.user_id}, {"BP-LS-0002", std::nullopt}}) {
        domain::TrainingOfficer o;
        o.full_name = "Nguyễn Văn " + sn;
        o.service_number = sn;
        o.unit_id = officer_user_.unit_id;
        o.rank = "trung_uy";
        o.sex = "male";
        o.user_id = user;
        o.created_at = o.updated_at = now;
        FL_ASSIGN_OR_RETURN(int64_t id, tx.training_officers().insert(o));
        officers_.push_back(id);
        domain::Enrolment e;
        e.course_id = course_;
        e.officer_id = id;
        e.enrolled_at = e.updated_at = now;
        FL_TRY(tx.training_courses().insert_enrolment(e));
      }
      return course_;
    });
    ASSERT_TRUE(made.ok()) << describe(made);
    for (const char* right : {"A", "B"}) {
      domain::QuestionDraft d;
      d.module_id = module_;
      d.kind = domain::QuestionKind::kSingle;
      d.text_vi = std::string("Câu ") + right;
      d.text_en = std::string("Question ") + right;
      for (std::string key : {"A", "B", "C"}) {
        d.options.push_back({key, key, key, key == right});
      }
      auto q = service_.create_question(trainer_, d);
      ASSERT_TRUE(q.ok()) << describe(q);
      questions_.push_back(q->id);
    }
  }

  // An open test closing `closes_in` from now, `minutes_allowed` per attempt.
  int64_t open_test(domain::TestKind kind, std::chrono::seconds closes_in, int minutes_allowed) {
    domain::TestDraft d;
    d.kind = kind;
    d.title = "Kiểm tra";
    d.question_ids = questions_;
    d.opens_at = env_.clock.now() - minutes(5);
    d.closes_at = env_.clock.now() + closes_in;
    d.duration_minutes = minutes_allowed;
    auto t = service_.create_test(trainer_, course_, d);
    EXPECT_TRUE(t.ok()) << describe(t);
    domain::TestPatch open;
    open.expected_version = 1;
    open.status = domain::TestStatus::kOpen;
    EXPECT_TRUE(service_.update_test(trainer_, t->test.id, open).ok());
    return t->test.id;
  }

  std::optional<double> post_score(int64_t officer) {
    auto s = store::read_value<std::optional<double>>(
        *env_.store, [&](store::Transaction& tx) { return tx.training_scores().post_test_score(course_, officer); });
    EXPECT_TRUE(s.ok()) << describe(s);
    return s.ok() ? *s : std::nullopt;
  }

  TestEnv env_;
  service::TrainingTestService service_{*env_.store, env_.clock};
  service::Principal trainer_;
  service::Principal officer_user_;
  int64_t module_ = 0;
  int64_t course_ = 0;
  std::vector<int64_t> officers_;
  std::vector<int64_t> questions_;
};

TEST_F(TrainingTestServiceTest, GraceOfThirtySecondsThenRefusedWithNothingSaved) {
  const int64_t t = open_test(domain::TestKind::kPost, std::chrono::hours(3), 10);
  auto started = service_.start(officer_user_, t);
  ASSERT_TRUE(started.ok()) << describe(started);
  EXPECT_EQ(started->attempt.due_at, env_.clock.now() + minutes(10));
  for (const auto& q : started->questions) {
    for (const auto& o : q.options) EXPECT_FALSE(o.correct);
  }
  const domain::Answers answers = {{questions_[0], {"A"}}, {questions_[1], {"C"}}};
  env_.clock.advance(minutes(10) + seconds(31));
  auto late = service_.submit(officer_user_, started->attempt.id, answers);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kUnprocessable);
  EXPECT_TRUE(late.error().fields.contains("submitted_at"));
  EXPECT_FALSE(post_score(officers_[0]).has_value());
  const int64_t submits = static_cast<int64_t>(env_.audit_entries("training.attempt.submit").size());
  EXPECT_EQ(submits, 0);

  // Reopened, started again, submitted exactly at the end of the grace: accepted.
  ASSERT_TRUE(service_.reopen(trainer_, t, started->attempt.id).ok());
  auto again = service_.start(officer_user_, t);
  ASSERT_TRUE(again.ok()) << describe(again);
  EXPECT_FALSE(again->resumed);
  env_.clock.advance(minutes(10) + seconds(30));
  auto on_time = service_.submit(officer_user_, again->attempt.id, answers);
  ASSERT_TRUE(on_time.ok()) << describe(on_time);
  EXPECT_DOUBLE_EQ(*on_time->attempt.score, 50.0);
  EXPECT_EQ(env_.audit_entries("training.attempt.submit").size(), 1u);
}

TEST_F(TrainingTestServiceTest, DeadlineIsTheTestsClosingWhenEarlier) {
  const int64_t t = open_test(domain::TestKind::kPre, seconds(90), 30);
  auto started = service_.start(officer_user_, t);
  ASSERT_TRUE(started.ok()) << describe(started);
  EXPECT_EQ(started->attempt.due_at, env_.clock.now() + seconds(90));
  env_.clock.advance(seconds(121));
  auto late = service_.submit(officer_user_, started->attempt.id, {});
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kUnprocessable);
  // Closed now: nobody else may start.
  auto mine = service_.my_tests(officer_user_);
  ASSERT_TRUE(mine.ok());
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ(mine->front().progress, "expired");
  EXPECT_FALSE(mine->front().can_start);
}

TEST_F(TrainingTestServiceTest, CompletionHookReadsTheSubmittedPostTestScore) {
  const int64_t pre = open_test(domain::TestKind::kPre, std::chrono::hours(3), 30);
  const int64_t post = open_test(domain::TestKind::kPost, std::chrono::hours(3), 30);
  auto has_post = store::read_value<bool>(
      *env_.store, [&](store::Transaction& tx) { return tx.training_scores().has_post_test(course_); });
  ASSERT_TRUE(has_post.ok());
  EXPECT_TRUE(*has_post);
  auto paper = service_.import_paper(trainer_, pre, "service_number,score\nBP-LS-0001,40\nbp-ls-0002,\"55,5\"\n");
  ASSERT_TRUE(paper.ok()) << describe(paper);
  auto started = service_.start(officer_user_, post);
  ASSERT_TRUE(started.ok());
  EXPECT_FALSE(post_score(officers_[0]).has_value());  // in progress: no score yet
  ASSERT_TRUE(service_.submit(officer_user_, started->attempt.id, {{questions_[0], {"A"}}, {questions_[1], {"B"}}}).ok());
  EXPECT_EQ(post_score(officers_[0]).value_or(-1), 100.0);
  auto both = store::read_value<store::ParticipantScores>(
      *env_.store, [&](store::Transaction& tx) { return tx.training_scores().scores(course_, officers_[1]); });
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->pre.value_or(-1), 55.5);
  EXPECT_FALSE(both->post.has_value());
  ASSERT_TRUE(service_.reopen(trainer_, post, started->attempt.id).ok());
  EXPECT_FALSE(post_score(officers_[0]).has_value());  // void attempts do not count
}

TEST_F(TrainingTestServiceTest, PaperImportIsAllOrNothing) {
  const int64_t t = open_test(domain::TestKind::kPost, std::chrono::hours(3), 30);
  const int64_t before = env_.audit_count();
  auto refused = service_.import_paper(trainer_, t, "service_number,Q1,Q2\nBP-LS-0001,A,B\nBP-XX-9999,A,A\n");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kUnprocessable);
  EXPECT_EQ(refused.error().fields.at("row 3.service_number"), "unknown officer service number 'BP-XX-9999'");
  EXPECT_FALSE(post_score(officers_[0]).has_value());
  EXPECT_EQ(env_.audit_count(), before);
  auto ok = service_.import_paper(trainer_, t, "service_number,Q1,Q2\nBP-LS-0001,A,B\nBP-LS-0002,A;B,B\n");
  ASSERT_TRUE(ok.ok()) << describe(ok);
  EXPECT_EQ(post_score(officers_[0]).value_or(-1), 100.0);
  EXPECT_EQ(post_score(officers_[1]).value_or(-1), 50.0);  // two keys on a single-choice question score 0
  EXPECT_EQ(env_.audit_entries("training.paper.import").size(), 1u);
  // Officers of the course may not read results; the trainer sees both.
  EXPECT_EQ(service_.results(officer_user_, t).error().code, ErrorCode::kPermissionDenied);
  auto results = service_.results(trainer_, t);
  ASSERT_TRUE(results.ok());
  EXPECT_EQ(results->submitted, 2);
  EXPECT_DOUBLE_EQ(*results->mean_score, 75.0);
}

}  // namespace
}  // namespace frontline::testing

namespace frontline::testing {
namespace {

TEST_F(TrainingTestServiceTest, ScoredQuestionsAndTestStatusesDoNotGoBack) {
  const int64_t t = open_test(domain::TestKind::kPost, std::chrono::hours(3), 30);
  auto started = service_.start(officer_user_, t);
  ASSERT_TRUE(started.ok());
  ASSERT_TRUE(service_.submit(officer_user_, started->attempt.id, {{questions_[0], {"A"}}}).ok());
  // What was scored stays as scored: options no longer change, texts do.
  domain::QuestionPatch options;
  options.expected_version = 1;
  auto changed = *service_.get_question(trainer_, questions_[0]);
  changed.options[1].correct = true;
  changed.options[0].correct = false;
  options.options = changed.options;
  auto refused = service_.update_question(trainer_, questions_[0], options);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  domain::QuestionPatch text;
  text.expected_version = 1;
  text.text_en = "Question A, reworded";
  auto reworded = service_.update_question(trainer_, questions_[0], text);
  ASSERT_TRUE(reworded.ok()) << describe(reworded);
  EXPECT_EQ(reworded->version, 2);
  // open -> closed, never back; questions frozen.
  domain::TestPatch close;
  close.expected_version = 2;
  close.status = domain::TestStatus::kClosed;
  ASSERT_TRUE(service_.update_test(trainer_, t, close).ok());
  domain::TestPatch reopen;
  reopen.expected_version = 3;
  reopen.status = domain::TestStatus::kOpen;
  EXPECT_EQ(service_.update_test(trainer_, t, reopen).error().code, ErrorCode::kConflict);
  domain::TestPatch fewer;
  fewer.expected_version = 3;
  fewer.question_ids = std::vector<int64_t>{questions_[1]};
  EXPECT_EQ(service_.update_test(trainer_, t, fewer).error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace frontline::testing
