// Results of a test with item analysis, and the knowledge gain of a course
// (TrainingTestService, reading part). Every figure is computed over the
// participants the caller may see.
#include "service/audit_helpers.hpp"
#include "service/training_tests_internal.hpp"

namespace frontline::service {

using namespace training_internal;

namespace {

constexpr const char* kReadResults = "read training results";

// The submitted attempts of `attempts` by officer.
std::map<int64_t, domain::Attempt> submitted_by_officer(std::vector<domain::Attempt> attempts) {
  std::map<int64_t, domain::Attempt> out;
  for (auto& a : attempts) {
    if (a.state == domain::AttemptState::kSubmitted) {
      const int64_t officer = a.officer_id;
      out.emplace(officer, std::move(a));
    }
  }
  return out;
}

Status audit_commander_read(store::Transaction& tx, const Principal& who, const Clock& clock,
                            const std::string& record_type, int64_t id, size_t participants) {
  if (sees_all(who)) {
    return {};
  }
  return store::append_audit(tx, audit_entry(who, clock, "training.results.read", record_type, std::to_string(id),
                                             audit::Outcome::kOk, {{"participants", participants}}));
}

}  // namespace

Result<TestResults> TrainingTestService::results(const Principal& who, int64_t test_id) {
  FL_TRY(require_read(who, kReadResults));
  return store::write_value<TestResults>(store_, [&](store::Transaction& tx) -> Result<TestResults> {
    const TimePoint now = clock_.now();
    TestResults out;
    FL_ASSIGN_OR_RETURN(domain::TrainingTest test, tx.training_tests().get(test_id));
    FL_ASSIGN_OR_RETURN(out.view, view_of(tx, std::move(test)));
    const auto& questions = out.view.questions;
    FL_ASSIGN_OR_RETURN(auto participants,
                        tx.training_courses().participants(out.view.test.course_id, scope_of(who)));
    FL_ASSIGN_OR_RETURN(auto attempts, tx.training_attempts().of_test(test_id));
    std::map<int64_t, domain::Attempt> live;
    for (auto& a : attempts) {
      const int64_t officer = a.officer_id;
      live.emplace(officer, std::move(a));
    }
    std::vector<training::ItemResponse> responses;
    std::vector<const domain::Attempt*> analysed;
    double total = 0.0;
    for (auto& p : participants) {
      ParticipantResult r;
      r.officer = std::move(p.officer);
      r.enrolment_status = p.enrolment.status;
      if (auto a = live.find(r.officer.id); a != live.end()) {
        r.attempt = a->second;
      }
      r.progress = attempt_progress(r.attempt, now);
      if (r.progress == "submitted" && r.attempt->score) {
        ++out.submitted;
        total += *r.attempt->score;
        if (r.attempt->per_question_known) {
          training::ItemResponse resp{*r.attempt->score, {}};
          for (const auto& q : questions) {
            auto c = r.attempt->correct.find(q.id);
            resp.correct.push_back(c != r.attempt->correct.end() && c->second);
          }
          responses.push_back(std::move(resp));
        }
      }
      out.participants.push_back(std::move(r));
    }
    for (const auto& r : out.participants) {
      if (r.progress == "submitted" && r.attempt->per_question_known) {
        analysed.push_back(&*r.attempt);
      }
    }
    if (out.submitted > 0) {
      out.mean_score = total / static_cast<double>(out.submitted);
    }
    const training::ItemAnalysis items = training::analyse_items(responses, questions.size());
    out.analysed = items.attempts;
    out.group_size = items.group_size;
    for (size_t i = 0; i < questions.size(); ++i) {
      QuestionResult qr;
      qr.question = questions[i];
      qr.position = static_cast<int64_t>(i) + 1;
      qr.stats = items.items[i];
      for (const auto& o : questions[i].options) {
        qr.chosen[o.key] = 0;
      }
      for (const domain::Attempt* a : analysed) {
        if (auto chosen = a->answers.find(questions[i].id); chosen != a->answers.end()) {
          for (const auto& key : chosen->second) {
            qr.chosen[key] += 1;
          }
        }
      }
      out.questions.push_back(std::move(qr));
    }
    FL_TRY(audit_commander_read(tx, who, clock_, "training_test", test_id, out.participants.size()));
    return out;
  });
}

Result<CourseGain> TrainingTestService::gain(const Principal& who, int64_t course_id) {
  FL_TRY(require_read(who, kReadResults));
  return store::write_value<CourseGain>(store_, [&](store::Transaction& tx) -> Result<CourseGain> {
    CourseGain out;
    out.course_id = course_id;
    FL_ASSIGN_OR_RETURN(domain::Course course, tx.training_courses().get(course_id));
    FL_ASSIGN_OR_RETURN(auto tests, tx.training_tests().of_course(course_id));
    std::map<int64_t, domain::Attempt> pre;
    std::map<int64_t, domain::Attempt> post;
    std::map<int64_t, int64_t> module_of;  // question -> module
    std::map<int64_t, std::pair<int64_t, int64_t>> module_questions;  // module -> (in pre, in post)
    std::map<int64_t, std::string> module_codes;
    for (const auto& t : tests) {
      const bool is_pre = t.kind == domain::TestKind::kPre;
      (is_pre ? out.pre_test_id : out.post_test_id) = t.id;
      FL_ASSIGN_OR_RETURN(auto attempts, tx.training_attempts().of_test(t.id));
      (is_pre ? pre : post) = submitted_by_officer(std::move(attempts));
      FL_ASSIGN_OR_RETURN(auto questions, questions_of(tx, t));
      for (const auto& q : questions) {
        module_of[q.id] = q.module_id;
        module_codes[q.module_id] = q.module_code;
        auto& counts = module_questions[q.module_id];
        (is_pre ? counts.first : counts.second) += 1;
      }
    }
    FL_ASSIGN_OR_RETURN(auto participants, tx.training_courses().participants(course_id, scope_of(who)));
    std::vector<training::ScorePair> pairs;
    std::map<int64_t, std::vector<training::ScorePair>> module_pairs;
    for (auto& p : participants) {
      training::ScorePair pair;
      auto a = pre.find(p.officer.id);
      auto b = post.find(p.officer.id);
      if (a != pre.end()) {
        pair.pre = a->second.score;
      }
      if (b != post.end()) {
        pair.post = b->second.score;
      }
      pairs.push_back(pair);
      out.participants.push_back({std::move(p.officer), training::gain_of(pair)});
      if (a == pre.end() || b == post.end() || !a->second.per_question_known || !b->second.per_question_known) {
        continue;
      }
      const auto pre_modules = training::module_scores(a->second.correct, module_of);
      const auto post_modules = training::module_scores(b->second.correct, module_of);
      for (const auto& [module, score] : pre_modules) {
        if (auto s = post_modules.find(module); s != post_modules.end()) {
          module_pairs[module].push_back({score, s->second});
        }
      }
    }
    out.course = training::mean_gain(pairs);
    // Module titles from the versions the course teaches.
    std::map<int64_t, domain::ModuleVersion> taught;
    for (int64_t version_id : course.module_version_ids) {
      FL_ASSIGN_OR_RETURN(domain::ModuleVersion v, tx.training_curriculum().get_version(version_id));
      const int64_t module = v.module_id;
      taught.emplace(module, std::move(v));
    }
    for (const auto& [module, counts] : module_questions) {
      ModuleGain m;
      m.module_id = module;
      m.module_code = module_codes[module];
      if (auto v = taught.find(module); v != taught.end()) {
        m.title_vi = v->second.title_vi;
        m.title_en = v->second.title_en;
      }
      m.pre_questions = counts.first;
      m.post_questions = counts.second;
      m.mean = training::mean_gain(module_pairs[module]);
      out.modules.push_back(std::move(m));
    }
    FL_TRY(audit_commander_read(tx, who, clock_, "training_course", course_id, out.participants.size()));
    return out;
  });
}

}  // namespace frontline::service
