// Reading the request bodies of the training tests (training_test_json.hpp).
#include <charconv>

#include "http/json_input.hpp"
#include "http/training_test_json.hpp"
#include "training/bank_rules.hpp"

namespace frontline::http {
namespace {

using nlohmann::json;

constexpr size_t kTextChars = training::kMaxQuestionText;

std::optional<domain::QuestionKind> parse_kind(const std::string& s) { return domain::kQuestionKindNames.parse(s); }
std::optional<domain::TestKind> parse_test_kind(const std::string& s) { return domain::kTestKindNames.parse(s); }
std::optional<domain::TestStatus> parse_status(const std::string& s) { return domain::kTestStatusNames.parse(s); }

std::optional<std::vector<domain::QuestionOption>> read_options(const json& body, FieldReader& r) {
  if (!body.contains("options")) {
    return std::nullopt;
  }
  const json& arr = body["options"];
  if (!arr.is_array()) {
    r.fail("options", "must be an array of objects");
    return std::nullopt;
  }
  std::vector<domain::QuestionOption> out;
  for (size_t i = 0; i < arr.size() && i <= training::kMaxOptions; ++i) {
    const std::string at = "options[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) {
      r.fail(at, "must be an object");
      continue;
    }
    FieldReader o(arr[i], {"key", "vi", "en", "correct"}, at + ".");
    domain::QuestionOption opt;
    opt.key = o.text("key", Need::kOptional, 10).value_or(training::option_key(i));
    opt.vi = o.text("vi", Need::kRequired, training::kMaxOptionText).value_or("");
    opt.en = o.text("en", Need::kRequired, training::kMaxOptionText).value_or("");
    opt.correct = o.boolean("correct", Need::kRequired).value_or(false);
    for (const auto& [field, reason] : o.errors()) {
      r.fail(field, reason);
    }
    out.push_back(std::move(opt));
  }
  if (arr.size() > training::kMaxOptions) {
    out.resize(arr.size());  // the bank rules name the count
  }
  return out;
}

std::optional<std::vector<int64_t>> read_ids(const json& body, const std::string& name, FieldReader& r) {
  if (!body.contains(name)) {
    return std::nullopt;
  }
  const json& arr = body[name];
  if (!arr.is_array()) {
    r.fail(name, "must be an array of positive integer ids");
    return std::nullopt;
  }
  std::vector<int64_t> out;
  for (size_t i = 0; i < arr.size() && i <= training::kMaxTestQuestions; ++i) {
    if (!arr[i].is_number_integer() || arr[i].get<int64_t>() <= 0) {
      r.fail(name + "[" + std::to_string(i) + "]", "must be a positive integer id");
      continue;
    }
    out.push_back(arr[i].get<int64_t>());
  }
  if (arr.size() > training::kMaxTestQuestions) {
    r.fail(name, "must hold 1 to " + std::to_string(training::kMaxTestQuestions) + " questions");
  }
  return out;
}

std::optional<TimePoint> read_time(FieldReader& r, const std::string& name, Need need) {
  auto s = r.text(name, need, 100);
  if (!s) {
    return std::nullopt;
  }
  auto t = parse_utc(*s);
  if (!t) {
    r.fail(name, "must be an ISO 8601 time such as 2026-11-24T08:00:00Z");
  }
  return t;
}

std::optional<int> read_minutes(FieldReader& r) {
  auto m = r.integer("duration_minutes", Need::kOptional);
  if (!m) {
    return std::nullopt;
  }
  if (*m < training::kMinDurationMinutes || *m > training::kMaxDurationMinutes) {
    r.fail("duration_minutes", "must be 1 to 240");
    return std::nullopt;
  }
  return static_cast<int>(*m);
}

}  // namespace

Result<domain::QuestionDraft> question_draft_from(const json& body) {
  FieldReader r(body, {"module_id", "kind", "text_vi", "text_en", "options", "explanation_vi", "explanation_en"});
  domain::QuestionDraft d;
  d.module_id = r.integer("module_id", Need::kRequired).value_or(0);
  d.kind = r.choice<domain::QuestionKind>("kind", Need::kRequired, parse_kind, domain::kQuestionKindNames.names())
               .value_or(domain::QuestionKind::kSingle);
  d.text_vi = r.text("text_vi", Need::kRequired, kTextChars).value_or("");
  d.text_en = r.text("text_en", Need::kRequired, kTextChars).value_or("");
  d.explanation_vi = r.text("explanation_vi", Need::kOptional, training::kMaxExplanation).value_or("");
  d.explanation_en = r.text("explanation_en", Need::kOptional, training::kMaxExplanation).value_or("");
  if (!body.contains("options")) {
    r.fail("options", "is required");
  }
  d.options = read_options(body, r).value_or(std::vector<domain::QuestionOption>{});
  if (!r.ok()) {
    return r.error("the question has invalid fields");
  }
  return d;
}

Result<domain::QuestionPatch> question_patch_from(const json& body) {
  FieldReader r(body, {"expected_version", "kind", "text_vi", "text_en", "options", "explanation_vi", "explanation_en",
                       "active"});
  domain::QuestionPatch p;
  p.expected_version = r.integer("expected_version", Need::kRequired);
  p.kind = r.choice<domain::QuestionKind>("kind", Need::kOptional, parse_kind, domain::kQuestionKindNames.names());
  p.text_vi = r.text("text_vi", Need::kOptional, kTextChars);
  p.text_en = r.text("text_en", Need::kOptional, kTextChars);
  p.explanation_vi = r.text("explanation_vi", Need::kOptional, training::kMaxExplanation);
  p.explanation_en = r.text("explanation_en", Need::kOptional, training::kMaxExplanation);
  p.active = r.boolean("active", Need::kOptional);
  p.options = read_options(body, r);
  if (!r.ok()) {
    return r.error("the question has invalid fields");
  }
  return p;
}

Result<domain::TestDraft> test_draft_from(const json& body) {
  FieldReader r(body, {"kind", "title", "question_ids", "opens_at", "closes_at", "duration_minutes"});
  domain::TestDraft d;
  d.kind = r.choice<domain::TestKind>("kind", Need::kRequired, parse_test_kind, domain::kTestKindNames.names())
               .value_or(domain::TestKind::kPre);
  d.title = r.text("title", Need::kRequired, training::kMaxTestTitle).value_or("");
  if (!body.contains("question_ids")) {
    r.fail("question_ids", "is required");
  }
  d.question_ids = read_ids(body, "question_ids", r).value_or(std::vector<int64_t>{});
  d.opens_at = read_time(r, "opens_at", Need::kRequired).value_or(TimePoint{});
  d.closes_at = read_time(r, "closes_at", Need::kRequired).value_or(TimePoint{});
  if (!body.contains("duration_minutes")) {
    r.fail("duration_minutes", "is required");
  }
  d.duration_minutes = read_minutes(r).value_or(0);
  if (!r.ok()) {
    return r.error("the test has invalid fields");
  }
  return d;
}

Result<domain::TestPatch> test_patch_from(const json& body) {
  FieldReader r(body,
                {"expected_version", "title", "question_ids", "opens_at", "closes_at", "duration_minutes", "status"});
  domain::TestPatch p;
  p.expected_version = r.integer("expected_version", Need::kRequired);
  p.title = r.text("title", Need::kOptional, training::kMaxTestTitle);
  p.question_ids = read_ids(body, "question_ids", r);
  p.opens_at = read_time(r, "opens_at", Need::kOptional);
  p.closes_at = read_time(r, "closes_at", Need::kOptional);
  p.duration_minutes = read_minutes(r);
  p.status = r.choice<domain::TestStatus>("status", Need::kOptional, parse_status, domain::kTestStatusNames.names());
  if (!r.ok()) {
    return r.error("the test has invalid fields");
  }
  return p;
}

Result<domain::Answers> answers_from(const json& body) {
  FieldReader r(body, {"answers"});
  domain::Answers out;
  if (!body.contains("answers")) {
    r.fail("answers", "is required");
  } else if (!body["answers"].is_object()) {
    r.fail("answers", "must be an object");
  } else {
    for (const auto& [key, value] : body["answers"].items()) {
      const std::string field = "answers." + key;
      int64_t id = 0;
      auto [ptr, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
      if (ec != std::errc() || ptr != key.data() + key.size() || id <= 0) {
        r.fail(field, "must be a question id");
        continue;
      }
      if (!value.is_array() || value.size() > training::kMaxOptions) {
        r.fail(field, "must be an array of option keys");
        continue;
      }
      std::vector<std::string> keys;
      for (const auto& k : value) {
        if (!k.is_string() || k.get<std::string>().empty() || k.get<std::string>().size() > 2) {
          r.fail(field, "must be an array of option keys");
          break;
        }
        keys.push_back(k.get<std::string>());
      }
      out[id] = std::move(keys);
    }
  }
  if (!r.ok()) {
    return r.error("the answers do not fit the test");
  }
  return out;
}

}  // namespace frontline::http
