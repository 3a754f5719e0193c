#include "demo/training_tests.hpp"

#include <algorithm>
#include <map>

#include "demo/rng.hpp"
#include "demo/training_questions.hpp"
#include "training/attempt_timing.hpp"
#include "training/scoring.hpp"

namespace frontline::demo {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

// `day` ("YYYY-MM-DD") at `hour` o'clock in Vietnam (UTC+7), hour >= 7.
TimePoint vn_time(const std::string& day, int hour) {
  const std::string h = (hour - 7 < 10 ? "0" : "") + std::to_string(hour - 7);
  return parse_utc(day + "T" + h + ":00:00Z").value_or(TimePoint{});
}

std::vector<std::string> correct_keys(const domain::Question& q) {
  std::vector<std::string> out;
  for (const auto& o : q.options) {
    if (o.correct) out.push_back(o.key);
  }
  return out;
}

struct Seeder {
  store::Transaction& tx;
  TimePoint now;
  Rng rng;
  std::map<int64_t, std::vector<domain::Question>> by_module;  // module id -> its questions, bank order
  std::map<int64_t, int> hardness;                             // question id -> 0..2
  std::map<int64_t, int64_t> ability;                          // officer id -> -15..15, drawn once

  Result<std::vector<int64_t>> questions_of_course(const domain::Course& c) {
    std::vector<int64_t> ids;
    for (int64_t version_id : c.module_version_ids) {
      FL_ASSIGN_OR_RETURN(domain::ModuleVersion v, tx.training_curriculum().get_version(version_id));
      for (const auto& q : by_module[v.module_id]) ids.push_back(q.id);
    }
    return ids;
  }

  Result<domain::TrainingTest> test(const domain::Course& c, domain::TestKind kind, const std::string& day,
                                    domain::TestStatus status, TimePoint closes_at) {
    domain::TrainingTest t;
    t.course_id = c.id;
    t.kind = kind;
    t.title = kind == domain::TestKind::kPre ? "Kiểm tra đầu khóa " + c.code : "Kiểm tra cuối khóa " + c.code;
    FL_ASSIGN_OR_RETURN(t.question_ids, questions_of_course(c));
    t.opens_at = vn_time(day, 8);
    t.closes_at = closes_at;
    t.duration_minutes = 30;
    t.status = status;
    t.created_at = t.updated_at = now;
    FL_ASSIGN_OR_RETURN(t.id, tx.training_tests().insert(t));
    return t;
  }

  // One officer's answers: right with a chance that grows after the course
  // and shrinks with the question's hardness.
  domain::Answers answers(const std::vector<domain::Question>& qs, int64_t officer, bool post) {
    if (!ability.contains(officer)) ability[officer] = rng.between(-15, 15);
    domain::Answers out;
    for (const auto& q : qs) {
      const int64_t h = hardness[q.id];
      const int64_t p = std::clamp<int64_t>((post ? 82 : 52) + ability[officer] - h * (post ? 16 : 20), 5, 95);
      if (rng.chance(3)) continue;  // left blank
      auto keys = correct_keys(q);
      if (!rng.chance(static_cast<int>(p))) {
        if (q.kind == domain::QuestionKind::kMultiple && keys.size() > 1) {
          keys.pop_back();  // ticked only part of the right answers
        } else {
          std::vector<std::string> wrong;
          for (const auto& o : q.options) {
            if (!o.correct) wrong.push_back(o.key);
          }
          keys = {wrong[rng.uniform(wrong.size())]};
        }
      }
      out[q.id] = keys;
    }
    return out;
  }

  Status attempts(const domain::TrainingTest& t, const std::vector<domain::Participant>& people,
                  domain::AttemptSource source, int64_t pass_mark) {
    FL_ASSIGN_OR_RETURN(auto bank, tx.training_questions().get_many(t.question_ids));
    std::vector<domain::Question> qs;
    for (int64_t id : t.question_ids) qs.push_back(bank.at(id));
    const bool post = t.kind == domain::TestKind::kPost;
    for (const auto& p : people) {
      domain::Answers a = answers(qs, p.officer.id, post);
      auto scored = training::score_answers(qs, a);
      // The core demo completed them on attendance: their post score must pass.
      for (size_t i = 0; p.enrolment.status == "completed" && post && scored.score < static_cast<double>(pass_mark) &&
                         i < qs.size();
           ++i) {
        a[qs[i].id] = correct_keys(qs[i]);
        scored = training::score_answers(qs, a);
      }
      domain::Attempt at;
      at.test_id = t.id;
      at.officer_id = p.officer.id;
      at.source = source;
      at.state = domain::AttemptState::kSubmitted;
      if (source == domain::AttemptSource::kPaper) {
        at.started_at = at.due_at = t.closes_at + hours(2);  // entered by the trainer that afternoon
        at.submitted_at = at.started_at;
      } else {
        at.started_at = t.opens_at + minutes(rng.between(0, 25));
        at.due_at = training::attempt_due_at(at.started_at, t.duration_minutes, t.closes_at);
        at.submitted_at = at.started_at + minutes(rng.between(12, t.duration_minutes - 1));
      }
      for (const auto& [question, keys] : a) {
        if (!keys.empty()) at.answers[question] = keys;
      }
      at.correct = scored.correct;
      at.score = scored.score;
      FL_TRY(discard_value(tx.training_attempts().insert(at)));
    }
    return {};
  }
};

}  // namespace

Result<int64_t> seed_training_tests(store::Transaction& tx, TimePoint now, uint64_t seed) {
  FL_ASSIGN_OR_RETURN(auto existing, tx.training_questions().list({}));
  FL_ASSIGN_OR_RETURN(auto modules, tx.training_curriculum().list_modules());
  std::map<std::string, int64_t> module_ids;
  for (const auto& m : modules) module_ids[m.code] = m.id;
  if (!existing.empty() || !module_ids.contains("M01")) return 0;

  Seeder s{tx, now, Rng(seed ^ 0x7e575u), {}, {}, {}};
  int64_t added = 0;
  for (const auto& d : demo_questions()) {
    auto m = module_ids.find(d.module);
    if (m == module_ids.end()) continue;
    domain::Question q;
    q.module_id = m->second;
    q.kind = d.multiple ? domain::QuestionKind::kMultiple : domain::QuestionKind::kSingle;
    q.text_vi = d.vi;
    q.text_en = d.en;
    for (size_t i = 0; i < d.options.size(); ++i) {
      q.options.push_back({std::string(1, static_cast<char>('A' + i)), d.options[i].vi, d.options[i].en,
                           d.options[i].correct});
    }
    q.created_at = q.updated_at = now;
    FL_ASSIGN_OR_RETURN(q.id, tx.training_questions().insert(q));
    s.hardness[q.id] = d.hardness;
    s.by_module[q.module_id].push_back(std::move(q));
    ++added;
  }

  domain::CourseFilter all;
  all.limit = 500;
  FL_ASSIGN_OR_RETURN(auto courses, tx.training_courses().list(all));
  for (const auto& c : courses.items) {
    FL_ASSIGN_OR_RETURN(auto questions, s.questions_of_course(c));
    if (questions.empty() || c.status == "cancelled") continue;
    FL_ASSIGN_OR_RETURN(auto everyone, tx.training_courses().participants(c.id, store::CaseScope{}));
    std::vector<domain::Participant> people;
    for (auto& p : everyone) {
      if (p.enrolment.status != "withdrawn") people.push_back(std::move(p));
    }
    const auto closed = domain::TestStatus::kClosed;
    if (c.status == "completed") {
      FL_ASSIGN_OR_RETURN(auto pre, s.test(c, domain::TestKind::kPre, c.start_date, closed, vn_time(c.start_date, 11)));
      FL_ASSIGN_OR_RETURN(auto post, s.test(c, domain::TestKind::kPost, c.end_date, closed, vn_time(c.end_date, 11)));
      FL_TRY(s.attempts(pre, people, domain::AttemptSource::kPaper, c.pass_mark));
      FL_TRY(s.attempts(post, people, domain::AttemptSource::kOnline, c.pass_mark));
    } else if (c.status == "in_progress") {
      FL_ASSIGN_OR_RETURN(auto pre, s.test(c, domain::TestKind::kPre, c.start_date, closed, vn_time(c.start_date, 11)));
      FL_TRY(s.attempts(pre, people, domain::AttemptSource::kOnline, c.pass_mark));
      FL_TRY(discard_value(s.test(c, domain::TestKind::kPost, c.start_date, domain::TestStatus::kOpen,
                                  vn_time(c.end_date, 17))));
    } else {
      FL_TRY(discard_value(s.test(c, domain::TestKind::kPre, c.start_date, domain::TestStatus::kDraft,
                                  vn_time(c.start_date, 11))));
    }
  }
  return added;
}

}  // namespace frontline::demo
