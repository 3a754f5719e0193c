// The rows of the training summary and reports (training_report_rows.hpp).
#include "service/training_report_rows.hpp"

#include <map>
#include <set>

#include "domain/training_tests.hpp"
#include "domain/training_vocab.hpp"
#include "training/gains.hpp"

namespace frontline::service {
namespace {

bool in_subtree(const std::string& path, const std::optional<std::string>& prefix) {
  return !prefix || path.compare(0, prefix->size(), *prefix) == 0;
}

bool is_post(const domain::UnitInfo& u) { return u.kind == "border_post" || u.kind == "border_gate"; }

training::ReportUnit report_unit(const domain::UnitInfo& u) {
  return training::ReportUnit{u.id, u.code, u.name, u.name_en, u.kind, u.province_code};
}

// The submitted attempts of `officers` at test `test_id`, by officer.
Result<std::map<int64_t, domain::Attempt>> submitted_of(store::Transaction& tx, int64_t test_id,
                                                        const std::set<int64_t>& officers) {
  FL_ASSIGN_OR_RETURN(auto attempts, tx.training_attempts().of_test(test_id));
  std::map<int64_t, domain::Attempt> out;
  for (auto& a : attempts) {
    if (a.state == domain::AttemptState::kSubmitted && officers.count(a.officer_id) > 0) {
      out[a.officer_id] = std::move(a);
    }
  }
  return out;
}

// What the tests part (migration 0016) gives the report, for the
// participants in `rows`: per course the gain of their pre- and post-test
// scores, per module the gain of their scores on the module's questions
// (training::module_scores, pooled over the courses), and per question how
// often their submitted attempts answered it and answered it right.
Status fill_test_figures(store::Transaction& tx, const std::vector<store::ReportEnrolment>& rows,
                         training::ReportInput& in) {
  std::map<int64_t, std::set<int64_t>> officers_of;  // course -> officers in the report
  for (const auto& e : rows) {
    officers_of[e.course_id].insert(e.officer_id);
  }
  std::map<int64_t, std::vector<training::ScorePair>> module_pairs;
  std::map<int64_t, training::QuestionOutcome> outcomes;
  std::map<int64_t, int64_t> module_of;  // question -> module
  for (const auto& [course_id, officers] : officers_of) {
    FL_ASSIGN_OR_RETURN(auto tests, tx.training_tests().of_course(course_id));
    std::map<int64_t, domain::Attempt> pre;
    std::map<int64_t, domain::Attempt> post;
    std::vector<int64_t> question_ids;
    for (const auto& t : tests) {
      FL_ASSIGN_OR_RETURN(auto attempts, submitted_of(tx, t.id, officers));
      for (const auto& [officer, a] : attempts) {
        for (const auto& [question, correct] : a.correct) {
          auto& o = outcomes[question];
          o.question_id = question;
          o.answered += 1;
          o.correct += correct ? 1 : 0;
        }
      }
      (t.kind == domain::TestKind::kPre ? pre : post) = std::move(attempts);
      question_ids.insert(question_ids.end(), t.question_ids.begin(), t.question_ids.end());
    }
    FL_ASSIGN_OR_RETURN(auto questions, tx.training_questions().get_many(question_ids));
    for (const auto& [id, q] : questions) {
      module_of[id] = q.module_id;
    }
    std::vector<training::ScorePair> pairs;
    for (int64_t officer : officers) {
      auto a = pre.find(officer);
      auto b = post.find(officer);
      training::ScorePair pair;
      pair.pre = a != pre.end() ? a->second.score : std::nullopt;
      pair.post = b != post.end() ? b->second.score : std::nullopt;
      pairs.push_back(pair);
      if (a == pre.end() || b == post.end() || !a->second.per_question_known || !b->second.per_question_known) {
        continue;
      }
      const auto pre_modules = training::module_scores(a->second.correct, module_of);
      const auto post_modules = training::module_scores(b->second.correct, module_of);
      for (const auto& [module, score] : pre_modules) {
        if (auto p = post_modules.find(module); p != post_modules.end()) {
          module_pairs[module].push_back({score, p->second});
        }
      }
    }
    in.course_gains[course_id] = training::mean_gain(pairs);
  }
  std::vector<int64_t> asked;
  for (const auto& [id, o] : outcomes) {
    asked.push_back(id);
  }
  FL_ASSIGN_OR_RETURN(auto questions, tx.training_questions().get_many(asked));
  for (auto& [id, o] : outcomes) {
    if (auto q = questions.find(id); q != questions.end()) {
      o.text_vi = q->second.text_vi;
      o.text_en = q->second.text_en;
      o.module_code = q->second.module_code;
    }
    in.questions.push_back(o);
  }
  for (const auto& [module_id, list] : module_pairs) {
    FL_ASSIGN_OR_RETURN(domain::TrainingModule m, tx.training_curriculum().get_module(module_id));
    FL_ASSIGN_OR_RETURN(auto versions, tx.training_curriculum().versions_of(module_id));
    training::ReportModule row;
    row.id = module_id;
    row.code = m.code;
    if (!versions.empty()) {  // newest first: the current title
      row.title_vi = versions.front().title_vi;
      row.title_en = versions.front().title_en;
    }
    row.gain = training::mean_gain(list);
    in.modules.push_back(std::move(row));
  }
  return {};
}

}  // namespace

Result<std::vector<training::ProvinceSummary>> summary_rows(store::Transaction& tx, const TrainingReportFilter& filter,
                                                            const std::optional<std::string>& unit_path_prefix) {
  store::TrainingReportQuery q;
  q.year = filter.year;
  q.course_province = filter.province;
  q.unit_path_prefix = unit_path_prefix;
  FL_ASSIGN_OR_RETURN(auto found, tx.training_assessments().matching(q));
  std::vector<training::SummaryRow> rows;
  rows.reserve(found.size());
  for (const auto& f : found) {
    rows.push_back({&f.assessment, f.course_province, f.course_code});
  }
  return training::summarize_assessments(rows);
}

Result<training::ReportInput> report_input(store::Transaction& tx, const TrainingReportFilter& filter,
                                           const std::optional<std::string>& unit_path_prefix) {
  training::ReportInput in;
  store::TrainingReportQuery q;
  q.year = filter.year;
  q.unit_province = filter.province;
  q.unit_path_prefix = unit_path_prefix;
  FL_ASSIGN_OR_RETURN(auto rows, tx.training_reports().enrolments(q));
  std::set<int64_t> unit_ids;
  std::set<int64_t> course_ids;
  for (const auto& e : rows) {
    in.enrolments.push_back({e.officer_id, e.unit_id, e.sex, e.rank, e.course_id, e.completed});
    unit_ids.insert(e.unit_id);
    course_ids.insert(e.course_id);
  }
  FL_ASSIGN_OR_RETURN(auto units, tx.reference().list_units());
  for (const auto& u : units) {
    const bool post_in_scope = is_post(u) && in_subtree(u.path, unit_path_prefix) &&
                               (filter.province.empty() || u.province_code == filter.province);
    if (unit_ids.count(u.id) > 0 || post_in_scope) {
      in.units.push_back(report_unit(u));
    }
  }
  FL_ASSIGN_OR_RETURN(auto courses, tx.training_reports().courses({course_ids.begin(), course_ids.end()}));
  for (const auto& c : courses) {
    in.courses.push_back({c.id, c.code, c.title_vi, c.title_en, c.province_code, c.start_date, c.end_date});
  }
  FL_TRY(fill_test_figures(tx, rows, in));
  FL_ASSIGN_OR_RETURN(auto provinces, tx.reference().list_provinces());
  for (const auto& p : provinces) {
    if (p.current) {
      in.province_labels[p.code] = {p.name, p.name_en};
    }
  }
  return in;
}

void label_report(training::TrainingReport& report) {
  const std::pair<std::vector<training::TrainedCount>*, const std::vector<domain::VocabEntry>*> lists[] = {
      {&report.by_sex, &domain::training_sexes()}, {&report.by_rank, &domain::training_ranks()}};
  for (const auto& [counts, vocab] : lists) {
    for (auto& c : *counts) {
      if (const domain::VocabEntry* e = domain::vocab_find(*vocab, c.key)) {
        c.label_vi = e->vi;
        c.label_en = e->en;
      }
    }
  }
}

}  // namespace frontline::service
