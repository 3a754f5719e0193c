// JSON of the training tests (docs/training.md, "Questions and tests"):
// request bodies read strictly (every bad field named) and responses.
// Scores and means carry one decimal, normalized gains, difficulty and
// discrimination three.
#pragma once

#include <nlohmann/json.hpp>

#include "service/training_tests.hpp"
#include "util/result.hpp"

namespace frontline::http {

// {module_id, kind, text_vi, text_en, options: [{key?, vi, en, correct}],
// explanation_vi?, explanation_en?}; a missing option key is its position's.
Result<domain::QuestionDraft> question_draft_from(const nlohmann::json& body);
// {expected_version, kind?, text_vi?, text_en?, options?, explanation_vi?, explanation_en?, active?}
Result<domain::QuestionPatch> question_patch_from(const nlohmann::json& body);
// {kind, title, question_ids, opens_at, closes_at, duration_minutes}
Result<domain::TestDraft> test_draft_from(const nlohmann::json& body);
// {expected_version, title?, question_ids?, opens_at?, closes_at?, duration_minutes?, status?}
Result<domain::TestPatch> test_patch_from(const nlohmann::json& body);
// {"answers": {"<question id>": ["A", ...]}}
Result<domain::Answers> answers_from(const nlohmann::json& body);

// A question; with `with_answers` false, options carry no `correct` and the
// explanations are left out (what an officer taking the test sees).
nlohmann::json question_json(const domain::Question& q, bool with_answers = true);
nlohmann::json test_json(const service::TestView& v);
nlohmann::json attempt_json(const domain::Attempt& a);
nlohmann::json started_attempt_json(const service::StartedAttempt& s);
nlohmann::json submitted_attempt_json(const service::SubmittedAttempt& s);
nlohmann::json test_results_json(const service::TestResults& r);
nlohmann::json course_gain_json(const service::CourseGain& g);
nlohmann::json paper_import_json(const service::PaperImport& p);
// The "tests" part of GET /me/training.
nlohmann::json my_tests_json(const std::vector<service::MyTest>& tests);

}  // namespace frontline::http
