// Responses of the training tests (training_test_json.hpp).
#include <cmath>

#include "http/training_test_json.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

json rounded(const std::optional<double>& v, int digits) {
  if (!v) {
    return nullptr;
  }
  const double scale = std::pow(10.0, digits);
  return std::round(*v * scale) / scale;
}

json time_or_null(const std::optional<TimePoint>& t) { return t ? json(format_utc(*t)) : json(nullptr); }

json officer_brief(const domain::TrainingOfficer& o) {
  return json{{"id", o.id},           {"full_name", o.full_name}, {"service_number", o.service_number},
              {"unit_id", o.unit_id}, {"unit_code", o.unit_code}, {"rank", o.rank},
              {"sex", o.sex}};
}

json mean_json(const training::MeanGain& m) {
  return json{{"matched", m.matched},
              {"mean_pre", rounded(m.mean_pre, 1)},
              {"mean_post", rounded(m.mean_post, 1)},
              {"mean_gain", rounded(m.mean_gain, 1)},
              {"normalized_gain", rounded(m.normalized_gain, 3)}};
}

std::vector<std::string> correct_keys(const domain::Question& q) {
  std::vector<std::string> out;
  for (const auto& o : q.options) {
    if (o.correct) {
      out.push_back(o.key);
    }
  }
  return out;
}

}  // namespace

json question_json(const domain::Question& q, bool with_answers) {
  json options = json::array();
  for (const auto& o : q.options) {
    json j = {{"key", o.key}, {"vi", o.vi}, {"en", o.en}};
    if (with_answers) {
      j["correct"] = o.correct;
    }
    options.push_back(j);
  }
  json out = {{"id", q.id},          {"module_id", q.module_id}, {"module_code", q.module_code},
              {"kind", domain::kQuestionKindNames.name(q.kind)}, {"text_vi", q.text_vi},
              {"text_en", q.text_en}, {"options", options}};
  if (with_answers) {
    out["explanation_vi"] = q.explanation_vi;
    out["explanation_en"] = q.explanation_en;
    out["active"] = q.active;
    out["version"] = q.version;
    out["created_at"] = format_utc(q.created_at);
    out["updated_at"] = format_utc(q.updated_at);
  }
  return out;
}

json test_json(const service::TestView& v) {
  const auto& t = v.test;
  json questions = json::array();
  for (const auto& q : v.questions) {
    questions.push_back(question_json(q));
  }
  return json{{"id", t.id},
              {"course_id", t.course_id},
              {"kind", domain::kTestKindNames.name(t.kind)},
              {"title", t.title},
              {"question_ids", t.question_ids},
              {"questions", questions},
              {"opens_at", format_utc(t.opens_at)},
              {"closes_at", format_utc(t.closes_at)},
              {"duration_minutes", t.duration_minutes},
              {"status", domain::kTestStatusNames.name(t.status)},
              {"version", t.version},
              {"attempts", v.attempts},
              {"frozen", v.frozen},
              {"created_at", format_utc(t.created_at)},
              {"updated_at", format_utc(t.updated_at)}};
}

json attempt_json(const domain::Attempt& a) {
  json answers = json::object();
  for (const auto& [question, keys] : a.answers) {
    answers[std::to_string(question)] = keys;
  }
  json results = json::array();
  for (const auto& [question, ok] : a.correct) {
    results.push_back({{"question_id", question}, {"correct", ok}});
  }
  return json{{"id", a.id},
              {"test_id", a.test_id},
              {"officer_id", a.officer_id},
              {"source", domain::kAttemptSourceNames.name(a.source)},
              {"state", domain::kAttemptStateNames.name(a.state)},
              {"started_at", format_utc(a.started_at)},
              {"due_at", format_utc(a.due_at)},
              {"submitted_at", time_or_null(a.submitted_at)},
              {"score", rounded(a.score, 1)},
              {"per_question", a.per_question_known},
              {"answers", answers},
              {"results", results},
              {"voided_at", time_or_null(a.voided_at)}};
}

json started_attempt_json(const service::StartedAttempt& s) {
  json questions = json::array();
  for (const auto& q : s.questions) {
    questions.push_back(question_json(q, false));
  }
  return json{{"attempt", attempt_json(s.attempt)},
              {"test",
               {{"id", s.test.id},
                {"course_id", s.test.course_id},
                {"kind", domain::kTestKindNames.name(s.test.kind)},
                {"title", s.test.title},
                {"duration_minutes", s.test.duration_minutes},
                {"closes_at", format_utc(s.test.closes_at)}}},
              {"due_at", format_utc(s.attempt.due_at)},
              {"questions", questions},
              {"resumed", s.resumed}};
}

json submitted_attempt_json(const service::SubmittedAttempt& s) {
  return json{{"attempt", attempt_json(s.attempt)},
              {"score", rounded(s.attempt.score, 1)},
              {"correct", s.correct},
              {"questions", s.questions}};
}

json test_results_json(const service::TestResults& r) {
  json participants = json::array();
  for (const auto& p : r.participants) {
    json row = {{"officer", officer_brief(p.officer)},
                {"enrolment_status", p.enrolment_status},
                {"progress", p.progress},
                {"attempt_id", nullptr},
                {"source", nullptr},
                {"score", nullptr},
                {"submitted_at", nullptr}};
    if (p.attempt) {
      row["attempt_id"] = p.attempt->id;
      row["source"] = domain::kAttemptSourceNames.name(p.attempt->source);
      row["score"] = rounded(p.attempt->score, 1);
      row["submitted_at"] = time_or_null(p.attempt->submitted_at);
    }
    participants.push_back(row);
  }
  json questions = json::array();
  for (const auto& q : r.questions) {
    questions.push_back({{"position", q.position},
                         {"question_id", q.question.id},
                         {"module_id", q.question.module_id},
                         {"module_code", q.question.module_code},
                         {"kind", domain::kQuestionKindNames.name(q.question.kind)},
                         {"text_vi", q.question.text_vi},
                         {"text_en", q.question.text_en},
                         {"correct_keys", correct_keys(q.question)},
                         {"correct", q.stats.correct},
                         {"difficulty", rounded(q.stats.difficulty, 3)},
                         {"discrimination", rounded(q.stats.discrimination, 3)},
                         {"chosen", q.chosen}});
  }
  return json{{"test", test_json(r.view)},     {"participants", participants}, {"submitted", r.submitted},
              {"analysed", r.analysed},        {"group_size", r.group_size},
              {"mean_score", rounded(r.mean_score, 1)}, {"questions", questions}};
}

json course_gain_json(const service::CourseGain& g) {
  json participants = json::array();
  for (const auto& p : g.participants) {
    participants.push_back({{"officer", officer_brief(p.officer)},
                            {"pre", rounded(p.gain.pre, 1)},
                            {"post", rounded(p.gain.post, 1)},
                            {"gain", rounded(p.gain.gain, 1)},
                            {"normalized_gain", rounded(p.gain.normalized_gain, 3)}});
  }
  json modules = json::array();
  for (const auto& m : g.modules) {
    json j = mean_json(m.mean);
    j["module_id"] = m.module_id;
    j["module_code"] = m.module_code;
    j["title_vi"] = m.title_vi;
    j["title_en"] = m.title_en;
    j["pre_questions"] = m.pre_questions;
    j["post_questions"] = m.post_questions;
    modules.push_back(j);
  }
  return json{{"course_id", g.course_id},
              {"pre_test_id", g.pre_test_id ? json(*g.pre_test_id) : json(nullptr)},
              {"post_test_id", g.post_test_id ? json(*g.post_test_id) : json(nullptr)},
              {"participants", participants},
              {"course", mean_json(g.course)},
              {"modules", modules}};
}

json paper_import_json(const service::PaperImport& p) {
  json attempts = json::array();
  for (const auto& a : p.attempts) {
    attempts.push_back({{"id", a.id}, {"officer_id", a.officer_id}, {"score", rounded(a.score, 1)}});
  }
  return json{{"test_id", p.test_id}, {"imported", p.attempts.size()}, {"attempts", attempts}};
}

json my_tests_json(const std::vector<service::MyTest>& tests) {
  json out = json::array();
  for (const auto& m : tests) {
    out.push_back({{"test",
                    {{"id", m.test.id},
                     {"course_id", m.test.course_id},
                     {"kind", domain::kTestKindNames.name(m.test.kind)},
                     {"title", m.test.title},
                     {"status", domain::kTestStatusNames.name(m.test.status)},
                     {"opens_at", format_utc(m.test.opens_at)},
                     {"closes_at", format_utc(m.test.closes_at)},
                     {"duration_minutes", m.test.duration_minutes},
                     {"questions", m.test.question_ids.size()}}},
                   {"course_code", m.course_code},
                   {"course_title_vi", m.course_title_vi},
                   {"course_title_en", m.course_title_en},
                   {"state", m.progress},
                   {"attempt_id", m.attempt_id ? json(*m.attempt_id) : json(nullptr)},
                   {"due_at", time_or_null(m.due_at)},
                   {"score", rounded(m.score, 1)},
                   {"can_start", m.can_start}});
  }
  return out;
}

}  // namespace frontline::http
