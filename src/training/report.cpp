#include "training/report.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace frontline::training {

namespace {

// Officers seen under one key: who took part, who completed a course.
struct Tally {
  std::set<int64_t> participants;
  std::set<int64_t> trained;
};

std::vector<TrainedCount> counts_of(const std::map<std::string, Tally>& tallies) {
  std::vector<TrainedCount> out;
  for (const auto& [key, t] : tallies) {
    TrainedCount c;
    c.key = key;
    c.label_vi = key;
    c.label_en = key;
    c.participants = static_cast<int64_t>(t.participants.size());
    c.trained = static_cast<int64_t>(t.trained.size());
    out.push_back(std::move(c));
  }
  return out;
}

bool is_post(const ReportUnit& u) { return u.kind == "border_post" || u.kind == "border_gate"; }

}  // namespace

TrainingReport build_report(const ReportInput& in, const ReportOptions& options) {
  TrainingReport r;
  std::map<int64_t, const ReportUnit*> units;
  for (const auto& u : in.units) {
    units[u.id] = &u;
  }

  // Officers: each counted once per key; trained when any of their rows completed.
  std::set<int64_t> all;
  std::set<int64_t> trained;
  std::map<std::string, Tally> by_province;
  std::map<int64_t, Tally> by_unit;
  std::map<std::string, Tally> by_sex;
  std::map<std::string, Tally> by_rank;
  std::map<int64_t, std::pair<int64_t, int64_t>> per_course;  // course -> (participants, completed)
  for (const auto& e : in.enrolments) {
    auto uit = units.find(e.unit_id);
    const std::string province = uit == units.end() ? "" : uit->second->province_code;
    for (Tally* t : {&by_province[province], &by_unit[e.unit_id], &by_sex[e.sex], &by_rank[e.rank]}) {
      t->participants.insert(e.officer_id);
      if (e.completed) {
        t->trained.insert(e.officer_id);
      }
    }
    all.insert(e.officer_id);
    if (e.completed) {
      trained.insert(e.officer_id);
    }
    auto& pc = per_course[e.course_id];
    pc.first += 1;
    pc.second += e.completed ? 1 : 0;
  }
  r.participants = static_cast<int64_t>(all.size());
  r.trained = static_cast<int64_t>(trained.size());

  r.by_province = counts_of(by_province);
  for (auto& c : r.by_province) {
    auto lit = in.province_labels.find(c.key);
    if (lit != in.province_labels.end()) {
      c.label_vi = lit->second.first;
      c.label_en = lit->second.second;
    }
  }
  r.by_sex = counts_of(by_sex);
  r.by_rank = counts_of(by_rank);

  for (const auto& [unit_id, t] : by_unit) {
    UnitTrained row;
    auto uit = units.find(unit_id);
    if (uit != units.end()) {
      row.unit = *uit->second;
    } else {
      row.unit.id = unit_id;
    }
    row.participants = static_cast<int64_t>(t.participants.size());
    row.trained = static_cast<int64_t>(t.trained.size());
    r.by_unit.push_back(std::move(row));
  }
  std::sort(r.by_unit.begin(), r.by_unit.end(), [](const UnitTrained& x, const UnitTrained& y) {
    return std::tie(x.unit.province_code, x.unit.code, x.unit.id) <
           std::tie(y.unit.province_code, y.unit.code, y.unit.id);
  });

  // Coverage: a post is covered when a trained officer serves there.
  for (const auto& u : in.units) {
    if (!is_post(u)) {
      continue;
    }
    r.coverage.posts_total += 1;
    auto t = by_unit.find(u.id);
    if (t != by_unit.end() && !t->second.trained.empty()) {
      r.coverage.posts_covered += 1;
    } else {
      r.coverage.posts_without_trained.push_back(u);
    }
  }
  std::sort(r.coverage.posts_without_trained.begin(), r.coverage.posts_without_trained.end(),
            [](const ReportUnit& x, const ReportUnit& y) {
              return std::tie(x.province_code, x.code, x.id) < std::tie(y.province_code, y.code, y.id);
            });

  for (const auto& c : in.courses) {
    CourseRow row;
    row.course = c;
    auto pc = per_course.find(c.id);
    if (pc != per_course.end()) {
      row.participants = pc->second.first;
      row.completed = pc->second.second;
    }
    auto g = in.course_gains.find(c.id);
    if (g != in.course_gains.end()) {
      row.gain = g->second;
    }
    r.courses.push_back(std::move(row));
  }
  std::sort(r.courses.begin(), r.courses.end(), [](const CourseRow& x, const CourseRow& y) {
    return std::tie(x.course.start_date, x.course.code) < std::tie(y.course.start_date, y.course.code);
  });

  r.modules = in.modules;
  std::sort(r.modules.begin(), r.modules.end(),
            [](const ReportModule& x, const ReportModule& y) { return std::tie(x.code, x.id) < std::tie(y.code, y.id); });

  std::map<int64_t, QuestionOutcome> questions;
  for (const auto& q : in.questions) {
    auto [it, fresh] = questions.try_emplace(q.question_id, q);
    if (!fresh) {
      it->second.answered += q.answered;
      it->second.correct += q.correct;
    }
  }
  for (const auto& [id, q] : questions) {
    if (q.answered <= 0 || q.answered < options.most_failed_min_answers) {
      continue;
    }
    r.most_failed.push_back(FailedQuestion{q, static_cast<double>(q.correct) / static_cast<double>(q.answered)});
  }
  std::sort(r.most_failed.begin(), r.most_failed.end(), [](const FailedQuestion& x, const FailedQuestion& y) {
    // Compare shares exactly as fractions, so equal shares tie whatever their rounding.
    const int64_t lhs = x.question.correct * y.question.answered;
    const int64_t rhs = y.question.correct * x.question.answered;
    if (lhs != rhs) {
      return lhs < rhs;
    }
    if (x.question.answered != y.question.answered) {
      return x.question.answered > y.question.answered;
    }
    return x.question.question_id < y.question.question_id;
  });
  if (r.most_failed.size() > options.most_failed_limit) {
    r.most_failed.resize(options.most_failed_limit);
  }
  return r;
}

}  // namespace frontline::training
